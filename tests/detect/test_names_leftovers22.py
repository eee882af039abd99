"""Name leaks left on dev14 read in general (names22): a full name after a family word and "of" whose
middle name is a place too; a name with its own initials in brackets after it; a list item of dotted
initials and a surname. Made-up sentences, none from a split; each reading with what it must leave alone."""
import pytest

from redactor.detect.recognizers.person_context import PersonContextRecognizer


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
