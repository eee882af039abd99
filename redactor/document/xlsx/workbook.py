"""An .xlsx workbook held as a part of a Word file: opened with the same zip limits as the
Word file (entries, sizes, compression ratio; the uncompressed bytes count against the
Word file's budget), parsed with the same XML parser (no DTD, no entities, no network),
and classified by ``inventory.py``: anything it does not understand makes the workbook
``NotRedactable``. Nothing inside a workbook is opened as a package again: an object
embedded in it is one of the things not understood, so nesting stops at one level."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from redactor.document.docx.classify import PLAIN_NAME, TYPES, content_types, reachable, rel_type
from redactor.document.docx.inventory import Kind
from redactor.document.docx.package import Package, rels_of, target
from redactor.document.inner import NotRedactable, Place, Slot
from redactor.document.xlsx.inventory import (
    FORMULA_ATTRIBUTES,
    FORMULA_TEXT,
    PARTS,
    RELATIONSHIPS,
    UNKNOWN,
    Action,
)
from redactor.document.xlsx.ns import q
from redactor.errors import RedactorError

WHAT = "embedded workbook"
XML_SUFFIXES = (".xml", ".rels", ".vml")


@dataclass
class Sheet:
    """One sheet: its entry in the workbook part (which holds its name) and its part."""

    element: etree._Element
    part: str
    number: int

    @property
    def name(self) -> str:
        return self.element.get("name") or ""


class Workbook:
    """The workbook's package and what the parts are."""

    def __init__(self, pkg: Package, kinds: dict[str, Kind], book: str) -> None:
        self.pkg, self.kinds, self.book = pkg, kinds, book
        self.read: tuple[str, list[Place]] | None = None  # its places as last read, and from where

    @classmethod
    def open(cls, name: str, blob: bytes, max_total: int) -> Workbook:
        """Open and classify; NotRedactable for anything not understood."""
        try:
            pkg = Package.unzip(name, blob, WHAT, max_total)
            if TYPES not in pkg.data:
                raise NotRedactable("is damaged (no content types)")
            types = content_types(pkg)
            found = reachable(pkg)
            kinds = {part: _kind(pkg, part, rtype, types.get(part, "")) for part, rtype in found}
        except RedactorError:
            raise NotRedactable("is damaged, or too large to open safely (possible zip bomb)") from None
        if any(not PLAIN_NAME.match(p) for p, _ in found):
            raise NotRedactable("holds a part whose name is not a plain name")
        books = [p for p, rtype in found if rtype == "officedocument"]
        if len(books) != 1 or kinds[books[0]].says != "workbook":
            refused = next((k for k in kinds.values() if k.action is Action.EMBEDDED), UNKNOWN)
            raise NotRedactable(f"holds {refused.says}")
        for kind in kinds.values():
            if kind.action is Action.EMBEDDED:
                raise NotRedactable(f"holds {kind.says}")
        return cls(pkg, kinds, books[0])

    def to_bytes(self) -> bytes:
        return self.pkg.to_bytes()

    def trees(self) -> dict[str, etree._Element]:
        return self.pkg.trees()

    def tree(self, name: str) -> etree._Element:
        return self.xml(name)

    def xml(self, part: str) -> etree._Element:
        try:
            return self.pkg.xml(part)
        except RedactorError:
            raise NotRedactable("is damaged (a part is not well-formed XML)") from None

    def xml_parts(self) -> list[str]:
        """The XML parts: every classified one, relationships and content types."""
        return [p for p in self.pkg.order if p.endswith(XML_SUFFIXES) and (p in self.kinds or ".rels" in p)
                or p == "[Content_Types].xml"]

    def parts_of(self, says: str) -> list[str]:
        return [p for p in self.pkg.order if p in self.kinds and self.kinds[p].says == says]

    def related(self, source: str, kind: str) -> list[str]:
        """The parts ``source`` relates to with relationships of type ``kind`` (last path
        segment, any case), in relationship order."""
        parts = [target(rels_of(source), r.get("Target", "")) for r in self.pkg.rels(source).values()
                 if r.get("TargetMode") != "External" and rel_type(r) == kind.lower()]
        return [p for p in parts if p in self.pkg.data]

    def sheets(self) -> list[Sheet]:
        rels = self.pkg.rels(self.book)
        out = []
        for n, el in enumerate(self.xml(self.book).iter(q("x:sheet")), 1):
            rel = rels.get(el.get(q("r:id")) or "")
            part = target(rels_of(self.book), rel.get("Target", "")) if rel is not None else ""
            if part in self.kinds:
                out.append(Sheet(el, part, n))
        return out

    def strings(self) -> list[etree._Element]:
        """The shared strings (``si``), in index order."""
        parts = self.related(self.book, "sharedStrings")
        return list(self.xml(parts[0]).iter(q("x:si"))) if parts else []

    @property
    def date1904(self) -> bool:
        props = self.xml(self.book).find(q("x:workbookPr"))
        return props is not None and props.get("date1904", "").lower() in ("1", "true")

    def formulas(self) -> Iterator[tuple[str, Slot]]:
        """(part, slot) of every formula the workbook holds."""
        for part in self.xml_parts():
            for el in self.xml(part).iter(*FORMULA_TEXT):
                yield part, (el, "text")
            for tag, attr in FORMULA_ATTRIBUTES:
                for el in self.xml(part).iter(tag):
                    if el.get(attr):
                        yield part, (el, attr)


def _kind(pkg: Package, part: str, rtype: str, content_type: str) -> Kind:
    kind = RELATIONSHIPS.get(rtype) or PARTS.get(content_type) or UNKNOWN
    if kind.roots and (not part.endswith(XML_SUFFIXES) or pkg.xml(part).tag not in kind.roots):
        return UNKNOWN  # content that does not match its declared type
    return kind
