"""Benchmark: the review page of a ~100-page synthetic IMR (Faker en_GB, fixed seed).
Records the page's size and how long headless Chromium takes to open it until every
change is on screen. Run: .venv/bin/python benchmarks/review_page.py"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from faker import Faker
from playwright.sync_api import sync_playwright

from redactor.api import Redactor
from redactor.document import load_document
from redactor.review.bundle import write_bundle

PAGES = 100
WORDS_PER_PAGE = 500
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


AGENCIES = ("the GP practice", "Children's Social Care", "the police", "the housing provider",
            "the community mental health team", "the domestic abuse service", "the hospital trust")
FILLER = (
    "{agency} recorded the contact on its case management system.",
    "No referral was made to {agency} at that time, which the panel considers a missed opportunity.",
    "The records show that the risk assessment was not repeated after the incident.",
    "Information was shared with {agency} on the same day.",
    "A safeguarding concern was raised but closed without further action.",
    "The practitioner did not ask about domestic abuse, contrary to the agency's policy.",
    "{agency} has since revised its procedures and trained its staff.",
)


def synthetic_imr(seed: int = 4) -> str:
    """A header table of the people, then chronology paragraphs that mention them."""
    fake = Faker("en_GB")
    fake.seed_instance(seed)
    people = [(fake.first_name(), fake.last_name()) for _ in range(12)]
    staff = [(fake.prefix().rstrip("."), fake.last_name()) for _ in range(8)]
    lines = ["Individual Management Review", "", "Name\tDate of Birth\tAddress\tRelationship"]
    for first, last in people[:4]:
        lines.append(f"{first} {last}\t{fake.date_of_birth(minimum_age=18).strftime('%d/%m/%Y')}\t"
                     f"{fake.street_address()}, {fake.city()} {fake.postcode()}\tfamily")
    lines.append("")

    def filler(n: int) -> str:
        sentences = (fake.random_element(FILLER).format(agency=fake.random_element(AGENCIES)) for _ in range(n))
        return " ".join(x[0].upper() + x[1:] for x in sentences)

    words = 0
    while words < PAGES * WORDS_PER_PAGE:
        first, last = fake.random_element(people)
        title, surname = fake.random_element(staff)
        other = fake.random_element(people)[0]
        paragraph = " ".join([
            f"On {fake.date_this_decade().strftime('%d %B %Y')} {first} {last} was seen by {title} {surname}.",
            filler(3),
            f"{title} {surname} noted that {first} was worried about {other}.",
            filler(2),
            f"{first} was given the number {fake.phone_number()} and agreed to call if needed.",
        ])
        words += len(paragraph.split())
        lines.append(paragraph)
    return "\n".join(lines) + "\n"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "imr.txt"
        source.write_text(synthetic_imr(), encoding="utf-8")
        redactor = Redactor.create()
        started = time.perf_counter()
        plan = redactor.redact_file(source, Path(tmp) / "imr.redacted.txt", review=False).plan
        redact_s = time.perf_counter() - started
        page = write_bundle(plan, load_document(source), Path(tmp) / "imr.review", redactor.rules)[1]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            tab = browser.new_page()
            started = time.perf_counter()
            tab.goto(page.as_uri())
            tab.wait_for_selector("body[data-ready=true]")
            shown = tab.locator(".chg").count()
            load_s = time.perf_counter() - started
            started = time.perf_counter()
            for key in "nnnnrnna":
                tab.keyboard.press(key)
            keys_ms = (time.perf_counter() - started) / 8 * 1000
            browser.close()
        assert shown == len(plan.changes)
        print(f"review_page: {PAGES} pages, {len(plan.segments)} segments, {len(plan.changes)} changes, "
              f"{len(plan.people)} people; page {page.stat().st_size / 1e6:.2f} MB; Chromium load "
              f"{load_s:.2f} s; {keys_ms:.0f} ms per key; redact {redact_s:.1f} s")


if __name__ == "__main__":
    main()
