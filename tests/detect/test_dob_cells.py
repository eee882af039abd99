"""A table cell and its label without a digit are not read for a date of birth
(``DobBinder.in_cell``): reading them as "label: cell" binds nothing in the cell (no spaCy)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.recognizers.date_of_birth import DateOfBirthRecognizer

# Labels and words of dates of birth written without a digit, and other words of a cell.
LABELS = ["Date of birth", "DOB", "D.O.B.", "Born", "Age and DOB", "Date of birth / death", "Name", "b."]
WORDS = ["born", "on", "the", "fourth", "of", "May", "March", "nineteen", "eighty", "Jane", "Smith", "(", ")",
         "-", "/", ",", ".", "unknown", "in", "Leeds", "aged", "twenty", "DOB", "birth", "date", "\n"]


@pytest.fixture(scope="module")
def binder(rules, vocabulary):
    return DateOfBirthRecognizer(rules, vocabulary).binder


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LABELS), st.lists(st.sampled_from(WORDS), max_size=10).map(" ".join))
def test_a_cell_without_a_digit_binds_nothing(binder, label, cell):
    lead = f"{label}: "
    assert [s for s in binder.bind(lead + cell) if s[0] >= len(lead)] == []
    assert binder.in_cell(label, cell) == []


def test_a_cell_with_a_digit_is_read(binder):
    assert binder.in_cell("Date of birth", "12/03/1980") == [(0, 10, "Date of birth")]
