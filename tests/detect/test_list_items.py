"""fellow_items: in a line listing names, the items shaped like the names found are
names too. No spaCy: the people found are made by hand."""
import pytest
import regex

from redactor.detect.lexicon import Lexicon
from redactor.detect.list_items import crowded_line_names, fellow_items, fellow_lines, list_runs
from redactor.detect.models import choose_pipeline, load_pipeline
from redactor.types import Detection, Kind, Segment


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon(load_pipeline(choose_pipeline().name))


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
    # a listed first name and a surname that is a word, where most of the list are people; not where half are
    ("Present: Sylvia Hughes (Chair), Nigel Tarmaster, Chris Burgess, David Court (RFO), Phil March (Vice)",
     ["Sylvia Hughes", "Nigel Tarmaster", "Chris Burgess", "Phil March"], ["David Court"]),
    ("Present: Amy Cole, Jo Bright, Victoria Court, Kim Pole", ["Amy Cole", "Jo Bright"], ["Kim Pole"]),
    # a firm the allow list keeps is no item: its town after it is no fellow of counsel's surnames
    ("For second appellant:  Mackintosh, Ross; John Pryde & Co, Edinburgh", ["Mackintosh", "Ross"], []),
])
def test_fellow_items(vocabulary, text, found, expected):
    segment = Segment("s", text, "line 1")
    assert [d.text for d in fellow_items([segment], people(text, found), vocabulary)] == expected


@pytest.mark.parametrize("text,found,expected", [
    # a body named for the nation, region or town it serves (dictionary words before the place) is no fellow
    # of the person before it
    ("Jane Smith, Support Worker, Street Pastors Wales", ["Jane Smith"], []),
    ("Ahmed Khan, Project Lead, Safer Streets Lancashire", ["Ahmed Khan"], []),
    ("Lucy Ward, Deputy Head, Open Doors Cornwall", ["Lucy Ward"], []),
    # a person whose surname is a place is: a listed first name, or a name no dictionary knows, before it
    ("Present: Jane Smith, Ahmed Khan, Kelly Ireland, Anna Scotland, Naoki Soma", ["Jane Smith", "Ahmed Khan"],
     ["Kelly Ireland", "Anna Scotland", "Naoki Soma"]),
])
def test_a_body_named_for_a_place_is_no_fellow(vocabulary, lexicon, text, found, expected):
    segment = Segment("s", text, "line 1")
    assert [d.text for d in fellow_items([segment], people(text, found), vocabulary, lexicon)] == expected


def test_a_bracketed_club_after_a_player_is_no_item(vocabulary):
    text = "Raul (Real Madrid), Luis Figo (Barcelona), Jose Ortega (Valencia), Fernando Hierro (Real Madrid)"
    found = people(text, ["Luis Figo", "Jose Ortega", "Fernando Hierro"])
    assert fellow_items([Segment("s", text, "line 1")], found, vocabulary) == []


@pytest.mark.parametrize("text,found,expected", [
    # single words: a listed name, or any name word where half the items are people; "and" separates too
    ("she had brothers and sisters Joyce, Dilys, Ann, Rose, Jean, Jim and Dan.", ["Joyce", "Dilys", "Rose", "Jim"],
     ["Ann", "Jean", "Dan"]),
    ("Cllrs Mrs Bolton, Cannon, Harte, Jackson", ["Bolton", "Jackson"], ["Cannon", "Harte"]),
    # all listed first names, one found
    ("the wonderful tones of Bethan, Enfys and Cathryn", ["Enfys"], ["Bethan", "Cathryn"]),
    ("choirs from Bethan, Enfys and Cardiff", ["Enfys"], []),
    # two items after a family word
    ("Daughter of Fredrick and Hannah.", ["Hannah"], ["Fredrick"]),
    ("their children Caitlin (29) and Mena (23) were at her side", ["Caitlin"], ["Mena"]),
    # a listed first name before "and" and a full name found: the surname is theirs both
    ("born in Waterford to Alice and Michael O'Connell.", ["Michael O'Connell"], ["Alice"]),
    # two items without one, or places and ordinary words: nothing follows
    ("the stations of Fredrick and Hannah", ["Hannah"], []),
    ("a trip to Leeds and Michael Smith; Housing and Michael Smith", ["Michael Smith"], []),
    # a first name that is also a place is the place after a word of place, or "to" with no birth or family
    ("a trip to Florence and Michael Smith", ["Michael Smith"], []),
    ("she lived in Florence and Michael Smith visited", ["Michael Smith"], []),
    ("a daughter to Florence and Michael Smith", ["Michael Smith"], ["Florence"]),
    ("born in Leeds to Florence and Michael Smith", ["Michael Smith"], ["Florence"]),
    ("Jane Smith visited Leeds, Bradford, Ipswich and York", ["Jane Smith"], []),
    ("Amy Tate, Ben Ola, Domestic, Abuse", ["Amy Tate", "Ben Ola"], []),
    ("Eoin Farrell (35), of Quay Court, Balbriggan, Co Dublin, died", ["Eoin Farrell"], []),
    ("(1) Moir, Cahill; Fleming and Reid, Glasgow", ["Moir", "Cahill"], []),
    ("For the appellant: Mitchell, Brown;  John Pryde & Co SSC, Edinburgh", ["Mitchell", "Brown"], []),
    # two single words and a comma, each a listed first name or a person found who is no place: the others
    # are people, a first name that is also a town too; the list's third part may be no name at all
    ("Thanks to Ann, Tom and Social Services for their help.", ["Tom"], ["Ann"]),
    ("We thanked Beverley, Tom and the school for their support.", ["Tom"], ["Beverley"]),
    ("Cards came from Shirley, Bob and the neighbours.", ["Bob"], ["Shirley"]),
    # not after a word of place, nor beside a place found, nor with an item that is no first name, nor without a comma
    ("a weekend in Chester, Tom and I walked the walls", ["Tom"], []),
    ("the family moved to Lincoln, Tom and the children followed", ["Tom"], []),
    ("trains to Lincoln, Chester and Leeds", ["Chester"], []),
    ("Devon, Cornwall and Tom", ["Tom"], []),
    ("a week with Florence and Tom at home", ["Tom"], []),
    # items scattered in a sentence are no list: "and" joins words of a name of a thing
    ("of Great Britain and Northern Ireland lodged under the Rights and Fundamental Freedoms (the Convention)"
     " by a national, Mr Robert Murray, on 24 July", ["Robert Murray"], []),
])
def test_single_word_items(vocabulary, text, found, expected):
    assert [d.text for d in fellow_items([Segment("s", text, "line 1")], people(text, found), vocabulary)] == expected


