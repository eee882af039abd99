"""The Word audit looks one by one only at the nodes that might fail it; a loaded document
(its embedded workbooks, HTML chunks and pictures included) is plain data that renders the
same after travelling between processes."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from redactor.document.docx import DocxDocument, audit
from redactor.errors import RedactorError
from tests.builders.docx_builder import (
    OTHER,
    SECRETS,
    DocxBuilder,
    changes_for,
    chart_workbook_docx,
    every_place,
    html_chunk_docx,
    spreadsheet_docx,
    zipped,
)
from tests.builders.pictures import metafile_fixtures, picture_docx
from tests.builders.zips import entries as zip_entries
from tests.document.test_docx_fuzz import PLANT, entries, mutate_xml
from tests.document.test_docx_hostile import CLEAN, REFUSED

PATH = Path("imr.docx")


def _fuzzed() -> list[bytes]:
    """The fuzzing source with a text, tail, attribute, child or comment planted in each
    XML part (a fixed sample of the mutations test_docx_fuzz draws)."""
    out = []
    names = ("{urn:unknown}data", "plain", "descr", "style", "{urn:unknown}note", "{urn:unknown}data", "title")
    for n, part in enumerate(sorted(p for p in entries() if p.endswith((".xml", ".rels")))):
        parts = dict(entries())
        mutate_xml(parts, (part, 7 * n + 3, ("text", "tail", "attribute", "child", "comment")[n % 5], names[n % 7]))
        out.append(zipped(parts))
    return out


def _body(fragment: str):
    def build() -> bytes:
        builder = DocxBuilder()
        builder.add_paragraph()
        builder.add_body_xml(fragment)
        return builder.build()
    return build


def _entity() -> bytes:
    """An entity declared in the main document's DOCTYPE and used in its text."""
    parts = dict(entries())
    blob = parts["word/document.xml"]
    at = blob.index(b"?>") + 2
    parts["word/document.xml"] = (blob[:at] + b'<!DOCTYPE w:document [<!ENTITY who "Jo">]>' + blob[at:]).replace(
        b"</w:t>", b"&who;</w:t>", 1)
    return zipped(parts)


INPUTS = {"every place": every_place, **{f"clean: {k}": v[0] for k, v in CLEAN.items()},
          **{f"refused: {k}": v[0] for k, v in REFUSED.items()},
          "an empty element of no namespace": _body('<w:p><plain xmlns=""/></w:p>'),
          "an empty element of an unknown namespace": _body('<w:p><x:mark xmlns:x="urn:x"/></w:p>'),
          "a short code in an attribute of an unknown namespace": _body('<w:p xmlns:x="urn:x" x:who="Jo"/>'),
          "an entity reference": _entity}


@pytest.fixture
def exhaustive(monkeypatch):
    """Checks, for every part audited, that each node failing the per-node check is among
    those picked for it."""
    picked = audit._suspects
    seen = []

    def checked(root, written, texts, values, safe_here, safe):
        found = picked(root, written, texts, values, safe_here, safe)
        failing = [el for el in root.iter() if audit._problems(el, texts, values, safe)]
        assert set(failing) <= found, [getattr(el, "tag", el) for el in failing if el not in found]
        seen.append(bool(failing))
        return found

    monkeypatch.setattr(audit, "_suspects", checked)
    return seen


@pytest.mark.parametrize("name", INPUTS)
def test_every_failing_node_of_a_hostile_file_is_looked_at(name: str, exhaustive) -> None:
    try:
        DocxDocument.load(PATH, INPUTS[name](), remove_embedded=True, allow_unknown_parts=True)
    except RedactorError:
        pass  # refused before the audit (a zip, relationships, a picture): nothing to compare


def test_every_failing_node_of_a_fuzzed_file_is_looked_at(exhaustive) -> None:
    for blob in _fuzzed():
        try:
            DocxDocument.load(PATH, blob, remove_embedded=True, allow_unknown_parts=True)
        except RedactorError:
            pass
    assert any(exhaustive), "some mutation must fail the check"


TRAVELLERS = {"every place": every_place, "a chart and its workbook": chart_workbook_docx,
              "a pasted workbook with a preview": spreadsheet_docx, "an HTML chunk": html_chunk_docx,
              "metafile and SVG pictures": lambda: picture_docx(metafile_fixtures(), ["Abigail Okafor was seen."])}
# where each one's changes must land, besides its Word parts: a nested entry ('!') or a picture
LANDS = {"a chart and its workbook": "!", "a pasted workbook with a preview": "!", "an HTML chunk": "word/afchunk",
         "metafile and SVG pictures": "word/media/"}


@pytest.mark.parametrize("name", TRAVELLERS)
def test_a_loaded_document_travels_between_processes_and_renders_the_same(name: str) -> None:
    document = DocxDocument.load(PATH, TRAVELLERS[name]())
    changes = changes_for(document.segments, (*SECRETS, OTHER, PLANT, "Abigail Okafor", "Marcus Whitlock"))
    again = pickle.loads(pickle.dumps(document))
    assert again.segments == document.segments and again.findings() == document.findings()
    output = again.render(changes)
    assert output == document.render(changes)
    assert again.render_tracked(changes) == document.render_tracked(changes)
    unchanged = dict(zip_entries(document.render([])))
    changed = [path for path, data in zip_entries(output) if unchanged.get(path) != data]
    assert any(path.startswith("word/document.xml") for path in changed)
    assert name not in LANDS or any(LANDS[name] in path for path in changed), changed
