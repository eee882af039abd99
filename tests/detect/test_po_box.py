"""A Post Office box is a postal address wherever it stands (no spaCy needed)."""
import pytest

from redactor.casefile import CaseFile
from redactor.detect.engine import build_registry


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return next(r for r in build_registry(rules, vocabulary, CaseFile()).recognizers if r.name == "PoBoxRecognizer")


@pytest.mark.parametrize("text,expected", [
    ("Bankers: Barclays Bank PO Box 23 Northampton", ["PO Box 23"]),
    ("Write to P.O. Box 1234, Leeds.", ["P.O. Box 1234"]),
    ("Post Office Box 77", ["Post Office Box 77"]),
    # a box that is no postal address
    ("Tick box 3 on the form.", []),
    ("The PO said box 3 was empty.", []),
])
def test_po_boxes(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities, None)] == expected
