"""A name in a cell a label says holds names may be made of months and days ("April
Sunday"), which are never names on weak evidence; other ordinary words still are not."""
import pytest

from redactor.detect.recognizers.base import placeholder_pattern
from redactor.detect.recognizers.date_of_birth import date_pattern
from redactor.detect.recognizers.table_field import TableFieldRecognizer
from redactor.types import Kind


@pytest.mark.parametrize("label, text, expected", [
    ("Name", "April Sunday", ["April Sunday"]),
    ("Forename", "Sunday", ["Sunday"]),
    ("Surname", "March", ["March"]),
    ("Name", "Ellen March", ["Ellen March"]),
    ("Name", "Unknown", []),
    ("Name", "Not known", []),
    ("Name of professional", "Social Worker", []),
])
def test_a_person_cell(rules, vocabulary, label, text, expected):
    recognizer = TableFieldRecognizer(Kind.PERSON, label, vocabulary, date_pattern(rules), placeholder_pattern(rules))
    assert [text[r.start:r.end] for r in recognizer.analyze(text, [])] == expected
