"""Every refusal is one line saying what is wrong in words, never "internal error
(OSError)", never a traceback box, and never markup taken from a file name."""
from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.document import load_document
from redactor.errors import RedactorError
from redactor.files import sha256

TEXT = "The officer visited on 3 May 2021.\n"


def _apply_inputs(folder: Path) -> tuple[Path, Path]:
    """A text and a decisions file with no changes for it: ``apply`` needs no model."""
    source = folder / "imr.txt"
    source.write_text(TEXT, encoding="utf-8")
    decisions = folder / "d.json"
    decisions.write_text(json.dumps({"tool_version": "x", "input": {"name": "imr.txt", "sha256": sha256(
        TEXT.encode())}, "changes": []}), encoding="utf-8")
    return source, decisions


def _one_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("error: "), result.output
    assert "internal error" not in lines[0] and "Traceback" not in result.output and "╭" not in result.output
    return lines[0]


def _apply(*args: Path | str):
    return CliRunner().invoke(app, ["apply", *map(str, args)])


def test_apply_writes_without_a_model(tmp_path):
    source, decisions = _apply_inputs(tmp_path)
    assert _apply(source, decisions, "-o", tmp_path / "out.txt").exit_code == 0
    assert (tmp_path / "out.txt").read_text() == TEXT


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "the disk is full"),
    (errno.EDQUOT, "the disk quota is used up"),
    (errno.EROFS, "the disk is read-only"),
    (errno.EIO, "the disk reported an input/output error"),
])
def test_a_failed_write_says_why_and_leaves_nothing(tmp_path, monkeypatch, code, words):
    source, decisions = _apply_inputs(tmp_path)

    def fail(path, data):
        raise OSError(code, "message from the system", str(path))
    monkeypatch.setattr("redactor.files._write_new", fail)
    line = _one_line(_apply(source, decisions, "-o", tmp_path / "out" / "out.txt"))
    assert line.endswith(f"out.txt: cannot write it: {words}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json", "imr.txt"]


def test_an_unwritable_output_folder_is_said_in_words(tmp_path, monkeypatch):
    source, decisions = _apply_inputs(tmp_path)

    def refuse(path, what):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))
    monkeypatch.setattr("redactor.files._lock", refuse)
    line = _one_line(_apply(source, decisions, "-o", tmp_path / "published" / "out.txt"))
    assert line == f"error: {tmp_path / 'published'}: the output folder is not writable"


def test_an_existing_output_says_use_force(tmp_path):
    source, decisions = _apply_inputs(tmp_path)
    (tmp_path / "out.txt").write_text("earlier")
    assert _one_line(_apply(source, decisions, "-o", tmp_path / "out.txt")) == \
        "error: out.txt: already exists (use --force to replace it)"
    assert _apply(source, decisions, "-o", tmp_path / "out.txt", "--force").exit_code == 0


def test_an_unreadable_input_is_said_in_words(tmp_path, monkeypatch):
    source, _ = _apply_inputs(tmp_path)

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(RedactorError, match="^imr.txt: cannot be read: permission denied$"):
        load_document(source)


def test_a_folder_given_as_input(tmp_path):
    (tmp_path / "imr.txt").mkdir()
    with pytest.raises(RedactorError, match="^imr.txt: is a folder, not a file$"):
        load_document(tmp_path / "imr.txt")


@pytest.mark.parametrize("error, words", [
    (PermissionError(errno.EACCES, "Permission denied", "models.yaml"), "error: models.yaml: permission denied"),
    (OSError(errno.ENOSPC, "No space left on device"), "error: the disk is full"),
    (RecursionError("maximum recursion depth exceeded"), "error: the input is nested too deeply to process"),
    (MemoryError(), "error: out of memory: the input is too large for this machine"),
    (ValueError("Joe Bloggs"), "error: internal error (ValueError); rerun with REDACTOR_DEBUG=1 for details"),
])
def test_an_unexpected_error_is_one_line_in_words_without_its_text(monkeypatch, error, words):
    def fail():
        raise error
    monkeypatch.setattr("redactor.detect.models.load_catalogue", fail)
    result = CliRunner().invoke(app, ["models"])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and lines == [lines[0]] and lines[0].startswith(words), result.output
    assert "Joe" not in result.output


def test_ctrl_c_stops_cleanly(monkeypatch):
    def interrupt():
        raise KeyboardInterrupt
    monkeypatch.setattr("redactor.detect.models.load_catalogue", interrupt)
    result = CliRunner().invoke(app, ["models"])
    assert result.exit_code == 130 and result.output.startswith("error: interrupted")
    assert "Traceback" not in result.output


def test_markup_in_a_file_name_is_printed_as_written(tmp_path):
    _, decisions = _apply_inputs(tmp_path)
    odd = tmp_path / "[bold red]draft.txt"
    line = _one_line(_apply(odd, decisions))
    assert line == "error: [bold red]draft.txt: no such file"
