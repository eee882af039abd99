"""The contract every document format meets: segments out, changes back in."""
from __future__ import annotations

from pathlib import Path
from typing import Protocol, Sequence

from redactor.types import Change, Segment


class Document(Protocol):
    """A loaded input. Only the document layer knows the file format."""

    path: Path
    segments: list[Segment]
    suffix: str
    sha256: str

    def render(self, changes: Sequence[Change]) -> bytes:
        """The document's bytes with every given change applied."""
        ...

    def findings(self) -> list[str]:
        """Things found that cannot be checked or were removed (no personal data in them)."""
        ...


def splice(text: str, changes: Sequence[Change]) -> str:
    """``text`` with each change's [start, end) replaced; changes must not overlap."""
    out, pos = [], 0
    for c in sorted(changes, key=lambda c: c.start):
        out += [text[pos:c.start], c.replacement]
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


def by_segment(changes: Sequence[Change]) -> dict[str, list[Change]]:
    """Changes grouped by the segment they apply to."""
    groups: dict[str, list[Change]] = {}
    for c in changes:
        groups.setdefault(c.segment_id, []).append(c)
    return groups
