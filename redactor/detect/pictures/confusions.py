"""The characters OCR confuses (O/0, S/5, l/1, I/1), put right where a number or a UK
postcode is meant, character for character, so every offset stays the same."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from redactor.types import Detection, Segment

_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "!": "1", "i": "1",
                           "S": "5", "s": "5", "Z": "2", "B": "8"})
_TO_LETTER = str.maketrans({"0": "O", "5": "S", "1": "I", "8": "B", "2": "Z"})
_LOOKS_DIGIT = "0-9OoDIl|!iSsZB"
# a run of digits and look-alikes, with date and number separators, not inside a word
_NUMBER = re.compile(rf"(?<![A-Za-z0-9])[{_LOOKS_DIGIT}](?:[{_LOOKS_DIGIT}/.\- ]*[{_LOOKS_DIGIT}])?(?![A-Za-z0-9])")
_POSTCODE = re.compile(r"(?<![A-Za-z0-9])([A-Z0-9]{1,2})([0-9OIlS])([A-Z0-9]?)( ?)([0-9OIlS])([A-Z0-9]{2})"
                       r"(?![A-Za-z0-9])")
_STRICT_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}")


def normalise(text: str) -> str:
    """``text`` with look-alike characters made digits inside numbers (at least two real
    digits, nothing but look-alikes and separators besides: "21/O5/199O", "O7700 9OO123")
    and made right inside postcodes ("LSI 4AB", "M5 0JA")."""
    chars = list(text)
    for m in _NUMBER.finditer(text):
        run = m.group()
        if sum(c.isdigit() for c in run) >= 2 and sum(c.isdigit() for c in run) * 2 >= sum(c.isalnum() for c in run):
            chars[m.start():m.end()] = run.translate(_TO_DIGIT)
    for m in _POSTCODE.finditer(text):
        if _STRICT_POSTCODE.fullmatch(m.group()):
            continue  # read right ("M21 9QX" is not "MZ1 9QX")
        area, district, extra, space, sector, unit = m.groups()
        fixed = (area.translate(_TO_LETTER) + district.translate(_TO_DIGIT) + extra + space
                 + sector.translate(_TO_DIGIT) + unit.translate(_TO_LETTER))
        if _STRICT_POSTCODE.fullmatch(fixed):
            chars[m.start():m.end()] = fixed
    return "".join(chars)


def put_right(segments: Sequence[Segment]) -> list[Segment]:
    """``segments`` with each picture line ``normalise``d (the others as they are)."""
    return [replace(s, text=normalise(s.text)) if s.picture else s for s in segments]


def as_read(detections: Iterable[Detection], segments: Sequence[Segment]) -> list[Detection]:
    """``detections`` made on lines put right, with the text as it was read (what a
    change replaces must be what the document holds)."""
    read = {s.id: s.text for s in segments if s.picture}
    return [replace(d, text=read[d.segment_id][d.start:d.end]) if d.segment_id in read else d for d in detections]
