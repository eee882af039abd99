"""The last check of a workbook at load, as the Word file's audit does for its own parts:
every element, attribute and text of every XML part is on the inventory. Text a reader sees
must be one of the workbook's places (a segment), a value redactor wrote, or empty; the
string literals of formulas must be places; other values must be short tokens (a few
structural ones, ranges and fonts, may hold spaces); every element and attribute belongs
to a known namespace. The first problem makes the workbook ``NotRedactable``."""
from __future__ import annotations

from collections.abc import Sequence

import regex
from lxml import etree

from redactor.document.docx.inventory import SPACED_BY_NAMESPACE, VML_FREE_ATTRIBUTES
from redactor.document.docx.ns import namespace
from redactor.document.inner import NotRedactable, Place, Slot, is_code, read
from redactor.document.xlsx import formulas
from redactor.document.xlsx.cells import shows_words
from redactor.document.xlsx.inventory import (
    FORMULA_ATTRIBUTES,
    FORMULA_TEXT,
    FREE_ATTRIBUTES,
    FREE_TEXT,
    KNOWN_NAMESPACES,
    NUMBER_FORMAT,
    SHAPED_ATTRIBUTES,
    SHAPED_TEXT,
    SPACED_ATTRIBUTES,
    UNQUALIFIED,
)
from redactor.document.xlsx.ns import NS, q
from redactor.document.xlsx.targets import FormulaLiteral
from redactor.document.xlsx.workbook import Workbook

UNREAD_TEXT = "holds text in a place redactor does not read"
UNKNOWN_MARKUP = "holds markup of a kind redactor does not know"
LONG_VALUE = "holds a value that is not the short code its place expects"
_VML = f"{{{NS['v']}}}"
_CELL_VALUE = regex.compile(r"^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[Ee][-+]?\d+)?|#[A-Z0-9/!?]+|TRUE|FALSE)$")


def audit(wb: Workbook, places: Sequence[Place]) -> None:
    """Raise NotRedactable at the first place of ``wb`` that ``places`` do not cover."""
    covered, literals = _covered(places)
    covered |= wb.pkg.safe
    for part in wb.xml_parts():
        for el in wb.xml(part).iter():
            problem = _problem(el, covered, literals)
            if problem:
                raise NotRedactable(problem)


def _covered(places: Sequence[Place]) -> tuple[set[Slot], set[tuple[etree._Element, str, int]]]:
    """The slots whose text is a segment, and the formula literals (slot, n) that are."""
    slots = {s for place in places for s in place.target.slots()}
    literals = {(*t.slot, t.n) for t in (place.target for place in places) if isinstance(t, FormulaLiteral)}
    return slots, literals


def _problem(el: etree._Element, covered: set[Slot], literals: set[tuple[etree._Element, str, int]]) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):
        return UNKNOWN_MARKUP
    if namespace(tag) not in KNOWN_NAMESPACES or ("}" not in tag and tag not in UNQUALIFIED):
        return UNKNOWN_MARKUP
    if el.tail and el.tail.strip():
        return UNREAD_TEXT
    text = el.text or ""
    if text.strip() and (el, "text") not in covered:
        if tag in FORMULA_TEXT:
            if not _literals_read((el, "text"), literals):
                return UNREAD_TEXT
        elif tag in FREE_TEXT:
            return UNREAD_TEXT
        elif tag == q("x:v"):
            if not _CELL_VALUE.match(text.strip()):
                return LONG_VALUE
        elif tag in SHAPED_TEXT:
            if not SHAPED_TEXT[tag].match(text.strip()):
                return LONG_VALUE
        elif not is_code(text):
            return LONG_VALUE
    for attr, value in el.attrib.items():
        if "}" in attr and namespace(attr) not in KNOWN_NAMESPACES:
            return UNKNOWN_MARKUP
        if not value.strip() or (el, attr) in covered:
            continue
        if (tag, attr) in FORMULA_ATTRIBUTES:
            if not _literals_read((el, attr), literals):
                return UNREAD_TEXT
        elif (tag, attr) in FREE_ATTRIBUTES or (tag.startswith(_VML) and attr in VML_FREE_ATTRIBUTES) or \
                ((tag, attr) == NUMBER_FORMAT and shows_words(value)):
            return UNREAD_TEXT
        elif attr in SHAPED_ATTRIBUTES:
            if not SHAPED_ATTRIBUTES[attr].match(value):
                return LONG_VALUE
        elif not is_code(value, _spaced(tag, attr)):
            return LONG_VALUE
    return None


def _literals_read(slot: Slot, literals: set[tuple[etree._Element, str, int]]) -> bool:
    return all((*slot, n) in literals for n in formulas.worded_literals(read(slot)))


def _spaced(tag: str, attr: str) -> bool:
    return attr in SPACED_ATTRIBUTES or (tag, attr) in SPACED_ATTRIBUTES or \
        attr in SPACED_BY_NAMESPACE.get(namespace(tag), ())
