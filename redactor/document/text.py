"""Plain text and Markdown: one segment per line, or per cell of a table row
(tab-separated, or Markdown pipes)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redactor import files
from redactor.document.base import Document, by_segment
from redactor.document.tables import label_cells, split_tables
from redactor.errors import RedactorError
from redactor.rules import Fields, shipped_fields
from redactor.types import Change, PictureEdit, Segment

_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass
class _Line:
    """A source line split into cells; ``sep`` rejoins them, ``frame`` wraps them."""

    cells: list[str]
    sep: str = ""
    frame: tuple[str, str] = ("", "")
    ending: str = ""
    rule: bool = False  # a Markdown header rule: part of a table, holds no text

    def is_text(self) -> bool:
        """A line of text (not blank, not a table row)."""
        return len(self.cells) == 1 and not self.rule and bool(self.cells[0].strip())

    def join(self, cells: list[str]) -> str:
        return self.frame[0] + self.sep.join(cells) + self.frame[1] + self.ending


def _split(raw: str, markdown: bool) -> _Line:
    body = raw.rstrip("\r\n")
    ending = raw[len(body):]
    if "\t" in body:
        return _Line(body.split("\t"), "\t", ending=ending)
    stripped = body.strip()
    if markdown and _MD_RULE.match(stripped) and "|" in stripped:
        return _Line([body], ending=ending, rule=True)
    if markdown and stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1 \
            and not _MD_RULE.match(stripped):
        lead = body[: body.index("|") + 1]
        tail = body[body.rindex("|"):]
        return _Line(body[len(lead): len(body) - len(tail)].split("|"), "|", (lead, tail), ending)
    return _Line([body], ending=ending)


class TextDocument(Document):
    """A UTF-8 text or Markdown file."""

    def __init__(self, path: Path, text: str, sha256: str, fields: Fields | None = None) -> None:
        """``fields``: the table labels that tell a header row (default: the shipped rules')."""
        self.path = path
        self._fields = fields or shipped_fields()
        self.sha256 = sha256
        self.suffix = path.suffix.lower()
        self._lines = [_split(raw, self.suffix == ".md") for raw in text.splitlines(keepends=True)]
        self.segments: list[Segment] = []
        self._cells: dict[str, tuple[int, int]] = {}
        self._build_segments()

    @classmethod
    def load(cls, path: Path, data: bytes, fields: Fields | None = None) -> TextDocument:
        return cls(path, data.decode("utf-8-sig"), files.sha256(data), fields)

    def _build_segments(self) -> None:
        table: list[int] = []
        for i, line in enumerate(self._lines + [_Line([""])]):
            if len(line.cells) > 1 or line.rule:
                table.append(i)
                continue
            if table:
                self._add_table(table)
                table = []
            if i < len(self._lines) and line.cells[0].strip():
                self._add(i, 0, f"line {i + 1}", None, None, wraps=i > 0 and self._lines[i - 1].is_text())

    def _add_table(self, lines: list[int]) -> None:
        """The cells of consecutive table lines, which may be several tables (a header
        row or the end of label/value rows starts the next: ``tables.split_tables``)."""
        rows = [i for i in lines if not self._lines[i].rule]
        cells = [self._lines[i].cells for i in rows]
        ruled = [r for r, i in enumerate(rows) if i + 1 < len(self._lines) and self._lines[i + 1].rule]
        for a, b, has_header in split_tables(cells, self._fields, ruled):
            labels = label_cells(cells[a:b], has_header)
            for r, i in enumerate(rows[a:b]):
                for c, cell in enumerate(self._lines[i].cells):
                    if cell.strip():
                        lab = labels[r][c]
                        self._add(i, c, f"line {i + 1}, cell {c + 1}", lab.column_header, lab.row_label,
                                  row=f"L{i + 1}")

    def _add(self, line: int, cell: int, where: str, header: str | None, label: str | None,
             wraps: bool = False, row: str | None = None) -> None:
        sid = f"L{line + 1}" + (f".C{cell + 1}" if len(self._lines[line].cells) > 1 else "")
        self._cells[sid] = (line, cell)
        self.segments.append(Segment(sid, self._lines[line].cells[cell], where, "text", header, label,
                                     wraps=wraps, row=row))

    def render(self, changes: Sequence[Change], pictures: Sequence[PictureEdit] = ()) -> bytes:
        """Each cell with its changes applied through Presidio's AnonymizerEngine (a
        text has no pictures: a picture decision for it is refused)."""
        from redactor.policies import apply  # presidio-anonymizer imports spaCy: load on use

        if pictures:
            raise RedactorError(f"{self.path.name}: the decisions name pictures, but a text file has none")

        cells = [list(line.cells) for line in self._lines]
        for sid, group in by_segment(changes).items():
            line, cell = self._cells[sid]
            cells[line][cell] = apply(cells[line][cell], group)
        return "".join(line.join(c) for line, c in zip(self._lines, cells, strict=True)).encode("utf-8")

    def findings(self) -> list[str]:
        return []
