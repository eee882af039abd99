"""Names read by how the text uses them, whatever else their word is (names18): a review's
document before its subject, dated cases in a list of reviews, a couple's years after a family
word, nickname and maiden-name leads, one word between a title and the same title, a plural
title before one initialled member, names a slash joins. Made-up sentences, none from a split;
each reading with the text it must leave alone."""
import pytest

from redactor.detect.recognizers.alias import AliasRecognizer
from redactor.detect.recognizers.known_names import FamilyPluralRecognizer
from redactor.detect.recognizers.people_list import PeopleListRecognizer
from redactor.detect.recognizers.person_context import PersonContextRecognizer
from redactor.detect.recognizers.review_title import ReviewTitleRecognizer
from redactor.detect.recognizers.titled_person import TitledPersonRecognizer
from redactor.detect.spans import split_people
from redactor.types import Detection, Kind

READERS = {"review": ReviewTitleRecognizer, "context": PersonContextRecognizer, "alias": AliasRecognizer,
           "titled": TitledPersonRecognizer, "list": PeopleListRecognizer}


@pytest.mark.parametrize("reader,text,expected", [
    # a review's document between the review and its subject
    ("review", "Safeguarding Adult Review Report for May", ["May"]),
    ("review", "Domestic Homicide Review Overview Report into Tomasz", ["Tomasz"]),
    ("review", "DHR Executive Summary: Ffion\nThe panel met", ["Ffion"]),
    ("review", "Serious Case Review Report for the Board", []),
    ("review", "Safeguarding Adult Review Report for April 2021", []),
    # a dated case on a line of its own, as a list of reviews gives it
    ("review", "Case of Eleri, June 2019", ["Eleri"]),
    ("review", "Case of Zoltan – 2021", ["Zoltan"]),
    ("review", "Case of Kizzy, March 2015", ["Kizzy"]),
    ("review", "Case of Need, 2019", []),
    ("review", "Case of Wales, March 2018", []),
    ("review", "In the Case of Conference, 2019", []),
    ("review", "Case of Eleri was heard", []),
    # how long a couple were together, between the family word and the name
    ("context", "his wife of 52 years Morfudd, a retired teacher, died", ["Morfudd"]),
    ("context", "She leaves her husband of forty years, Gwilym, and two sons.", ["Gwilym"]),
    ("context", "her partner of nearly 20 years Shona, a nurse, was there", ["Shona"]),
    ("context", "his wife of sixty-two years, Myfanwy, survives him", ["Myfanwy"]),
    ("context", "her husband of many years Idris, a farmer, was there", ["Idris"]),
    ("context", "the wife of 30 years service to the parish", []),
    # a nickname, a maiden, birth or married name after its word
    ("alias", "Mrs T, nickname Bunty, was well liked", ["Bunty"]),
    ("alias", "His nickname: Tiny.", ["Tiny"]),
    ("alias", "she asked to be called by her maiden name of Kowalska", ["Kowalska"]),
    ("alias", "Her married name, Okafor, was on the tenancy.", ["Okafor"]),
    ("alias", "The nickname was given by the staff.", []),
    ("alias", "Maiden name:\nDate of birth: unknown", []),
    # one word between a title and the same title again is a surname, whatever else it is
    ("titled", "Councillor Senior Councillor Patel", ["Senior", "Patel"]),
    ("titled", "Apologies: Cllr Major Cllr Shah", ["Major", "Shah"]),
    ("titled", "Councillor Deputy Mayor Councillor Smith", ["Smith"]),
    ("titled", "the Senior Councillor for the ward", []),
    # one member with initials after the title of several
    ("titled", "Councillors P Grimshaw (Chair)", ["Grimshaw"]),
    ("titled", "Councillors Police and Crime Panel", []),
    # a list of three whose middle item is initials: a listed first name opening or closing it
    ("context", "The choir sang with Sian, R and Gethin on the front row.", ["Sian", "Gethin"]),
    ("context", "Offices in Leeds, M and S stores closed.", []),
    ("context", "Branches in Derby, M and Carlton closed.", []),
    # a first name run into its surname, where the context says a person stands
    ("context", "Apologies: RB, DaveSmith and CC.", ["DaveSmith"]),
    ("context", "Apologies: RB, DaveSmithson and CC.", ["DaveSmithson"]),
    ("context", "Apologies: RB, NewYork and CC.", []),
    # names a slash joins after a job label
    ("list", "Contact: Ann Morley / Dafydd Rhys", ["Ann Morley", "Dafydd Rhys"]),
    ("list", "Contact: Democratic Services / Committee Team", []),
])
def test_names_by_reading(rules, vocabulary, reader, text, expected):
    recognizer = READERS[reader](rules, vocabulary)
    assert sorted(text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON") \
        == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    ("Contact: Ann Morley / Dafydd Rhys", ["Ann Morley", "Dafydd Rhys"]),
    ("with Sarah/Paul at home", ["Sarah", "Paul"]),
    ("Emma Kettle Hannah Powell", ["Emma Kettle", "Hannah Powell"]),
    # after a slash only a full name or a listed first name; no slash between digits
    ("Picture: Jonathan Porter / PressEye", ["Jonathan Porter"]),
    ("No: XC14/12 XC15/12 OPINION", ["XC14/12 XC15/12 OPINION"]),
])
def test_names_a_slash_joins_are_each_a_person(vocabulary, text, expected):
    start = text.index(expected[0])
    end = text.index(expected[-1]) + len(expected[-1])
    d = Detection("L0", start, end, text[start:end], Kind.PERSON, 0.85, "SpacyRecognizer", "NER")
    assert [p.text for p in split_people(d, text, vocabulary)] == expected


