"""Nothing reaches the network: every socket is blocked while a document full of
e-mail addresses and web links is redacted (Presidio's e-mail and URL recognizers
reach for the public suffix list through tldextract when misused)."""
import socket

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
