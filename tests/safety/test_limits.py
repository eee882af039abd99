"""Every limit refuses with one line naming it and the variable that raises it; raising
the variable lets the same input through. Time and memory are bounded with ``resource``
limits on a subprocess, not with a clock."""
from __future__ import annotations

import io
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from redactor.casefile import load_case
from redactor.document import load_document
from redactor.errors import RedactorError
from redactor.review.decisions import load_decisions

ROOT = Path(__file__).resolve().parents[2]


def _txt(path: Path, lines: int = 3, width: int = 40) -> Path:
    path.write_text("".join(f"{i:06d} " + "x" * (width - 7) + "\n" for i in range(lines)), encoding="utf-8")
    return path


def _decisions(path: Path, depth: int = 1, pad: int = 0) -> Path:
    """A decisions file (lacking ``input``) with a list nested ``depth`` levels inside it."""
    path.write_text('{"schema_version": 1, "tool_version": "x", "changes": [], "x": '
                    + "[" * depth + "]" * depth + f', "y": "{"a" * pad}"' + "}")
    return path


def _case(path: Path, pad: int = 0) -> Path:
    path.write_text("people:\n  - name: Person Number\n# " + "x" * pad + "\n")
    return path


# (variable, value that refuses, build an input, load it, a value that lets it through)
CASES = [
    ("REDACTOR_MAX_PARAGRAPHS", "2", lambda p: _txt(p / "a.txt", lines=3), load_document, "3"),
    ("REDACTOR_MAX_PARAGRAPH_CHARS", "30", lambda p: _txt(p / "a.txt", width=40), load_document, "40"),
    ("REDACTOR_MAX_CHARS", "100", lambda p: _txt(p / "a.txt", lines=3), load_document, "120"),
    ("REDACTOR_MAX_INPUT_MB", "1", lambda p: _txt(p / "a.txt", lines=30_000), load_document, "2"),
    ("REDACTOR_MAX_CASE_FILE_MB", "1", lambda p: _case(p / "case.yaml", pad=1_500_000), load_case, "2"),
    ("REDACTOR_MAX_DECISIONS_MB", "1", lambda p: _decisions(p / "d.json", pad=1_500_000), load_decisions, "2"),
]


@pytest.mark.parametrize("variable, low, build, load, enough", CASES, ids=[c[0] for c in CASES])
def test_each_limit_is_one_line_naming_the_way_to_raise_it(tmp_path, monkeypatch, variable, low, build,
                                                           load, enough):
    path = build(tmp_path)
    monkeypatch.setenv(variable, low)
    with pytest.raises(RedactorError) as e:
        load(path)
    message = str(e.value)
    assert f"{path.name}: " in message and "is over the limit of" in message
    assert message.endswith(f"(raise the limit with {variable}=N)") and "\n" not in message
    monkeypatch.setenv(variable, enough)
    try:
        load(path)
    except RedactorError as later:  # through this limit; any other complaint is not about it
        assert variable not in str(later)


@pytest.mark.parametrize("depth, refused", [(4, False), (20, False), (21, True), (200_000, True)])
def test_decisions_nested_too_deeply(tmp_path, depth, refused):
    path = _decisions(tmp_path / "d.json", depth - 1)  # the top-level object is one level
    if refused:
        with pytest.raises(RedactorError, match=r"d.json: nested more than 20 levels deep \(raise the limit "
                                                r"with REDACTOR_MAX_DECISIONS_DEPTH=N\)"):
            load_decisions(path)
    else:
        with pytest.raises(RedactorError, match="input: Field required"):  # past the depth check
            load_decisions(path)


@pytest.mark.parametrize("value, message", [
    ("lots", "REDACTOR_MAX_PARAGRAPHS must be a positive whole number"),
    ("0", "REDACTOR_MAX_PARAGRAPHS must be a positive whole number"),
])
def test_a_bad_limit_setting_is_named(tmp_path, monkeypatch, value, message):
    monkeypatch.setenv("REDACTOR_MAX_PARAGRAPHS", value)
    with pytest.raises(RedactorError, match=message):
        load_document(_txt(tmp_path / "a.txt"))


def test_paragraph_length_cannot_pass_the_nlp_pipeline_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACTOR_MAX_PARAGRAPH_CHARS", "2_000_000")
    with pytest.raises(RedactorError, match="REDACTOR_MAX_PARAGRAPH_CHARS can be at most 1,000,000"):
        load_document(_txt(tmp_path / "a.txt"))


def _bounded(args: list[str], cpu_seconds: int, memory_mb: int, cwd: Path) -> subprocess.CompletedProcess:
    """Run the CLI with hard CPU-time and address-space limits (the kernel stops it)."""
    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    return subprocess.run([sys.executable, "-m", "redactor", *args], check=False, cwd=cwd, preexec_fn=limits,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def _one_line(result: subprocess.CompletedProcess, *expected: str) -> None:
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 2 and len(lines) == 1, (result.returncode, lines)
    assert lines[0].startswith("error: ") and all(e in lines[0] for e in expected), lines


def test_a_55_mb_case_file_is_refused_unread(tmp_path):
    with open(tmp_path / "case.yaml", "w") as f:
        f.write("remove:\n" + "  - The Blue Door Cafe\n" * 2_500_000)  # 55 MB of valid YAML
    _txt(tmp_path / "imr.txt")
    result = _bounded(["redact", "imr.txt", "--case", "case.yaml"], cpu_seconds=20, memory_mb=1000, cwd=tmp_path)
    _one_line(result, "case.yaml: 54.9 MB is over the limit of 1 MB", "REDACTOR_MAX_CASE_FILE_MB")


@pytest.mark.model
def test_a_5_mb_single_line_text_is_refused_in_bounded_time_and_memory(tmp_path):
    (tmp_path / "imr.txt").write_text("The officer visited the house. " * 165_000 + "\n", encoding="utf-8")
    result = _bounded(["redact", "imr.txt"], cpu_seconds=120, memory_mb=2000, cwd=tmp_path)
    _one_line(result, "imr.txt: 5,115,000 characters is over the limit of 200,000 characters for one "
                      "paragraph", "REDACTOR_MAX_PARAGRAPH_CHARS")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["imr.txt"]


@pytest.mark.model
def test_a_word_file_of_200000_paragraphs_is_refused_in_bounded_time_and_memory(tmp_path):
    body = "".join(f"<w:p><w:r><w:t>Visit {i} by the officer.</w:t></w:r></w:p>" for i in range(200_000))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                   f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    (tmp_path / "big.docx").write_bytes(buffer.getvalue())
    result = _bounded(["redact", "big.docx"], cpu_seconds=240, memory_mb=3000, cwd=tmp_path)
    _one_line(result, "big.docx: 200,000 paragraphs is over the limit of 50,000", "REDACTOR_MAX_PARAGRAPHS")


def test_a_case_file_of_nested_aliases_is_refused_not_expanded(tmp_path):
    """A "billion laughs" YAML: 10 ** 9 strings if anything expanded it."""
    lines = ['a0: &a0 ["x"]'] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    path = tmp_path / "case.yaml"
    path.write_text("\n".join(lines) + "\nremove: *a9\n")
    with pytest.raises(RedactorError, match=r"case.yaml:\d+: remove.0: Input should be a valid string"):
        load_case(path)
