"""Redacted embedded content still opens in LibreOffice: the Word file with a chart and a
pasted workbook converts to PDF showing the replacements and no name; each redacted workbook
converts to CSV (LibreOffice Calc) with the redacted cells; a redacted HTML chunk converts to
text (LibreOffice's HTML import; its Word import reads only Word chunks, so the chunk is read
on its own)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from redactor.api import Redactor
from tests.builders.docx_builder import (
    DOB,
    NAME,
    OTHER,
    POSTCODE,
    STREET,
    add_chronology,
    chart_workbook_docx,
    html_chunk_docx,
)
from tests.builders.zips import entries, found_in

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.office, pytest.mark.model,
              pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")]
PLANTED = (NAME, OTHER, "Joanna", "Pemberton", "Oyelaran", STREET, POSTCODE, DOB)


@pytest.fixture(scope="module")
def outputs(engine: Redactor, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The redacted Word files: a chart with its workbook and a pasted workbook in one, an
    HTML chunk in the other."""
    folder = tmp_path_factory.mktemp("embedded")
    out = {}
    for name, data in (("workbooks", chart_workbook_docx(add_chronology)), ("chunk", html_chunk_docx())):
        source = folder / f"{name}.docx"
        source.write_bytes(data)
        engine.forget_people()
        out[name] = engine.redact_file(source, folder / "out" / source.name, review=False).output.read_bytes()
    return out


def _convert(source: Path, to: str, profile: Path) -> Path:
    result = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", to,
                             "--outdir", str(source.parent), str(source)], capture_output=True, timeout=180,
                            check=False)
    out = source.with_suffix("." + to.partition(":")[0])
    if not out.exists():
        pytest.skip(f"LibreOffice cannot convert {source.suffix} here: {result.stderr.decode(errors='replace')[-200:]}")
    return out


def test_the_word_file_with_a_chart_and_a_pasted_workbook_opens_and_shows_no_name(outputs, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    assert found_in(outputs["workbooks"], PLANTED) == []
    source = tmp_path / "workbooks.docx"
    source.write_bytes(outputs["workbooks"])
    pdf = _convert(source, "pdf", tmp_path / "profile")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "JP" in text and "MO" in text and "Visits" in text  # the chart's categories and series
    assert not any(s in text for s in PLANTED)


@pytest.mark.parametrize("workbook", ["Microsoft_Excel_Worksheet.xlsx", "Microsoft_Excel_Worksheet1.xlsx"])
def test_each_redacted_workbook_opens_in_calc(outputs, tmp_path: Path, workbook: str) -> None:
    source = tmp_path / workbook
    source.write_bytes(dict(entries(outputs["workbooks"]))[f"word/embeddings/{workbook}"]
                       .removeprefix(f"word/embeddings/{workbook}".encode()))
    csv = _convert(source, "csv", tmp_path / "profile").read_text(encoding="utf-8", errors="replace")
    assert "JP" in csv and "MO" in csv and not any(s in csv for s in PLANTED)
    if workbook.endswith("1.xlsx"):
        assert "[date of birth removed]" in csv and "[address removed]" in csv and "Date of Birth" in csv


def test_the_redacted_html_chunk_reads_in_libreoffice(outputs, tmp_path: Path) -> None:
    source = tmp_path / "chunk.html"
    source.write_bytes(dict(entries(outputs["chunk"]))["word/afchunk.htm"].removeprefix(b"word/afchunk.htm"))
    text = _convert(source, "txt:Text", tmp_path / "profile").read_text(encoding="utf-8-sig")
    assert "JP" in text and "MO" in text and "[address removed]" in text and "Seen by GP." in text
    assert not any(s in text for s in PLANTED)
    docx = tmp_path / "chunk.docx"
    docx.write_bytes(outputs["chunk"])
    assert _convert(docx, "pdf", tmp_path / "profile").read_bytes().startswith(b"%PDF")


def test_a_workbook_libreoffice_calc_wrote_is_redacted(engine: Redactor, tmp_path: Path) -> None:
    """A producer's own markup (LibreOffice's settings, comment shapes, column widths…), not
    only what the builder writes: Calc saves the chronology again, and the result embeds."""
    import datetime as dt

    from tests.builders.docx_builder import DocxBuilder, emf_with_text
    from tests.builders.xlsx_builder import Sheet, XlsxBuilder

    rows: list[list[object]] = [["Date", "Name", "Date of Birth", "Address"],
                                [dt.date(2020, 3, 2), NAME, dt.date(1984, 4, 12), f"{STREET}, {POSTCODE}"],
                                [dt.date(2020, 3, 9), OTHER, dt.date(1979, 1, 5), "2 Mill Lane"]]
    source = tmp_path / "book.xlsx"
    source.write_bytes(XlsxBuilder([Sheet("Chronology", rows, comments={"B2": f"Checked with {NAME}"}, table=True,
                                          header=f"&LReview of {NAME}")], author=NAME).build())
    saved = tmp_path / "calc"
    saved.mkdir()
    result = subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(saved), str(source)],
                            capture_output=True, timeout=180, check=False)
    if not (saved / "book.xlsx").exists():
        pytest.skip(f"LibreOffice Calc is not installed: {result.stderr.decode(errors='replace')[-200:]}")
    b = DocxBuilder()
    b.add_paragraph(f"{NAME} was seen by Dr {OTHER}.")
    b.add_spreadsheet_object((saved / "book.xlsx").read_bytes(), emf_with_text(NAME))
    docx = tmp_path / "imr.docx"
    docx.write_bytes(b.build())
    engine.forget_people()
    out = engine.redact_file(docx, tmp_path / "out" / "imr.docx", review=False).output.read_bytes()
    assert found_in(out, PLANTED) == []


def test_a_word_file_libreoffice_wrote_with_a_chart_and_a_workbook_is_redacted(engine: Redactor,
                                                                               tmp_path: Path) -> None:
    """LibreOffice saves the chart and the pasted chronology again (its own chart markup and
    workbooks): the result redacts with no name left anywhere."""
    source = tmp_path / "both.docx"
    source.write_bytes(chart_workbook_docx(add_chronology))
    saved = tmp_path / "saved"
    saved.mkdir()
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(saved), str(source)], capture_output=True, timeout=180,
                   check=False)
    written = saved / "both.docx"
    if not written.exists():
        pytest.skip("LibreOffice could not save the Word file")
    assert sum(1 for p, _ in entries(written.read_bytes()) if p.endswith(".xlsx")) == 2
    engine.forget_people()
    out = engine.redact_file(written, tmp_path / "out" / "both.docx", review=False).output.read_bytes()
    assert found_in(out, PLANTED) == []
