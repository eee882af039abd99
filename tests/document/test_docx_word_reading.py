"""Word text as Word reads it: Word and LibreOffice drop the edge spaces of a text element
without ``xml:space="preserve"``, where python-docx and lxml still read them. A replacement
splits runs, so the text left before and after it must keep its spaces visibly.

The fixture puts a name at every position a split can fall (start, middle and end of a
run, at run boundaries, after punctuation, in a hyperlink, a table cell, a header and a
footnote), in runs written without ``xml:space`` as python-docx and Word write them."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree, html

from redactor.document.base import by_segment, splice
from redactor.document.docx import DocxDocument
from redactor.document.docx.ns import q
from tests.builders.docx_builder import DocxBuilder, Package, changes_for

NAME = "Abigail Okafor"
SURNAME = "Okafor"
PLAIN = (
    f"{NAME} attended the clinic.",            # start of a run
    f"The nurse had with {NAME} a long talk.",  # middle
    f"The referral was made by {NAME}",         # end
    f"Seen ({NAME}), then '{NAME}'.",           # after punctuation
    f"Mr {SURNAME} was present.",               # after a title
    f"On 12/03/2021 {NAME} phoned.",            # after a date
)
RUNS = ("On 12/03/2021 ", NAME, " called the team.")  # a name that is its own run
LINK = f"see notes about {NAME} here"
CELL = f"Visited {NAME} at home"
HEADER = f"Report about {NAME} draft"
FOOTNOTE = f"Told by {NAME} later"
REPLACEMENT = {NAME: "AO", SURNAME: "O"}
STRINGS = (NAME, SURNAME)
TEXT_TAGS = {q("w:t"), q("w:delText"), q("w:instrText"), q("w:delInstrText")}


def _bare(text: str) -> str:
    """A run whose text element has no xml:space attribute."""
    return f"<w:r><w:t>{text}</w:t></w:r>"


def build() -> bytes:
    b = DocxBuilder()
    for text in PLAIN:
        b.doc.add_paragraph(text)
    p = b.doc.add_paragraph()
    for text in RUNS:
        p.add_run(text)
    b.add_body_xml('<w:p><w:r><w:t xml:space="preserve">Links: </w:t></w:r>'
                   f'<w:hyperlink w:anchor="top">{_bare(LINK)}</w:hyperlink></w:p>')
    b.doc.add_table(rows=1, cols=1).cell(0, 0).text = CELL
    b.doc.sections[0].header.paragraphs[0].text = HEADER
    b.add_body_xml('<w:p><w:r><w:t>Noted.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>')

    def notes(pkg: Package) -> None:
        pkg.add("word/footnotes.xml",
                '<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                '<w:continuationSeparator/></w:r></w:p></w:footnote>'
                f'<w:footnote w:id="1"><w:p>{_bare(FOOTNOTE)}</w:p></w:footnote></w:footnotes>',
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "word/document.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    b._edits.append(notes)
    return b.build()


def _expected(text: str) -> str:
    return re.sub(rf"{NAME}|{SURNAME}", lambda m: REPLACEMENT[m.group()], text)


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    source = build()
    doc = DocxDocument.load(Path("spaces.docx"), source)
    changes = changes_for_every_name(doc)
    return {"input": source, "redacted": doc.render(changes), "tracked": doc.render_tracked(changes)}


def changes_for_every_name(doc: DocxDocument):
    """Full names, then surnames standing alone."""
    full = changes_for(doc.segments, (NAME,), REPLACEMENT[NAME])
    alone = [c for c in changes_for(doc.segments, (SURNAME,), REPLACEMENT[SURNAME])
             if not any(f.segment_id == c.segment_id and f.start <= c.start < f.end for f in full)]
    return full + alone


def _unpreserved_edges(data: bytes) -> list[str]:
    """Text elements whose edge spaces Word would drop, in every XML part."""
    found = []
    with zipfile.ZipFile(BytesIO(data)) as zf:
        for name in zf.namelist():
            if not name.endswith(".xml"):
                continue
            for el in etree.fromstring(zf.read(name)).iter(*TEXT_TAGS):
                text = el.text or ""
                if text != text.strip() and el.get(q("xml:space")) != "preserve":
                    found.append(f"{name}: {text!r}")
    return found


def test_fixture_has_no_preserved_edges_to_start_with(outputs: dict[str, bytes]) -> None:
    assert _unpreserved_edges(outputs["input"]) == []
    assert b'xml:space="preserve"' not in zipfile.ZipFile(BytesIO(outputs["input"])).read("word/footnotes.xml")


@pytest.mark.parametrize("name", ["redacted", "tracked"])
def test_every_edge_space_is_preserved(outputs: dict[str, bytes], name: str) -> None:
    assert _unpreserved_edges(outputs[name]) == []


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_every_space(outputs: dict[str, bytes], tmp_path: Path) -> None:
    """The redacted document as LibreOffice reads it (HTML export: body, table, header and
    footnote) holds every expected line with its spaces."""
    source = tmp_path / "redacted.docx"
    source.write_bytes(outputs["redacted"])
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "html", "--outdir", str(tmp_path), str(source)],
                   capture_output=True, timeout=180, check=True)
    seen = " ".join(html.fromstring((tmp_path / "redacted.html").read_bytes()).text_content().split())
    for line in (*PLAIN, "".join(RUNS), "Links: " + LINK, CELL, HEADER, FOOTNOTE):
        assert _expected(line) in seen
    assert NAME not in seen and SURNAME not in seen


SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-imr.docx"


@pytest.mark.office
@pytest.mark.model
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_sample_imr_reads_as_the_tool_meant(engine, tmp_path: Path) -> None:
    """The sample IMR redacted with real detection: LibreOffice's reading of the output
    holds every changed body paragraph exactly as the plan wrote it."""
    engine.forget_people()
    done = engine.redact_file(SAMPLE, tmp_path / "imr.docx", review=False)
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "html", "--outdir", str(tmp_path), str(done.output)],
                   capture_output=True, timeout=180, check=True)
    seen = " ".join(html.fromstring((tmp_path / "imr.html").read_bytes()).text_content().split())
    changed = by_segment(done.plan.active_changes())
    body = [s for s in done.plan.segments if s.id in changed and s.part == "word/document.xml"]
    assert body
    for segment in body:
        assert " ".join(splice(segment.text, changed[segment.id]).split()) in seen
