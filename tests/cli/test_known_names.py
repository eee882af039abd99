"""Known names never survive, through the command line as a user runs it: a name a table
of the document gives is replaced wherever else it is written (prose, a header, a
footnote, capitals, a possessive, a line break, a month surname), the same words in their
ordinary sense stay; an output that would still hold one is refused; `check` without a
mapping reads the names the file itself gives; a batch shares them."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from lxml import html
from typer.testing import CliRunner

from redactor.cli import app
from redactor.document import read_segments
from redactor.document.text import TextDocument
from tests.builders.docx_builder import OFFICE_RELS, DocxBuilder, Package, run

pytestmark = pytest.mark.model
runner = CliRunner()

FAMILY = ("Domestic Homicide Review in respect of\tEllen March\n"
          "Agency\tNorth Police\n"
          "Name\tDate of Birth\tRelationship to Subject\n"
          "Ellen March\t12/03/1961\tSubject\n"
          "Peter March\t01/02/1958\tHusband\n"
          "April Sunday\t05/06/1990\tDaughter\n")
PROSE = ("Ellen March and Peter March moved to Oldham in March 2019.\n"
         "April visited her mother on Sunday. April said there was no hope.\n"
         "March told the officer that April was at home.\n"
         "ELLEN MARCH was seen by her GP. Ellen’s sister lives in Kendal.\n"
         "The family said that Peter\n"
         "March had been drinking.\n")
EXPECTED = ("EM and PM moved to Oldham in March 2019.\n"
            "AS visited her mother on Sunday. AS said there was no hope.\n"
            "M told the officer that AS was at home.\n"
            "EM was seen by her GP. EM’s sister lives in Kendal.\n"
            "The family said that PM\n"
            " had been drinking.\n")


def run_cli(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_txt_every_form_of_a_name_the_table_gives_goes_and_the_words_stay(tmp_path):
    source = tmp_path / "imr.txt"
    source.write_text(FAMILY + "\n" + PROSE, encoding="utf-8")
    result = run_cli("redact", source, "--no-review")
    assert result.exit_code == 0, result.output
    out = (tmp_path / "imr.redacted.txt").read_text(encoding="utf-8")
    assert out.endswith("\n\n" + EXPECTED)
    assert "12/03/1961" not in out and "Ellen March" not in out


def family_docx() -> bytes:
    """The family table in a Word table, the prose in paragraphs (the broken name with a
    soft break), the victim in the header and a possessive surname in a footnote."""
    b = DocxBuilder()
    rows = [line.split("\t") for line in FAMILY.splitlines()[2:]]
    table = b.doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    for line in PROSE.splitlines()[:4]:
        b.doc.add_paragraph(line)
    p = b.doc.add_paragraph("The family said that Peter")
    p.add_run().add_break()
    p.add_run("March had been drinking.")
    b.doc.sections[0].header.paragraphs[0].text = "IMR: ELLEN MARCH (OFFICIAL SENSITIVE)"
    b.add_body_xml('<w:p><w:r><w:t>Noted.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>')

    def notes(pkg: Package) -> None:
        pkg.add("word/footnotes.xml",
                '<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                f'<w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p>'
                f'{run("March’s sister said so in April 2020.")}</w:p></w:footnote></w:footnotes>',
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "word/document.xml", f"{OFFICE_RELS}/footnotes")
    b.edit(notes)
    return b.build()


def test_docx_every_part_the_word_layer_reads_is_audited(tmp_path):
    source = tmp_path / "imr.docx"
    source.write_bytes(family_docx())
    result = run_cli("redact", source, "--no-review")
    assert result.exit_code == 0, result.output
    texts = [s.text for s in read_segments("o.docx", (tmp_path / "imr.redacted.docx").read_bytes())]
    assert "EM and PM moved to Oldham in March 2019." in texts
    assert "The family said that PM had been drinking." in texts  # the soft break was inside the name
    assert any(t == "IMR: EM (OFFICIAL SENSITIVE)" for t in texts), texts
    assert any(t == "M’s sister said so in April 2020." for t in texts), texts
    for t in texts:
        assert "Ellen" not in t and "ELLEN" not in t and "Peter" not in t and "April Sunday" not in t


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.office
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_docx_as_libreoffice_reads_it(tmp_path):
    source = tmp_path / "imr.docx"
    source.write_bytes(family_docx())
    assert run_cli("redact", source, "--no-review").exit_code == 0
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "html", "--outdir", str(tmp_path), str(tmp_path / "imr.redacted.docx")],
                   capture_output=True, timeout=180, check=True)
    seen = " ".join(html.fromstring((tmp_path / "imr.redacted.html").read_bytes()).text_content().split())
    assert "EM and PM moved to Oldham in March 2019." in seen and "IMR: EM (OFFICIAL SENSITIVE)" in seen
    assert "M’s sister said so in April 2020." in seen
    assert "Ellen" not in seen and "ELLEN" not in seen and "Peter" not in seen


def test_an_output_a_known_name_would_survive_in_is_refused(tmp_path, monkeypatch):
    source = tmp_path / "imr.txt"
    source.write_text(FAMILY + "\n" + PROSE, encoding="utf-8")
    # a renderer that fails
    monkeypatch.setattr(TextDocument, "render", lambda self, changes, pictures=(): source.read_bytes())
    result = run_cli("redact", source)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "refused" in result.output
    assert not any(w in result.output for w in ("Ellen", "March", "April", "Sunday", "Peter"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["imr.txt"]  # nothing written, no review bundle


def test_apply_replaces_a_known_name_no_decision_covers_and_refuses_one_that_would_survive(tmp_path, monkeypatch):
    source = tmp_path / "imr.txt"
    source.write_text(FAMILY + "\n" + PROSE, encoding="utf-8")
    assert run_cli("redact", source).exit_code == 0
    decisions = json.loads((tmp_path / "imr.review" / "decisions.json").read_text(encoding="utf-8"))
    line = next(c for c in decisions["changes"] if c["segment_id"] == "L8")  # "Ellen March and Peter March ..."
    decisions["changes"] = [c for c in decisions["changes"] if c is not line]  # an older tool missed the first
    first_pm = next(c for c in decisions["changes"] if c["segment_id"] == "L8")
    first_pm["status"] = "rejected"  # the reviewer keeps "Peter March" here
    path = tmp_path / "decisions.json"
    path.write_text(json.dumps(decisions), encoding="utf-8")
    result = run_cli("apply", source, path, "-o", tmp_path / "final.txt")
    assert result.exit_code == 0, result.output
    assert "1 known names no decision covered" in " ".join(result.output.split())
    out = (tmp_path / "final.txt").read_text(encoding="utf-8")
    assert "EM and Peter March moved to Oldham in March 2019." in out

    monkeypatch.setattr(TextDocument, "render", lambda self, changes, pictures=(): source.read_bytes())
    refused = run_cli("apply", source, path, "-o", tmp_path / "again.txt")
    assert refused.exit_code == 2 and "refused" in refused.output and "Ellen" not in refused.output
    assert not (tmp_path / "again.txt").exists()


@pytest.mark.parametrize("text, expected", [
    # the family table replaced by initials, the prose still in full
    ("Name\tDate of Birth\tRelationship to Subject\nEM\t[date of birth removed]\tSubject\n"
     "PM\t[date of birth removed]\tHusband\n\nEllen March and Peter March moved to Oldham in March 2019.\n",
     ["line 5: person (initials given in a table): Ellen March",
      "line 5: person (initials given in a table): Peter March"]),
    # the table still in full, the prose naming her by surname
    ("Name\tDate of Birth\tRelationship to Subject\nEllen March\t[date of birth removed]\tSubject\n\n"
     "In 2019 March and her son moved to Oldham in March 2019.\n",
     ["line 2, cell 1: person: Ellen March", "line 4: person: March"]),
])
def test_check_without_a_mapping_reads_the_names_the_file_gives(tmp_path, text, expected):
    path = tmp_path / "published.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", path)
    assert result.exit_code == 1
    found = [line.split(": ", 1)[1] for line in result.output.splitlines() if line.startswith(str(path))]
    assert found == expected


def test_a_batch_replaces_a_name_another_document_gives(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(FAMILY, encoding="utf-8")
    (folder / "b.txt").write_text("Ellen March and Peter March moved to Oldham in March 2019.\n", encoding="utf-8")
    result = run_cli("batch", folder, "-o", tmp_path / "out", "--no-review", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "b.txt").read_text() == "EM and PM moved to Oldham in March 2019.\n"
