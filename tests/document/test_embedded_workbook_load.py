"""Loading a Word file reads each embedded workbook's places once for its audit and its
index (and once more from the cleaned bytes, as a render reads them)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from redactor.document.docx import DocxDocument
from redactor.document.docx.embedded import workbooks
from tests.builders.docx_builder import chart_workbook_docx, spreadsheet_docx


@pytest.mark.parametrize("build", [chart_workbook_docx, spreadsheet_docx])
def test_a_workbooks_places_are_read_once_per_opening(build, monkeypatch):
    read: Counter[int] = Counter()
    opened = []  # kept alive: no two workbooks share an id
    places = workbooks.places

    def counted(wb, where):
        opened.append(wb)
        read[id(wb)] += 1
        return places(wb, where)

    monkeypatch.setattr(workbooks, "places", counted)
    document = DocxDocument.load(Path("imr.docx"), build())
    assert read and set(read.values()) == {1}, read
    assert any(s.location.startswith("embedded workbook 1, ") for s in document.segments)
