"""Every text of a workbook a reader (or a viewer of its properties) could see, as places
for segments: sheet names; cells, with the column header and row label that describe them
(an Excel table's header row, else the first row with two or more values; a two-column
sheet is label/value, as in Word tables); comments (legacy and threaded); headers and
footers; link texts and tooltips; data-validation prompts, filter values and rule texts;
table column names; string literals in formulas; chart and drawing text; and the title,
subject, keywords, comments and category properties.

References follow what they name: a formula's references to a sheet join the sheet name's
segment, structured references to a table column join the column's, and a table column's
name joins its header cell's when they are the same text, so one decision changes them all."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from lxml import etree

from redactor.document.docx.charts import is_label
from redactor.document.docx.inventory import CORE_SEGMENTS, NAMING_PROPERTIES
from redactor.document.docx.ns import local
from redactor.document.docx.runs import DRAWING
from redactor.document.docx.targets import RunText, Value
from redactor.document.inner import Place, Slot, SlotText, read
from redactor.document.tables import CellLabels, label_grid
from redactor.document.xlsx import formulas
from redactor.document.xlsx.cells import Cell, Formats, cells, column_letters, parse_ref, shows_words, string_text
from redactor.document.xlsx.inventory import AUTHOR
from redactor.document.xlsx.ns import q
from redactor.document.xlsx.targets import CodedText, FormulaLiteral, References, SheetName
from redactor.document.xlsx.workbook import Sheet, Workbook

HEADERS = {"oddHeader": "header", "oddFooter": "footer", "evenHeader": "even-page header",
           "evenFooter": "even-page footer", "firstHeader": "first-page header", "firstFooter": "first-page footer"}
_SHARED_ATTRIBUTES = (  # (element, attribute, kind, what the location says)
    (q("x:hyperlink"), "display", "link", "link text"), (q("x:hyperlink"), "tooltip", "link", "link tooltip"),
    *((q("x:dataValidation"), a, "validation", "data-entry message")
      for a in ("promptTitle", "prompt", "errorTitle", "error")),
    (q("x:cfRule"), "text", "rule", "formatting rule text"), (q("x:filter"), "val", "filter", "filter value"),
    (q("x:customFilter"), "val", "filter", "filter value"),
)


def places(wb: Workbook, where: str) -> list[Place]:
    """The places of ``wb`` in reading order; names come before what refers to them."""
    sheets = wb.sheets()
    out = [Place(wb.book, f"sheet{s.number}", SheetName(s.element), f"{where}, sheet {s.number} name")
           for s in sheets]
    styles = wb.related(wb.book, "styles")
    formats = Formats(wb.xml(styles[0]) if styles else None, wb.date1904)
    strings = wb.strings()
    columns: dict[str, tuple[Place, etree._Element]] = {}
    used: set[int] = set()
    for sheet in sheets:
        out += _sheet(wb, sheet, f"{where}, sheet '{sheet.name}'", strings, formats, columns, used)
    shared = wb.related(wb.book, "sharedStrings")
    out += [Place(shared[0], f"string{n}", string_text(si), f"{where}, unused shared string {n + 1}")
            for n, si in enumerate(strings) if n not in used]
    out += _formulas(wb, where, {s.part: s for s in sheets}, columns)
    out += [Place(styles[0], "", SlotText([(f, "formatCode")]), f"{where}, number format", shared="format")
            for f in (wb.xml(styles[0]).iter(q("x:numFmt")) if styles else ()) if shows_words(f.get("formatCode", ""))]
    out += _properties(wb, where)
    return out


def _sheet(wb: Workbook, sheet: Sheet, where: str, strings: list[etree._Element], formats: Formats,
           columns: dict[str, tuple[Place, etree._Element]], used: set[int]) -> Iterator[Place]:
    root = wb.xml(sheet.part)
    found = list(cells(root, strings, formats))
    used.update(int(c.element.findtext(q("x:v")) or "") for c in found if c.element.get("t") == "s")
    tables = {t: wb.xml(t) for t in wb.related(sheet.part, "table")}
    labels = _labels(found, list(tables.values()))
    by_ref: dict[str, Place] = {}
    for c in found:
        lab = labels[c.row, c.col]
        col = f"column '{lab.column_header}'" if lab.column_header else f"column {column_letters(c.col)}"
        by_ref[c.ref] = Place(sheet.part, c.ref, c.target, f"{where}, row {c.row}, {col} ({c.ref})", lab)
        yield by_ref[c.ref]
    for n, (part, table) in enumerate(tables.items(), 1):
        yield from _table(sheet.part, part, table, f"{where}, table {n}", by_ref, columns)
    footer = root.find(q("x:headerFooter"))
    for el in footer if footer is not None else ():
        if (name := local(el.tag)) in HEADERS:
            yield Place(sheet.part, f"hf-{name}", CodedText(el), f"{where}, {HEADERS[name]}")
    for tag, attr, kind, what in _SHARED_ATTRIBUTES:
        for el in root.iter(tag):
            if el.get(attr):
                yield Place(sheet.part, "", SlotText([(el, attr)]), f"{where}, {what}", shared=kind)
    for comments in wb.related(sheet.part, "comments"):
        for c in wb.xml(comments).iter(q("x:comment")):
            text = c.find(q("x:text"))
            if text is not None:
                yield Place(comments, f"comment-{c.get('ref')}", string_text(text),
                            f"{where}, comment on {c.get('ref')}")
    for threads in wb.related(sheet.part, "threadedComment"):
        for n, c in enumerate(wb.xml(threads).iter(q("tc:threadedComment")), 1):
            text = c.find(q("tc:text"))
            if text is not None:
                yield Place(threads, f"thread{n}", SlotText([(text, "text")]),
                            f"{where}, threaded comment {n} on {c.get('ref')}")
    for n, drawing in enumerate(wb.related(sheet.part, "drawing"), 1):
        yield from _drawing(wb, drawing, f"{where}, drawing {n}")


def _labels(found: list[Cell], tables: list[etree._Element]) -> dict[tuple[int, int], CellLabels]:
    """Cells inside an Excel table take its header row; the others, the first row holding
    two or more values (rows above it describe nothing)."""
    out: dict[tuple[int, int], CellLabels] = {}
    grid = {(c.row, c.col): c.text for c in found}
    for table in tables:
        span = _span(table.get("ref") or "")
        if span is None:
            continue
        inside = {k: t for k, t in grid.items() if span[0] <= k[0] <= span[2] and span[1] <= k[1] <= span[3]}
        out.update(label_grid(inside, has_header=table.get("headerRowCount", "1") != "0"))
    rest = {k: t for k, t in grid.items() if k not in out}
    counts = Counter(r for r, _ in rest)
    first = min((r for r, n in counts.items() if n >= 2), default=None)
    out.update(label_grid({k: t for k, t in rest.items() if first is not None and k[0] >= first}))
    return out | {k: CellLabels(None, None) for k in rest if k not in out}


def _table(sheet: str, part: str, table: etree._Element, where: str, by_ref: dict[str, Place],
           columns: dict[str, tuple[Place, etree._Element]]) -> Iterator[Place]:
    """A table's column names (joining their header cells when the same text) and totals labels."""
    span = _span(table.get("ref") or "")
    header = table.get("headerRowCount", "1") != "0"
    for j, col in enumerate(table.iter(q("x:tableColumn")), 1):
        ref = f"{column_letters(span[1] + j - 1)}{span[0]}" if span and header else ""
        cell = by_ref.get(ref)
        name = SlotText([(col, "name")])
        joins = f"{sheet}#{ref}" if cell is not None and cell.target.text == name.text else None
        place = Place(part, f"column{j}", name, f"{where}, column {j} name", joins=joins)
        columns.setdefault(name.text.casefold(), (place, col))
        yield place
        if col.get("totalsRowLabel"):
            yield Place(part, "", SlotText([(col, "totalsRowLabel")]), f"{where}, totals label", shared="table")


