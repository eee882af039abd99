"""The contract every document format meets: segments out, changes back in."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from redactor.types import Change, PictureEdit, PictureView, Segment


class Document(Protocol):
    """A loaded input, made by its class's ``load(path, data)``, which subclasses this. Only
    the document layer knows the file format. What identifies the input is fixed when it is
    constructed."""

    segments: list[Segment]
    path: Path
    suffix: str
    sha256: str  # the hex SHA-256 of the bytes read, a constructor argument

    def render(self, changes: Sequence[Change], pictures: Sequence[PictureEdit] = ()) -> bytes:
        """The document's bytes with every given change applied, and the reviewer's
        decisions about its pictures."""
        ...

    def findings(self) -> list[str]:
        """Things found that cannot be checked or were removed (no personal data in them)."""
        ...

    def picture_views(self, changes: Sequence[Change]) -> list[PictureView]:
        """Each picture before and after ``changes``, for the review page (none in a format without pictures)."""
        return []


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
