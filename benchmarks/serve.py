"""Benchmark: the upload-review-download cycle of `redactor serve` for a ~100-page Word
IMR (the synthetic IMR of review_page.py), driven in headless Chromium from a cold start
(the model loads while the first document waits). Records the time to the first review
and the time to download the final document (then the tracked copy, made on demand).
Run: .venv/bin/python benchmarks/serve.py"""
from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

import docx
from playwright.sync_api import sync_playwright
from review_page import CHROMIUM_ARGS, PAGES, synthetic_imr

from redactor.api import Redactor
from redactor.serve.server import LocalServer
from redactor.serve.session import Session


def synthetic_docx(path: Path) -> None:
    """The synthetic IMR as Word: its tab-separated lines as a table, the rest as paragraphs."""
    document = docx.Document()
    rows = []
    for line in synthetic_imr().splitlines() + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for cells, values in zip(table.rows, rows, strict=False):
                for cell, value in zip(cells.cells, values, strict=False):
                    cell.text = value
            rows = []
        if line:
            document.add_paragraph(line)
    document.save(path)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "imr.docx"
        synthetic_docx(source)
        size_in = source.stat().st_size
        server = LocalServer(Session(lambda case: Redactor.create(case_path=case)))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(accept_downloads=True)
            page.goto(server.url)
            page.wait_for_selector("body[data-ready=true]")
            started = time.perf_counter()
            page.set_input_files("#files", str(source))
            review = page.wait_for_selector('tr[data-state="ready"] a.review', timeout=600_000)
            ready_s = time.perf_counter() - started
            review.click()
            page.wait_for_selector("body[data-ready=true]")
            changes = page.locator(".chg").count()
            review_s = time.perf_counter() - started
            page.keyboard.press("n")
            page.keyboard.press("r")
            started = time.perf_counter()
            page.click("#save")
            page.wait_for_selector("#download-final", timeout=600_000)
            with page.expect_download() as download:
                page.click("#download-final")
            size_out = Path(download.value.path()).stat().st_size
            download_s = time.perf_counter() - started
            started = time.perf_counter()
            with page.expect_download() as download:
                page.click("#download-tracked")
            download.value.path()
            tracked_s = time.perf_counter() - started
            browser.close()
        server.stop()
        thread.join()
    print(f"serve: {PAGES}-page Word IMR ({size_in / 1e3:.0f} kB in, {size_out / 1e3:.0f} kB out), "
          f"{changes} changes; first review {review_s:.1f} s after upload (redacted in {ready_s:.1f} s from a "
          f"cold start, model load included; page {review_s - ready_s:.1f} s); "
          f"save and download of the final document {download_s:.1f} s, then of the tracked copy {tracked_s:.1f} s")


if __name__ == "__main__":
    main()