def _drawing(wb: Workbook, part: str, where: str) -> Iterator[Place]:
    """Shapes' text and alt text in a sheet's drawing, and the charts it holds."""
    root = wb.xml(part)
    for n, p in enumerate(root.iter(q("a:p")), 1):
        yield Place(part, f"p{n}", RunText(p, "text", DRAWING), f"{where}, paragraph {n}")
    for el in root.iter(q("xdr:cNvPr")):
        for attr in ("descr", "title"):
            if el.get(attr):
                yield Place(part, "", Value(el, attr), f"{where}, alt text", shared="alt")
    for k, chart in enumerate(wb.related(part, "chart"), 1):
        chart_root = wb.xml(chart)
        for n, p in enumerate(chart_root.iter(q("a:p")), 1):
            yield Place(chart, f"p{n}", RunText(p, "text", DRAWING), f"{where}, chart {k}, paragraph {n}")
        for v in chart_root.iter(q("c:v")):
            if is_label(v):
                yield Place(chart, "", Value(v), f"{where}, chart {k}, label", shared="label")


def _formulas(wb: Workbook, where: str, sheets: dict[str, Sheet],
              columns: dict[str, tuple[Place, etree._Element]]) -> Iterator[Place]:
    """String literals in every formula; references to sheets and table columns."""
    by_name = {s.name.casefold(): s for s in sheets.values()}
    for part, slot in wb.formulas():
        yield from formula_places(part, slot, _formula_where(where, part, slot, sheets), wb.book, by_name, columns)


