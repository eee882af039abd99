"""Plain text and Markdown: one segment per line, or per cell of a table row
(tab-separated, or Markdown pipes)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redactor import files
from redactor.document.base import by_segment
from redactor.document.tables import label_cells
from redactor.errors import RedactorError
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


class TextDocument:
    """A UTF-8 text or Markdown file."""

    def __init__(self, path: Path, text: str, sha256: str) -> None:
        self.path = path
        self.sha256 = sha256
        self.suffix = path.suffix.lower()
        self._lines = [_split(raw, self.suffix == ".md") for raw in text.splitlines(keepends=True)]
        self.segments: list[Segment] = []
        self._cells: dict[str, tuple[int, int]] = {}
        self._build_segments()

    @classmethod
    def load(cls, path: Path, data: bytes) -> TextDocument:
        return cls(path, data.decode("utf-8-sig"), files.sha256(data))

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
                self._add(i, 0, f"line {i + 1}", None, None)

    def _add_table(self, lines: list[int]) -> None:
        ruled = len(lines) > 1 and self._lines[lines[1]].rule
        rows = [i for i in lines if not self._lines[i].rule]
        labels = label_cells([self._lines[i].cells for i in rows], has_header=True if ruled else None)
        for r, i in enumerate(rows):
            for c, cell in enumerate(self._lines[i].cells):
                if cell.strip():
                    lab = labels[r][c]
                    self._add(i, c, f"line {i + 1}, cell {c + 1}", lab.column_header, lab.row_label)

    def _add(self, line: int, cell: int, where: str, header: str | None, label: str | None) -> None:
        sid = f"L{line + 1}" + (f".C{cell + 1}" if len(self._lines[line].cells) > 1 else "")
        self._cells[sid] = (line, cell)
        self.segments.append(Segment(sid, self._lines[line].cells[cell], where, "text", header, label))

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
