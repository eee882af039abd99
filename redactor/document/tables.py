"""Table labels: which column header and row label describe each cell."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from redactor.rules import Fields


@dataclass(frozen=True)
class CellLabels:
    column_header: str | None
    row_label: str | None
    row: str | None = None  # which table row the cell is in (its cells name one person: "Forename | Surname")


def label_cells(rows: list[list[str]], has_header: bool | None = None) -> list[list[CellLabels]]:
    """Label each cell with its row label (the first cell of its row) and, unless the
    table is a label/value table, its column header (the first row's cell above it).
    Header-row and first-column cells label others, not themselves. Without a marked
    header row, a two-column table is taken as label/value."""
    labels = label_grid({(r, c): text for r, row in enumerate(rows) for c, text in enumerate(row)}, has_header)
    return [[labels[r, c] for c, _ in enumerate(row)] for r, row in enumerate(rows)]


def label_grid(cells: dict[tuple[int, int], str], has_header: bool | None = None
               ) -> dict[tuple[int, int], CellLabels]:
    """``label_cells`` for a sparse grid, (row, column) -> text (a worksheet's used cells):
    the first row present is the header row, the first column present holds the row labels,
    and the table's width is the number of columns present."""
    if not cells:
        return {}
    first_row, first_col = min(r for r, _ in cells), min(c for _, c in cells)
    key_value = not has_header if has_header is not None else len({c for _, c in cells}) == 2
    header = {} if key_value else {c: t.strip() for (r, c), t in cells.items() if r == first_row}
    row_labels = {r: t.strip() for (r, c), t in cells.items() if c == first_col}
    return {(r, c): CellLabels((header.get(c) if r > first_row else None) or None,
                               (row_labels.get(r) if c > first_col and (r > first_row or key_value) else None) or None)
            for (r, c) in cells}


_MAX_LABEL_WORDS = 8


def _label_shaped(cell: str) -> bool:
    """Short words without digits, closing no sentence: how a column header is written."""
    text = cell.strip()
    return bool(text) and not any(ch.isdigit() for ch in text) and len(text.split()) <= _MAX_LABEL_WORDS \
        and text[-1] not in ".!?;" and not text.startswith("[")


def is_header_row(row: Sequence[str], fields: Fields) -> bool:
    """A row of labels only ("Name | Date of Birth | Relationship to Subject", "Forename |
    Surname | Relationship"): every cell label-shaped, two holding a header word
    (``fields.header_words``) and one a table label. A row of values may hold labels too:
    "Ellen March | Mother | Victim"."""
    cells = [c for c in row if c.strip()]
    return len(cells) >= 2 and all(_label_shaped(c) for c in cells) \
        and sum(fields.has_header_word(c) for c in cells) >= 2 and any(fields.kind(c) for c in cells)


def is_label_value_row(row: Sequence[str], fields: Fields) -> bool:
    """A row label and its value: "Domestic Homicide Review in respect of | Ellen March"."""
    return len(row) == 2 and all(c.strip() for c in row) and fields.kind(row[0]) is not None \
        and fields.kind(row[1]) is None


def split_tables(rows: Sequence[Sequence[str]], fields: Fields, headers: Iterable[int] = ()
                 ) -> list[tuple[int, int, bool | None]]:
    """The tables in rows written one after another with no blank line between them, as
    (first row, end, has header): a header row (or one of ``headers``, marked as such)
    starts a new table wherever it stands, and two-cell rows opening the rows, one of them
    a label and its value, are a table of their own when wider rows follow. ``has_header``
    is None where the rows do not say (``label_cells`` decides)."""
    marked = set(headers)
    heads = [i in marked or is_header_row(r, fields) for i, r in enumerate(rows)]
    starts = [0]
    pairs = next((i for i, r in enumerate(rows) if len(r) != 2), len(rows))
    if 0 < pairs < len(rows) and any(is_label_value_row(r, fields) for r in rows[:pairs]):
        starts.append(pairs)
    starts += [i for i in range(1, len(rows)) if heads[i] and not heads[i - 1] and i not in starts]
    starts.sort()
    return [(a, b, True if heads[a] else None) for a, b in zip(starts, [*starts[1:], len(rows)], strict=True)]
