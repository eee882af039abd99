"""PeopleListRecognizer: a line opening with a name, then a job title, post-nominal
letters or an agency, lists a person, whether or not a name list knows the words. No spaCy."""
import pytest

from redactor.detect.recognizers.base import THING
from redactor.detect.recognizers.people_list import PeopleListRecognizer


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return PeopleListRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # a job title after a comma, with or without a bullet
    ("Farah Quadir, Improvement Lead", ["Farah Quadir"]),
    ("  • Shaeda Alam, Improvement Lead", ["Shaeda Alam"]),
    ("1. Kate Stephens, Head of Service, Public Health Nursing", ["Kate Stephens"]),
    # post-nominal letters, then anything or nothing
    ("Gwendolyn Pask OBE, MA, BA (Hons)", ["Gwendolyn Pask"]),
    ("Zeb Ondaatje QPM", ["Zeb Ondaatje"]),
    ("Imelda Trask MPhil CQSW AASW", ["Imelda Trask"]),
    # an agency after a dash, or an agency's initials
    ("Jo Bell - Devon County Council", ["Jo Bell"]),
    # a panel list's line without a separator: a listed first name and a surname, then an agency
    ("Helen Dewbery Knightstone Housing\n\nBen Ola Devon County Council", ["Helen Dewbery", "Ben Ola"]),
    # ... not a building, nor a body named after a person
    ("Victoria Park Community Centre", []),
    ("Lucy Faithfull Foundation", []),
    ("Rose Hill Surgery", []),
    ("Tomasz Wrona, NSPCC", ["Tomasz Wrona"]),
    # three words, a particle
    ("Maria van der Berg, Independent Chair", ["Maria van der Berg"]),
    # an item after a semicolon; a name after a job label and a colon
    ("Reviewed by: SK, Lecturer; Imelda Trask OBE, MA, AASW, Dip SW", ["Imelda Trask"]),
    ("Reviewer: Melba Quaresma", ["Melba Quaresma"]),
    ("Report Author: Tomasz Wrona", ["Tomasz Wrona"]),
    ("Reviewed by: Tomasz Wrona, NSPCC", ["Tomasz Wrona"]),
    ("Contact: Xanthe Barker", ["Xanthe Barker"]),
    # a listed first name and a surname that is also a word; another label after it on the line
    ("Lead Reviewer: Peter Ward", ["Peter Ward"]),
    ("Lead Reviewer: Peter Ward Published: June 2019", ["Peter Ward"]),
    ("Lead Reviewer: Peter of Leeds", []),
    ("Chair: Health Board", []),
    ("Enquiries: Xanthe Barker (01223 000000)", ["Xanthe Barker"]),
    ("Independent Chair: Devon County Council", []),
    ("Contact: Safeguarding Team", []),
    ("Contact: Greater Manchester Police", []),
    ("Subject: Annual Report", []),
    # not a list of people: a body, a heading, prose, a place, nothing after the comma
    ("Devon County Council, Exeter", []),
    ("Public Health, Devon County Council", []),
    ("Tallinna Pank, one of the largest banks in Estonia, said", []),
    ("Greater Manchester, Police area", []),
    ("Farah Quadir, who lived alone", []),
    ("Seraphina Abbott, who was known as Sephy by her friends and family, was found", []),
    ("Farah Quadir,", []),
    ("She met Farah Quadir, Improvement Lead", []),
])
def test_people_list(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"] == expected


@pytest.mark.parametrize("text,expected", [
    # minutes: every name-shaped item after an attendance label, run on or listed
    ("Present: Amy Tate – Head of Service, Norfolk County Council; Ben Ola – Designated Safeguarding Lead, Splitz",
     ["Amy Tate", "Ben Ola"]),
    ("Apologies: Dan Reid, Probation; Eve Hart, NHS Norfolk", ["Dan Reid", "Eve Hart"]),
    ("In attendance: Faye Lund", ["Faye Lund"]),
    ("Apologies: Priya, Ben and Carla", ["Priya", "Ben", "Carla"]),
    ("Present: Cllr Amy Tate (Chair), Zawadi Okonjo", ["Zawadi Okonjo"]),  # the title is TitledPerson's
    ("Present: Norfolk County Council, Probation, Police", []),
    ("Present: Head of Service, Children's Services", []),
    # an action's owner
    ("Action: Priya", ["Priya"]),
    ("Actions\tOwner: Zawadi Okonjo", ["Zawadi Okonjo"]),
    ("Priya to book the room", ["Priya"]),
    # several owners, after an action's label too; one listed first name lets the others be any name word
    ("ACTION: Dafydd to circulate the minutes", ["Dafydd"]),
    ("Action: Sunita and Gwen to draft the letter", ["Sunita", "Gwen"]),
    ("Priya, Ben & Carla to meet the family", ["Priya", "Ben", "Carla"]),
    ("Action: Police and Health to review the log", []),
    ("Minutes taken by: Kirsty", ["Kirsty"]),
    # a listed first name and a surname that is also a word, in a list's line, after its label, with initials
    ("Attendees:\nAnne Ward – Chair\nPaul West – Police", ["Anne Ward", "Paul West"]),
    ("Members: Tom Page, Sam West", ["Tom Page", "Sam West"]),
    ("Bethan Lane (BL) – Designated Nurse", ["Bethan Lane"]),
    ("Signed: Tom Page", ["Tom Page"]),
    ("Perpetrator: Callum Law", ["Callum Law"]),
    ("Victim: JOANNE LANE", ["JOANNE LANE"]),
    ("Subject: Annual Report", []),
    ("11. / Priya to investigate booking the room / Priya", ["Priya"]),
    ("• Priya to circulate the minutes", ["Priya"]),
    ("Action: Police to review the log", []),
    ("AT to circulate the minutes", []),
    ("Devon to host the next meeting", []),
    # a name followed by its own initials in brackets
    ("Amy Tate (AT)\tChair", ["Amy Tate"]),
    ("Detective Inspector Amy Okonjo (AO) said", ["Amy Okonjo"]),
    ("Norfolk County Council (NCC)", []),
    ("the Home Office Quality Assurance (QA) Panel", []),
    ("Devon is trialling an Appreciative Inquiry (AI) approach", []),
    ("Amy Tate (BO)", []),
])
def test_minutes(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"] == expected


@pytest.mark.parametrize("text,expected", [
    # the role and agency after a listed person, to the end of the item, name a thing
    # (a lone word NER takes for a person there is no one: "Splitz", a charity)
    ("Present: Amy Tate – Head of Service, Norfolk County Council; Ben Ola – Designated Safeguarding Lead, Splitz",
     ["Head of Service, Norfolk County Council", "Designated Safeguarding Lead, Splitz"]),
    ("Farah Quadir, Improvement Lead", ["Improvement Lead"]),
    # no job, letters or agency in the first clause: nothing is said to be a thing
    ("Apologies: Amy Tate, Okonjo", []),
])
def test_roles_and_agencies_of_listed_people(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "NAMED_THING"] \
        == expected


@pytest.mark.parametrize("text,expected", [
    # a Scottish counsel list after a party's number: the counsel, not the firm after the semicolon
    ("(1) Moir, Cahill; Fleming and Reid, Glasgow", ["Moir", "Cahill"]),
    ("(2) Belmonte sol adv, Prais; Belmonte & Co", ["Belmonte", "Prais"]),
    ("(3) Murphy; Trainer Alston, Coatbridge", ["Murphy"]),
    ("(4) Keegan QC sol adv, Anderson; Richard Fairbairn", ["Keegan", "Anderson"]),
    ("(5) Pollock sol adv, Labaki; Pollock and Ross, Stirling", ["Pollock", "Labaki"]),
    # a surname, a comma and a listed first name opening a line of sources
    ("Orr, Lesley. Interview 2014", ["Orr, Lesley"]),
    ("Orr, Lesley (2014) Scottish Women's Aid", ["Orr, Lesley"]),
    # not counsel nor a name: headings, places, bodies, a word before a first name
    ("(1) Introduction; background", []),
    ("(2) Police, Health; Social Work", []),
    ("(3) Glasgow; Edinburgh", []),
    ("(4) Moir, Cahill and others", []),
    ("Yes, Lesley.", []),
    ("London, Sarah", []),
    ("However, Susan.", []),
])
def test_surnames_first(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"] == expected


def test_the_firm_instructing_counsel_is_a_named_thing(recognizer):
    text = "(5) Pollock sol adv, Labaki; Pollock and Ross, Stirling"
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == THING] \
        == ["Pollock and Ross, Stirling"]
