"""Phone numbers broken over two lines of one text ("Named GP" / "01652" / "251036"): the
phone recognizer reads the end of a line and the start of the next joined by a space, and a
number it finds across the break goes from both lines. Pure text, no NLP."""
from __future__ import annotations

from collections.abc import Sequence

from presidio_analyzer import PatternRecognizer

from redactor.detect.address_block import continues
from redactor.types import Segment

_EDGE = 24  # characters read at the end of a line and at the start of the next


def phones_across(segments: Sequence[Segment], phones: PatternRecognizer) -> list[tuple[int, int, int, float]]:
    """Each line's piece of a number broken over two lines as (segment index, start, end, score)."""
    out = []
    for i in range(1, len(segments)):
        before, after = segments[i - 1], segments[i]
        tail = before.text.rstrip()
        lead = len(after.text) - len(after.text.lstrip())
        if not (tail[-1:].isdigit() and after.text[lead:lead + 1].isdigit()
                and after.wraps and continues(before, after)):
            continue
        start = max(0, len(tail) - _EDGE)
        cut = len(tail) - start  # where the line break stands in the text read
        text = tail[start:] + " " + after.text[lead:lead + _EDGE]
        for r in phones.analyze(text, phones.supported_entities, None):
            if r.start < cut < r.end:
                out += [(i - 1, start + r.start, len(tail), r.score), (i, lead, lead + r.end - cut - 1, r.score)]
    return out
