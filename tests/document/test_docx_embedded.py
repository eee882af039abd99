"""Embedded workbooks (a chart's data, a pasted chronology) and imported HTML chunks are
redacted with the body, for real (spaCy and every recognizer): no identifier is left in any
byte of any part, nested packages included; one person has one replacement in the body, the
workbook, the chart and the chunk; the review lists the changes where they are; ``check``
reads these places too."""
from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from redactor.api import Redactor
from redactor.check.gate import run_check
from redactor.review.apply import apply_decisions
from tests.builders.docx_builder import (
    DOB,
    NAME,
    OTHER,
    POSTCODE,
    STREET,
    DocxBuilder,
    chart_workbook_docx,
    html_chunk_docx,
    spreadsheet_docx,
)
from tests.builders.zips import entries, found_in

pytestmark = pytest.mark.model
PLANTED = (NAME, OTHER, "Joanna", "Pemberton", "Oyelaran", STREET, POSTCODE, DOB, "Larkspur")
WORKBOOK = "word/embeddings/Microsoft_Excel_Worksheet.xlsx"
PASTED = "word/embeddings/Microsoft_Excel_Worksheet1.xlsx"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@pytest.fixture
def redact(engine: Redactor, tmp_path: Path):
    """redact(data) -> (output bytes, decisions) of the .docx ``data``, a fresh case each time."""
    def go(data: bytes, remove_embedded: bool = False) -> tuple[bytes, dict]:
        source = tmp_path / "imr.docx"
        source.write_bytes(data)
        engine.forget_people()
        engine.remove_embedded = remove_embedded
        try:
            done = engine.redact_file(source, tmp_path / "out" / "imr.docx", review_dir=tmp_path / "review",
                                      force=True)
        finally:
            engine.remove_embedded = False
        return done.output.read_bytes(), json.loads((tmp_path / "review" / "decisions.json").read_text())
    return go


def part(blob: bytes, path: str) -> bytes:
    """One entry, ``outer!inner`` for an entry of an embedded package."""
    return dict(entries(blob))[path].removeprefix(path.rpartition("!")[2].encode())


def xml(blob: bytes, path: str) -> etree._Element:
    return etree.fromstring(part(blob, path))


def cells(blob: bytes, workbook: str, sheet: str = "xl/worksheets/sheet1.xml") -> dict[str, str]:
    """Each cell's shown text: shared and inline strings, numbers as stored."""
    strings = ["".join(si.itertext()) for si in xml(blob, f"{workbook}!xl/sharedStrings.xml").iter(f"{S}si")]
    out = {}
    for c in xml(blob, f"{workbook}!{sheet}").iter(f"{S}c"):
        v = c.findtext(f"{S}v")
        out[c.get("r")] = (strings[int(v)] if c.get("t") == "s" else "".join(c.find(f"{S}is").itertext())
                           if c.get("t") == "inlineStr" else v)
    return out


def replacement(decisions: dict, original: str) -> set[str]:
    return {c["replacement"] for c in decisions["changes"] if c["original"] == original}


def test_a_chart_workbook_keeps_its_chart_and_loses_every_name(redact) -> None:
    source = chart_workbook_docx()
    assert found_in(source, PLANTED)
    out, decisions = redact(source)
    assert found_in(out, PLANTED) == []
    victim, gp = replacement(decisions, NAME), replacement(decisions, OTHER)
    assert len(victim) == 1 and len(gp) == 1 and victim != gp
    (jp,), (mo,) = victim, gp
    body = "".join(xml(out, "word/document.xml").itertext())
    assert jp in body and mo in body
    data = cells(out, WORKBOOK)
    assert (data["A2"], data["A3"], data["B2"], data["B3"]) == (jp, mo, "3", "5")
    chart = xml(out, "word/charts/chart7.xml")
    c = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
    assert [v.text for v in chart.iter(f"{c}v")] == ["Visits", jp, mo, "3", "5"]  # the cache agrees with the cells
    sheet = xml(out, f"{WORKBOOK}!xl/workbook.xml").find(f"{S}sheets")[0].get("name")
    assert sheet == jp  # the sheet named after her is renamed, and every reference follows it
    assert {f.text.partition("!")[0] for f in chart.iter(f"{c}f")} == {jp}
    defined = xml(out, f"{WORKBOOK}!xl/workbook.xml").find(f"{S}definedNames")[0]
    assert (defined.get("name"), defined.text) == ("Name1", f"{jp}!$A$2")


