"""Shared fixtures: one Redactor (spaCy loaded once per test session) and a helper
that redacts a text and returns the output."""
from __future__ import annotations

from pathlib import Path

import pytest

from redactor.api import Redactor
from redactor.types import Plan

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture(scope="session")
def engine() -> Redactor:
    return Redactor.create()


@pytest.fixture
def redact_text(engine: Redactor, tmp_path: Path):
    """redact_text(text) -> (output text, plan), each call a fresh document and registry."""
    def run(text: str, name: str = "input.txt") -> tuple[str, Plan]:
        engine.forget_people()
        source = tmp_path / name
        source.write_text(text, encoding="utf-8")
        done = engine.redact_file(source, tmp_path / f"out-{name}", force=True, review=False)
        return done.output.read_text(encoding="utf-8"), done.plan
    return run


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
