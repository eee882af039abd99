"""Leftovers of names19 read in general (names20): a titled member with initials whose body runs on after
the surname on a list line. Made-up sentences, none from a split; each reading with what it must leave alone."""
import pytest

from redactor.detect.recognizers.titled_person import TitledPersonRecognizer


def _found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"})


@pytest.mark.parametrize("text,expected", [
    # after a title and initials one surname: a place that is no surname, or a body's name, opens the body
    ("Cllr R Platt Derbyshire County Council", ["Platt"]),
    ("Also present: Mrs J Patel Leeds City Council", ["Patel"]),
    ("Dr A Okafor Hull University Teaching Hospitals", ["Okafor"]),
    # a surname of two words after initials stays whole
    ("Mr A Lloyd Webber attended", ["Lloyd Webber"]),
])
def test_the_body_after_a_titled_member_with_initials(rules, vocabulary, text, expected):
    assert _found(TitledPersonRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    # the body the allow list reads after a title and initials starts after the surname
    ("Cllr R Platt Derbyshire County Council", ["Derbyshire County Council"]),
    ("Dr A Okafor Hull University Teaching Hospitals", ["Hull University Teaching Hospitals"]),
    # a possessive after initials is a body named for a person; no title, no surname taken
    ("Dr J Gray's Hospital", ["Gray's Hospital"]),
    ("Platt Derbyshire County Council", ["Platt Derbyshire County Council"]),
])
def test_a_body_after_a_titled_member_with_initials_starts_after_the_surname(vocabulary, text, expected):
    assert [text[a:b] for a, b in vocabulary.keep_spans(text)] == expected


@pytest.mark.parametrize("text,gone,kept", [
    ("Also in Attendance:\nCllr R Platt Derbyshire County Council\nCllr H Byrne Lancashire County Council\n",
     ["Platt", "Byrne"], ["Derbyshire County Council", "Lancashire County Council"]),
])
def test_titled_members_on_list_lines_go_and_their_bodies_stay(redact_text, text, gone, kept):
    out, _ = redact_text(text)
    assert not [g for g in gone if g in out] and all(k in out for k in kept), out
