"""A served session with the real model: one case across documents, and saved
decisions giving exactly what `redactor apply` gives."""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from redactor.review.apply import apply_decisions
from tests.review.conftest import IMR

from .conftest import TOKEN, client_for, wait_for_documents

pytestmark = pytest.mark.model
DATA = re.compile(r'<script type="application/json" id="data">(.*?)</script>', re.S)


def _upload(client, name: str, text: str) -> str:
    response = client.post(f"/{TOKEN}/documents", content=text.encode(), headers={"x-file-name": name})
    assert response.status_code == 201
    return response.json()["id"]


def _decisions(client, entry: str) -> dict:
    page = client.get(f"/{TOKEN}/documents/{entry}/review")
    assert page.status_code == 200
    (raw,) = DATA.findall(page.text)
    return json.loads(raw)["decisions"]


def _change(decisions: dict, original: str) -> dict:
    return next(c for c in decisions["changes"] if c["original"] == original)


def test_a_person_keeps_the_same_initials_in_every_document_of_the_session(model_session):
    client = client_for(model_session)
    first = _upload(client, "police.txt", "Abigail Okafor was seen by PC Daniel Whitlock on 4 May 2019.\n")
    second = _upload(client, "health.txt", "On 6 May 2019 the health visitor saw Abigail at home.\n")
    assert [d["state"] for d in wait_for_documents(client)] == ["ready", "ready"]
    full, alone = _change(_decisions(client, first), "Abigail Okafor"), _change(_decisions(client, second), "Abigail")
    assert full["replacement"] == alone["replacement"] == "AO"
    assert full["person_id"] == alone["person_id"]


def test_saved_decisions_make_what_redactor_apply_makes(model_session, tmp_path):
    client = client_for(model_session)
    entry = _upload(client, "imr.txt", IMR)
    (doc,) = wait_for_documents(client)
    assert doc["state"] == "ready" and doc["changes"] > 10 and doc["downloads"] == {}
    decisions = _decisions(client, entry)
    smith = next(c for c in decisions["changes"] if c["original"] == "Smith")
    smith["status"] = "rejected"
    decisions["added"] = [{"text": "Northshire", "replacement": "[area]", "kind": "other"}]

    saved = client.post(f"/{TOKEN}/documents/{entry}/decisions", content=json.dumps(decisions))
    assert saved.status_code == 200, saved.text
    answer = saved.json()
    assert (answer["rejected"], answer["added"], answer["tracked"]) == (1, 2, None)
    final = client.get(answer["final"])
    assert final.headers["content-disposition"] == 'attachment; filename="imr.redacted.txt"'

    (tmp_path / "imr.txt").write_text(IMR, encoding="utf-8")
    (tmp_path / "d.json").write_text(json.dumps(decisions), encoding="utf-8")
    expected = apply_decisions(tmp_path / "imr.txt", tmp_path / "d.json").output.read_bytes()
    assert final.content == expected
    assert b"Dr Smith" in final.content and b"Northshire" not in final.content
    assert _decisions(client, entry)["changes"] == decisions["changes"]   # reopening shows what was saved
    assert client.get(f"/{TOKEN}/documents").json()[0]["downloads"] == {"final": answer["final"]}


def test_decisions_for_another_version_or_broken_ones_are_refused(model_session):
    client = client_for(model_session)
    entry = _upload(client, "imr.txt", IMR)
    wait_for_documents(client)
    decisions = _decisions(client, entry)
    decisions["input"]["sha256"] = "0" * 64
    other = client.post(f"/{TOKEN}/documents/{entry}/decisions", content=json.dumps(decisions))
    assert other.status_code == 400 and "different version" in other.json()["error"]
    broken = client.post(f"/{TOKEN}/documents/{entry}/decisions", content=b"{")
    assert broken.status_code == 400 and "not valid JSON" in broken.json()["error"]
    assert client.get(f"/{TOKEN}/documents/{entry}/final").status_code == 404


def test_the_served_review_page_can_save_and_the_bundle_page_cannot(model_session):
    client = client_for(model_session)
    entry = _upload(client, "imr.txt", IMR)
    wait_for_documents(client)
    served = client.get(f"/{TOKEN}/documents/{entry}/review").text
    assert 'id="save"' in served and "connect-src 'self'" in served
    assert re.findall(r"fetch\(([^,]*)", served) == ["SERVED.save"]
    bundle = (model_session.folder / entry / "review" / "review.html").read_text(encoding="utf-8")
    assert 'id="save"' not in bundle and "connect-src" not in bundle and "fetch(" not in bundle


def test_saving_again_remakes_both_downloads(model_session):
    client = client_for(model_session)
    sample = Path(__file__).resolve().parents[2] / "examples" / "sample-imr.docx"
    response = client.post(f"/{TOKEN}/documents", content=sample.read_bytes(), headers={"x-file-name": sample.name})
    entry = response.json()["id"]
    assert wait_for_documents(client)[0]["state"] == "ready"
    decisions = _decisions(client, entry)

    def save_and_download() -> tuple[str, str]:
        answer = client.post(f"/{TOKEN}/documents/{entry}/decisions", content=json.dumps(decisions)).json()
        final, tracked = (zipfile.ZipFile(io.BytesIO(client.get(answer[k]).content)).read("word/document.xml")
                          .decode() for k in ("final", "tracked"))
        return final, tracked

    final, tracked = save_and_download()
    assert "Stockport" in final and "Stockport</w:delText>" not in tracked
    decisions["added"] = [{"text": "Stockport", "replacement": "[area]", "kind": "other"}]
    final, tracked = save_and_download()
    assert "Stockport" not in final and "Stockport</w:delText>" in tracked


def test_a_word_file_with_pictures_shows_reading_pictures_then_its_pictures(model_session, monkeypatch):
    """The upload page says "Reading pictures…" while the pictures are read (the stage a
    document's status carries); the served review page then shows the pictures."""
    from redactor.serve.session import Entry
    from tests.builders.pictures import genogram_fixture, picture_docx

    stages: list[str | None] = []
    plain = Entry.__setattr__

    def record(self, name, value):
        if name == "stage":
            stages.append(value)
        plain(self, name, value)
    monkeypatch.setattr(Entry, "__setattr__", record)
    client = client_for(model_session)
    response = client.post(f"/{TOKEN}/documents", content=picture_docx([genogram_fixture()]),
                           headers={"x-file-name": "imr.docx"})
    assert response.status_code == 201
    (doc,) = wait_for_documents(client)
    assert doc["state"] == "ready" and doc["stage"] is None
    assert "Reading pictures… (1)" in stages
    page = client.get(f"/{TOKEN}/documents/{doc['id']}/review").text
    assert 'data:image/png;base64,' in page and "word/media/image1.png" in page
