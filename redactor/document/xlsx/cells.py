"""A worksheet's cells as a reader sees them: shared and inline strings (rich text runs
too), formula results, and numbers, dates shown as dates (day first) so that a date of birth
stored as a number is found like one written as text. Cells without a value and booleans
and errors are not text."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import regex
from lxml import etree

from redactor.document.inner import Slot, SlotText, Target
from redactor.document.xlsx import formulas
from redactor.document.xlsx.ns import q
from redactor.document.xlsx.targets import NumberCell

# Excel's built-in number formats that show dates or times
_DATE_FORMATS = {**{i: "d" for i in range(14, 18)}, **{i: "t" for i in (18, 19, 20, 21, 45, 46, 47)}, 22: "dt"}
_NOT_DATE = regex.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')  # literals, colours, escapes: not date letters
_REF = regex.compile(r"^([A-Z]{1,3})(\d+)$")


@dataclass
class Cell:
    element: etree._Element
    row: int
    col: int
    target: Target
    text: str

    @property
    def ref(self) -> str:
        return f"{column_letters(self.col)}{self.row}"


class Formats:
    """How numbers are shown, from the style sheet: which cell styles are dates or times."""

    def __init__(self, styles: etree._Element | None, date1904: bool) -> None:
        codes = {_int(f.get("numFmtId"), -1): f.get("formatCode", "")
                 for f in (styles.iter(q("x:numFmt")) if styles is not None else ())}
        xfs = styles.find(q("x:cellXfs")) if styles is not None else None
        self.kinds = [_date_kind(_int(xf.get("numFmtId"), 0), codes) for xf in (xfs if xfs is not None else ())]
        self.epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)

    def shown(self, value: str, style: int) -> str:
        kind = self.kinds[style] if 0 <= style < len(self.kinds) else ""
        try:
            number = float(value)
        except ValueError:
            return value
        if not kind or not 0 <= number < 2_958_466:  # after 9999-12-31 Excel shows ####
            return value
        when = self.epoch + dt.timedelta(days=number if number >= 61 or self.epoch.year == 1904 else number + 1)
        date, time = when.strftime("%d/%m/%Y"), when.strftime("%H:%M")
        return {"d": date, "t": time}.get(kind, f"{date} {time}" if number % 1 else date)


def cells(sheet: etree._Element, strings: list[etree._Element], formats: Formats) -> Iterator[Cell]:
    """Every cell with a text or number value, in reading order."""
    row_number = 0
    data = sheet.find(q("x:sheetData"))
    for row in data.iterchildren(q("x:row")) if data is not None else ():
        row_number = _int(row.get("r"), row_number + 1)
        col = 0
        for c in row.iterchildren(q("x:c")):
            m = _REF.match(c.get("r") or "")
            col = column_number(m.group(1)) if m else col + 1
            found = _value(c, strings, formats)
            if found is not None:
                yield Cell(c, row_number, col, *found)


def _value(c: etree._Element, strings: list[etree._Element], formats: Formats) -> tuple[Target, str] | None:
    kind, v = c.get("t", "n"), c.find(q("x:v"))
    if kind == "inlineStr":
        holder = c.find(q("x:is"))
        return _string(holder) if holder is not None else None
    if v is None or not (v.text or "").strip():
        return None
    if kind == "s":
        n = _int(v.text, -1)
        return _string(strings[n]) if 0 <= n < len(strings) else None
    if kind in ("str", "d"):
        slot = SlotText([(v, "text")])
        return slot, slot.text
    if kind == "n":
        shown = formats.shown(v.text or "", _int(c.get("s"), 0))
        return NumberCell(c, shown), shown
    return None  # booleans, errors


def _string(holder: etree._Element) -> tuple[SlotText, str]:
    """A shared or inline string: plain (``t``) or rich text runs (``r/t``); phonetic runs
    (``rPh``) are not its text."""
    slots: list[Slot] = []
    for child in holder:
        if child.tag == q("x:t"):
            slots.append((child, "text"))
        elif child.tag == q("x:r"):
            slots += [(t, "text") for t in child.findall(q("x:t"))]
    target = SlotText(slots, preserve=True)
    return target, target.text


def string_text(holder: etree._Element) -> SlotText:
    """The text of a string holder (``si``, ``is``, a comment's ``text``) as one target."""
    return _string(holder)[0]


def shows_words(code: str) -> bool:
    """Does a number format show words of its own (a quoted literal with letters: "Seen by "@)?"""
    return any(formulas.worded(m.group()) for m in regex.finditer(r'"[^"]*"', code))


def column_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def parse_ref(ref: str) -> tuple[int, int] | None:
    """(row, column) of a cell reference such as 'B4' ('$B$4' too)."""
    m = _REF.match(ref.replace("$", ""))
    return (int(m.group(2)), column_number(m.group(1))) if m else None


def _date_kind(fmt: int, codes: dict[int, str]) -> str:
    if fmt in _DATE_FORMATS:
        return _DATE_FORMATS[fmt]
    code = _NOT_DATE.sub("", codes.get(fmt, "")).lower().split(";")[0]
    if code in ("", "general") or not regex.search(r"[dmyhs]", code):
        return ""
    date, time = bool(regex.search(r"[dy]|m(?!m?:)", code)), bool(regex.search(r"[hs]", code))
    return "dt" if date and time else "d" if date else "t"


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or "")
    except ValueError:
        return default
