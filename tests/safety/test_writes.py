"""An output and its review bundle appear together or not at all: ``kill -9`` at every
stage of writing leaves the earlier state or the complete result, the next run cleans up,
and two runs on one output never interleave."""
from __future__ import annotations

import errno
import fcntl
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.errors import RedactorError
from redactor.files import PAUSE_ENV, Publication, write_atomic

ROOT = Path(__file__).resolve().parents[2]
STAGES = ["staged-output", "staged", "ready", "old-bundle-aside", "bundle-placed", "committed"]
NEW = {"README.txt": b"new readme", "decisions.json": b'{"new": true}'}
OLD = {"README.txt": b"old readme", "decisions.json": b'{"reviewer": "work"}', "extra.txt": b"x"}
WRITER = """
import sys
from pathlib import Path
from redactor.files import Publication
out, bundle = Path(sys.argv[1]), Path(sys.argv[2])
with Publication(out, bundle) as p:
    p.publish(b"new output", {"README.txt": b"new readme", "decisions.json": b'{"new": true}'})
"""


def _state(folder: Path) -> tuple[bytes | None, dict[str, bytes] | None]:
    out, bundle = folder / "imr.redacted.txt", folder / "imr.review"
    return (out.read_bytes() if out.exists() else None,
            {p.name: p.read_bytes() for p in bundle.iterdir()} if bundle.exists() else None)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".redactor-" in p.name)


def _start(folder: Path, stage: str) -> subprocess.Popen:
    env = {**os.environ, PAUSE_ENV: stage, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", WRITER, str(folder / "imr.redacted.txt"),
                             str(folder / "imr.review")], env=env, stderr=subprocess.PIPE, text=True)


def _wait_for_pause(process: subprocess.Popen, stage: str) -> None:
    assert process.stderr is not None
    for line in process.stderr:
        if line.strip() == f"paused at {stage}":
            return
    raise AssertionError(f"never paused at {stage}")


def _write_old(folder: Path) -> None:
    (folder / "imr.redacted.txt").write_bytes(b"old output")
    (folder / "imr.review").mkdir()
    for name, data in OLD.items():
        (folder / "imr.review" / name).write_bytes(data)


@pytest.mark.parametrize("stage, earlier", [(s, e) for s in STAGES for e in (False, True)
                                             if e or s != "old-bundle-aside"])  # fresh: nothing to move aside
def test_kill_at_each_stage_leaves_the_old_state_or_the_whole_result(tmp_path, stage, earlier):
    if earlier:
        _write_old(tmp_path)
    before = _state(tmp_path)
    process = _start(tmp_path, stage)
    try:
        _wait_for_pause(process, stage)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    complete = (b"new output", NEW)
    output, bundle = _state(tmp_path)
    # the output is the commit point: an output never appears without its whole bundle
    assert output in (before[0], b"new output")
    if output == b"new output" and output != before[0]:
        assert (output, bundle) == complete
    # the next run on the same output finishes or undoes what was left, then writes
    with Publication(tmp_path / "imr.redacted.txt", tmp_path / "imr.review") as p:
        assert _state(tmp_path) in (before, complete)
        p.publish(b"newer", {"README.txt": b"r"})
    assert _state(tmp_path) == (b"newer", {"README.txt": b"r"})
    assert _leftovers(tmp_path) == []


def test_a_run_on_another_output_cleans_up_after_a_crash_in_its_folder(tmp_path):
    _write_old(tmp_path)
    process = _start(tmp_path, "bundle-placed")
    try:
        _wait_for_pause(process, "bundle-placed")
        write_atomic(tmp_path / "other.txt", b"x")  # the crashed run is alive: left alone
        assert _leftovers(tmp_path) == [".imr.redacted.txt.redactor-lock", ".imr.redacted.txt.redactor-tmp",
                                        ".imr.review.redactor-lock"]
    finally:
        process.kill()
        process.wait()
    write_atomic(tmp_path / "other.txt", b"y")  # now it is dead: undone and removed
    assert _state(tmp_path) == (b"old output", OLD) and _leftovers(tmp_path) == []


def test_a_manifest_cut_short_by_a_crash_means_nothing_was_moved(tmp_path):
    _write_old(tmp_path)
    staging = tmp_path / ".imr.redacted.txt.redactor-tmp"
    (staging / "bundle").mkdir(parents=True)
    (staging / "output").write_bytes(b"new output")
    (staging / "ready").write_text('{"bundle": "/tmp/some')
    with Publication(tmp_path / "imr.redacted.txt", tmp_path / "imr.review"):
        assert _state(tmp_path) == (b"old output", OLD) and not staging.exists()


