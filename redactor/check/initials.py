"""Names a checked document itself shows were replaced: initials in a table cell labelled
for names ("Name | EM", "in respect of | EM") say a person with those initials was
named there, so a full name elsewhere with the same initials ("Ellen March") is that
person left in full. A full name is two or three capitalised words opening with a listed
first name: "East Midlands" is not EM."""
from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from redactor.names import NAME_WORD, initial, is_initials, split_name
from redactor.types import Kind, Segment

_FULL_NAME = regex.compile(rf"(?<![\w'’-])(?:{NAME_WORD})(?:[ \t\n]+{NAME_WORD}){{1,2}}(?![\w-])")
_NUMBER = regex.compile(r"\d+$")


def given_initials(segments: Sequence[Segment], field_kind: Callable[[str], Kind | None]) -> set[str]:
    """Initials standing alone in cells a label says hold names ("SS2" is SS, numbered)."""
    out = set()
    for s in segments:
        text = _NUMBER.sub("", s.text.strip())
        if len(text) > 1 and is_initials(text) and any(field_kind(label) is Kind.PERSON for label in s.labels):
            out.add(text.replace(".", "").replace(" ", ""))
    return out


def full_names_with(segments: Sequence[Segment], initials: set[str],
                    is_first_name: Callable[[str], bool]) -> list[tuple[Segment, int, int]]:
    """Every full name whose initials (first name and surname) are among ``initials``."""
    if not initials:
        return []
    found = []
    for s in segments:
        for m in _FULL_NAME.finditer(s.text):
            first, last = split_name(m.group())
            if first and last and is_first_name(first) and initial(first) + initial(last) in initials:
                found.append((s, m.start(), m.end()))
    return found
