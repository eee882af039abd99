"""A street in capitals after a premises, and a postcode district after a street's town
(no spaCy needed)."""
import pytest

from redactor.detect.recognizers.capital_street import CapitalStreetRecognizer
from redactor.detect.recognizers.postcode_district import PostcodeDistrictRecognizer
from redactor.rules import load_rules


@pytest.fixture(scope="module")
def recognizers():
    rules = load_rules()
    return CapitalStreetRecognizer(rules), PostcodeDistrictRecognizer(rules)


def found(recognizers, text):
    return sorted({text[r.start:r.end] for recognizer in recognizers for r in recognizer.analyze(text, ["ADDRESS"])})


@pytest.mark.parametrize("text,expected", [
    # an application's site in an agenda: the premises stay, the street goes
    ("P0123.22 OAKFIELD PRIMARY SCHOOL BEECHER WAY Report attached.", ["BEECHER WAY"]),
    ("P1723.22 ST MARK'S CHURCH HALL CHAPEL ROAD ROMFORD Report attached.", ["CHAPEL ROAD"]),
    ("LICENCE - THE OLD MILL HOUSE STATION APPROACH, HITCHIN", []),  # a weak street word: no street alone
    ("BIRMINGHAM CITY COUNCIL HIGH STREET", ["HIGH STREET"]),
    # a phrase, a court, a premises word, lower case: no street
    ("LEEDS CITY COUNCIL PUBLIC RIGHTS OF WAY", []),
    ("CIVIC CENTRE COUNTY COURT", []),
    ("THE POLICE SERVICE ROAD SAFETY CAMPAIGN", []),
    ("the primary school Granger Way", []),
    # a postcode district after a numbered street's listed town, a mistyped inward half with it
    ("the rent for 12 Elm Road London N9 of which she holds a tenancy", ["N9"]),
    ("She lived at 4 Mill Lane, Leeds LS6 with her son.", ["LS6"]),
    ("She lived at 4 Mill Lane, Leeds LS6 2P4 with her son.", ["LS6 2P4"]),
    ("Mrs Obi, of Latymer Road, London N9, was evicted.", ["N9"]),
    # ... a listed county, abbreviated too, between the town and the district
    ("23/00860/FUL 14 Lincoln Avenue, Cheltenham, Glos GL51 Additional documents", ["GL51"]),
    ("She lived at 4 Mill Lane, Watford, Herts WD17 with her son.", ["WD17"]),
    ("at 4 Mill Lane, Zorbington, Glos M6 was closed", []),
    ("at 4 Mill Lane, Leeds, Zorbshire M6 was closed", []),
    # ... with no town: a district ending its clause after a street or an address already removed
    ("concerns for a woman at an address in Bushy Close, RM1. Officers found her.", ["RM1"]),
    ("She was found at [address removed], RM1 on Sunday, and at [address removed], RM1.", ["RM1"]),
    # no street, a park, a town on no list, a motorway's name after a date, a district before more words
    ("the crash on Mill Lane, M6 junction 3 and at Bushy Close M6 motorway", []),
    ("She moved to London N9 in 2019.", []),
    ("They met in Hyde Park London W2 in May.", []),
    ("at 4 Mill Lane, Zorbington M6 was closed", []),
    ("on 12 March 2019 London N9 was", []),
])
def test_streets_and_districts(recognizers, text, expected):
    assert found(recognizers, text) == expected
