"""`redactor serve` as a user starts and stops it: a bad option fails before anything
starts; however it is stopped, the uploaded files are deleted."""
from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from typer.testing import CliRunner

from redactor.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_a_bad_case_file_or_model_fails_before_the_server_starts(tmp_path):
    case = tmp_path / "case.yaml"
    case.write_text("people:\n  - nme: Joe Bloggs\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["serve", "--no-browser", "--case", str(case)])
    assert result.exit_code == 2 and "case.yaml:2" in result.output and "http://" not in result.output
    result = CliRunner().invoke(app, ["serve", "--no-browser", "--model", "no_such_pipeline"])
    assert result.exit_code == 2 and "no_such_pipeline" in result.output and "http://" not in result.output


def _post(url: str, path: str, body: bytes, name: str) -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("POST", parts.path + path, body, {"X-File-Name": name})
    return connection.getresponse().status


@pytest.mark.model
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_stopping_the_server_deletes_the_uploads(tmp_path, sig):
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "redactor", "serve", "--no-browser"], cwd=tmp_path,
                               env=env, stderr=subprocess.PIPE, text=True)
    try:
        url = next(w for line in process.stderr for w in line.split() if w.startswith("http://"))
        assert _post(url, "documents", b"Joe Bloggs was seen at home.\n", "notes.txt") == 201
        assert len(list(tmp_path.glob("redactor-serve-*/d1/notes.txt"))) == 1
        process.send_signal(sig)
        rest = process.stderr.read()
        assert process.wait(timeout=300) == 0
    finally:
        process.kill()
    assert "the uploaded files and reviews are deleted" in rest
    assert not list(tmp_path.glob("redactor-serve-*"))
