"""`redactor serve` in Debian's Chromium: upload the sample IMR, review it, reject one
change, add a missed string, save, download the final Word document and check it."""
from __future__ import annotations

import io
import os
import re
import socket
import threading
import time
import zipfile
from pathlib import Path

import docx
import pytest

from redactor.serve.server import LOOPBACK, LocalServer

pytestmark = [pytest.mark.browser, pytest.mark.model]
SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-imr.docx"
# The README's pictures are refreshed with REDACTOR_SCREENSHOTS=docs.
SCREENSHOTS = os.environ.get("REDACTOR_SCREENSHOTS")


@pytest.fixture
def server(model_session):
    server = LocalServer(model_session)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield server
    server.stop()
    thread.join(30)
    assert not model_session.folder.exists()   # stopping the server deletes the uploads


def _outward_address() -> str | None:
    """This machine's address on its network, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 9))
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def _stops_listening(port: int, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection((LOOPBACK, port), timeout=1).close()
        except OSError:
            return True
        time.sleep(0.1)
    return False


def _text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = (c.text for t in document.tables for r in t.rows for c in r.cells)
    return "\n".join([p.text for p in document.paragraphs] + list(cells))


def _shot(page, name: str, tmp_path: Path) -> None:
    path = Path(SCREENSHOTS or tmp_path) / name
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000


def test_upload_review_and_download_in_the_browser(browser, server, tmp_path):
    host, port = server.socket.getsockname()
    assert host == LOOPBACK == "127.0.0.1"
    if (address := _outward_address()) is not None:
        with pytest.raises(OSError):
            socket.create_connection((address, port), timeout=2).close()

    page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    outside, errors = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))

    def only_local(route):
        if route.request.url.startswith((f"http://{LOOPBACK}:{port}/", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()
    page.route("**/*", only_local)

    assert page.goto(f"http://{LOOPBACK}:{port}/").status == 403
    assert page.goto(server.url.replace(server.url.split("/")[3], "not-the-token")).status == 403
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    page.set_input_files("#files", str(SAMPLE))
    row = page.wait_for_selector('tr[data-name="sample-imr.docx"][data-state="ready"]', timeout=180_000)
    assert re.match(r"Ready: \d+ changes, \d+ people", row.query_selector("td.state").inner_text())
    assert page.is_disabled("#case")                 # one case per session: the case file comes first
    _shot(page, "serve-upload.png", tmp_path)

    row.query_selector("a.review").click()
    page.wait_for_selector("body[data-ready=true]")
    page.locator(".chg", has=page.locator("del", has_text=re.compile(r"^Kowalczyk$"))).click()
    page.keyboard.press("r")                         # reject "Kowalczyk" -> "K"
    assert page.locator(".chg.s-rejected").count() == 1
    page.fill("#add-text", "Stockport")
    page.fill("#add-replacement", "[area]")
    page.select_option("#add-kind", "other")
    page.click("#add button[type=submit]")
    assert "found" in page.inner_text("#added")
    _shot(page, "serve-review.png", tmp_path)

    page.click("#save")
    page.wait_for_selector("#download-final")
    assert "1 rejected" in page.inner_text("#save-status")
    with page.expect_download() as download:
        page.click("#download-final")
    assert download.value.suggested_filename == "sample-imr.redacted.docx"
    final = _text(Path(download.value.path()).read_bytes())
    assert "Dr. Kowalczyk recorded the injury" in final     # the rejected change is undone
    assert "Stockport" not in final and "[area] NHS Foundation Trust" in final
    assert "Abigail" not in final and "Whitlock" not in final
    with page.expect_download() as download:
        page.click("#download-tracked")
    tracked = zipfile.ZipFile(download.value.path()).read("word/document.xml").decode()
    assert "Stockport</w:delText>" in tracked and "Kowalczyk</w:delText>" not in tracked

    page.click("text=← All documents")
    page.wait_for_selector('tr[data-name="sample-imr.docx"] a.final')
    assert not outside and not errors

    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#finish")
    page.wait_for_selector("h1:text('Finished')")
    assert not server.session.folder.exists()
    assert _stops_listening(port)


def test_a_chosen_folder_sends_only_its_documents(browser, server, tmp_path):
    folder = tmp_path / "imrs"
    (folder / "health").mkdir(parents=True)
    (folder / "police.txt").write_text("PC Ellis saw Joe Bloggs.\n", encoding="utf-8")
    (folder / "health" / "gp.md").write_text("Dr Shah saw Joe Bloggs.\n", encoding="utf-8")
    for other in ("notes.pdf", "~$police.docx", "police.redacted.txt", ".DS_Store"):
        (folder / other).write_bytes(b"x")
    page = browser.new_page()
    page.goto(server.url)
    page.wait_for_selector("body[data-ready=true]")
    page.set_input_files("#folder", str(folder))
    page.wait_for_selector('tr[data-name="gp.md"]')
    page.wait_for_selector('tr[data-name="police.txt"]')
    assert page.inner_text("#skipped") == "2 documents found in the folder; 4 other files left out."
    assert page.locator("#list tbody tr").count() == 2
