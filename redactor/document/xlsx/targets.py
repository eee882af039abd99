"""Where a workbook's texts live, beyond plain string slots (``document/slots.py``): a number
or date cell (shown as text, rewritten as text when changed), a sheet name and the formula
references that follow it, a string literal inside a formula, a table column's name in
structured references, and a header or footer written among formatting codes. Each has the
``text``/``apply``/``track`` of a Word target; none can hold a Word revision, so ``track``
applies the change outright."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import regex
from lxml import etree

from redactor.document.base import splice
from redactor.document.inner import Slot, distribute, read, write
from redactor.document.xlsx import formulas
from redactor.document.xlsx.ns import q
from redactor.types import Change

# header and footer codes: && (an ampersand), &"font,style", &12 (size), &K colour, &L &C &R
# (sections), and one-letter fields (&P page, &D date, &A sheet name...)
_CODE = regex.compile(r'&&|&"[^"]*"|&\d{1,3}|&K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|&[LCR]|&[A-Za-z]')


class Outright:
    """Mixin: nothing here can hold a Word revision."""

    def apply(self, changes: Sequence[Change]) -> None:
        raise NotImplementedError

    def track(self, changes: Sequence[Change], revisions: Any) -> None:
        self.apply(changes)

    def slots(self) -> list[Slot]:
        """None whole by default: a reference reads a name held elsewhere, a literal a part of its formula."""
        return []


class NumberCell(Outright):
    """A number or date cell, read as it is shown (``shown``); a change makes it a text
    cell holding the changed text (its formula, if any, goes: it would compute the value again)."""

    def __init__(self, cell: etree._Element, shown: str) -> None:
        self.cell, self.shown = cell, shown

    @property
    def text(self) -> str:
        return self.shown

    def slots(self) -> list[Slot]:
        return [(v, "text") for v in self.cell.iter(q("x:v"))]

    def apply(self, changes: Sequence[Change]) -> None:
        new = splice(self.shown, changes)
        for child in list(self.cell):
            if child.tag in (q("x:v"), q("x:f"), q("x:is")):
                self.cell.remove(child)
        self.cell.set("t", "inlineStr")
        text = etree.SubElement(etree.SubElement(self.cell, q("x:is")), q("x:t"))
        write((text, "text"), new, preserve=True)


class SheetName(Outright):
    """A sheet's name in the workbook part; a changed name is made valid and unique."""

    def __init__(self, element: etree._Element) -> None:
        self.element = element

    @property
    def text(self) -> str:
        return self.element.get("name") or ""

    def slots(self) -> list[Slot]:
        return [(self.element, "name")]

    def apply(self, changes: Sequence[Change]) -> None:
        others = {(s.get("name") or "").casefold() for s in self.element.getparent() if s is not self.element}
        self.element.set("name", formulas.sheet_name(splice(self.text, changes), others))


class References(Outright):
    """The references in one formula to what ``named`` names (a sheet, a table column): they
    follow its name. The name's own target is applied first, in the same segment, so this one
    reads the new name from ``named``; ``rename`` (from ``formulas``) rewrites the formula."""

    def __init__(self, slot: Slot, named: etree._Element, rename: Callable[[str, str, str], str]) -> None:
        self.slot, self.named, self.rename, self.old = slot, named, rename, named.get("name") or ""

    @property
    def text(self) -> str:
        return self.old

    def apply(self, changes: Sequence[Change]) -> None:
        write(self.slot, self.rename(read(self.slot), self.old, self.named.get("name") or ""))


class FormulaLiteral(Outright):
    """The ``n``-th string literal of a formula."""

    def __init__(self, slot: Slot, n: int) -> None:
        self.slot, self.n = slot, n

    @property
    def text(self) -> str:
        return formulas.literals(read(self.slot))[self.n]

    def apply(self, changes: Sequence[Change]) -> None:
        write(self.slot, formulas.set_literal(read(self.slot), self.n, splice(self.text, changes)))


class CodedText(Outright):
    """A sheet header or footer: the text between its codes, sections on lines of their own."""

    def __init__(self, element: etree._Element) -> None:
        self.element = element

    @property
    def text(self) -> str:
        return "".join(shown for shown, _, _ in self._pieces())

    def slots(self) -> list[Slot]:
        return [(self.element, "text")]

    def apply(self, changes: Sequence[Change]) -> None:
        pieces = self._pieces()
        new = distribute([p[0] for p in pieces], [p[2] for p in pieces], changes)
        self.element.text = "".join(value.replace("&", "&&") if writable else source
                                    for value, (_, source, writable) in zip(new, pieces, strict=True))

    def _pieces(self) -> list[tuple[str, str, bool]]:
        """(shown, written, writable) for each literal text and code, in order."""
        source, out, pos = self.element.text or "", [], 0
        for m in _CODE.finditer(source):
            if m.start() > pos:
                out.append((source[pos:m.start()], source[pos:m.start()], True))
            code = m.group()
            shown = "&" if code == "&&" else "\n" if code in ("&L", "&C", "&R") and out else ""
            out.append((shown, code, False))
            pos = m.end()
        if pos < len(source):
            out.append((source[pos:], source[pos:], True))
        return out
