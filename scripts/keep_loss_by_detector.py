"""Which detector took each lost keep string: keep loss of corpus splits counted by the reading
that caused it.

    python scripts/keep_loss_by_detector.py OUT_ROOT SPLIT_DIR... [--verbose]

For every split, OUT_ROOT/c-NAME-out (or OUT_ROOT itself when one split is given and it holds the
outputs) holds the redacted NAME.txt and NAME.review/decisions.json written by ``redactor batch``.
Every occurrence of a keep string in an input that a change of the document's plan overlaps is a
taken occurrence; it is counted under the change's recognizer and the first phrase of its reason.
A name taken because it was found elsewhere (KnownNameRecognizer) is also counted under the
reading that first found it in the document ("known ← ..."). Occurrences lost with no change over
them (the output differs otherwise) are counted as "no change".
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_corpus import spans_of  # noqa: E402

_SCORE = re.compile(r" \d\.\d\d:")
_SPREAD = ("Known", "SpellingVariantRecognizer")


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts += [i + 1 for i, c in enumerate(text) if c == "\n"]
    return starts


def readings(change: dict) -> list[str]:
    """Each reading of a change's reason, without its score: "Recognizer: phrase"."""
    return [_SCORE.sub(":", p).split(";")[0][:100] for p in change.get("reason", "").split(" | ")
            if _SCORE.search(p)] or [change["recognizer"]]


def direct(change: dict) -> str | None:
    """The first reading of a change that is not the spread of something found elsewhere."""
    return next((r for r in readings(change) if not r.startswith(_SPREAD)), None)


def source_of(original: str, changes: list[dict]) -> str:
    """The reading that took a word of ``original`` elsewhere in the document, not by spread."""
    for word in reversed(original.split()):
        found = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
        for ch in changes:
            if (reading := direct(ch)) and found.search(ch["original"]):
                return reading
    return "no reading of this document (another document of the batch)"


def taken(inp: str, gold: dict, decisions: dict) -> list[tuple[str, str, str]]:
    """(keep string, label, context) of every lost keep occurrence of one document."""
    starts = line_starts(inp)
    changes = [ch for ch in decisions.get("changes", []) if ch.get("segment_id", "").startswith("L")]
    spans = []
    for ch in changes:
        line = int(ch["segment_id"][1:].split(":")[0]) - 1
        if line < len(starts):
            spans.append((starts[line] + ch["start"], starts[line] + ch["end"], ch))
    rows = []
    for s in gold.get("keep", []):
        for a, b in spans_of(s, inp):
            hit = next((ch for x, y, ch in spans if x < b and a < y), None)
            if hit is None:
                continue
            lab = direct(hit) or f"{readings(hit)[0].split(':')[0]} ← {source_of(hit['original'], changes)}"
            ctx = inp[max(0, a - 40):b + 40].replace("\n", " ⏎ ")
            rows.append((s, lab, ctx))
    return rows


def lost_total(inp: str, out: str, keep: list[str]) -> int:
    return sum(max(0, len(spans_of(s, inp)) - len(spans_of(s, out))) for s in keep)


def main(argv: list[str] | None = None) -> Counter[str]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_root", type=Path)
    ap.add_argument("splits", type=Path, nargs="+")
    ap.add_argument("--verbose", action="store_true", help="list every taken keep occurrence")
    a = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    by_recognizer: Counter[str] = Counter()
    lost = 0
    for split in a.splits:
        out = a.out_root / f"c-{split.name}-out"
        if not out.is_dir():
            out = a.out_root
        for gold_path in sorted(split.glob("*.json")):
            src = gold_path.with_suffix(".txt")
            bundle = out / f"{src.stem}.review" / "decisions.json"
            if not src.exists() or not bundle.is_file():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            inp = src.read_text(encoding="utf-8")
            lost += lost_total(inp, (out / src.name).read_text(encoding="utf-8"), gold.get("keep", []))
            for s, lab, ctx in taken(inp, gold, json.loads(bundle.read_text(encoding="utf-8"))):
                counts[lab] += 1
                by_recognizer[lab.split(":")[0].split(" ←")[0]] += 1
                if a.verbose:
                    print(f"{split.name}/{src.stem} {s!r} [{lab}] …{ctx}…")
    print(f"lost keep occurrences: {lost}; taken by a change: {sum(counts.values())}")
    for rec, n in by_recognizer.most_common():
        print(f"{n:5d}  {rec}")
    print("by reading:")
    for lab, n in counts.most_common():
        print(f"{n:5d}  {lab}")
    return counts


if __name__ == "__main__":
    main()