@pytest.mark.parametrize("text,expected", [
    ("members of the N family, and eight McDonaghs were there", ["McDonagh"]),
    ("the O'Neills moved to Newry", ["O'Neill"]),
    ("three Gallears", ["Gallear"]),
])
def test_a_family_called_by_a_known_surname_of_any_title_case(text, expected):
    recognizer = FamilyPluralRecognizer({"McDonagh", "O'Neill", "Gallear", "MCDONAGH"}, "KNOWN_PERSON", 0.8,
                                        "KnownNameRecognizer", "a family")
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["KNOWN_PERSON"])] == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the subject of a review titled for her, and every later use of the name; the month stays a month
    ("Safeguarding Adult Review Report for April\nThe board met after the death of April, an older adult. "
     "We send condolences to April’s family. The review covers April 2018 to May 2019.\n",
     "Safeguarding Adult Review Report for A\nThe board met after the death of A, an older adult. "
     "We send condolences to A’s family. The review covers April 2018 to May 2019.\n"),
    ("Published reviews\n\nCase of Eleri, June 2019\n\nCase of Zoltan, May 2017\n\nCase of Need, 2019\n",
     "Published reviews\n\nCase of E, June 2019\n\nCase of Z, May 2017\n\nCase of Need, 2019\n"),
    ("Mr Rees shot himself while his wife of 52 years Morfudd, a retired teacher, slept.\n",
     "Mr R shot himself while his wife of 52 years M, a retired teacher, slept.\n"),
    ("The inquest heard that Mrs T, nickname Bunty, was well liked.\n",
     "The inquest heard that Mrs T, nickname B, was well liked.\n"),
    ("Jo Bright, known by her maiden name of Kowalczyk, died.\n", "JB, known by her maiden name of K, died.\n"),
    ("Munich Re says to split stock.\nThe group, known as Munich Re, plans to seek approval.\n",
     "Munich Re says to split stock.\nThe group, known as Munich Re, plans to seek approval.\n"),
    ("Councillor Senior Councillor Patel Councillor Fennimore Jane Castle- Co-opted Parent Governor\n",
     "Councillor S Councillor P Councillor FC- Co-opted Parent Governor\n"),
    ("Contact: Ann Morley / Dafydd Rhys\n", "Contact: AM / DR\n"),
    ("A march in Belfast. Picture: Jonathan Porter / PressEye\n", "A march in Belfast. Picture: JP / PressEye\n"),
    # a list's last single word after "and" before the sentence goes on; a first name run into its surname
    ("the sweet voices of Megan, Enfys and Carys filled the hall.\n",
     "the sweet voices of M, E and C filled the hall.\n"),
    # a parent named before "and" and the other parent's full name, after "born … to", a place's name too
    ("He was born in Cork on 3 May 1940 to Alice and Tom Reid.\n",
     "He was born in Cork on [date of birth removed] to A and TR.\n"),
    ("We went on a trip to Chester and Tom Reid came too.\n", "We went on a trip to Chester and TR came too.\n"),
    ("Apologies: Cllrs Ann Powell, GarethLlewellyn, Dai Morgan and Sian Price.\n",
     "Apologies: Cllrs AP, G, DM and SP.\n"),
])
def test_names_by_reading_end_to_end(redact_text, text, expected):
    assert redact_text(text)[0] == expected
