"""Nothing reaches the network: every socket is blocked while a document full of
e-mail addresses and web links is redacted (Presidio's e-mail and URL recognizers
reach for the public suffix list through tldextract when misused)."""
import socket
from pathlib import Path

import pytest

pytestmark = pytest.mark.model


class NetworkUsed(Exception):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network call: {args!r}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_redaction_makes_no_network_call(no_network, tmp_path):
    from redactor.api import Redactor

    source = tmp_path / "imr.txt"
    source.write_text("Email jo.bloggs@example.co.uk or see https://www.example.gov.uk/dhr. "
                      "Joe Bloggs rang 0161 496 0000.\n", encoding="utf-8")
    out = Redactor.create().redact_file(source, tmp_path / "out.txt", review=False).output
    assert "[email removed]" in out.read_text()
    assert "JB" in out.read_text()


OFFLINE_RUN = """
import socket, sys
def refuse(*args, **kwargs):
    raise SystemExit("network call")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from redactor.cli import main
sys.argv = ["redactor", *sys.argv[1:]]
main()
"""


def test_reading_pictures_makes_no_network_call_and_writes_nothing_elsewhere(tmp_path):
    """The OCR engine in a fresh process, sockets blocked, a home folder of its own:
    onnxruntime writes telemetry files under the home folder on import unless told not
    to, and rapidocr fetches models it cannot find. Nothing may appear but the output."""
    import os
    import subprocess
    import sys

    from tests.builders.pictures import genogram_fixture, picture_docx

    home, temp, work = tmp_path / "home", tmp_path / "tmp", tmp_path / "work"
    for folder in (home, temp, work):
        folder.mkdir()
    (work / "imr.docx").write_bytes(picture_docx([genogram_fixture()]))
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), TMPDIR=str(temp),
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run([sys.executable, "-c", OFFLINE_RUN, "redact", "imr.docx", "--no-review"], cwd=work,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-500:]
    assert sorted(p.name for p in work.iterdir()) == ["imr.docx", "imr.redacted.docx"]
    assert list(home.rglob("*")) == [] and list(temp.rglob("*")) == []
