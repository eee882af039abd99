"""fellow_items: in a line listing names, the items shaped like the names found are
names too. No spaCy: the people found are made by hand."""
import pytest

from redactor.detect.list_items import fellow_items
from redactor.types import Detection, Kind, Segment


def people(text, names):
    return [Detection("s", text.index(n), text.index(n) + len(n), n, Kind.PERSON, 0.85, "SpacyRecognizer")
            for n in names]


@pytest.mark.parametrize("text,found,expected", [
    # a team line-up: two of four found, the others follow
    ("Japan: 19 - Kenichi Shimokawa, 2 - Hiroshige Yanagimoto, 3 - Naoki Soma, 4 - Masami Ihara.",
     ["Hiroshige Yanagimoto", "Masami Ihara"], ["Kenichi Shimokawa", "Naoki Soma"]),
    # panel members
    ("Present: Jane Smith, Ahmed Khan, Oyelaran Adebayo", ["Jane Smith"], ["Ahmed Khan", "Oyelaran Adebayo"]),
    # a body named by capitals is no fellow person ("HMP Foston Hall")
    ("Amy Tate, HMP Foston Hall; Ben Ola, Splitz; Carla Moon, Probation", ["Amy Tate", "Ben Ola", "Carla Moon"], []),
    # too few of the items are people: nothing follows
    ("Tameside Police, Oldham Council, Bury College, Zeb Ondaatje, Stockport Homes", ["Zeb Ondaatje"], []),
    # too short a list
    ("Jane Smith, Ahmed Khan", ["Jane Smith"], []),
    # ordinary words and places in a list are not people
    ("Jane Smith, Ahmed Khan, Domestic Abuse, New York", ["Jane Smith", "Ahmed Khan"], []),
])
def test_fellow_items(vocabulary, text, found, expected):
    segment = Segment("s", text, "line 1")
    assert [d.text for d in fellow_items(segment, people(text, found), vocabulary)] == expected


def test_a_bracketed_club_after_a_player_is_no_item(vocabulary):
    text = "Raul (Real Madrid), Luis Figo (Barcelona), Jose Ortega (Valencia), Fernando Hierro (Real Madrid)"
    found = people(text, ["Luis Figo", "Jose Ortega", "Fernando Hierro"])
    assert fellow_items(Segment("s", text, "line 1"), found, vocabulary) == []
