"""What was read in a picture, and what is to be covered in it: plain data, so a loaded
document carrying its readings can be copied or sent to another process."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Box = tuple[int, int, int, int]  # left, top, right, bottom, in the picture's pixels
Quad = tuple[tuple[float, float], ...]

CHECK_BELOW = 0.8  # a line read with less confidence makes the picture one a person checks
SMALL_TEXT = 8  # pixels: text this low is read unreliably
_CONFUSED = str.maketrans({"0": "o", "5": "s", "1": "l", "i": "l", "|": "l", "!": "l"})


def bounds(quads: Iterable[Quad]) -> Box:
    """The box, in whole pixels, around every point of ``quads``."""
    xs, ys = zip(*(point for q in quads for point in q), strict=True)
    return (int(min(xs)), int(min(ys)), int(max(xs)) + 1, int(max(ys)) + 1)


@dataclass(frozen=True)
class Line:
    """A line of text in a picture: its text, the engine's confidence (1.0 for text a
    metafile or SVG holds as text), its box and, for pixels, each character's outline."""

    text: str
    score: float
    box: Box
    chars: tuple[Quad | None, ...] = ()

    def outline(self, start: int, end: int) -> Box:
        """The box around characters [start, end): their outlines where the engine gave
        them, else that share of the line's width."""
        quads = [q for q in self.chars[start:end] if q is not None]
        if quads:
            return bounds(quads)
        left, top, right, bottom = self.box
        width = (right - left) / max(len(self.text), 1)
        return (int(left + start * width), top, int(left + end * width) + 1, bottom)


@dataclass(frozen=True)
class Reading:
    """Everything read in one picture: ``format`` is Pillow's name (PNG, JPEG...) or
    EMF, WMF, SVG; ``doubts`` say, without quoting it, why a person should check it."""

    format: str
    size: tuple[int, int]
    lines: tuple[Line, ...]
    doubts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cover:
    """Characters [start, end) of line ``line`` covered, ``replacement`` written over them."""

    line: int
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Drawn:
    """A box a reviewer drew: covered, ``replacement`` (often nothing) written in it."""

    box: Box
    replacement: str = ""


_GLUED = re.compile(r"[^\W\d_]|['’`´]")  # a letter or an apostrophe: part of the word it touches


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the letters and apostrophes glued to it: OCR reads "O'Neill"
    as "d'Neill" and a name found from "Neill" on must not leave "O'" to be read."""
    while start > 0 and _GLUED.match(text[start - 1]):
        start -= 1
    while end < len(text) and _GLUED.match(text[end]):
        end += 1
    return start, end


def doubts(lines: Iterable[Line]) -> tuple[str, ...]:
    """Why the reading of these lines may have missed something."""
    lines = list(lines)
    out = []
    unsure = sum(1 for line in lines if line.score < CHECK_BELOW and sum(c.isalnum() for c in line.text) >= 2)
    if unsure:
        out.append(f"{unsure} line(s) read with low confidence (handwriting, blur or an unusual font?)")
    small = sum(1 for line in lines if 0 < line.box[3] - line.box[1] < SMALL_TEXT)
    if small:
        out.append(f"{small} line(s) of very small text")
    return tuple(out)


def fold(text: str) -> str:
    """``text`` lower-cased, with the characters OCR confuses made one (O/0, S/5, l/1/I),
    and everything but letters and digits dropped."""
    return "".join(ch for ch in text.lower().translate(_CONFUSED) if ch.isalnum())


def tokens(text: str) -> set[str]:
    """The folded words of ``text`` worth looking for again (three characters or more)."""
    return set(_words(text))


def _words(text: str) -> list[str]:
    return [f for w in re.split(r"\s+", text) if len(f := fold(w)) >= 3]


def leaked(expected: Sequence[str], again: Sequence[str], forbidden: set[str]) -> bool:
    """Is any ``forbidden`` folded token read ``again`` more often than the ``expected``
    lines (what was read, with the covers' replacements in place) hold it: as a word, or,
    five characters or more, inside a line run together (OCR drops and adds spaces)?"""
    if not forbidden:
        return False
    want = Counter(w for line in expected for w in _words(line))
    got = Counter(w for line in again for w in _words(line))
    if any(got[t] > want[t] for t in forbidden):
        return True
    joined_want, joined_got = [fold(line) for line in expected], [fold(line) for line in again]
    return any(sum(j.count(t) for j in joined_got) > sum(j.count(t) for j in joined_want)
               for t in forbidden if len(t) >= 5)


def column_headers(lines: Sequence[Line]) -> list[str | None]:
    """For each line, the header of the table column it sits in, if the picture holds a
    table (a screenshot of a case system): rows are lines sharing a height, a table row
    has three cells or more, the top table row is the header row, and a cell's header is
    the header cell its box overlaps most."""
    heads: list[str | None] = [None] * len(lines)
    if not lines:
        return heads
    height = sorted(line.box[3] - line.box[1] for line in lines)[len(lines) // 2]
    order = sorted(range(len(lines)), key=lambda i: _centre(lines[i]))
    rows: list[list[int]] = []
    for i in order:
        if rows and _centre(lines[i]) - _centre(lines[rows[-1][0]]) < height / 2:
            rows[-1].append(i)
        else:
            rows.append([i])
    table = [row for row in rows if len(row) >= 3]
    if len(table) < 2:
        return heads
    header = table[0]
    for row in table[1:]:
        for i in row:
            overlaps = [(_overlap(lines[i].box, lines[h].box), h) for h in header]
            best, h = max(overlaps)
            if best > 0:
                heads[i] = lines[h].text
    return heads


def _centre(line: Line) -> float:
    return (line.box[1] + line.box[3]) / 2


def _overlap(a: Box, b: Box) -> int:
    return min(a[2], b[2]) - max(a[0], b[0])
