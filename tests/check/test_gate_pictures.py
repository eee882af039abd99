"""``redactor check`` reads pictures: in a Word file and in a PDF, names in a picture are
findings like those in text, and a picture it cannot read with confidence is one too."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw
from typer.testing import CliRunner

from redactor.cli import app
from tests.builders.pictures import font, genogram, genogram_fixture, picture_docx

runner = CliRunner()
pytestmark = pytest.mark.model


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_a_leak_only_in_a_picture_fails_the_gate_and_the_redacted_output_passes(tmp_path):
    source = tmp_path / "imr.docx"
    source.write_bytes(picture_docx([genogram_fixture()], ["The family was known to the service from 2019."]))
    found = run("check", source)
    assert found.exit_code == 1
    assert f"{source}: picture 1, line 1: person: Abigail Okafor" in found.output
    assert "date_of_birth: 21/05/1990" in found.output
    assert run("redact", source, "--no-review").exit_code == 0
    passed = run("check", tmp_path / "imr.redacted.docx")
    assert passed.exit_code == 0, passed.output


def _pdf_of(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PDF")
    return out.getvalue()


def test_pictures_in_a_pdf_are_read(tmp_path):
    pdf = tmp_path / "overview.pdf"
    pdf.write_bytes(_pdf_of(genogram()))
    found = run("check", pdf)
    assert found.exit_code == 1
    assert f"{pdf}: page 1, picture 1, line 1: person: Abigail Okafor" in found.output


def test_a_picture_read_without_confidence_is_a_finding(tmp_path):
    """Scribbled strokes the engine reads as words it is unsure of (as handwriting would be)."""
    img = Image.new("RGB", (600, 160), "white")
    d = ImageDraw.Draw(img)
    d.text((20, 20), "Key", font=font(28), fill="black")
    for x in range(30, 560, 9):  # a tangle of loops where a handwritten name would be
        d.arc([x, 80, x + 26, 130], 20, 340, fill="black", width=3)
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(_pdf_of(img))
    found = run("check", pdf, "--format", "json")
    assert '"picture to check"' in found.output and "low confidence" in found.output
    assert found.exit_code == 1
