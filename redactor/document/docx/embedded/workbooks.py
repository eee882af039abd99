"""Embedded workbooks in a Word file: opened (within what is left of the Word file's size
budget), cleaned and audited at load, and read into segments, with the Word charts that
draw them: a chart's references to a sheet follow the sheet's name, the string literals of
its references are read, and each text the chart caches from a cell (a series name, a
category) is the cell's own segment, so the chart and its data get the same replacement."""
from __future__ import annotations

import re

from redactor.document.docx.embedded.places import add_places
from redactor.document.docx.ns import q
from redactor.document.docx.package import MAX_TOTAL_BYTES, Package, rels_of, target
from redactor.document.docx.segment_index import Index
from redactor.document.inner import NotRedactable, Place
from redactor.document.xlsx.audit import audit
from redactor.document.xlsx.clean import clean
from redactor.document.xlsx.places import formula_places, metadata, places
from redactor.document.xlsx.workbook import WHAT, Workbook
from redactor.errors import RedactorError

CHARTS = (q("c:chartSpace"), q("cx:chartSpace"))


def open_workbook(pkg: Package, part: str) -> Workbook:
    """The workbook held in ``part``, opened once per package."""
    held = pkg.inner.get(part)
    if isinstance(held, Workbook):
        return held
    used = sum(len(b) for b in pkg.data.values()) + sum(
        len(b) for wb in pkg.inner.values() if isinstance(wb, Workbook) for b in wb.pkg.data.values())
    wb = Workbook.open(pkg.name, pkg.data[part], MAX_TOTAL_BYTES - used)
    pkg.inner[part] = wb
    return wb


def workbook_places(wb: Workbook, n: int) -> list[Place]:
    """The places of ``wb``, the ``n``-th workbook of its Word file: read once for its audit
    at load and its index (again only if another workbook's removal renumbered it)."""
    where = f"{WHAT} {n}"
    if wb.read is None or wb.read[0] != where:
        wb.read = (where, places(wb, where))
    return wb.read[1]


def prepare_workbook(pkg: Package, part: str, n: int) -> list[str]:
    """Open, clean and audit the workbook in ``part``, the ``n``-th of the Word file;
    NotRedactable if it cannot be redacted."""
    wb = open_workbook(pkg, part)
    try:
        findings = clean(wb)
    except RedactorError:  # a part the clean-up reads is damaged
        raise NotRedactable("is damaged (a part is not well-formed XML)") from None
    audit(wb, workbook_places(wb, n))
    return findings


def index_workbook(out: Index, pkg: Package, part: str, n: int) -> None:
    """Segments of the workbook in ``part`` and of the Word charts drawing it."""
    try:
        wb = open_workbook(pkg, part)
        found = workbook_places(wb, n)
    except NotRedactable as e:
        raise e.refusal(pkg.name, WHAT, "cannot be read") from None
    ids = add_places(out, part, found)
    cells: dict[str, str] = {}
    for p in found:
        if p.labels is not None and p.target.text.strip():
            cells.setdefault(p.target.text, ids[f"{p.part}#{p.key}"])
    sheets = {s.name.casefold(): s for s in wb.sheets()}
    for chart in charts_of(pkg, part):
        where = f"chart {_number(chart)}, data reference"
        slots = [(f, "text") for f in pkg.xml(chart).iter(q("c:f"), q("cx:f"))]
        add_places(out, chart, [p for slot in slots for p in formula_places("", slot, where, wb.book, sheets, {})],
                   ids)
        for seg in [s for s in out.segments if s.id.startswith(f"{chart}#label") and s.text in cells]:
            out.join(seg.id, cells[seg.text])


def workbook_metadata(pkg: Package, part: str, n: int) -> list[tuple[str, str]]:
    try:
        return metadata(open_workbook(pkg, part), f"{WHAT} {n}")
    except NotRedactable as e:
        raise e.refusal(pkg.name, WHAT, "cannot be read") from None


def charts_of(pkg: Package, part: str) -> list[str]:
    """The Word chart parts whose data is the workbook in ``part``."""
    return [p for p in pkg.xml_parts() if not p.endswith(".rels") and pkg.root_tag(p) in CHARTS
            and any(r.get("TargetMode") != "External" and target(rels_of(p), r.get("Target", "")) == part
                    for r in pkg.rels(p).values())]


def _number(part: str) -> str:
    m = re.search(r"(\d+)\.xml$", part)
    return m.group(1) if m else "1"
