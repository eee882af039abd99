"""The review page in a real browser, offline: reject one change, add a missed
string, export, and ``apply`` makes exactly that document."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.review.bundle import write_bundle

# The README's picture is refreshed with REDACTOR_SCREENSHOT=docs/review-page.png.
SCREENSHOT = os.environ.get("REDACTOR_SCREENSHOT")


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]")
    return page


@pytest.mark.browser
@pytest.mark.model
def test_review_in_browser_then_apply(browser, redactor, imr_path, tmp_path):
    done = redactor.redact_file(imr_path, tmp_path / "imr.redacted.txt")   # writes the bundle too
    plan, redacted, bundle = done.plan, done.output, done.review_dir
    assert bundle == tmp_path / "imr.review"
    smith = next(i for i, c in enumerate(plan.changes) if c.segment_id == "L7" and c.original == "Smith")
    assert not any("Northshire" in c.original for c in plan.changes), "precondition: Northshire is missed"

    page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    outside, errors = [], []  # requests leaving the machine, script errors
    page.on("pageerror", lambda e: errors.append(str(e)))

    def only_local(route):
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()
    page.route("**/*", only_local)
    page.goto(bundle.joinpath("review.html").as_uri())
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator(".chg").count() == len(plan.changes)

    page.click(f"#chg-{smith}")                       # select "Smith" on line 7 ...
    page.keyboard.press("r")                          # ... and reject it by keyboard
    assert "s-rejected" in page.get_attribute(f"#chg-{smith}", "class")
    assert page.locator(".chg.s-rejected").count() == 1

    page.fill("#add-text", "Northshire")
    page.fill("#add-replacement", "[area]")
    page.select_option("#add-kind", "other")
    page.click("#add button[type=submit]")
    assert "found 2 times" in page.inner_text("#added")  # title and last line

    page.keyboard.press("n")                          # leave the current change selected for the picture
    shot = Path(SCREENSHOT) if SCREENSHOT else tmp_path / "review-page.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000

    with page.expect_download() as download:
        page.click("#export")
    decisions = tmp_path / download.value.suggested_filename
    download.value.save_as(decisions)
    assert decisions.name == "imr.decisions.json"
    assert page.input_value("#json") == decisions.read_text(encoding="utf-8")

    final = tmp_path / "final.txt"
    result = CliRunner().invoke(app, ["apply", str(imr_path), str(decisions), "-o", str(final)])
    assert result.exit_code == 0, result.output

    expected = redacted.read_text(encoding="utf-8").splitlines()
    assert "Dr S at the surgery" in expected[6]
    expected[6] = expected[6].replace("Dr S at the surgery", "Dr Smith at the surgery")
    expected = [line.replace("Northshire", "[area]") for line in expected]
    got = final.read_text(encoding="utf-8").splitlines()
    assert got == expected
    assert "Dr S referred" in got[8]                  # Smith's other mention is still changed
    assert not outside and not errors


@pytest.mark.browser
def test_person_wide_rejection_keyboard_and_default_replacements(browser, small, rules, tmp_path):
    plan, document = small
    write_bundle(plan, document, tmp_path / "r", rules)
    page = _open(browser, tmp_path / "r" / "review.html")
    for key in "jjj":
        page.keyboard.press(key)
    page.keyboard.press("k")                          # back to the second change, the date of birth
    page.keyboard.press("a")                          # accept it, move on to the third
    assert "3 of 6" in page.inner_text("#detail")
    page.click("#people tbody tr:first-child button:text('reject all')")   # every mention of JB
    page.fill("#add-text", "Kevin Marsh")
    page.click("#add button[type=submit]")            # no replacement given: initials
    page.fill("#add-text", "Northshire")
    page.select_option("#add-kind", "address")
    page.click("#add button[type=submit]")            # no replacement given: the placeholder
    with page.expect_download():
        page.click("#export")
    exported = json.loads(page.input_value("#json"))
    status = {c["id"]: c["status"] for c in exported["changes"]}
    assert status == {"L4.C1:0": "rejected", "L4.C2:0": "accepted", "L7:0": "rejected", "L7:26": "proposed",
                      "L7:65": "rejected", "L8:39": "proposed"}
    assert exported["added"] == [{"text": "Kevin Marsh", "replacement": "KM", "kind": "person"},
                                 {"text": "Northshire", "replacement": "[address removed]", "kind": "address"}]


@pytest.mark.browser
def test_suggestions_listed_first_one_key_changes_it_everywhere_and_apply_honours_it(browser, small, rules,
                                                                                      imr_path, tmp_path):
    from dataclasses import replace

    from redactor.types import Kind, Suggestion

    plan, document = small  # changes only on lines 4, 7 and 8: "Joe Bloggs" stays on lines 9 and 10
    texts = {s.id: s.text for s in document.segments}

    def suggestion(segment_id: str, original: str, score: float, person_id: str | None) -> Suggestion:
        start = texts[segment_id].index(original)
        return Suggestion(f"s:{segment_id}:{start}", segment_id, start, start + len(original), original,
                          Kind.PERSON, "a name this document gives as a person", score, 3, person_id)
    plan = replace(plan, suggestions=[suggestion("L9", "Joe Bloggs", 0.35, "P1"),
                                      suggestion("L11", "Kevin Marsh", 0.3, None)])
    write_bundle(plan, document, tmp_path / "r", rules)
    page = _open(browser, tmp_path / "r" / "review.html")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    heading = page.locator("#suggestions h2")
    assert heading.inner_text() == "Kept — may be personal data: check"
    assert heading.bounding_box()["y"] < page.locator("#doc").bounding_box()["y"]   # at the top, before the text
    assert page.locator("#suggestion-list li").all_inner_texts()[0].startswith("Joe Bloggs")
    assert page.locator(".sug").count() == 2          # each marked in the document too

    page.keyboard.press("s")                          # the first suggestion ...
    page.keyboard.press("c")                          # ... changed everywhere, as its person (JB)
    page.keyboard.press("d")                          # the next one dismissed
    assert "→ JB everywhere" in page.inner_text("#suggestion-list li:first-child")
    assert "Joe Bloggs → JB" in page.inner_text("#added")
    with page.expect_download() as download:
        page.click("#export")
    decisions = tmp_path / download.value.suggested_filename
    download.value.save_as(decisions)
    exported = json.loads(decisions.read_text(encoding="utf-8"))
    assert exported["added"] == [{"text": "Joe Bloggs", "replacement": "JB", "kind": "person"}]
    assert [s["status"] for s in exported["suggestions"]] == ["added", "dismissed"]

    final = tmp_path / "final.txt"
    result = CliRunner().invoke(app, ["apply", str(imr_path), str(decisions), "-o", str(final)])
    assert result.exit_code == 0, result.output
    out = final.read_text(encoding="utf-8")
    assert "Joe Bloggs" not in out and "JOE BLOGGS" not in out  # every occurrence, in capitals too
    assert "Dr Smith referred JB to the MARAC" in out and "Kevin Marsh attended" in out  # the dismissed one stays

    page.reload()                                     # a half-done review resumes from the file
    page.wait_for_selector("body[data-ready=true]")
    page.set_input_files("#import", str(decisions))
    # a locator's wait, not wait_for_function: the page's CSP forbids the eval that polling a string needs
    page.locator("#import-status").filter(has_text=re.compile(r"^Resumed")).wait_for()
    assert "dismissed" in page.inner_text("#suggestion-list li:nth-child(2)")
    assert not errors
