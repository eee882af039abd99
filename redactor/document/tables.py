"""Table labels: which column header and row label describe each cell."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CellLabels:
    column_header: str | None
    row_label: str | None


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
