"""The input, the redacted output and the tracked output all open in LibreOffice
(headless conversion to PDF), a stand-in for Word-compatible software."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from redactor.document.docx import DocxDocument
from tests.builders.docx_builder import SECRETS, changes_for, every_place

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.office,
              pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("office")
    source = every_place()
    doc = DocxDocument.load(Path("review.docx"), source)
    changes = changes_for(doc.segments)
    out = {}
    for name, data in (("input", source), ("redacted", doc.render(changes)),
                       ("tracked", doc.render_tracked(changes))):
        out[name] = folder / f"{name}.docx"
        out[name].write_bytes(data)
    return out


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    return (tmp_path_factory.mktemp("lo-profile")).as_uri()


@pytest.mark.parametrize("name", ["input", "redacted", "tracked"])
def test_converts_to_pdf(files: dict[str, Path], profile: str, name: str) -> None:
    source = files[name]
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(source.parent), str(source)],
        capture_output=True, timeout=120, check=False)
    pdf = source.with_suffix(".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stderr.decode(errors="replace")[-500:]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000


def test_redacted_pdf_shows_no_known_string(files: dict[str, Path], profile: str) -> None:
    pypdf = pytest.importorskip("pypdf")
    test_converts_to_pdf(files, profile, "redacted")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(files["redacted"].with_suffix(".pdf")).pages)
    assert "[X]" in text and not any(s in text for s in SECRETS)
