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
    key_value = not has_header if has_header is not None else max((len(r) for r in rows), default=0) == 2
    header = rows[0] if rows and not key_value else []
    out: list[list[CellLabels]] = []
    for r, row in enumerate(rows):
        labels = []
        for c, _ in enumerate(row):
            col = header[c].strip() if r > 0 and c < len(header) else None
            lab = row[0].strip() if c > 0 and (r > 0 or key_value) else None
            labels.append(CellLabels(col or None, lab or None))
        out.append(labels)
    return out
