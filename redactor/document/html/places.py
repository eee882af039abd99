"""Every text of an HTML chunk a reader sees, as places: the title, each paragraph (a block
with the inline elements inside it, a line break as a line break), each table cell with its
column header and row label (``th`` cells, or a ``thead`` row, mark the header row; without
one a two-column table is label/value, as in Word), tooltips and alternative texts, and web
link targets."""
from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from redactor.document.html.chunk import local
from redactor.document.html.inventory import CELLS, INLINE, LINE_BREAK, LINK, READ
from redactor.document.inner import Place, Slot, SlotText
from redactor.document.tables import CellLabels, label_cells


def places(root: etree._Element, where: str) -> list[Place]:
    """The places of the chunk whose html element is ``root``, in reading order."""
    cells = _cells(root, where)
    blocks = []
    for el in root.iter():
        name = local(el)
        if name in INLINE or name in ("", "html", "head", "style"):
            continue  # inline: read with its block; the rest hold no text a reader sees as theirs
        target = SlotText(pieces(el))
        if target.text.strip():
            cell = el if name in CELLS else next((a for a in el.iterancestors() if local(a) in CELLS), None)
            blocks.append((el, target, el if name == "title" else cell))
    per_cell: dict[etree._Element | None, int] = {}
    numbers = []
    for _, _, cell in blocks:
        per_cell[cell] = per_cell.get(cell, 0) + 1
        numbers.append(per_cell[cell])
    out: list[Place] = []
    for (el, target, cell), n in zip(blocks, numbers, strict=True):
        if local(el) == "title":
            location, labels = f"{where}, title", None
        elif cell is not None and cell in cells:
            prefix, labels = cells[cell]
            location = prefix if per_cell[cell] == 1 else f"{prefix}, paragraph {n}"
        else:  # a cell outside any table row reads as a paragraph
            location, labels = f"{where}, paragraph {n}", None
        out.append(Place("", f"p{len(out) + 1}", target, location, labels))
    for el in root.iter():
        for attr, value in el.attrib.items():
            if value.strip() and attr.lower() in READ:
                out.append(Place("", "", SlotText([(el, attr)]), f"{where}, tooltip", shared="tooltip"))
            elif value.strip() and attr.lower() == LINK:
                out.append(Place("", "", SlotText([(el, attr)]), f"{where}, link target", shared="link"))
    return out


def pieces(block: etree._Element) -> list[Slot | str]:
    """A block's text: its own, its inline elements' (and their tails), a line break for
    ``br`` and for each block inside it (whose text is its own), and the tails after them."""
    out: list[Slot | str] = [(block, "text")]
    for child in block:
        name = local(child)
        if name == LINE_BREAK:
            out.append("\n")
        elif name in INLINE:
            out += pieces(child)
        else:
            out.append("\n")
        out.append((child, "tail"))
    return out


def _cells(root: etree._Element, where: str) -> dict[etree._Element, tuple[str, CellLabels]]:
    """Each table cell's location and labels; tables inside cells are numbered within the cell."""
    out: dict[etree._Element, tuple[str, CellLabels]] = {}
    tables = [t for t in root.iter() if local(t) == "table"]
    numbers: dict[etree._Element | None, int] = {}
    for table in tables:
        outer = next((a for a in table.iterancestors() if local(a) in CELLS), None)
        numbers[outer] = numbers.get(outer, 0) + 1
        prefix = out[outer][0] if outer is not None else where
        rows = list(_rows(table))
        first = rows[0] if rows else []
        marked = bool(first) and (all(local(c) == "th" for c in first)
                                  or local(first[0].getparent().getparent()) == "thead")
        labels = label_cells([[_text(c) for c in row] for row in rows], True if marked else None)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                lab = labels[r][c]
                col = f"column '{lab.column_header}'" if lab.column_header else f"column {c + 1}"
                out[cell] = (f"{prefix}, table {numbers[outer]}, row {r + 1}, {col}", lab)
    return out


def _rows(table: etree._Element) -> Iterator[list[etree._Element]]:
    for el in table.iter():
        if local(el) == "tr" and next((a for a in el.iterancestors() if local(a) == "table"), None) is table:
            yield [c for c in el if local(c) in CELLS]


def _text(cell: etree._Element) -> str:
    return "".join(cell.itertext())