def formula_places(part: str, slot: Slot, where: str, book: str, sheets: dict[str, Sheet],
                   columns: dict[str, tuple[Place, etree._Element]]) -> Iterator[Place]:
    """One formula's literals (values of kind "formula") and its references, joining the
    sheet name or table column they name; also for the Word chart that draws the workbook."""
    text = read(slot)
    for n in formulas.worded_literals(text):
        yield Place(part, "", FormulaLiteral(slot, n), f"{where} formula", shared="formula")
    for name in dict.fromkeys(s.casefold() for s in formulas.sheets(text)):
        if name in sheets:
            yield Place(part, "", References(slot, sheets[name].element, formulas.rename_sheet), where,
                        joins=f"{book}#sheet{sheets[name].number}")
    for name in dict.fromkeys(c.casefold() for c in formulas.columns(text)):
        if name in columns:
            col, element = columns[name]
            yield Place(part, "", References(slot, element, formulas.rename_column), where,
                        joins=col.joins or f"{col.part}#{col.key}")


def _formula_where(where: str, part: str, slot: Slot, sheets: dict[str, Sheet]) -> str:
    el = slot[0]
    cell = next(el.iterancestors(q("x:c")), None)
    sheet = sheets.get(part)
    here = f"{where}, sheet '{sheet.name}'" if sheet else where
    if cell is not None:
        return f"{here}, cell {cell.get('r')}"
    return f"{here}, {'defined name' if el.tag == q('x:definedName') else 'chart' if el.tag == q('c:f') else 'rule'}"


def _properties(wb: Workbook, where: str) -> Iterator[Place]:
    for part in wb.parts_of("core properties"):
        root = wb.xml(part)
        for name, says in CORE_SEGMENTS:
            for el in root.iter(q(name)):
                yield Place(part, f"core-{says}", Value(el), f"{where}, document properties, {says}")
    for rels in [p for p in wb.pkg.order if p.endswith(".rels")]:
        for rel in wb.xml(rels):
            if rel.get("TargetMode") == "External":
                yield Place(rels, f"link-{rel.get('Id')}", Value(rel, "Target"), f"{where}, link target")


def metadata(wb: Workbook, where: str) -> list[tuple[str, str]]:
    """(where, value) of what names people outside the texts: authors, companies, the people
    of threaded comments (what ``clean`` clears; ``redactor check`` reports it)."""
    out = []
    for part in wb.parts_of("core properties") + wb.parts_of("app properties"):
        out += [(f"{where}, document properties, {name.split(':')[1]}", el.text.strip())
                for name in NAMING_PROPERTIES for el in wb.xml(part).iter(q(name)) if el.text and el.text.strip()]
    for part in wb.parts_of("comments"):
        out += [(f"{where}, comment author", a.text.strip()) for a in wb.xml(part).iter(q("x:author"))
                if a.text and a.text.strip() not in ("", AUTHOR)]
    for part in wb.parts_of("comment authors"):
        out += [(f"{where}, comment author", p.get("displayName", "")) for p in wb.xml(part).iter(q("tc:person"))
                if p.get("displayName") not in (None, "", AUTHOR)]
    return out


def _span(ref: str) -> tuple[int, int, int, int] | None:
    """(first row, first column, last row, last column) of a range such as 'A1:C5'."""
    first, _, last = ref.partition(":")
    a, b = parse_ref(first), parse_ref(last or first)
    return (a[0], a[1], b[0], b[1]) if a and b else None
