"""Each refusal a person meets, through the command they type: exactly one line on stderr
that names the real problem and what to do, exit status 2, nothing written, and nothing
from inside the file. The first tests run the installed console script in a subprocess."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.rules import DEFAULT_RULES
from tests.builders.compound import compound_file

REDACTOR = Path(sys.executable).parent / "redactor"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SECRET = "Pemberton"  # in every input: it must never be shown
TEXT = f"Mrs {SECRET} was seen on 3 May 2021.\n"
WORD_97 = compound_file("WordDocument", "1Table", "\x05SummaryInformation") + SECRET.encode("utf-16-le")


def refused(args: list[str | Path], cwd: Path, **env: str) -> str:
    """The one line of a refusal by the installed command (stdout empty, exit status 2)."""
    result = subprocess.run([str(REDACTOR), *map(str, args)], cwd=cwd, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), **env}, timeout=120)
    lines = result.stderr.splitlines()
    assert (result.returncode, result.stdout, len(lines)) == (2, "", 1), (result.returncode, result.stderr)
    assert SECRET not in result.stderr and "Traceback" not in result.stderr and "╭" not in result.stderr
    return lines[0]


def files_in(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_a_word_97_document_renamed_docx_is_told_apart_from_a_password(tmp_path):
    (tmp_path / "IMR.docx").write_bytes(WORD_97)
    assert refused(["redact", "IMR.docx"], tmp_path) == \
        "error: IMR.docx is a Word 97-2003 document: open it in Word and save it as .docx"
    assert files_in(tmp_path) == {"IMR.docx"}


def test_a_password_protected_docx_is_said_so(tmp_path):
    (tmp_path / "IMR.docx").write_bytes((FIXTURES / "password-protected.docx").read_bytes())
    assert refused(["redact", "IMR.docx"], tmp_path) == \
        "error: IMR.docx: the file is password-protected (encrypted); remove the password in Word and save it again"
    assert files_in(tmp_path) == {"IMR.docx"}


def test_a_legacy_doc_is_refused_before_its_output_is_looked_at(tmp_path):
    (tmp_path / "IMR.doc").write_bytes(WORD_97)
    assert refused(["redact", "IMR.doc", "-o", "IMR.docx"], tmp_path) == \
        "error: IMR.doc is a Word 97-2003 document: open it in Word and save it as .docx"
    assert files_in(tmp_path) == {"IMR.doc"}


def test_a_usage_error_is_one_line_pointing_to_help(tmp_path):
    (tmp_path / "IMR.txt").write_text(TEXT, encoding="utf-8")
    assert refused(["redact", "IMR.txt", "--bogus"], tmp_path) == \
        "error: no such option: --bogus (see 'redactor redact --help')"


def test_batch_counts_and_names_every_file_it_does_not_redact(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "IMR police.doc").write_bytes(WORD_97)
    (tmp_path / "in" / "chronology.rtf").write_text(f"{{\\rtf1 {SECRET}}}")
    result = subprocess.run([str(REDACTOR), "batch", "in", "-o", "out", "--no-review"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and SECRET not in result.stderr
    assert result.stderr.splitlines() == [
        "skipped: IMR police.doc is a Word 97-2003 document: open it in Word and save it as .docx",
        "skipped: chronology.rtf is a Rich Text document: open it in Word and save it as .docx",
        "2 skipped; report: out/report.html"]
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert [(f["path"], f["status"]) for f in report["files"]] == [("IMR police.doc", "skipped"),
                                                                 ("chronology.rtf", "skipped")]
    assert "chronology.rtf is a Rich Text document" in (tmp_path / "out" / "report.html").read_text()


def _decisions(folder: Path, source: str = "imr.txt", **extra: object) -> Path:
    data = (folder / source).read_bytes()
    path = folder / "d.json"
    path.write_text(json.dumps({"tool_version": "x", "input": {"name": source, "sha256": hashlib.sha256(
        data).hexdigest()}, "changes": [], **extra}), encoding="utf-8")
    return path


def test_apply_refuses_a_control_character_in_a_replacement_naming_the_field(tmp_path):
    (tmp_path / "imr.txt").write_text(TEXT, encoding="utf-8")
    _decisions(tmp_path, added=[{"text": SECRET, "replacement": "P\x00"}])
    assert refused(["apply", "imr.txt", "d.json"], tmp_path) == \
        "error: d.json: added[0].replacement: must not hold a control character (U+0000)"
    assert files_in(tmp_path) == {"imr.txt", "d.json"}


def test_apply_refuses_a_decisions_file_over_its_size_limit(tmp_path):
    (tmp_path / "imr.txt").write_text(TEXT, encoding="utf-8")
    _decisions(tmp_path, people=[{"id": "P1", "replacement": "P", "forms": ["x" * 1_200_000], "mentions": 1}])
    assert refused(["apply", "imr.txt", "d.json"], tmp_path, REDACTOR_MAX_DECISIONS_MB="1") == \
        "error: d.json: 1.2 MB is over the limit of 1 MB for a decisions file " \
        "(raise the limit with REDACTOR_MAX_DECISIONS_MB=N)"
    assert files_in(tmp_path) == {"imr.txt", "d.json"}


# --- the same rules through typer's runner (one line, exit status 2) ------------------

def run(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args], prog_name="redactor")


def one_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("error: "), result.output
    assert SECRET not in result.output and "╭" not in result.output
    return lines[0]


@pytest.mark.parametrize("args, line", [
    (["redact"], "error: missing argument 'input' (see 'redactor redact --help')"),
    (["redcat", "imr.txt"], "error: no such command 'redcat'. Did you mean 'redact'? (see 'redactor --help')"),
    (["apply", "imr.txt"], "error: missing argument 'decisions' (see 'redactor apply --help')"),
    (["batch", "in"], "error: missing option '-o' / '--output' (see 'redactor batch --help')"),
    (["batch", "in", "-o", "out", "--workers", "0"],
     "error: invalid value for '--workers': Input should be greater than or equal to 1 (see 'redactor batch --help')"),
    (["redact", "imr.txt", "extra"], "error: got unexpected extra argument(s) (extra) (see 'redactor redact --help')"),
    (["--version"], "error: no such option: --version (see 'redactor --help')"),
])
def test_each_kind_of_usage_error_is_one_line(tmp_path, monkeypatch, args, line):
    monkeypatch.chdir(tmp_path)
    assert one_line(run(*args)) == line


@pytest.mark.parametrize("where, control", [
    ("added[0].text", "\x1b"), ("added[0].replacement", "\x0b"), ("added[0].replacement", "\n"),
    ("added[0].replacement", "\ud800"), ("changes[0].replacement", "\x00")])
def test_every_written_field_is_checked_for_control_characters(tmp_path, where, control):
    (tmp_path / "imr.txt").write_text(TEXT, encoding="utf-8")
    added = {"text": SECRET, "replacement": "P"}
    added[where.rsplit(".", 1)[1]] = added[where.rsplit(".", 1)[1]] + control if where.startswith("added") else "P"
    change = {"id": "L1:4", "segment_id": "L1", "location": "line 1", "part": "text", "start": 4, "end": 13,
              "original": SECRET, "replacement": f"P{control}", "kind": "person", "recognizer": "test", "score": 1}
    _decisions(tmp_path, added=[added] if where.startswith("added") else [],
               changes=[change] if where.startswith("changes") else [])
    assert one_line(run("apply", tmp_path / "imr.txt", tmp_path / "d.json")) == \
        f"error: d.json: {where}: must not hold a control character (U+{ord(control):04X})"


def test_help_is_still_the_rich_help():
    result = run("redact", "--help")
    assert result.exit_code == 0 and "Redact one document" in result.output and "╭" in result.output


def test_batch_into_an_existing_file_is_one_line(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "imr.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "out.txt").write_text("earlier", encoding="utf-8")
    assert one_line(run("batch", tmp_path / "in", "-o", tmp_path / "out.txt")) == \
        f"error: {tmp_path / 'out.txt'}: is a file; the output of a batch is a folder"
    assert (tmp_path / "out.txt").read_text() == "earlier"


def test_a_folder_given_to_redact_is_named_as_one(tmp_path):
    assert one_line(run("redact", tmp_path)) == f"error: {tmp_path.name}: is a folder, not a file"


@pytest.mark.parametrize("variable, value, decisions, says", [
    ("REDACTOR_MAX_INPUT_MB", "1", {}, "imr.txt: 1.5 MB is over the limit of 1 MB for a document"),
    ("REDACTOR_MAX_PARAGRAPHS", "10", {}, "imr.txt: 30,000 paragraphs is over the limit of 10 paragraphs"),
    ("REDACTOR_MAX_DECISIONS_DEPTH", "3", {"people": [{"id": "P1", "replacement": "P", "forms": [[["x"]]],
                                                       "mentions": 1}]}, "d.json: nested more than 3 levels deep"),
    ("REDACTOR_MAX_PARAGRAPH_CHARS", "100", {"added": [{"text": "Pemberton", "replacement": "P" * 200}]},
     "imr.txt with the decisions applied: 240 characters is over the limit of 100 characters for one paragraph"),
    ("REDACTOR_MAX_CHARS", "1600000", {"added": [{"text": "Pemberton", "replacement": "P" * 20}]},
     "imr.txt with the decisions applied: 1,800,000 characters is over the limit of 1,600,000 characters"),
])
def test_apply_enforces_every_limit(tmp_path, monkeypatch, variable, value, decisions, says):
    (tmp_path / "imr.txt").write_text((TEXT[:-1].ljust(49) + "\n") * 30_000, encoding="utf-8")  # 1.5 MB
    _decisions(tmp_path, **decisions)
    monkeypatch.setenv(variable, value)
    line = one_line(run("apply", tmp_path / "imr.txt", tmp_path / "d.json", "-o", tmp_path / "out.txt"))
    assert says in line and line.endswith(f"(raise the limit with {variable}=N)")
    assert files_in(tmp_path) == {"imr.txt", "d.json"}


@pytest.mark.office
@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_a_word_97_document_saved_by_an_office_program_and_renamed(tmp_path):
    # a real .doc, as LibreOffice writes Word 97-2003 files, then renamed .docx by hand
    word = docx.Document()
    word.add_paragraph(TEXT.strip())
    word.save(tmp_path / "IMR.docx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([str(soffice), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path / "doc"), str(tmp_path / "IMR.docx")],
                   capture_output=True, timeout=120, check=True)
    (tmp_path / "IMR.docx").write_bytes((tmp_path / "doc" / "IMR.doc").read_bytes())
    shutil.rmtree(tmp_path / "profile")
    assert refused(["redact", "IMR.docx"], tmp_path) == \
        "error: IMR.docx is a Word 97-2003 document: open it in Word and save it as .docx"
    assert files_in(tmp_path) == {"IMR.docx", "doc", "doc/IMR.doc"}


def test_a_control_character_in_a_case_file_replacement_is_named(tmp_path):
    (tmp_path / "imr.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "case.yaml").write_text(f'people:\n  - name: Mary {SECRET}\n    replacement: "A\\eB"\n')
    assert one_line(run("redact", tmp_path / "imr.txt", "--case", tmp_path / "case.yaml", "--no-review")) == \
        f"error: {tmp_path / 'case.yaml'}:3: people.0.replacement: must not hold a control character (U+001B)"
    assert files_in(tmp_path) == {"imr.txt", "case.yaml"}


@pytest.mark.parametrize("name", ["recognizers.yaml", "titles.yaml"])
def test_a_rule_file_that_is_not_yaml_is_named_with_its_line_and_column(tmp_path, name):
    """recognizers.yaml, in Presidio's own format, is read like every other rule file."""
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    (rules / name).write_text(f"recognizers:\n  - name: [{SECRET}\n   patterns: []\n", encoding="utf-8")
    (tmp_path / "imr.txt").write_text(TEXT, encoding="utf-8")
    before = files_in(tmp_path)
    assert one_line(run("redact", tmp_path / "imr.txt", "--rules", rules, "--no-review")) == \
        f"error: {rules / name}:3:12: not valid YAML (did not find expected … or …)"
    assert files_in(tmp_path) == before


@pytest.mark.parametrize("recognizer, problem", [
    ("    supported_entity: PERSON\n    patterns:\n      - {name: p, regex: '(Pemberton', score: 0.5}\n", "ValueError"),
    ("    patterns: []\n", "TypeError"),  # no supported_entity
])
def test_a_recognizer_presidio_cannot_build_is_named_by_its_place_in_the_file(tmp_path, recognizer, problem):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    (rules / "recognizers.yaml").write_text(f"recognizers:\n  - name: {SECRET}\n{recognizer}", encoding="utf-8")
    (tmp_path / "imr.txt").write_text(TEXT, encoding="utf-8")
    before = files_in(tmp_path)
    assert one_line(run("redact", tmp_path / "imr.txt", "--rules", rules, "--no-review")) == \
        f"error: {rules / 'recognizers.yaml'}: recognizers.0: Presidio cannot build it ({problem}): a key missing, " \
        "unknown or of the wrong type, or a bad regular expression"
    assert files_in(tmp_path) == before
