"""Homes named by where someone lives, postal districts and overseas phones (eighth stop, addr19): someone's
home or farm "at" a name ("set up home at Carrowkeel", "his farm at Bryn y Coed, L"); where someone lived
"in" a name on no list before its town ("lived all her life in Gortnagross, Ballymena"); a city's numbered
postal district after a street or an address removed ("Rathmines, Dublin 6": the number goes, the city
stays); a phone number in another country's plan after a calling word ("Phone us – (03) 9123 4567"). And what
each must not take. Made-up texts, none from a split."""
import pytest

from redactor.casefile import CaseFile
from redactor.detect.engine import build_registry
from redactor.detect.recognizers.named_home import NamedHomeRecognizer
from redactor.detect.recognizers.postcode_district import PostcodeDistrictRecognizer
from redactor.detect.recognizers.street_address import StreetAddressRecognizer


@pytest.fixture(scope="module")
def homes(rules):
    return NamedHomeRecognizer(rules)


@pytest.fixture(scope="module")
def districts(rules):
    return PostcodeDistrictRecognizer(rules)


@pytest.fixture(scope="module")
def phones(rules, vocabulary):
    return [r for r in build_registry(rules, vocabulary, CaseFile()).recognizers
            if "PHONE_NUMBER" in r.supported_entities]


def addresses(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"]) if r.entity_type == "ADDRESS"})


@pytest.mark.parametrize("text,expected", [
    # someone's home or farm "at" a name, or a home set up or made "at" it
    ("The pair set up home at Carrowkeel on the back road near the chapel.", ["Carrowkeel"]),
    ("They made their home at Tullyvarn after the wedding.", ["Tullyvarn"]),
    ("She asked him to cut the hedges on her farm at Bryn y Coed, Crymych, in May.", ["Bryn y Coed"]),
    ("He died at his home at Gortnagross, Omagh, last week.", ["Gortnagross"]),
    # where someone lived "in" a name on no list before its town
    ("Mary lived all her life in Gortnagross, Ballymena, and was one of three sisters.", ["Gortnagross"]),
    ("He lived for many years in Drumcullen, Dundalk, with his wife.", ["Drumcullen"]),
    ("They had lived in Carrowkeel for ten years.", ["Carrowkeel"]),
])
def test_homes_where_someone_lives(homes, text, expected):
    assert addresses(homes, text) == expected


@pytest.mark.parametrize("text", [
    "She lived all her life in Leeds, Yorkshire.",  # a listed town
    "His home at Leeds was sold.",
    "Their home at Christmas was full of visitors.",  # a feast, no home
    "He lived alone in Rushbrooke, near Bury St Edmunds.",  # a village "near" its town
    "She lived most of her life in Spain, Madrid.",
    "His office at Broadmead, Leeds was small.",  # a workplace, no home
    "They bought a house at Trabuom in 1990.",  # a house, no one's: a village
    "He lived with his mother in the city.",
])
def test_what_these_readings_leave(homes, text):
    assert addresses(homes, text) == []


@pytest.mark.parametrize("text,expected", [
    ("The attack took place at their home on [address removed], Clondalkin, Dublin 22 on March 1st.", ["22"]),
    ("She lived at 14 Elm Road, Dublin 8 until 2010.", ["8"]),
    ("Jo Roe, of Harold's Cross Road, Dublin 6W, was charged.", ["6W"]),
    ("The flat at 3 Mill Lane, Rathmines, Dublin 6, was searched.", ["6"]),
    # a city alone, a year or a count after it: no district
    ("She lived in Dublin 8 all her life.", []),
    ("He moved to Main Street, Dublin 2019 records show.", []),
    ("They met at Elm Road, Dublin 40 people came.", []),
])
def test_a_numbered_postal_district_after_a_street(districts, text, expected):
    assert addresses(districts, text) == expected


def found(recognizers, text):
    return sorted({text[r.start:r.end] for rec in recognizers for r in rec.analyze(text, rec.supported_entities, None)})


@pytest.mark.parametrize("text,expected", [
    ("Phone us – (03) 9123 4567.", ["(03) 9123 4567"]),
    ("For bookings call (08) 8123 4567 today.", ["(08) 8123 4567"]),
    ("Tel: +61 2 4981 1234", ["+61 2 4981 1234"]),
    ("Ring us on (07) 3123 4567 after six.", ["(07) 3123 4567"]),
    ("To reach the office call +1 (212) 555 0123.", ["+1 (212) 555 0123"]),
    # a count, a year or a list's number in brackets is no area code
    ("She rang 4981 8882 times.", []),
    ("The phone bill was (2019) 4981 8882.", []),
    ("Tel (3) 1234 5678", []),
])
def test_an_overseas_number_where_it_is_called_one(phones, text, expected):
    assert found(phones, text) == expected


@pytest.fixture(scope="module")
def streets(rules):
    return StreetAddressRecognizer(rules)


@pytest.mark.parametrize("text,expected", [
    # an address run into one line: a street before its town and county, then a postcode
    ("Instructed by: Hale Solicitors Mercury House Orchard Way Enfield Middlesex EN2 7HT", ["Orchard Way"]),
    ("Instructed by: Jones LLP Tudor Court Mill Road Bury St Edmunds Suffolk IP33 1AB", ["Mill Road"]),
    ("Contact: Ash LLP Kings Chambers Quay Street Leeds West Yorkshire LS1 5HD", ["Quay Street"]),
])
def test_a_street_before_its_town_and_county_run_into_one_line(streets, text, expected):
    assert addresses(streets, text) == expected
