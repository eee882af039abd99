"""The segments of a Word package in reading order, with the places (targets) each
one's text is held: what indexing fills and rendering edits."""
from __future__ import annotations

from dataclasses import dataclass, field

from redactor.document.docx.targets import Target
from redactor.document.tables import CellLabels
from redactor.types import Segment


@dataclass
class Index:
    """Segments in reading order and, for each id, the places its text is held."""

    segments: list[Segment] = field(default_factory=list)
    targets: dict[str, list[Target]] = field(default_factory=dict)
    _values: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def add(self, sid: str, target: Target, location: str, part: str, labels: CellLabels | None = None,
            format_code: bool = False) -> None:
        """A segment held at ``target``, with the table labels of its cell, if any."""
        text = target.text
        if text.strip():
            header, row_label, row = (labels.column_header, labels.row_label, labels.row) if labels else (None,) * 3
            self.segments.append(Segment(sid, text, location, part, header, row_label,
                                         format_code=format_code, row=row))
            self.targets[sid] = [target]

    def add_value(self, part: str, kind: str, target: Target, location: str, format_code: bool = False) -> None:
        """A value; values of one kind with the same text in a part are one segment."""
        key = (part, kind, target.text)
        if key in self._values:
            if self._values[key] in self.targets:  # a blank value is no segment
                self.targets[self._values[key]].append(target)
            return
        sid = f"{part}#{kind}{sum(1 for k in self._values if k[:2] == key[:2]) + 1}"
        self._values[key] = sid
        self.add(sid, target, location, part, format_code=format_code)

    def join(self, sid: str, into: str) -> None:
        """Make segment ``sid`` part of segment ``into`` (same text): its targets are
        changed by ``into``'s changes (a chart's copy of a workbook cell)."""
        self.targets[into] += self.targets.pop(sid)
        self.segments = [s for s in self.segments if s.id != sid]
        self._values = {k: (into if v == sid else v) for k, v in self._values.items()}