def test_a_pasted_chronology_loses_names_dates_of_birth_and_addresses_and_keeps_its_dates(redact) -> None:
    source = spreadsheet_docx()
    out, decisions = redact(source)
    assert found_in(out, PLANTED) == []
    (jp,), (mo,) = replacement(decisions, NAME), replacement(decisions, OTHER)
    data = cells(out, PASTED)
    assert data["B4"] == jp and data["B5"] == mo
    assert data["C4"] == data["C5"] == "[date of birth removed]"  # stored as numbers: removed all the same
    assert data["A4"] == "43892" and data["A5"] == "43899"  # the chronology's own dates stay numbers
    assert data["D4"] == data["D5"] == "[address removed]"
    assert data["E4"] == f"{jp} attended" and data["E5"] == f"Seen by {mo}"
    comments = "".join(xml(out, f"{PASTED}!xl/comments1.xml").itertext())
    assert comments == f"ReviewerReviewer:\nChecked with {jp}"
    header = xml(out, f"{PASTED}!xl/worksheets/sheet1.xml").find(f"{S}headerFooter")[0].text
    assert header == f"&LReview of {jp}&RPage &P"
    assert part(out, f"{PASTED}!docProps/app.xml").count(b"<") <= 2  # Company, sheet titles: gone


def test_the_preview_of_a_pasted_workbook_is_blanked_at_the_same_size(redact) -> None:
    source = spreadsheet_docx()
    before = part(source, "word/media/image9.emf")
    out, _ = redact(source)
    after = part(out, "word/media/image9.emf")
    assert NAME.encode("utf-16-le") in before and NAME.encode("utf-16-le") not in after
    assert struct.unpack_from("<8i", after, 8) == struct.unpack_from("<8i", before, 8)  # bounds and frame
    assert struct.unpack_from("<I", after, 52)[0] == 2  # a header and the end: nothing drawn


def test_an_html_chunk_keeps_its_markup_and_loses_every_name(redact) -> None:
    out, decisions = redact(html_chunk_docx())
    assert found_in(out, PLANTED) == []
    (jp,), (mo,) = replacement(decisions, NAME), replacement(decisions, OTHER)
    chunk = part(out, "word/afchunk.htm").decode()
    assert f"<b>{jp}</b> told <i>{mo}</i>" in chunk  # the name across <b> took the bold run's formatting
    assert f"<td>{jp}</td><td>[date of birth removed]</td>" in chunk and "<th>Name</th>" in chunk
    assert "[address removed]" in chunk and "<br>" in chunk and "border-collapse: collapse" in chunk
    assert "<script" not in chunk and "<img" not in chunk and "onclick" not in chunk and 'href="mailto:"' in chunk


def test_an_xhtml_chunk_stays_well_formed(redact) -> None:
    xhtml = (f'<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
             f"{NAME}</title></head><body><p>{NAME} was seen by {OTHER}.</p></body></html>")
    out, _ = redact(html_chunk_docx(xhtml, "application/xhtml+xml"))
    assert found_in(out, PLANTED) == []
    root = etree.fromstring(part(out, "word/afchunk.htm"))
    assert root.tag == "{http://www.w3.org/1999/xhtml}html"


def test_one_person_one_replacement_in_body_workbook_chart_and_chunk(redact) -> None:
    b = DocxBuilder()
    b.add_paragraph(f"{NAME} was seen by Dr {OTHER}.")
    from tests.builders.xlsx_builder import Sheet, XlsxBuilder
    book = XlsxBuilder([Sheet("Sheet1", [["Person", "Visits"], [NAME, 3], [OTHER, 5]], table=True)]).build()
    b.add_chart_workbook(book, "Sheet1", (NAME, OTHER), "Visits", (3, 5))
    b.add_alt_chunk(f"<html><body><p>{NAME} called {OTHER}.</p></body></html>".encode())
    out, decisions = redact(b.build())
    assert found_in(out, PLANTED) == []
    (jp,), (mo,) = replacement(decisions, NAME), replacement(decisions, OTHER)
    places = {c["location"].split(",")[0] for c in decisions["changes"] if c["replacement"] == jp}
    assert places == {"paragraph 1", "embedded workbook 1", "imported HTML 1"}
    assert f"{jp} called {mo}." in part(out, "word/afchunk.htm").decode()
    assert cells(out, WORKBOOK)["A2"] == jp


def test_the_review_lists_embedded_changes_where_they_are(redact, tmp_path: Path) -> None:
    _, decisions = redact(spreadsheet_docx())
    where = {c["location"] for c in decisions["changes"]}
    assert "embedded workbook 1, sheet 'Chronology', row 4, column 'Name' (B4)" in where
    assert "embedded workbook 1, sheet 'Chronology', row 4, column 'Date of Birth' (C4)" in where
    assert "embedded workbook 1, sheet 'Chronology', comment on B4" in where
    assert "embedded workbook 1, sheet 'Chronology', header" in where
    assert "embedded workbook 1, document properties, title" in where
    _, decisions = redact(html_chunk_docx())
    where = {c["location"] for c in decisions["changes"]}
    assert {"imported HTML 1, title", "imported HTML 1, paragraph 2",
            "imported HTML 1, table 1, row 2, column 'Name'"} <= where


