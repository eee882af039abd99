"""Addresses and years of birth read in general (seventh stop, addr16): a year of birth after a
place of birth written in brackets or as two names joined by a slash, or a season before it; a lodging someone lives in
after their age ("of Ashford Court hotel"); a street run into a building's name on a venue line, or
just after premises in lower case ("the incident room Orchard Drive");
a street in capitals before its town on an address line in capitals; a US address's ZIP code and
numbered street. And what each must not take:
a hotel or a public building as a venue, a hostel (a service's), a phrase in capitals. Made-up
texts, none from a split."""
import pytest

from redactor.detect.recognizers.capital_street import CapitalStreetRecognizer
from redactor.detect.recognizers.date_of_birth import DateOfBirthRecognizer
from redactor.detect.recognizers.street_address import StreetAddressRecognizer
from redactor.detect.recognizers.us_address import UsAddressRecognizer


@pytest.fixture(scope="module")
def births(rules, vocabulary) -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer(rules, vocabulary)


def dates_of_birth(recognizer, text):
    return [text[r.start:r.end] for r in recognizer.analyze(text, ["DATE_OF_BIRTH"])]


@pytest.mark.parametrize("text,expected", [
    # a place of birth with a county in brackets, in brackets as a transcript marks it, or two names by a slash
    ("Mary Hart was born in Paisley (Renfrewshire) in 1941.", ["1941"]),
    ("He was born in [Kirkton] in 1929 and attended the school there.", ["1929"]),
    ("Tom Bell was born in Derry/Londonderry in 1950 and moved to Leeds.", ["1950"]),
    ("She was born at Ty Newydd (Pwllheli) in 1938.", ["1938"]),
    # a season or "the year" between the place's "in" and the year, as after "born in"
    ("Born in Cork in the summer of 1950, she moved to Leeds.", ["1950"]),
    ("He was born at Bryn Teg in the year 1889.", ["1889"]),
])
def test_a_year_of_birth_after_its_place_in_brackets(births, text, expected):
    assert dates_of_birth(births, text) == expected


@pytest.mark.parametrize("text", [
    # another clause, or a year that is no birth's, after the brackets
    "She was born in Paisley (Renfrewshire) and moved to Leeds in 1960.",
    "The Paisley (Renfrewshire) office opened in 1941.",
    "He moved to Derry/Londonderry in 1950.",
    "She was born in Cork and in the summer of 1950 moved to Leeds.",
])
def test_no_year_of_birth_without_a_birth_in_its_clause(births, text):
    assert dates_of_birth(births, text) == []


@pytest.fixture(scope="module")
def streets(rules):
    return [StreetAddressRecognizer(rules), CapitalStreetRecognizer(rules), UsAddressRecognizer(rules)]


def addresses(recognizers, text):
    return sorted({text[r.start:r.end] for rec in recognizers for r in rec.analyze(text, ["ADDRESS"])})


@pytest.mark.parametrize("text,expected", [
    # a lodging someone lives in, named before its word, after their age and "of" or "from"
    ("Paul Byrne (34) of Ashford Court hotel, Ennis was charged with assault.", ["Ashford Court"]),
    ("Kelly Moss, 41, from Brook Vale guest house, Rhyl, was charged.", ["Brook Vale"]),
    ("A man (52) of Sandpiper Rest bed and breakfast in Tramore admitted the theft.", ["Sandpiper Rest"]),
    # a street run into a building's name, ending its line or before a comma
    ("Venue: Brackley Community Centre Hollins Lane, Bury", ["Hollins Lane"]),
    ("Venue: Westgate Hall Pennine Road\nDate: 4 May 2019", ["Pennine Road"]),
    ("The meeting was held at the Civic Centre, Mill Lane, Leyland.", ["Mill Lane"]),
    # a street just after premises in lower case, after "the"
    ("Contact detectives at the incident room Orchard Drive on 101.", ["Orchard Drive"]),
    ("He was taken to the police station Tennent Street and charged.", ["Tennent Street"]),
    # a street in capitals after a slash, a comma or a line's opening, before its listed town or county
    ("LUCAN/NEWLANDS ROAD, LUCAN VILLAGE, CO. DUBLIN.", ["NEWLANDS ROAD"]),
    ("HEAD OFFICE, BRIDGE STREET, HALIFAX", ["BRIDGE STREET"]),
    ("ORCHARD AVENUE, COUNTY DOWN", ["ORCHARD AVENUE"]),
    # a US address: the ZIP code after its state, the numbered street before its town, grid numbers too
    ("Acme Inc., 420 East 1200 South Orem, Utah 84058. All rights reserved.", ["420 East 1200 South", "84058"]),
    ("Write to 17 Cedar Avenue, Dayton, OH 45402-1234 for a copy.", ["17 Cedar Avenue", "45402-1234"]),
    ("Our office: Boise, Idaho 83702", ["83702"]),
])
def test_addresses_by_reading(streets, text, expected):
    assert addresses(streets, text) == expected


@pytest.mark.parametrize("text", [
    # a hotel as a venue, a hostel (a service's), a lodging's word after no age
    "Guests enjoyed the dinner at the Grand Hotel in Brighton.",
    "She was placed in Mills Court hostel in Derby for six weeks.",
    "Gary Wood (29) of Riverside hostel in Derby admitted the offence.",
    "The staff of Ashford Court hotel, Ennis were praised.",
    # a public building's venue and its town; a building's name going on after the street
    "Venue: County Hall, West Bridgford",
    "Venue: The Council Chamber, Town Hall",
    "Venue: Civic Centre Mill Lane entrance",
    # premises before no street type, or a day
    "The station Road Safety team met.",
    "The office Christmas Party was cancelled.",
    "She met them at the office Monday.",
    # phrases in capitals, a town that is no listed town, title case
    "LEEDS CITY COUNCIL PUBLIC RIGHTS OF WAY, LEEDS",
    "THE POLICE SERVICE ROAD, SAFETY CAMPAIGN",
    "MARKET ROAD, ZORBINGTON",
    "Abbey Road, Leeds",
    # a US state and a year or a count, no ZIP code
    "She moved to Provo, Utah in 2019.",
    "Trials in Austin, TX 2019 found 12345 cases.",
    "Officers from Leeds, West Yorkshire 12345 attended.",
])
def test_venues_and_phrases_stay(streets, text):
    assert addresses(streets, text) == []


def test_a_lodging_named_once_goes_wherever_the_text_names_it_again(redact_text):
    text = ("Paul Byrne (34) of Ashford Court hotel, Ennis was charged. He had been staying at the Ashford Court "
            "hotel in Ennis.\n")
    assert redact_text(text)[0] == ("PB (34) of [address removed] hotel, Ennis was charged. He had been staying at "
                                    "the [address removed] hotel in Ennis.\n")
