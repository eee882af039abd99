"""Name leaks left on dev14 read in general (names22): a full name after a family word and "of" whose
middle name is a place too; initials written close before a surname that is a place too; a name with its
own initials in brackets after it. Made-up sentences, none from a split; each reading with what it must
leave alone."""
import pytest

from redactor.detect.recognizers.initial_name import InitialNameRecognizer
from redactor.detect.recognizers.person_context import PersonContextRecognizer
from redactor.detect.spans import clean_person
from redactor.recognizer_names import NER
from redactor.types import Detection, Kind


def _found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"})


def _read_as(rules, vocabulary, text, why):
    """What PersonContextRecognizer finds in ``text`` by the reading whose explanation holds ``why``."""
    return sorted(text[r.start:r.end] for r in PersonContextRecognizer(rules, vocabulary).analyze(text, ["PERSON"])
                  if why in r.analysis_explanation.textual_explanation)


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


@pytest.mark.parametrize("text,expected", [
    # a name with its own initials in brackets after it is a person's, whatever its words mean
    ("Councillors S Hale (SH) Chair, P March (PM) Vice-Chair, D Court (DC)", ["D Court", "P March", "S Hale"]),
    ("Present: Nia Marsh (NM), Tom Bell (TB) and the clerk", ["Nia Marsh", "Tom Bell"]),
    # not a body's, street's or review's name with its acronym, nor letters that are not the name's initials
    ("The Domestic Homicide Review (DHR) met Crown Prosecution Service (CPS) staff", []),
    ("She walked down Grace Road (GR) to Mary Street (MS)", []),
    ("Nia Marsh (TB) attended", []),
])
def test_a_name_with_its_own_initials_in_brackets(vocabulary, text, expected):
    found = [t for t in _found(InitialNameRecognizer(vocabulary), text)
             if (t + " (") in text]  # the readings of initials alone ("S Hale") are the list's
    assert found == expected


def test_a_name_read_by_its_initials_is_known_for_the_rest_of_the_document(redact_text):
    out, _ = redact_text("In Attendance\nCouncillors R Frost (RF) Chair, P March (PM) Vice-Chair, D Court (DC)\n\n"
                         "Actions: Councillors P March and D Court to visit the scout hut.\n")
    assert "March" not in out and "Court" not in out and "Frost" not in out


@pytest.mark.parametrize("text,expected", [
    # a party's label with its ordinal and no "For" before counsel and the agent's ";", an office or letters
    # between counsel passed over
    ("Second Appellant: Rowan, Q.C., Tait; Brodie Law, Perth", ["Rowan", "Tait"]),
    ("Third Respondent: Mercer, Lyle, Solicitor Advocates; Crown Office", ["Lyle", "Mercer"]),
    ("Appellant: Lord Advocate, K Duthie; Crown Agent", ["K Duthie"]),
    # no agent's ";" after a label without "For": no appearances line
    ("First Respondent: Mercer, Lyle and others attended", []),
])
def test_counsel_after_a_party_label_with_its_ordinal(rules, vocabulary, text, expected):
    assert _read_as(rules, vocabulary, text, "appearances") == expected


@pytest.mark.parametrize("text,expected", [
    # a harm done to a listed first name and its surname before it: the full name
    ("The court heard he lunged at Susan Miller with a knife.", ["Susan Miller"]),
    ("She pushed Karen Holt down the stairs.", ["Karen Holt"]),
    ("He ran at Joan Pearce “like a bull” and struck her.", ["Joan Pearce"]),
    # a street's, a building's or a station's word ends no person's name
    ("Police shot Brandon Park residents' dog.", []),
    ("He pushed Victoria Station staff aside and attacked Grace House with paint.", []),
])
def test_a_full_name_after_a_harm_done_to_it(rules, vocabulary, text, expected):
    assert _read_as(rules, vocabulary, text, "harm") == expected
