"""A text without what NEEDS says a recognizer needs is never shown to it: each recognizer
named there indeed finds nothing in any such text (no spaCy)."""
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.casefile import CaseFile
from redactor.detect.engine import NEEDS, build_registry

# Digits of two scripts, and what phone numbers, postcodes and NI numbers are written with.
_DIGITS = "0123456789٣"
_OTHERS = "AaBQCDMWZ +()-/.:ext#\n"
# Words and marks the recognizers needing a pattern look for (in lower case: no capital),
# and what would be a find with a capital, a digit or an "@".
_WORDS = ["her", "son", "mother", "mum", "victim", "aged", "year-old", "the", "family", "said", "told", "was",
          "mr", "mrs", "dr", "pc", "councillor", "chair", "present", "apologies", "reviewer", "and", "to",
          "lived", "at", "in", "on", "number", "no.", "street", "road", "lane", "close", "house", "flat", "of",
          "a", "lawyer", "who", "john", "smith", "mary", "jones", "may", "june", "born", "dob", "date", "birth",
          "b.", "bfpo", "email", "mail", "uk", "nhs", "@", ",", ";", ":", "(", ")", "'", "’s", "-", "–", "\n", "\t",
          " ", "one", "two", "twenty", "Mary", "Smith", "Road", "PC", "4", "12", "1980", "12/03/1980", "@x.com"]


@pytest.fixture(scope="module")
def recognizers(rules, vocabulary):
    return {r.name: r for r in build_registry(rules, vocabulary, CaseFile()).recognizers}


def test_every_recognizer_named_exists(recognizers):
    assert set(NEEDS) <= set(recognizers)


# For each recognizer with a least number of digits, something it finds holding exactly
# that many digits: no higher least would be safe.
FOUND_WITH_THE_LEAST = {
    "PhoneRecognizer": "call +43 1110 now", "UkPostcodeRecognizer": "write to GIR 0AA",
    "NhsRecognizer": "NHS number 401 023 2137", "UkNinoRecognizer": "NI AB 12 34 56 C",
    "UkPhonePatternRecognizer": "ring 020 123 456", "NiNumberFormatRecognizer": "QQ 12 34 56 C",
    "BfpoRecognizer": "BFPO 6", "DateOfBirthRecognizer": "born in 1975",
    "PostcodeDistrictRecognizer": "on Mill Lane, Leeds LS6", "PoBoxRecognizer": "PO Box 6",
    "PhoneExtensionRecognizer": "Contact: AS 2929", "UsAddressRecognizer": "Boise, Idaho 83702",
    "ServiceNumberRecognizer": "text 85258"}
DIGITS = sorted(name for name, needs in NEEDS.items() if needs.digits)
PATTERNS = sorted(name for name, needs in NEEDS.items() if needs.pattern)


@pytest.mark.parametrize("name", DIGITS)
def test_the_least_is_no_higher_than_a_text_found(recognizers, name):
    text = FOUND_WITH_THE_LEAST[name]
    assert sum(c.isdigit() for c in text) >= NEEDS[name].digits
    recognizer = recognizers[name]
    assert recognizer.analyze(text, recognizer.supported_entities, None)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.data())
def test_fewer_digits_find_nothing(recognizers, data):
    name = data.draw(st.sampled_from(DIGITS))
    digits = data.draw(st.lists(st.sampled_from(_DIGITS), max_size=NEEDS[name].digits - 1))
    others = data.draw(st.lists(st.sampled_from(_OTHERS + "bfpoBFPO@"), max_size=25))
    text = "".join(data.draw(st.permutations(digits + others)))
    recognizer = recognizers[name]
    assert recognizer.analyze(text, recognizer.supported_entities, None) == []


@settings(derandomize=True, max_examples=500, deadline=None)
@given(st.data())
def test_without_the_pattern_nothing_is_found(recognizers, data):
    name = data.draw(st.sampled_from(PATTERNS))
    pattern = regex.compile(NEEDS[name].pattern)
    words = [w for w in _WORDS if not pattern.search(w)]
    text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=30)))
    recognizer = recognizers[name]
    assert recognizer.analyze(text, recognizer.supported_entities, None) == []


FOUND_WITH_THE_PATTERN = {
    "EmailPatternRecognizer": "mail ann@example.org", "StreetAddressRecognizer": "she lived at 4 Mill Lane",
    "PlanningSiteRecognizer": "12345 – Ivy House – Proposed garage", "PersonContextRecognizer": "her son Aleksy",
    "TitledPersonRecognizer": "Mrs Jones", "BfpoRecognizer": "bfpo 6",
    "PeopleListRecognizer": "Present: Amy Tate, Ben Ola", "HomeNameRecognizer": "she lives at Pen-y-Bryn",
    "CapitalStreetRecognizer": "ST MARY'S SCHOOL CHAPEL ROAD", "PoBoxRecognizer": "write to po box 6",
    "PartyCaptionRecognizer": "NICOS SAVVA Appellant", "SpelledEmailRecognizer": "mail ann [at] example [dot] org",
    "What3wordsRecognizer": "found at ///filled.count.soap", "NamedHomeRecognizer": "the accident at Mill Cottage"}


@pytest.mark.parametrize("name", PATTERNS)
def test_the_pattern_is_in_a_text_found(recognizers, name):
    """The pattern is what finds hold (a lower-case "bfpo" too: Presidio matches regardless of case)."""
    text = FOUND_WITH_THE_PATTERN[name]
    recognizer = recognizers[name]
    assert regex.search(NEEDS[name].pattern, text) and recognizer.analyze(text, recognizer.supported_entities, None)


# Inside these recognizers each pattern is searched only in a text holding what every match of
# it holds (``base.matches``): real review text, where every such pattern matches somewhere.
GUARDED = ("PersonContextRecognizer", "StreetAddressRecognizer", "PostcodeDistrictRecognizer", "HomeNameRecognizer",
           "NamedHomeRecognizer")
ROOT = Path(__file__).resolve().parents[2]
_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
# made-up lines of kinds those sets hold too seldom for every pattern to meet one
_MADE_UP = ["Contact detectives at the incident room Orchard Drive on 101.",
            "They lived in a cottage, called Sea Breeze, until 1990.",
            "She lived at 14 Elm Road, Rathmines, Dublin 6 until 2010."]


def _needs(recognizer) -> list[tuple[regex.Pattern, regex.Pattern]]:
    return list(recognizer.needs.items())


@pytest.fixture(scope="module")
def lines() -> list[str]:
    paths = [ROOT / "examples" / "sample-imr.txt",
             *(p for s in _SETS for p in (ROOT / "corpus" / "real" / s).glob("*.txt"))]
    return sorted({*_MADE_UP, *(line for p in paths for line in p.read_text(encoding="utf-8").splitlines())})


@pytest.mark.parametrize("name", GUARDED)
def test_a_pattern_matches_only_where_what_it_needs_is(recognizers, lines, name):
    needs = _needs(recognizers[name])
    matched = [[line for line in lines if pattern.search(line)] for pattern, _ in needs]
    assert sum(map(bool, matched)) >= len(needs) - 1  # all but the Eircode's (a digit) match some line
    for (pattern, need), found in zip(needs, matched, strict=True):
        assert all(need.search(line) for line in found), pattern.pattern[:80]