@pytest.mark.parametrize("lines,found,expected", [
    # a list going on over a line break, and a name broken by it
    (["Councillors Noakes, Backhouse, Mrs Cobbold,", "Patterson, Scholes and Webb"],
     ["Noakes", "Backhouse", "Cobbold"], ["Patterson", "Scholes", "Webb"]),
    (["(Chair), David Robertson, David Adams, Phil Gill, Judy", "  McDowall, Gillian Brock"],
     ["David Robertson", "David Adams", "Phil Gill", "Judy"], ["McDowall", "Gillian Brock"]),
    # a new line that is no item of the list
    (["Present: Amy Tate, Ben Ola, Carla Moon", "Officers in Attendance: Tim Archer"],
     ["Amy Tate", "Ben Ola", "Carla Moon"], []),
])
def test_a_list_over_a_line_break(vocabulary, lines, found, expected):
    segments = [Segment(f"L{i}", t, f"line {i}", wraps=i > 0) for i, t in enumerate(lines)]
    found_people = [Detection(s.id, s.text.index(n), s.text.index(n) + len(n), n, Kind.PERSON, 0.85, "SpacyRecognizer")
                    for s in segments for n in found if n in s.text]
    assert [d.text for run in list_runs(segments) for d in fellow_items(run, found_people, vocabulary)] == expected


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


@pytest.mark.parametrize("text,found,expected", [
    # a flattened attendance list: three full names found or more, a listed first name and surname after
    # the end of an item (a body's word, capitals, a word in lower case, a comma) are a person too
    ("ATTENDED Chris Few Independent Chair, NSCB Julie Gardner Associate Director, Nottinghamshire County "
     "Council Joe Foley Group Manager, Nottinghamshire County Council Paul Johnson Service Director",
     ["Chris Few", "Julie Gardner", "Paul Johnson"], ["Joe Foley"]),
    ("Brenda Farnham ACAS Andrew Way ACAS Gwenda Fletcher HMCTS Listing Officer Lesley Hyde HMCTS",
     ["Brenda Farnham", "Gwenda Fletcher", "Lesley Hyde"], ["Andrew Way"]),
    ("Rhiannon Dale Hugh James, solicitors Peter Evans USDAW Bethan Southcombe New Law, solicitors "
     "Joanne Chambers Correspondence clerk", ["Rhiannon Dale", "Peter Evans", "Bethan Southcombe"],
     ["Joanne Chambers"]),  # "Hugh James" after a name word: a firm
    # too few names found on the line; a firm; after a word that is no item's end; a park after a comma
    ("Amy Tate met Joanne Chambers at Garden Court Chambers", ["Amy Tate"], []),
    ("Amy Tate, Ben Ola and Carla Moon of Peter Lynn & Partners", ["Amy Tate", "Ben Ola", "Carla Moon"], []),
    ("Amy Tate, Ben Ola and Carla Moon met at Grace Church", ["Amy Tate", "Ben Ola", "Carla Moon"], []),
    ("Amy Tate, Ben Ola, Carla Moon, Victoria Park", ["Amy Tate", "Ben Ola", "Carla Moon"], []),
    # prose naming three people is no list
    ("Amy Tate told Ben Ola that Carla Moon had instructed solicitors Irwin Mitchell in the case",
     ["Amy Tate", "Ben Ola", "Carla Moon"], []),
])
def test_crowded_line_names(vocabulary, text, found, expected):
    segment = Segment("s", text, "line 1")
    assert [d.text for d in crowded_line_names([segment], people(text, found), vocabulary)] == expected


@pytest.mark.parametrize("text,gone,kept", [
    # NER finds Tom; Ann, a listed first name and a town, sat in a list it counted too short
    ("Thanks to Ann, Tom and Social Services for their help.", ["Ann", "Tom"], ["Social Services"]),
    ("The family lived in Lincoln, Beverley and York before moving.", [], ["Lincoln", "Beverley", "York"]),
])
def test_a_first_name_that_is_a_town_beside_a_person_in_a_short_list(redact_text, text, gone, kept):
    out, _ = redact_text(text)
    assert not [g for g in gone if regex.search(rf"(?<!\w){g}(?!\w)", out)] and all(k in out for k in kept), out
