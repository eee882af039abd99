"""fellow_items: in a line listing names, the items shaped like the names found are
names too. No spaCy: the people found are made by hand."""
import pytest

from redactor.detect.list_items import fellow_items, fellow_lines
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


@pytest.mark.parametrize("lines,found,expected", [
    # bulleted names alone on their lines: three of four found, the fourth follows
    (["They are:", "  • Christine Galloway", "  • Briege McQuitty", "  • Helen McNeill", "  • Julie Johnston", "Next"],
     ["Christine Galloway", "Helen McNeill", "Julie Johnston"], ["Briege McQuitty"]),
    # a list of things, or too few people in it: nothing follows
    (["  • Victim Support", "  • Women's Aid", "  • Helen McNeill"], ["Helen McNeill"], []),
    (["  • Christine Galloway", "  • Briege McQuitty", "Some text", "  • Helen McNeill"],
     ["Christine Galloway", "Helen McNeill"], []),
])
def test_fellow_lines(vocabulary, lines, found, expected):
    segments = [Segment(f"L{i}", t, f"line {i}") for i, t in enumerate(lines)]
    people_found = [Detection(s.id, s.text.index(n), s.text.index(n) + len(n), n, Kind.PERSON, 0.85, "SpacyRecognizer")
                    for s in segments for n in found if n in s.text]
    assert [d.text for d in fellow_lines(segments, people_found, vocabulary)] == expected