def test_before_the_move_nothing_new_is_visible(tmp_path):
    process = _start(tmp_path, "ready")
    try:
        _wait_for_pause(process, "ready")
        assert _state(tmp_path) == (None, None)
    finally:
        process.kill()
        process.wait()


def test_a_second_run_on_the_same_output_is_refused_not_interleaved(tmp_path):
    _write_old(tmp_path)
    process = _start(tmp_path, "staged")
    try:
        _wait_for_pause(process, "staged")
        with pytest.raises(RedactorError, match="another redactor run is writing it"), \
                Publication(tmp_path / "imr.redacted.txt", tmp_path / "imr.review"):
            pass
        with pytest.raises(RedactorError, match="another redactor run"), \
                Publication(tmp_path / "other.txt", tmp_path / "imr.review"):  # the bundle is locked too
            pass
    finally:
        process.kill()
        process.wait()
    assert _state(tmp_path) == (b"old output", OLD)  # the refused run touched nothing
    with Publication(tmp_path / "imr.redacted.txt", tmp_path / "imr.review") as p:
        p.publish(b"after", NEW)  # the lock died with its process
    assert _state(tmp_path) == (b"after", NEW) and _leftovers(tmp_path) == []


def test_a_lock_held_briefly_is_waited_for(tmp_path):
    other = os.open(tmp_path / ".out.txt.redactor-lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(other, fcntl.LOCK_EX)  # e.g. another run cleaning up this folder
    threading.Timer(0.3, os.close, [other]).start()
    write_atomic(tmp_path / "out.txt", b"x")
    assert (tmp_path / "out.txt").read_bytes() == b"x" and _leftovers(tmp_path) == []


def test_a_failure_while_staging_leaves_nothing(tmp_path, monkeypatch):
    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))
    monkeypatch.setattr("redactor.files._write_new", full)
    with pytest.raises(RedactorError) as e, \
            Publication(tmp_path / "out" / "imr.redacted.txt", tmp_path / "out" / "imr.review") as p:
        p.publish(b"x", NEW)
    assert str(e.value).endswith("imr.redacted.txt: cannot write it: the disk is full")
    assert not (tmp_path / "out").exists()  # the folder it made is gone too


def test_a_failure_while_moving_restores_the_earlier_bundle(tmp_path, monkeypatch):
    _write_old(tmp_path)
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(dst).endswith("imr.redacted.txt"):
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)
    monkeypatch.setattr("redactor.files.os.replace", failing_replace)
    with pytest.raises(RedactorError, match="input/output error"), \
            Publication(tmp_path / "imr.redacted.txt", tmp_path / "imr.review") as p:
        p.publish(b"new output", NEW)
    assert _state(tmp_path) == (b"old output", OLD)
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_output_folder_is_named(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(RedactorError, match="the output folder is not writable"):
        write_atomic(folder / "out.txt", b"x")


def test_an_unwritable_output_folder_is_named_even_for_root(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr("redactor.files._lock", refuse)
    with pytest.raises(RedactorError) as e:
        write_atomic(tmp_path / "out.txt", b"x")
    assert str(e.value) == f"{tmp_path}: the output folder is not writable"


@pytest.mark.model
def test_a_redaction_killed_while_writing_is_undone_by_the_next_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("imr.txt").write_text("Joe Bloggs was seen by the GP on 3 May 2021.\n", encoding="utf-8")
    first = subprocess.Popen([sys.executable, "-m", "redactor", "redact", "imr.txt"], stderr=subprocess.PIPE,
                             text=True, env={**os.environ, PAUSE_ENV: "bundle-placed", "PYTHONPATH": str(ROOT)})
    try:
        _wait_for_pause(first, "bundle-placed")
        second = CliRunner().invoke(app, ["redact", "imr.txt", "--force"])
        assert second.exit_code == 2
        assert second.output == "error: imr.redacted.txt: another redactor run is writing it; " \
                                "run again when that one has finished\n"
    finally:
        first.kill()
        first.wait()
    assert not Path("imr.redacted.txt").exists()  # the bundle alone is not a result
    third = CliRunner().invoke(app, ["redact", "imr.txt"])
    assert third.exit_code == 0, third.output
    assert Path("imr.redacted.txt").read_text() == "JB was seen by the GP on 3 May 2021.\n"
    assert sorted(p.name for p in Path("imr.review").iterdir()) == ["README.txt", "decisions.json", "review.html"]
    assert _leftovers(tmp_path) == []
