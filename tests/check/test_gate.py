"""``redactor check``: what the gate finds, where, and its exit codes."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from redactor.check.gate import Gate
from redactor.cli import app
from tests.builders.docx_builder import NAME, SECRETS, DocxBuilder
from tests.builders.pdf_builder import pdf_bytes
from tests.conftest import SHARED_EVAL

runner = CliRunner()
pytestmark = pytest.mark.model


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def gate(tmp_path_factory) -> Gate:
    case = tmp_path_factory.mktemp("case") / "case.yaml"
    case.write_text(f"people:\n  - name: {NAME}\n", encoding="utf-8")
    return Gate(case_file=case)


def test_exit_codes_clean_identifying_unreadable(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("JB was seen by Dr S on 4 May 2019 at [address removed].\n", encoding="utf-8")
    named = tmp_path / "named.txt"
    named.write_text("Joe Bloggs was seen by Dr Smith at 82 Moorside Crescent, SK1 7BL.\n", encoding="utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert run("check", clean).exit_code == 0
    result = run("check", clean, named)
    assert result.exit_code == 1
    assert f"{named}: line 1: person: Joe Bloggs" in result.output and "SK1 7BL" in result.output
    assert run("check", clean, broken).exit_code == 2
    assert run("check", tmp_path / "missing.txt").exit_code == 2
    (tmp_path / "empty").mkdir()
    nothing = run("check", tmp_path / "empty")
    assert nothing.exit_code == 2 and "nothing to check" in nothing.output



def test_a_folder_holding_what_the_gate_cannot_read_or_a_review_bundle_does_not_pass(tmp_path):
    publish = tmp_path / "publish"
    publish.mkdir()
    (publish / "overview.txt").write_text("JB was seen by Dr S on 4 May 2019.\n", encoding="utf-8")
    assert run("check", publish).exit_code == 0
    (publish / "IMR-police.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    unread = run("check", publish)  # a legacy .doc beside the report was passed over unread
    assert unread.exit_code == 2 and "IMR-police.doc: unsupported file type" in unread.output
    (publish / "IMR-police.doc").unlink()
    bundle = publish / "overview.review"
    bundle.mkdir()
    (bundle / "decisions.json").write_text("{}", encoding="utf-8")
    (bundle / "review.html").write_text("<p>Joe Bloggs</p>", encoding="utf-8")
    found = run("check", publish)
    assert found.exit_code == 1 and f"{bundle}: review bundle: review bundle: " in found.output
    assert "review.html" not in found.output  # one finding for the bundle, not one error per file in it

# Each place of a Word file the gate must see (one builder method each).
PLACES = ["add_hidden_text", "add_tables", "add_hyperlink", "add_fields", "add_tracked", "add_text_box",
          "add_content_control", "add_chart", "add_smartart", "add_comment", "add_notes", "add_glossary",
          "add_properties", "add_settings", "add_headers_footers"]


@pytest.mark.parametrize("place", PLACES)
def test_every_hidden_place_of_a_word_file_is_seen(gate, tmp_path, place):
    b = DocxBuilder()
    getattr(b, place)()
    path = tmp_path / f"{place}.docx"
    path.write_bytes(b.build())
    found, suggested = gate.check_file(path)
    findings = found + suggested
    assert any(any(s in f.text for s in SECRETS) or f.kind == "metadata" for f in findings), findings
    assert all(f.location and f.file == str(path) for f in findings)


@pytest.mark.parametrize("place, where", [
    ("add_hidden_text", "paragraph"), ("add_tracked", "(deleted text)"), ("add_comment", "comment"),
    ("add_notes", "footnote"), ("add_headers_footers", "footer"), ("add_properties", "document properties"),
])
def test_findings_say_where(gate, tmp_path, place, where):
    b = DocxBuilder()
    getattr(b, place)()
    path = tmp_path / "doc.docx"
    path.write_bytes(b.build())
    found, suggested = gate.check_file(path)
    assert any(where in f.location for f in found + suggested)


def test_a_pdf_is_read_page_by_page_with_its_author(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes(["The panel met in March.", "Joe Bloggs lived at 82 Moorside Crescent."],
                               author="Sarah Stone"))
    result = run("check", path, "--format", "json")
    data = json.loads(result.output)
    assert result.exit_code == 1
    where = {(f["location"], f["kind"]) for f in data["findings"]}
    assert ("page 2, line 1", "person") in where and ("PDF information, Author", "metadata") in where
    assert not any(f["location"].startswith("page 1") for f in data["findings"])
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 nothing else")
    assert run("check", tmp_path / "bad.pdf").exit_code == 2


def test_the_mapping_is_read_never_changed(tmp_path):
    mapping = tmp_path / "case.mapping.json"
    source = tmp_path / "imr.txt"
    source.write_text("Joe Bloggs was the victim.\n", encoding="utf-8")
    assert run("redact", source, "--no-review", "--mapping", mapping).exit_code == 0
    before = (mapping.read_bytes(), mapping.stat().st_mtime_ns)
    title = tmp_path / "title.txt"
    title.write_text("scr joe bloggs final report\n", encoding="utf-8")
    result = run("check", title, tmp_path / "imr.redacted.txt", "--mapping", mapping, "--format", "junit")
    assert result.exit_code == 1 and "joe bloggs" in result.output  # a known name, in a lower-case title
    assert (mapping.read_bytes(), mapping.stat().st_mtime_ns) == before
    assert run("check", title, "--mapping", tmp_path / "none.json").exit_code == 2


DEV = SHARED_EVAL / "dhr-dev"


@pytest.mark.eval
@pytest.mark.skipif(not (DEV / "case01.json").exists(), reason="../shared/eval/dhr-dev not present")
def test_redactors_output_passes_and_every_original_fails(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    originals = sorted(DEV.glob("case*.txt")) + sorted(DEV.glob("case*.docx"))
    for f in originals:
        shutil.copy(f, source / f.name)
    assert run("batch", source, "-o", tmp_path / "out", "--no-review", "--workers", "1").exit_code == 0
    for f in originals:
        assert run("check", tmp_path / "out" / f.name).exit_code == 0, f.name
        assert run("check", f).exit_code == 1, f.name


def test_suggestions_are_warnings_that_fail_only_with_strict(tmp_path):
    """A name redaction kept is reported with a severity; the gate fails on it only with --strict."""
    path = tmp_path / "out.txt"
    path.write_text("Minutes\nKendal attended the hearing on 4 May 2019.\n", encoding="utf-8")
    plain = run("check", path)
    assert plain.exit_code == 0, plain.output
    assert f"{path}: line 2: warning: may be person: Kendal (" in plain.output
    assert plain.output.rstrip().endswith("1 suggestion(s): clean, but check the suggestions")
    data = json.loads(run("check", path, "--format", "json").output)
    assert data["exit_code"] == 0 and data["findings"] == []
    assert [(s["text"], s["severity"]) for s in data["suggestions"]] == [("Kendal", "warning")]
    strict = run("check", path, "--strict", "--format", "junit")
    assert strict.exit_code == 1 and "error: line 2: may be person: Kendal" in strict.output


def test_findings_and_suggestions_come_apart(gate, tmp_path):
    """What remains is an error; kept text that may be a name, a warning: the gate gives them apart."""
    path = tmp_path / "imr.txt"
    path.write_text("Joe Bloggs spoke to Kofi Mensah-bonsu and kofi agreed.\n", encoding="utf-8")
    found, suggested = gate.check_file(path)
    assert [(f.kind, f.text) for f in found] == [("person", "Joe Bloggs")]
    assert [s.text for s in suggested] == ["Kofi"] and suggested[0].reason
