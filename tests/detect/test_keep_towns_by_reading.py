"""Towns and wards read from where they stand (issue 14, dev13): a part of a town before it ("the West End
of", "the outskirts of"), a building or service in lower case and "in" before it ("a community centre
in"), a listed town after a street and a comma ending a sentence, a ward's name before "ward"; a listed
town that is a first name too, once the document writes it so, stays where NER alone calls it a person;
a listed town owning a street ("Kirkcaldy’s Randolph Crescent") stays before it. A person's full or
titled name of the same word still goes. Made-up texts in the shapes met."""
import pytest

from redactor.detect.spans import clean_person, listed_places_written_so
from redactor.types import Detection, Kind


def tidy(vocabulary, text, found):
    start = text.index(found)
    d = Detection("s", start, start + len(found), found, Kind.PERSON, 0.85, "SpacyRecognizer")
    cleaned = clean_person(d, text, vocabulary, frozenset())
    return None if cleaned is None else cleaned.text


@pytest.mark.parametrize("text,found,expected", [
    # a part of a town, then the town (a listed first name too)
    ("She was found dead at her home in the West End of Preston.", "Preston", None),
    ("He lived on the outskirts of Barry for years.", "Barry", None),
    # a building or service in lower case and "in", then the village no list holds
    ("She ran a community centre in Cilfynydd for many years.", "Cilfynydd", None),
    ("He ran a youth club in Abercynon.", "Abercynon", None),
    # a ward's name
    ("Former Cadoc ward councillor, Ann Hale, died.", "Cadoc", None),
    # a listed town after a street and a comma, ending the sentence
    ("The appeal was launched at a shop in Holton Road, Barry.", "Barry", None),
    # keep rows: a person stays a person
    ("The appeal was launched by Barry, who spoke first.", "Barry", "Barry"),
    ("She ran a community centre with Tom Reid for years.", "Tom Reid", "Tom Reid"),
    ("He moved to the flat with Barry Jones in 2019.", "Barry Jones", "Barry Jones"),
])
def test_towns_read_where_they_stand(vocabulary, text, found, expected):
    assert tidy(vocabulary, text, found) == expected


def test_listed_towns_the_document_writes_as_its_town(vocabulary):
    texts = ["She died at her home in the West End of Barry.", "Barry Jones said nothing.", "Lincoln is far."]
    assert listed_places_written_so(texts, vocabulary) == {"Barry"}


@pytest.mark.parametrize("text,expected", [
    # the town once written as the town stays where NER alone calls it a person
    ("Ann Hale, 61, died at her home on the outskirts of Barry. She had worked in Barry for years.\n",
     "AH, 61, died at her home on the outskirts of Barry. She had worked in Barry for years.\n"),
    ("Ann Hale was found dead at her home in the East End of Preston. The council said Preston had lost "
     "a champion.\n",
     "AH was found dead at her home in the East End of Preston. The council said Preston had lost "
     "a champion.\n"),
    # a listed town owning the street an address reader takes stays before it
    ("Tom Reid is alleged to have attacked Ann Hale on Swindon’s Commercial Road on Monday.\n",
     "TR is alleged to have attacked AH on Swindon’s [address removed] on Monday.\n"),
    ("He was stabbed in Cardiff's Queen Street.\n", "He was stabbed in Cardiff's [address removed].\n"),
    # ... a person's name in the possessive before a home's street goes with it
    ("Ann Hale lived at 4 Reid's Close.\n", "AH lived at [address removed].\n"),
    # ... but a person's full name of the same word goes everywhere, and so does a titled one
    ("Barry Jones lived in Barry. Barry said he was happy there.\n",
     "BJ lived in Barry. BJ said he was happy there.\n"),
    ("Mrs Ann Hale ran a chapel in Treorchy. Her son Barry visited her at the centre of Barry every week.\n",
     "Mrs AH ran a chapel in Treorchy. Her son B visited her at the centre of B every week.\n"),
])
def test_a_town_written_so_stays_in_the_document(redact_text, text, expected):
    assert redact_text(text)[0] == expected
