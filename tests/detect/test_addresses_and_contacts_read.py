"""Addresses, contacts and dates of birth read in general (eighth stop, addr17): "the" before a main road
where someone lives ("from the Drum Road in Dungiven", Irish and local usage); a street type joined to its
name by a hyphen, as older newspapers write it ("199 High-street"), and a direction ending a street's name
before a comma ("High Street South, Rushden"); a six-digit service number (116 xxx, 118 xxx) where the text
calls it one, and a five-digit text short code after its keyword; dates of birth told as events. And what
each must not take. Made-up texts, none from a split."""
import pytest

from redactor.casefile import CaseFile
from redactor.detect.engine import build_registry
from redactor.detect.recognizers.date_of_birth import DateOfBirthRecognizer
from redactor.detect.recognizers.street_address import StreetAddressRecognizer


@pytest.fixture(scope="module")
def streets(rules):
    return StreetAddressRecognizer(rules)


def addresses(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"])})


@pytest.mark.parametrize("text,expected", [
    # "the" before a road where someone lives: after an age and "from/of", after a residence word
    ("Two men, AB, 58, from the Glen Road in Cushendall, were charged.", ["Glen Road"]),
    ("A woman, 44, of the Shore Road, Larne, was arrested.", ["Shore Road"]),
    ("She had lived on the Stranmillis Road for ten years.", ["Stranmillis Road"]),
    ("The family moved to the Carrick Road in 2004.", ["Carrick Road"]),
    ("John Kerr, of the Antrim Road, Belfast, was charged.", ["Antrim Road"]),
    # a street type joined by a hyphen, lower case, after a house number or a residence word
    ("at her residence 41 Bridge-street, Kettering, on Tuesday.", ["41 Bridge-street"]),
    ("He lived at 7 Silver-street until his death.", ["7 Silver-street"]),
    ("the deceased resided in Sheep-street with his sister.", ["Sheep-street"]),
    # a direction after the street type, before a comma, is the street's
    ("at her home, 22 Harbour Road North, Whitby.", ["22 Harbour Road North"]),
    ("She lodged at 3 Castle-street East, Frome.", ["3 Castle-street East"]),
])
def test_streets_written_in_these_ways(streets, text, expected):
    assert addresses(streets, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "the" before no strong street type: a district, a region, a peninsula stay
    ("A man, 30, from the West End, was charged.", []),
    ("A woman, 25, from the Wirral, was cautioned.", []),
    ("A man, 40, from the Lake District, appeared in court.", []),
    ("She lived in the Midlands until 1990.", []),
    # "the" before a road, but no one's home; a court named as a street is
    ("Officers from the Ormeau Road station attended.", []),
    ("Dr Patel, of the Crown Court, Leeds, said so.", []),
    ("A man, 30, from the High Court, Belfast, gave evidence.", []),
    # a direction opening the town after the street stays with the town
    ("The meeting was held at 3 Market Street North Shields.", ["3 Market Street"]),
    # a hyphenated word that is no street's
    ("a 12-month order on 3 West-end residents", []),
])
def test_what_these_readings_leave(streets, text, expected):
    assert addresses(streets, text) == expected


@pytest.fixture(scope="module")
def phones(rules, vocabulary):
    return [r for r in build_registry(rules, vocabulary, CaseFile()).recognizers
            if "PHONE_NUMBER" in r.supported_entities]


def found(recognizers, text):
    return sorted({text[r.start:r.end] for rec in recognizers for r in rec.analyze(text, rec.supported_entities, None)})


@pytest.mark.parametrize("text,expected", [
    ("You can call the Samaritans on 116 123 at any hour.", ["116 123"]),
    ("Ring Childline free on 116111.", ["116111"]),
    ("Out of hours, phone 116 117.", ["116 117"]),
    ("Tel: 116 000", ["116 000"]),
    ("For directory enquiries dial 118 500.", ["118 500"]),
    # a text short code after its keyword in capitals, or just after "texting"
    ("Text HOPE to 86463 any time.", ["86463"]),
    ("Support is there by texting 75258.", ["75258"]),
    ("He replied by text to 70000 people.", []),
    # a count or a figure, however near a calling word, is no number to call
    ("In 2019, 116 123 calls were answered.", []),
    ("The calls rose to 116 123 last year.", []),
    ("Call numbers reached 116 123 in March.", []),
    ("Samaritans answered 116 123 calls.", []),
])
def test_a_service_number_only_where_it_is_called(phones, text, expected):
    assert found(phones, text) == expected


@pytest.fixture(scope="module")
def births(rules, vocabulary) -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # a birth told as an event: the date before, or a month and year after "born in"
    ("She had been born in March 1961 in Sligo.", ["March 1961"]),
    ("On 2 May 2001 a son, K, was born.", ["2 May 2001"]),
    ("On 14 June 1998 their daughter, L, was born at home.", ["14 June 1998"]),
    # a date of another event stays
    ("On 2 May 2001 a son, K, was seen by his GP.", []),
])
def test_dates_of_birth_told_as_events(births, text, expected):
    assert sorted(text[r.start:r.end] for r in births.analyze(text, ["DATE_OF_BIRTH"])) == expected


@pytest.mark.parametrize("text,expected", [
    # the child named in apposition between the birth and its date
    ("She gave birth to a daughter, L, on 4 June 2010.", ["4 June 2010"]),
    ("the birth of their son, Child B, on 3 May 2003 at the hospital", ["3 May 2003"]),
    # a date written with hyphens and its month's abbreviation, after its label
    ("DOB 12-Mar-85", ["12-Mar-85"]),
    ("Date of birth: 3-June-1979.", ["3-June-1979"]),
    # born to parents joined by "and": no clause of its own
    ("Tom was born to Mary and John on 3 March 1961.", ["3 March 1961"]),
    ("She was born to young parents in March 1961.", ["March 1961"]),
    ("She was born to Mary and John, and on 3 March 1990 they moved.", []),
    # another event after the child's name stays
    ("She gave birth to a daughter, L, and on 4 June 2010 moved to Hull.", []),
    ("the birth of their son, Child B, was registered; on 3 May 2003 they married", []),
    ("The order was made on 12-Mar-85 by the court.", []),
])
def test_births_named_in_apposition_and_hyphened_dates(births, text, expected):
    assert sorted(text[r.start:r.end] for r in births.analyze(text, ["DATE_OF_BIRTH"])) == expected
