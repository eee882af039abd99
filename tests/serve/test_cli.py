"""`redactor serve` as a user starts and stops it: a bad option fails before anything
starts; nothing is written outside its private folder, and however it is stopped, that
folder is deleted."""
from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
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


def _request(url: str, path: str, body: bytes | None = None, name: str = "") -> tuple[int, object]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("POST" if body else "GET", parts.path + path, body, {"X-File-Name": name})
    response = connection.getresponse()
    return response.status, json.loads(response.read())


def _wait_until_redacted(url: str) -> str:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        (doc,) = _request(url, "documents")[1]
        if doc["state"] not in ("waiting", "redacting"):
            return doc["state"]
        time.sleep(0.2)
    return "timed out"


@pytest.mark.model
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_stopping_the_server_deletes_the_uploads(tmp_path, sig):
    (tmp_path / "cwd").mkdir()
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "redactor", "serve", "--no-browser"], cwd=tmp_path / "cwd",
                               env=env, stderr=subprocess.PIPE, text=True)
    try:
        url = next(w for line in process.stderr for w in line.split() if w.startswith("http://"))
        assert _request(url, "documents", b"Joe Bloggs was seen at home.\n", "notes.txt")[0] == 201
        assert _wait_until_redacted(url) == "ready"
        (folder,) = tmp_path.glob("redactor-serve-*")
        assert (folder / "d1" / "notes.txt").is_file()
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["cwd", folder.name])  # nothing elsewhere
        assert not any((tmp_path / "cwd").iterdir())
        process.send_signal(sig)
        rest = process.stderr.read()
        assert process.wait(timeout=300) == 0
    finally:
        process.kill()
    assert "the uploaded files and reviews are deleted" in rest
    assert [p.name for p in tmp_path.iterdir()] == ["cwd"]
