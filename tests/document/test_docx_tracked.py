"""render_tracked(): accepting every revision gives render()'s text, rejecting every
revision gives the input's text; checked with a small accept/reject over the XML and a
reload with python-docx."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from redactor.document.docx import DocxDocument
from redactor.document.docx.ns import q
from tests.builders.docx_builder import SECRETS, changes_for, every_place
from tests.builders.revisions import STORIES, settle, texts

PATH = Path("review.docx")
@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    source = every_place()
    doc = DocxDocument.load(PATH, source)
    changes = changes_for(doc.segments)
    return {"input": source, "render": doc.render(changes), "tracked": doc.render_tracked(changes)}


def test_accept_all_gives_the_rendered_text(outputs) -> None:
    assert texts(settle(outputs["tracked"], True)) == texts(settle(outputs["render"], True))


def test_reject_all_gives_the_input_text(outputs) -> None:
    """Field codes are left out: bookmark names in them are neutralised at load."""
    assert texts(settle(outputs["tracked"], False), False) == texts(settle(outputs["input"], False), False)


def test_accepted_tracked_output_has_no_known_string_in_text(outputs) -> None:
    accepted = " ".join(texts(settle(outputs["tracked"], True)))
    assert not any(s in accepted for s in SECRETS)


def test_revisions_are_well_formed(outputs) -> None:
    with zipfile.ZipFile(io.BytesIO(outputs["tracked"])) as zf:
        roots = [etree.fromstring(zf.read(n)) for n in zf.namelist() if n.startswith(STORIES)]
    ours = [el for r in roots for el in r.iter(q("w:ins"), q("w:del")) if el.get(q("w:author")) == "redactor"]
    assert ours and all(el.get(q("w:date")) for el in ours)
    ids = [el.get(q("w:id")) for r in roots for el in r.iter(q("w:ins"), q("w:del"))]
    assert len(ids) == len(set(ids))
    for el in ours:
        if el.tag == q("w:del"):
            assert el.find(".//" + q("w:t")) is None
        else:
            assert el.find(".//" + q("w:delText")) is None


def test_values_word_cannot_track_are_replaced(outputs) -> None:
    with zipfile.ZipFile(io.BytesIO(outputs["tracked"])) as zf:
        for part in ("docProps/core.xml", "word/charts/chart1.xml", "word/_rels/document.xml.rels"):
            assert not any(s.encode() in zf.read(part) for s in SECRETS), part
