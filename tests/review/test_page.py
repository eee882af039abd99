"""review.html is one self-contained file: nothing it loads comes from elsewhere, and
document text cannot break out of the embedded data."""
from __future__ import annotations

import json
import re

import pytest

from redactor.document import load_document
from redactor.review.decisions import decisions_from_plan
from redactor.review.html import render_review_page

from .conftest import change_at, hand_plan

DATA = re.compile(r'<script type="application/json" id="data">(.*?)</script>', re.S)


def _data(page: str) -> dict:
    (raw,) = DATA.findall(page)
    return json.loads(raw)


def assert_self_contained(page: str) -> None:
    assert "http://" not in page and "https://" not in page and "//cdn" not in page
    assert not re.search(r"<link\b|@import|<iframe|<object|<embed", page, re.I)
    assert not re.search(r"fetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource", page)
    for ref in re.findall(r"""<[a-z][^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]*)""", page, re.I):
        assert ref.startswith("data:"), ref
    for ref in re.findall(r"url\(\s*['\"]?([^'\")]*)", page):
        assert ref.startswith("data:"), ref


def test_page_of_a_hand_built_plan_is_self_contained(small, rules):
    plan, _ = small
    page = render_review_page(plan, rules)
    assert_self_contained(page)
    assert "contains the original personal data of imr.txt" in page


@pytest.mark.model
def test_page_of_a_real_run_is_self_contained_and_embeds_the_decisions(real_plan, rules):
    plan, _ = real_plan
    decisions = decisions_from_plan(plan, "en_core_web_sm")
    page = render_review_page(plan, rules, decisions)
    assert_self_contained(page)
    data = _data(page)
    assert data["decisions"] == decisions.model_dump(mode="json")  # the page edits the file's own format
    assert [c["id"] for c in data["decisions"]["changes"]] == [c.id for c in plan.changes]
    assert data["decisions"]["input"]["sha256"] == plan.sha256
    assert [s["id"] for s in data["segments"]] == [s.id for s in plan.segments]
    assert {"JB", "PG"} <= {p["replacement"] for p in data["decisions"]["people"]}


def test_document_text_cannot_close_the_data_script(tmp_path, rules):
    evil = "Joe </script><script>alert(1)</script> & <!-- Bloggs"
    path = tmp_path / "evil.txt"
    path.write_text(f"{evil}\nName\tAddress\nJoe\t<b>1 High St</b>\n", encoding="utf-8")
    document = load_document(path)
    plan = hand_plan(document, [change_at(document, "L1", "Joe", "J")])
    page = render_review_page(plan, rules)
    assert "<script>alert(1)" not in page and "<b>1 High St" not in page
    data = _data(page)
    assert data["segments"][0]["text"] == evil
    # cells of one table row are grouped by the row, labelled by their cell
    assert [(s["row"], s["cell"]) for s in data["segments"][1:]] == [
        ("line 2", "cell 1"), ("line 2", "cell 2"), ("line 3", "cell 1"), ("line 3", "cell 2")]


def test_checks_and_warnings_reach_the_page(small, rules):
    plan, _ = small
    plan.warnings = ["initials clash: P1 and P4 would both be JB; P4 is JB2"]
    data = _data(render_review_page(plan, rules))
    assert data["checks"] == [{"id": "L7:26", "why": "score 0.55 is below 0.70"}]
    assert data["warnings"] == plan.warnings


def test_list_label_templates_are_not_listed_unless_changed(tmp_path, rules):
    # python-docx's template numbers lists: its label templates ("%1.", a Symbol-font bullet)
    # are checked like any text, but a reviewer cannot act on them
    import docx

    word = docx.Document()
    word.add_paragraph("Joe Bloggs was seen.", style="List Number")
    word.add_paragraph("Mary Field called.", style="List Bullet")
    numbering = word.part.numbering_part.element
    level = numbering.find(".//" + docx.oxml.ns.qn("w:lvlText"))
    level.set(docx.oxml.ns.qn("w:val"), "Joe Bloggs %1.")
    word.save(tmp_path / "lists.docx")
    document = load_document(tmp_path / "lists.docx")
    codes = [s for s in document.segments if s.format_code]
    assert len(codes) >= 2 and all(s.location.startswith("numbering, list label") for s in codes)
    named = next(s for s in codes if s.text == "Joe Bloggs %1.")
    shown = _data(render_review_page(hand_plan(document, [change_at(document, named.id, "Joe Bloggs", "JB")]), rules))
    assert [s["id"] for s in shown["segments"]] == [s.id for s in document.segments if not s.format_code or s is named]
    assert [s["text"] for s in shown["segments"]][:2] == ["Joe Bloggs was seen.", "Mary Field called."]
