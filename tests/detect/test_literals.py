"""A pattern is searched only in a text holding a string every match of it holds (literals.py):
the strings read from a pattern are truly in every match, and gating never loses a match."""
from pathlib import Path

import pytest
import regex

from redactor.detect.literals import Gated, required

ROOT = Path(__file__).resolve().parents[2]

# (pattern, the strings one of which every match holds; None: no string is sure to be there)
REQUIRED = [
    (r"\bQueen[ \t]+Victoria\b", {"Victoria"}),  # the longer of two literal runs
    (r"(?:[A-Z]\w*\s+){0,2}(?:Baptist|Methodist)\s+Church", {"Baptist", "Methodist"}),  # the longer: sure too
    (r"(?:[A-Z]\w*\s+){1,2}(?:Mosque|Gurdwara)\b", {"Mosque", "Gurdwara"}),
    (r"[A-Z]\w*(?=\s+(?:law|legal)\s+firm\b)", {"firm"}),  # a lookahead's text is in the text too
    (r"(?:(?<=represented by )|(?<=advised by ))[A-Z]\w*", {"represented by ", "advised by "}),
    (r"(?:HMS|MV)\s+\w+|[A-Z]\w+\s+Hall", {"HMS", "MV", "Hall"}),
    (r"(?:Room|Suite)?\s*\d+", None),  # optional: nothing is sure
    (r"(?:Trust|\d+)", None),  # one alternative holds no string
    (r"(?i:hospital)\s+\w+", None),  # any case: no exact string
    (r"(?<!Saint )[A-Z]\w+", None),  # a negative lookbehind requires nothing
    (r"[Ss]tation\b", {"tation"}),
]


@pytest.mark.parametrize(("pattern", "strings"), REQUIRED)
def test_required_strings(pattern, strings):
    assert required(regex.compile(pattern)) == (None if strings is None else frozenset(strings))


# Made-up texts (in no corpus) each pattern matches, and near misses it does not.
TEXTS = [
    (r"(?:[A-Z]\w*\s+){0,2}(?:Baptist|Methodist)\s+Church", "they met at Elm Road Baptist Church on Sunday", True),
    (r"(?:[A-Z]\w*\s+){0,2}(?:Baptist|Methodist)\s+Church", "a Baptist church in the town", False),
    (r"[A-Z]\w*(?=\s+(?:law|legal)\s+firm\b)", "Harcourt law firm acted", True),
    (r"[A-Z]\w*(?=\s+(?:law|legal)\s+firm\b)", "Harcourt law office acted", False),
    (r"(?:(?<=represented by )|(?<=advised by ))[A-Z]\w*", "she was advised by Kemble", True),
    (r"(?:(?<=represented by )|(?<=advised by ))[A-Z]\w*", "she was advised by him", False),
]


@pytest.mark.parametrize(("pattern", "text", "found"), TEXTS)
def test_gated_search_is_the_patterns(pattern, text, found):
    compiled = regex.compile(pattern)
    assert Gated(compiled).search(text, 0, len(text)) is found
    assert (compiled.search(text) is not None) is found


def test_a_lookbehind_before_the_range_is_still_seen():
    gated = Gated(regex.compile(r"(?<=advised by )[A-Z]\w*"))
    text = "she was advised by Kemble"
    assert gated.search(text, text.index("Kemble"), len(text))


def test_gating_loses_no_allow_list_match(vocabulary):
    """Every allow-list pattern read alone (KeepReader) finds a match in exactly the corpus lines it found one in
    before it was gated."""
    lines = {line for split in ("dev", "dev12") for path in sorted((ROOT / "corpus" / "real" / split).glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()}
    reader = vocabulary.keep_reader
    assert reader.alone and all(isinstance(g, Gated) for g in reader.alone)
    for gated in reader.alone:
        found = {line for line in lines if gated.pattern.search(line)}
        assert {line for line in found if gated.search(line, 0, len(line))} == found, gated.pattern.pattern[:80]