@pytest.mark.browser
def test_the_review_page_shows_workbook_rows_and_chunk_paragraphs(browser, redact, tmp_path: Path) -> None:
    for source, shown in ((spreadsheet_docx(), ["embedded workbook 1, sheet 'Chronology', row 4",
                                                 "column 'Date of Birth' (C4)", "[date of birth removed]"]),
                          (html_chunk_docx(), ["imported HTML 1, paragraph 2", "imported HTML 1, table 1, row 2"])):
        _, decisions = redact(source)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto((tmp_path / "review" / "review.html").as_uri())
        page.wait_for_selector("body[data-ready=true]")
        text = page.inner_text("body")
        assert all(s in text for s in shown), text[:2000]
        assert page.locator(".chg").count() == len(decisions["changes"])
        page.close()


def test_a_reviewer_rejection_keeps_the_cell_and_its_chart_copy(engine: Redactor, tmp_path: Path) -> None:
    source = tmp_path / "imr.docx"
    source.write_bytes(chart_workbook_docx())
    engine.forget_people()
    engine.redact_file(source, tmp_path / "out.docx", review_dir=tmp_path / "review")
    decisions = json.loads((tmp_path / "review" / "decisions.json").read_text())
    for c in decisions["changes"]:
        if c["location"] == f"embedded workbook 1, sheet '{NAME}', row 3, column 'Person' (A3)":
            c["status"] = "rejected"
    (tmp_path / "decisions.json").write_text(json.dumps(decisions))
    out = apply_decisions(source, tmp_path / "decisions.json", tmp_path / "final.docx").output.read_bytes()
    assert cells(out, WORKBOOK)["A3"] == OTHER
    chart = xml(out, "word/charts/chart7.xml")
    assert OTHER in [v.text for v in chart.iter("{http://schemas.openxmlformats.org/drawingml/2006/chart}v")]


def test_remove_embedded_removes_what_cannot_be_redacted_and_keeps_the_rest(redact) -> None:
    b = DocxBuilder()
    b.add_paragraph(f"{NAME} was seen.")
    b.add_ole_object()
    from tests.builders.xlsx_builder import Sheet, XlsxBuilder
    book = XlsxBuilder([Sheet("Sheet1", [["Person", "Visits"], [NAME, 3]], table=True)]).build()
    b.add_chart_workbook(book, "Sheet1", (NAME,), "Visits", (3,))
    out, _ = redact(b.build(), remove_embedded=True)
    names = [p for p, _ in entries(out)]
    assert "word/embeddings/oleObject1.bin" not in names and WORKBOOK in names
    assert found_in(out, PLANTED) == []


def test_check_reads_workbooks_and_chunks(tmp_path: Path, redact) -> None:
    source = tmp_path / "input.docx"
    b = DocxBuilder()
    b.add_paragraph("Nothing to see.")
    from tests.builders.xlsx_builder import Sheet, XlsxBuilder
    book = XlsxBuilder([Sheet("Sheet1", [["Person", "Visits"], [NAME, 3]], table=True)], author=NAME).build()
    b.add_chart_workbook(book, "Sheet1", ("Someone",), "Visits", (3,))
    b.add_alt_chunk(f"<html><body><p>{OTHER} was seen.</p></body></html>".encode())
    source.write_bytes(b.build())
    report = run_check([source])
    where = {(f.location, f.text) for f in report.findings}
    assert ("embedded workbook 1, sheet 'Sheet1', row 2, column 'Person' (A2)", NAME) in where
    assert ("imported HTML 1, paragraph 1", OTHER) in where
    assert any(f.kind == "metadata" and "embedded workbook 1" in f.location for f in report.findings)
    clean = tmp_path / "clean.docx"
    clean.write_bytes(redact(source.read_bytes())[0])
    assert run_check([clean]).findings == []


def test_the_workbook_inside_is_a_zip_written_deterministically(redact) -> None:
    first, _ = redact(chart_workbook_docx())
    second, _ = redact(chart_workbook_docx())
    assert first == second
    with zipfile.ZipFile(io.BytesIO(part(first, WORKBOOK))) as zf:
        assert zf.testzip() is None and zf.namelist()[0] == "[Content_Types].xml"
