"""Speed and memory of redaction on a long synthetic IMR (not a test).

    .venv/bin/python benchmarks/speed.py [--paragraphs 2000]

Compares, on the same text: spaCy's own `nlp.pipe` alone (the floor), Presidio's
AnalyzerEngine called paragraph by paragraph (its usual loop), and redactor's whole
pipeline (one `nlp.pipe` over every segment, Presidio per segment with the
precomputed artifacts, a second pass for known names, decisions). Prints one line each.
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from faker import Faker

from redactor.api import Redactor
from redactor.detect.models import load_pipeline


def synthetic(paragraphs: int) -> list[str]:
    fake = Faker("en_GB")
    Faker.seed(7)
    out = []
    for i in range(paragraphs):
        name, other = fake.name(), fake.name()
        out.append(f"On {fake.date(pattern='%d/%m/%Y')} {name} told DC {fake.last_name()} that {other} "
                   f"had visited {fake.building_number()} {fake.street_name()}, {fake.postcode()}. "
                   f"{fake.sentence(nb_words=12)} The MARAC referral was made by Greater Manchester Police.")
    return out


def timed(label: str, fn) -> None:
    start = time.perf_counter()
    fn()
    print(f"{label}: {time.perf_counter() - start:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paragraphs", type=int, default=2000)
    n = ap.parse_args().paragraphs
    texts = synthetic(n)
    redactor = Redactor.create()
    nlp = load_pipeline(redactor.detector.model)
    print(f"{n} paragraphs, {sum(len(t) for t in texts) // 1000} k characters, model {redactor.detector.model}")
    timed("spaCy nlp.pipe alone", lambda: list(nlp.pipe(texts, batch_size=64)))
    analyzer = redactor.detector.analyzer
    timed("Presidio analyze per paragraph", lambda: [analyzer.analyze(t, "en") for t in texts])
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "long.txt"
        source.write_text("\n".join(texts) + "\n", encoding="utf-8")
        timed("redactor redact (whole pipeline)",
              lambda: redactor.redact_file(source, Path(tmp) / "out.txt", review=False))
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
