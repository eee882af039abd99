"""defined_abbreviations: the short names a document gives its bodies. No spaCy."""
import pytest

from redactor.detect.abbreviations import defined_abbreviations

BODIES = ["Board", "Council", "Partnership", "CCG"]


@pytest.mark.parametrize("text,expected", [
    # capitals in brackets after a body's name, whatever the initials
    ("the North Shire Safeguarding Board (NOSAB) publishes", {"NOSAB"}),
    ("NORTHTOWN LOCAL SAFEGUARDING CHILDREN BOARD (NLSCB) 1. Attendance", {"NLSCB"}),
    ("Eastshire CCG (ECCG)", {"ECCG"}),
    # capitals before the words they stand for, a word broken at the line's end too
    ("Manager MALAP (Multi Agency Looked After Part- nership) Forum", {"MALAP"}),
    ("the CSC (Children's Social Care) team", {"CSC"}),
    # a person's initials after the name are no body's name; nor capitals before other words
    ("Dave Pickard (DP) Independent Chair", set()),
    ("MARTIN (see the chronology) was seen", set()),
    ("the Review Panel (RP) met", set()),
])
def test_short_names_of_bodies(text, expected):
    assert defined_abbreviations([text], BODIES) == expected
