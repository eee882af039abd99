"""A phone number broken over two lines of a text goes from both lines (no spaCy needed)."""
import pytest
import regex

from redactor.casefile import CaseFile
from redactor.detect.address_block import across_lines
from redactor.detect.engine import build_registry
from redactor.types import Segment


@pytest.fixture(scope="module")
def phones(rules, vocabulary):
    return next(r for r in build_registry(rules, vocabulary, CaseFile()).recognizers
                if r.name == "UkPhonePatternRecognizer")


def pieces(phones, lines, wraps=True, part="body"):
    segments = [Segment(f"l{i}", t, f"line {i}", part, wraps=wraps and i > 0) for i, t in enumerate(lines)]
    return [lines[i][a:b] for i, a, b in across_lines(segments, phones, regex.compile(r"\d"))]


@pytest.mark.parametrize("lines,expected", [
    (["Named GP", "Dr Jane Roe", "01482", "613020", "(Health Place)"], ["01482", "613020"]),
    (["Call the duty team on 0161", "234 5678 before noon."], ["0161", "234 5678"]),
    (["Mobile: 07700", "900123"], ["07700", "900123"]),
    # numbers that make no phone number together, a number whole on its line
    (["Paragraph 12", "2019 was a hard year."], []),
    (["Tel 01482 613020", "2 visits were made."], []),
])
def test_a_number_broken_over_lines(phones, lines, expected):
    assert pieces(phones, lines) == expected


def test_not_across_a_blank_line_or_a_table_cell(phones):
    assert pieces(phones, ["01482", "613020"], wraps=False) == []
