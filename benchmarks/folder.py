"""A folder of small IMRs, Word and text, against Presidio out of the box (not a test).

    .venv/bin/python benchmarks/folder.py [--documents 60] [--repeat 3]   (`make bench`)

Generates ``--documents`` seeded IMR-style cases with tests/synthetic/generator.py, each
written as .txt and as .docx (the same text: paragraphs, tables, a header and a footer), and
runs each of these as a command of its own (model load included), measuring CPU seconds
(user + system, the process and its children), wall seconds and peak memory:

- `redactor batch --no-review` over the mixed folder: the first half as .docx, the rest as .txt;
- the same over all of them as .docx, and over all of them as .txt (1 worker), and as .docx at
  2 workers (forked from the batch's process once it has loaded the model; each loaded
  document travels from its worker to the writing process);
- the same words as one .txt document: the floor of the folder's cost, what it would take
  if documents cost nothing of their own;
- Presidio out of the box (AnalyzerEngine + AnonymizerEngine per paragraph, as in
  benchmarks/speed.py) over every paragraph of the same documents.

Every command runs ``--repeat`` times, the commands taking turns, and the median is reported,
then the ratios against the targets of issue 16.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from speed import MODEL, ROOT, interleaved


def write_folders(folder: Path, documents: int) -> tuple[dict[str, Path], Path, int]:
    """The mixed, all-.docx and all-.txt folders of the same cases, and every paragraph
    (one a line) in one file for Presidio; returns them and the number of words."""
    sys.path.insert(0, str(ROOT))
    from tests.synthetic.generator import write_case

    cases = folder / "cases"
    index = written = 0
    while written < documents:
        index += 1
        try:
            write_case(seed=11, index=index, out_dir=cases)
        except RuntimeError:  # the generator found no sound draw for this index
            continue
        written += 1
    texts = sorted(cases.glob("*.txt"))
    folders = {name: folder / name for name in ("mixed", "docx", "txt", "one")}
    for path in folders.values():
        path.mkdir()
    for n, text in enumerate(texts):
        shutil.copy(text.with_suffix(".docx"), folders["docx"])
        shutil.copy(text, folders["txt"])
        shutil.copy(text.with_suffix(".docx") if n < len(texts) // 2 else text, folders["mixed"])
    paragraphs = folder / "paragraphs.txt"
    paragraphs.write_text("".join(t.read_text(encoding="utf-8") for t in texts), encoding="utf-8")
    shutil.copy(paragraphs, folders["one"] / "all.txt")
    return folders, paragraphs, len(paragraphs.read_text(encoding="utf-8").split())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=3, help="rounds of every command, interleaved")
    args = ap.parse_args()
    py = sys.executable
    cli = [py, "-m", "redactor.cli", "batch"]
    offline = {"TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}  # Presidio's e-mail check: bundled suffix list
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        folders, paragraphs, words = write_folders(folder, args.documents)
        half = args.documents // 2
        print(f"{args.documents} generated IMRs, {words} words, "
              f"{len(paragraphs.read_text(encoding='utf-8').splitlines())} paragraphs; model {MODEL}; "
              f"median of {args.repeat} interleaved rounds")

        def batch(name: str, workers: int = 1) -> tuple[list[str], None]:
            out = folder / f"out-{name}-{workers}"
            return [*cli, str(folders[name]), "-o", str(out), "--no-review", "--force", "--workers", str(workers)], None

        commands = {
            f"batch, {half} .docx + {args.documents - half} .txt": batch("mixed"),
            f"Presidio per paragraph, the same {args.documents}":
                ([py, str(ROOT / "benchmarks" / "speed.py"), "--presidio", str(paragraphs)], offline),
            f"batch, the {args.documents} as .docx": batch("docx"),
            f"batch, the {args.documents} as .txt": batch("txt"),
            f"batch, the {args.documents} as .docx, 2 workers": batch("docx", 2),
            "batch, the same words as one .txt": batch("one"),
        }
        results = interleaved(commands, args.repeat)
    mixed, presidio, docx, txt, _, one = results.values()
    print("targets (CPU time, whole process against whole process):")
    print(f"  folder vs Presidio per paragraph: {presidio.cpu / mixed.cpu:.2f}x (target >= 3x)")
    print(f"  Word batch vs the same words as text: {docx.cpu / txt.cpu:.2f}x the CPU (target <= 1.3x)")
    print(f"  (one document of the same words vs Presidio: {presidio.cpu / one.cpu:.2f}x; "
          f"the {args.documents} documents cost {mixed.cpu - one.cpu:.1f} s more than it)")


if __name__ == "__main__":
    main()
