"""The command line as a user meets it: outputs, refusals and one-line errors."""
import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app

runner = CliRunner()
SAMPLE = "Joe Bloggs lived at 82 Moorside Crescent, Stockport, SK1 7BL.\n"


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("redact", "batch", "apply", "diff", "models"):
        assert command in result.output


@pytest.mark.model
def test_redact_writes_beside_the_input_and_never_overwrites(tmp_path):
    source = tmp_path / "imr.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    assert run("redact", source, "--no-review").exit_code == 0
    out = tmp_path / "imr.redacted.txt"
    assert out.read_text() == "JB lived at [address removed], Stockport, [address removed].\n"
    assert source.read_text() == SAMPLE
    again = run("redact", source, "--no-review")
    assert again.exit_code == 2 and "already exists" in again.output
    assert run("redact", source, "-o", source, "--force", "--no-review").exit_code == 2
    assert source.read_text() == SAMPLE


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty.txt": b"",
        "legacy.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
        "corrupt.docx": b"PK\x03\x04 this is not really a zip",
        "encrypted.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "picture.png": b"\x89PNG\r\n\x1a\n",
        "latin1.txt": "Zoë Smith".encode("latin-1"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "no word document here")
    files["no-document.docx"] = buffer.getvalue()
    out = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        out[name] = tmp_path / name
    return out


@pytest.mark.model
def test_bad_input_gets_one_clear_line_and_nothing_written(tmp_path):
    for name, path in _bad_inputs(tmp_path).items():
        result = run("redact", path, "--no-review")
        assert result.exit_code == 2, name
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error:"), (name, result.output)
        assert "Traceback" not in result.output
    leftovers = [p.name for p in tmp_path.iterdir() if ".redacted" in p.name or p.name.endswith(".part")]
    assert leftovers == []


def test_missing_input_is_one_line():
    result = run("redact", "/nonexistent/imr.docx", "--no-review")
    assert result.exit_code == 2 and "no such file" in result.output


@pytest.mark.model
def test_batch_uses_one_mapping_across_documents(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Joe Bloggs was the victim.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Joe was seen by the GP.\n", encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"not a zip")
    result = run("batch", folder, "-o", tmp_path / "out", "--no-review")
    assert result.exit_code == 2  # one document failed, the others are done
    assert (tmp_path / "out" / "a.txt").read_text() == "JB was the victim.\n"
    assert (tmp_path / "out" / "b.txt").read_text() == "JB was seen by the GP.\n"
    assert not (tmp_path / "out" / "broken.docx").exists()


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: no disk used
    result = run("redact", huge, "--no-review")
    assert result.exit_code == 2 and "over the limit of 50 MB" in result.output \
        and "REDACTOR_MAX_INPUT_MB" in result.output
    assert not (tmp_path / "huge.redacted.txt").exists()
