"""Addresses and years of birth read in general (seventh stop, addr16): a year of birth after a
place of birth written in brackets or as two names joined by a slash. And what each must not take.
Made-up texts, none from a split."""
import pytest

from redactor.detect.recognizers.date_of_birth import DateOfBirthRecognizer


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
])
def test_a_year_of_birth_after_its_place_in_brackets(births, text, expected):
    assert dates_of_birth(births, text) == expected


@pytest.mark.parametrize("text", [
    # another clause, or a year that is no birth's, after the brackets
    "She was born in Paisley (Renfrewshire) and moved to Leeds in 1960.",
    "The Paisley (Renfrewshire) office opened in 1941.",
    "He moved to Derry/Londonderry in 1950.",
])
def test_no_year_of_birth_without_a_birth_in_its_clause(births, text):
    assert dates_of_birth(births, text) == []
