"""bracketed_names: a person's other name in brackets just after a name found. No spaCy: the
people found are made by hand."""
import pytest

from redactor.detect.bracketed_names import bracketed_names
from redactor.types import Detection, Kind, Segment


@pytest.mark.parametrize("text,found,expected", [
    # a maiden or married name, a nickname
    ("a sister to Raymond and Gertie (Shields).", ["Raymond", "Gertie"], ["Shields"]),
    ("She was born Mary (Mollie) Ryan.", ["Mary"], ["Mollie"]),
    # a role, a place, a body, a date, a word on no name list, brackets after no person
    ("Cllr Ann Williams (Chair) and Tom Green (Chairman) attended.", ["Ann Williams", "Tom Green"], []),
    ("Ann Lee (Scotland) and Tom Owen (Tuesday) spoke.", ["Ann Lee", "Tom Owen"], []),
    ("Ann Lee (Barnardos) spoke.", ["Ann Lee"], []),
    ("The Inquiries Act (Shields) applies.", [], []),
])
def test_bracketed_names(vocabulary, text, found, expected):
    people = [Detection("s", text.index(n), text.index(n) + len(n), n, Kind.PERSON, 0.85, "SpacyRecognizer")
              for n in found]
    assert [d.text for d in bracketed_names([Segment("s", text, "line 1")], people, vocabulary)] == expected
