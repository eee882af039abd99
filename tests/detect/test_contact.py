"""Phone numbers, e-mail addresses, PO boxes and what3words addresses in running text, written
as UK and Irish pages write them, and what only looks like one (no spaCy)."""
import pytest

from redactor.casefile import CaseFile
from redactor.detect.engine import build_registry

CONTACT = ("UkPhonePatternRecognizer", "PhoneRecognizer", "EmailPatternRecognizer", "SpelledEmailRecognizer",
           "What3wordsRecognizer", "PoBoxRecognizer")


@pytest.fixture(scope="module")
def recognizers(rules, vocabulary):
    return [r for r in build_registry(rules, vocabulary, CaseFile()).recognizers if r.name in CONTACT]


def found(recognizers, text):
    return sorted({text[r.start:r.end] for rec in recognizers
                   for r in rec.analyze(text, rec.supported_entities, None)})


@pytest.mark.parametrize("text,expected", [
    # a mobile with dots between its groups
    ("Mobile: 07700.900.123", ["07700.900.123"]),
    # Irish numbers: a Dublin landline with and without brackets, a mobile
    ("Call (01) 234 5678 or 01 234 5678.", ["(01) 234 5678", "01 234 5678"]),
    ("Text 087 123 4567 after 6pm.", ["087 123 4567"]),
    ("Phone (091) 123456, 0404 12345 or 071 912 3456.", ["(091) 123456", "0404 12345", "071 912 3456"]),
    ("Freephone 1800 250 250", ["1800 250 250"]),
    # e-mail addresses spelt to escape harvesters
    ("Email jane.smith [at] example [dot] org for details.", ["jane.smith [at] example [dot] org"]),
    ("Email: jane.smith(at)example.org", ["jane.smith(at)example.org"]),
    ("Email: info @ example.co.uk", ["info @ example.co.uk"]),
    ("Email jane dot smith at example dot org", ["jane dot smith at example dot org"]),
    ("Email jane.smith at example.org for details.", ["jane.smith at example.org"]),
    ("jane(dot)smith(at)example(dot)org or JANE.SMITH AT EXAMPLE DOT ORG",
     ["JANE.SMITH AT EXAMPLE DOT ORG", "jane(dot)smith(at)example(dot)org"]),
    # a post office box standing alone
    ("Resigned 4th May 2017 PO Box 23 Northampton", ["PO Box 23"]),
    ("Write to P.O. Box 1234.", ["P.O. Box 1234"]),
    # a what3words address
    ("The body was found at ///filled.count.soap near the river.", ["///filled.count.soap"]),
])
def test_contact_details_are_found(recognizers, text, expected):
    assert found(recognizers, text) == expected


@pytest.mark.parametrize("text", [
    # a web address after "at", a word "at" between words, a version number, a freephone count
    "Look at bbc.co.uk for the story.",
    "She arrived at home at 10.30 and left at 11.",
    "Version 0800.123 of the form; 0870 in 2019.",
    "He was seen at 3.15pm on 07.12.2026.",
    "She arrived at 10.30am at st.james.hospital by car.",
    "See www.example.org/a/b.c.d for the report.",
    # an address a page broke just after its at sign: a byline's, its publisher's domain stays
    "- Paul.byrne@ mirror.co.uk @PaulByrne Mirror",
    "Between 1800 and 1850 the town grew; in 0930 hours 41 123 were seen.",
])
def test_what_only_looks_like_contact_details_is_kept(recognizers, text):
    assert found(recognizers, text) == []

