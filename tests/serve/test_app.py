"""The app around redaction: the token, the private folder, uploads and the case file."""
from __future__ import annotations

import stat

import pytest

from redactor.errors import RedactorError
from redactor.serve.session import safe_name

from .conftest import TOKEN, client_for, wait_for_documents


@pytest.mark.parametrize("path", ["/", "/documents", "/static/app.js", f"/{TOKEN[:-1]}/", f"/x{TOKEN}/",
                                  f"/{TOKEN}x/documents", f"/static/{TOKEN}/app.js"])
def test_a_request_without_the_token_is_refused(client, path):
    response = client.get(path)
    assert response.status_code == 403
    assert TOKEN not in response.text


def test_the_token_opens_the_page_and_every_response_forbids_caching_and_outside_requests(client):
    page = client.get(f"/{TOKEN}/")
    assert page.status_code == 200 and "Choose documents" in page.text
    assert client.get(f"/{TOKEN}", follow_redirects=False).headers["location"] == f"/{TOKEN}/"
    for response in (page, client.get(f"/{TOKEN}/static/app.js"), client.get("/")):
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["content-security-policy"].startswith("default-src 'none';")
    assert "http" not in client.get(f"/{TOKEN}/static/app.js").text  # no address outside the app


def test_another_host_name_is_refused(client):
    """A web page that points its own host name at 127.0.0.1 (DNS rebinding) gets nothing."""
    assert client.get(f"/{TOKEN}/", headers={"host": "attacker.example"}).status_code == 400


def test_uploads_stay_in_an_owner_only_folder_that_finish_deletes(session, tmp_path):
    finished = []
    client = client_for(session, finished)
    assert stat.S_IMODE(session.folder.stat().st_mode) == 0o700
    response = client.post(f"/{TOKEN}/documents", content=b"Joe Bloggs was seen.\n",
                           headers={"x-file-name": "..%2F..%2Fnotes.txt"})
    assert response.status_code == 201
    assert response.json()["name"] == "notes.txt"
    stored = [p for p in session.folder.rglob("*") if p.is_file()]
    assert [p.name for p in stored] == ["notes.txt"]
    assert stat.S_IMODE(stored[0].parent.stat().st_mode) == 0o700

    assert client.post(f"/{TOKEN}/finish").json() == {"deleted": True}
    assert not session.folder.exists() and finished == [True]
    refused = client.post(f"/{TOKEN}/documents", content=b"more", headers={"x-file-name": "more.txt"})
    assert refused.status_code == 400 and "finished" in refused.json()["error"]
    assert not session.folder.exists()


def test_a_failure_is_shown_against_its_file(client):
    client.post(f"/{TOKEN}/documents", content=b"text", headers={"x-file-name": "a.txt"})
    (doc,) = wait_for_documents(client)
    assert doc["state"] == "failed" and doc["error"] == "no model in this test" and doc["changes"] is None


def test_empty_and_oversized_uploads_are_refused(client, monkeypatch):
    assert client.post(f"/{TOKEN}/documents", content=b"", headers={"x-file-name": "a.txt"}).json() == {
        "error": "the file is empty"}
    monkeypatch.setenv("REDACTOR_MAX_INPUT_MB", "1")
    response = client.post(f"/{TOKEN}/documents", content=b"x" * ((1 << 20) + 1), headers={"x-file-name": "a.txt"})
    assert response.status_code == 400 and "REDACTOR_MAX_INPUT_MB" in response.json()["error"]
    assert client.get(f"/{TOKEN}/documents").json() == []


@pytest.mark.parametrize(("name", "expected"), [
    ("IMR police.docx", "IMR police.docx"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("C:\\Users\\me\\IMR.docx", "IMR.docx"),
    ("folder/sub/draft.md", "draft.md"),
    ("bad\x00name\n.txt", "badname.txt"),
])
def test_file_names_lose_their_folders(name, expected):
    assert safe_name(name) == expected


@pytest.mark.parametrize("name", ["", ".hidden.txt", "///", "../.."])
def test_hidden_or_missing_file_names_are_refused(name):
    with pytest.raises(RedactorError):
        safe_name(name)


def test_case_file_is_checked_and_only_taken_before_the_first_document(client):
    bad = client.post(f"/{TOKEN}/case", content=b"people:\n  - name: Joe Bloggs\n    role: [x]\n",
                      headers={"x-file-name": "case.yaml"})
    assert bad.status_code == 400
    assert bad.json()["error"].startswith("case.yaml:") and "Joe" not in bad.json()["error"]
    good = client.post(f"/{TOKEN}/case", content=b"people:\n  - name: Joe Bloggs\n")
    assert good.json() == {"ok": True}
    client.post(f"/{TOKEN}/documents", content=b"text", headers={"x-file-name": "a.txt"})
    late = client.post(f"/{TOKEN}/case", content=b"people: []\n")
    assert late.status_code == 400 and "before the first document" in late.json()["error"]


def test_unknown_documents_and_unsaved_downloads_are_not_found(client):
    assert client.get(f"/{TOKEN}/documents/d9/review").status_code == 404
    client.post(f"/{TOKEN}/documents", content=b"text", headers={"x-file-name": "a.txt"})
    assert client.get(f"/{TOKEN}/documents/d1/final").status_code == 404


def test_an_unexpected_error_is_answered_with_its_kind_only(session, monkeypatch):
    def broken(*args):
        raise ValueError("Joe Bloggs")
    monkeypatch.setattr(session, "entry", broken)
    response = client_for(session).get(f"/{TOKEN}/documents/d1/final")
    assert response.status_code == 500
    assert response.json() == {"error": "internal error (ValueError)"}
    assert response.headers["cache-control"] == "no-store"
