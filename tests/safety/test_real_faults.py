"""Real faults, not simulated ones: a full disk and a read-only disk (a small tmpfs,
mounted when the test may mount; skipped otherwise). ``apply`` needs no model."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.errors import RedactorError
from redactor.files import Publication, sha256

TEXT = "The officer visited the house on 3 May 2021 and spoke to the neighbour.\n" * 3000  # 219 KB


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KB file system at tmp_path/disk."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], check=False,
                      capture_output=True).returncode:
        pytest.skip("cannot mount a small file system here")
    yield disk
    subprocess.run(["umount", str(disk)], check=True)


def _apply(folder: Path, output: Path):
    source = folder / "imr.txt"
    source.write_text(TEXT, encoding="utf-8")
    decisions = folder / "d.json"
    decisions.write_text(json.dumps({"tool_version": "x", "input": {"name": "imr.txt", "sha256": sha256(
        TEXT.encode())}, "changes": []}), encoding="utf-8")
    return CliRunner().invoke(app, ["apply", str(source), str(decisions), "-o", str(output)])


def test_a_full_disk_is_said_in_words_and_leaves_nothing(tmp_path, small_disk):
    result = _apply(tmp_path, small_disk / "imr.txt")
    assert result.exit_code == 2
    assert result.output == f"error: {small_disk / 'imr.txt'}: cannot write it: the disk is full\n"
    assert list(small_disk.iterdir()) == []


def test_a_read_only_disk_is_an_unwritable_output_folder(tmp_path, small_disk):
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = _apply(tmp_path, small_disk / "imr.txt")
    assert result.exit_code == 2
    assert result.output == f"error: {small_disk}: the output folder is not writable\n"


def test_a_review_folder_on_another_disk_is_refused_before_anything_is_written(tmp_path, small_disk):
    with pytest.raises(RedactorError, match="the review folder must be on the same disk as the output"), \
            Publication(tmp_path / "out.txt", small_disk / "imr.review"):
        pass
    assert list(small_disk.iterdir()) == [] and not (tmp_path / "out.txt").exists()
    assert [p.name for p in tmp_path.iterdir() if ".redactor-" in p.name] == []
