"""The review page with pictures, in Chromium: each picture before and after with the
box of every change read in it; a box is a change like any other (click, keys); the
reviewer draws a box to cover more and removes a picture; ``apply`` renders exactly that."""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.api import Redactor
from redactor.cli import app
from redactor.document import pictures
from tests.builders.pictures import genogram_fixture, metafile_fixtures, picture_docx, screenshot_fixture

# The README's picture is refreshed with REDACTOR_PICTURE_SCREENSHOT=docs/review-pictures.png.
SCREENSHOT = os.environ.get("REDACTOR_PICTURE_SCREENSHOT")
pytestmark = [pytest.mark.browser, pytest.mark.model]


def media(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("word/media/")}


def test_review_pictures_in_browser_then_apply(browser, engine: Redactor, tmp_path: Path) -> None:
    source = tmp_path / "imr.docx"
    fixtures = [genogram_fixture(), screenshot_fixture(), metafile_fixtures()[0]]
    source.write_bytes(picture_docx(fixtures, ["Abigail Okafor was known to the service."]))
    engine.forget_people()
    done = engine.redact_file(source, tmp_path / "imr.redacted.docx")
    plan = done.plan

    page = browser.new_page(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(done.review_dir.joinpath("review.html").as_uri())
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator(".picture").count() == 3
    assert page.locator(".picture img").count() == 4  # two pictures before and after; the EMF is listed as text
    boxed = [i for i, c in enumerate(plan.changes) if c.segment_id.startswith("word/media/image1.png#")]
    assert page.locator("#picture-1 .pbox").count() == len(boxed)

    # a box is a change: click it, reject it with the same key as text
    marcus = next(i for i in boxed if plan.changes[i].original == "Marcus Whitlock")
    page.click(f'#picture-1 .pbox[data-i="{marcus}"]')
    assert "current" in page.get_attribute(f"#chg-{marcus}", "class")
    page.keyboard.press("r")
    assert "s-rejected" in page.get_attribute(f'#picture-1 .pbox[data-i="{marcus}"]', "class")

    # draw a box over the key's title ("Key") and remove the screenshot
    page.locator("#picture-1 .stage").scroll_into_view_if_needed()
    stage = page.locator("#picture-1 .stage").bounding_box()
    scale = stage["width"] / 1200
    page.mouse.move(stage["x"] + 870 * scale, stage["y"] + 552 * scale)
    page.mouse.down()
    page.mouse.move(stage["x"] + 960 * scale, stage["y"] + 587 * scale, steps=5)
    page.mouse.up()
    assert page.locator("#picture-1 .pbox.drawn").count() == 1
    page.locator("#picture-2").get_by_role("button", name="Remove picture").click()
    if SCREENSHOT:
        page.locator("#picture-1").scroll_into_view_if_needed()
        page.screenshot(path=SCREENSHOT)
    page.screenshot(path=str(tmp_path / "review.png"))

    with page.expect_download() as download:
        page.click("#export")
    decisions = tmp_path / "decisions.json"
    download.value.save_as(decisions)
    assert errors == []
    saved = json.loads(decisions.read_text())
    drawn = saved["pictures"][0]["boxes"][0]["box"]
    assert abs(drawn[0] - 870) <= 3 and abs(drawn[3] - 587) <= 3
    assert [p["verdict"] for p in saved["pictures"]] == ["proposed", "removed", "proposed"]

    result = CliRunner().invoke(app, ["apply", str(source), str(decisions), "-o", str(tmp_path / "final.docx")])
    assert result.exit_code == 0, result.output
    final = media((tmp_path / "final.docx").read_bytes())
    assert len(final) == 2  # the screenshot removed
    read = [line.text for line in pictures.read(final["word/media/image1.png"]).lines]
    assert any("Marcus Whitlock" in t for t in read)  # rejected: kept
    assert "Key" not in read and not any("Abigail" in t for t in read)  # covered by the drawn box; still covered
