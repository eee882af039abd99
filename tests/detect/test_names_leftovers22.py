"""Name leaks left on dev14 read in general (names22): a full name after a family word and "of" whose
middle name is a place too; initials written close before a surname that is a place too. Made-up sentences, none from a split; each reading with what it must leave alone."""
import pytest

from redactor.detect.recognizers.initial_name import InitialNameRecognizer
from redactor.detect.recognizers.person_context import PersonContextRecognizer
from redactor.detect.spans import clean_person
from redactor.recognizer_names import NER
from redactor.types import Detection, Kind


def _found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"})


@pytest.mark.parametrize("text,expected", [
    # a family word and "of": the whole name, a middle name that is a place too, a surname that is a word
    ("Ruth Hall, wife of William George Lodge, gave evidence.", ["William George Lodge"]),
    ("She is the daughter of Anne Florence Pritchard and lives nearby.", ["Anne Florence Pritchard"]),
    ("the mother of Kamran said nothing", ["Kamran"]),
    # no town that is no first name after the first name: "Chester" stays
    ("He was the son of Mark Chester.", ["Mark"]),
])
def test_a_full_name_after_a_family_word_and_of(rules, vocabulary, text, expected):
    assert [f for f in _found(PersonContextRecognizer(rules, vocabulary), text) if f != "Ruth Hall"] == expected


_ENGLISH = frozenset({"army", "navy", "c", "b", "force"})


@pytest.mark.parametrize("text,name,expected", [
    # initials written close before a surname that is a place too: the whole name, as NER found it
    ("Councillors J. Hale, M.R. Chester, P. Lowe and T. Birch.", "M.R. Chester", "M.R. Chester"),
    ("Letters were sent to A.B. Fenwick on the same day.", "A.B. Fenwick", "A.B. Fenwick"),
    ("Present: K.J. Durham (Chair) and others", "K.J. Durham", "K.J. Durham"),
    # a dictionary word after close initials is no surname: NER's "U.S. Army" as a person is dropped
    ("He had served in the U.S. Army for years.", "U.S. Army", None),
])
def test_close_initials_and_a_surname_that_is_a_place(vocabulary, text, name, expected):
    start = text.index(name)
    d = Detection("p", start, start + len(name), name, Kind.PERSON, 0.85, NER, "found")
    found = clean_person(d, text, vocabulary, _ENGLISH)
    assert (found.text if found else None) == expected


@pytest.mark.parametrize("text,expected", [
    ("Apologies from Councillors D. Rowe, M.R. Chester and A.B. Fenwick.", ["A.B. Fenwick", "D. Rowe", "M.R. Chester"]),
    ("He served in the U.S. Army and the U.K. Border Force.", []),
])
def test_initials_written_close_before_a_surname(vocabulary, text, expected):
    assert _found(InitialNameRecognizer(vocabulary), text) == expected
