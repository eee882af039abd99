"""The copy with tracked changes shows each covered picture as the old one deleted and
the new one inserted: Accept All shows exactly the output's pictures, Reject All the
input's; LibreOffice opens the output and the tracked copy and reads the pictures as a
tracked deletion and insertion."""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from redactor.api import Redactor
from redactor.document import pictures
from redactor.document.pictures.reading import fold
from tests.builders.pictures import genogram_fixture, metafile_fixtures, picture_docx
from tests.builders.revisions import settle

pytestmark = pytest.mark.model
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def shown(blob: bytes) -> list[bytes]:
    """The bytes of each picture the main document shows, in order."""
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        rels = etree.fromstring(zf.read("word/_rels/document.xml.rels"))
        targets = {r.get("Id"): "word/" + r.get("Target") for r in rels}
        doc = etree.fromstring(zf.read("word/document.xml"))
        return [zf.read(targets[b.get(f"{R}embed")]) for b in doc.iter("{*}blip")]


@pytest.fixture(scope="module")
def files(engine: Redactor, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tracked-pictures")
    source = folder / "imr.docx"
    source.write_bytes(picture_docx([genogram_fixture(), metafile_fixtures()[2]], ["The family is described below."]))
    engine.forget_people()
    done = engine.redact_file(source, folder / "imr.redacted.docx")
    return {"input": source, "output": done.output, "tracked": done.review_dir / "tracked.docx"}


def test_accept_all_shows_the_output_pictures_and_reject_all_the_input(files) -> None:
    tracked = files["tracked"].read_bytes()
    output, source = files["output"].read_bytes(), files["input"].read_bytes()
    assert shown(settle(tracked, accept=True)) == shown(output)
    rejected = shown(settle(tracked, accept=False))
    assert [pictures.read(b).lines for b in rejected] == [pictures.read(pictures.clean(b)).lines
                                                          for b in shown(source)]


SOFFICE = shutil.which("soffice")


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_shows_covered_pictures_and_tracks_the_swap(files, tmp_path) -> None:
    profile = (tmp_path / "profile").as_uri()
    for name, to in (("output", "pdf"), ("tracked", "odt")):
        subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to, "--outdir",
                        str(tmp_path), str(files[name])], check=True, capture_output=True, timeout=180)
    from pypdf import PdfReader

    images = [img.data for page in PdfReader(tmp_path / "imr.redacted.pdf").pages for img in page.images]
    assert images, "LibreOffice shows the pictures"
    read = "".join(fold(line.text) for blob in images for line in pictures.read(blob).lines)
    assert "okafor" not in read and "whitlock" not in read and "key" in read
    with zipfile.ZipFile(tmp_path / "tracked.odt") as odt:
        content = etree.fromstring(odt.read("content.xml"))
    regions = content.findall(".//{*}tracked-changes/{*}changed-region")
    deleted = [r for r in regions if r.find("{*}deletion") is not None and r.find(".//{*}image") is not None]
    inserted = [r for r in regions if r.find("{*}insertion") is not None]
    assert len(deleted) == 2 and len(inserted) >= 2  # each picture: the old one deleted, the new one inserted
