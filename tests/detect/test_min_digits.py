"""A text with fewer digits than MIN_DIGITS says is never shown to a recognizer: each
recognizer named there indeed finds nothing in any such text (no spaCy)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.casefile import CaseFile
from redactor.detect.engine import MIN_DIGITS, build_registry

# Digits of two scripts, and what phone numbers, postcodes and NI numbers are written with.
_DIGITS = "0123456789٣"
_OTHERS = "AaBQCDMWZ +()-/.:ext#\n"


@pytest.fixture(scope="module")
def recognizers(rules, vocabulary):
    return {r.name: r for r in build_registry(rules, vocabulary, CaseFile()).recognizers}


def test_every_recognizer_named_exists(recognizers):
    assert set(MIN_DIGITS) <= set(recognizers)


# For each recognizer, something it finds holding exactly MIN_DIGITS digits: no higher
# least would be safe.
FOUND_WITH_THE_LEAST = {
    "PhoneRecognizer": "call +43 1110 now", "UkPostcodeRecognizer": "write to GIR 0AA",
    "NhsRecognizer": "NHS number 401 023 2137", "UkNinoRecognizer": "NI AB 12 34 56 C",
    "UkPhonePatternRecognizer": "ring 020 123 456", "NiNumberFormatRecognizer": "QQ 12 34 56 C"}


@pytest.mark.parametrize("name", sorted(MIN_DIGITS))
def test_the_least_is_no_higher_than_a_text_found(recognizers, name):
    text = FOUND_WITH_THE_LEAST[name]
    assert sum(c.isdigit() for c in text) == MIN_DIGITS[name]
    recognizer = recognizers[name]
    assert recognizer.analyze(text, recognizer.supported_entities, None)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.data())
def test_fewer_digits_find_nothing(recognizers, data):
    name = data.draw(st.sampled_from(sorted(MIN_DIGITS)))
    digits = data.draw(st.lists(st.sampled_from(_DIGITS), max_size=MIN_DIGITS[name] - 1))
    others = data.draw(st.lists(st.sampled_from(_OTHERS), max_size=25))
    text = "".join(data.draw(st.permutations(digits + others)))
    recognizer = recognizers[name]
    assert recognizer.analyze(text, recognizer.supported_entities, None) == []
