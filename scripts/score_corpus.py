"""Score redacted outputs of a split of the real-text corpus (corpus/real/) against its gold.

    python scripts/score_corpus.py SPLIT_DIR OUT_DIR [--verbose] [--bundles] [--json FILE]
    python scripts/score_corpus.py SPLIT_DIR --stats

SPLIT_DIR holds NAME.txt (the input) and NAME.json (gold, see corpus/real/README.md). OUT_DIR
holds the redacted NAME.txt and, when written by ``redactor batch`` without --no-review, the
review bundle NAME.review/decisions.json.

Every string is counted as a whole word, case-sensitively: (?<!\\w)STRING(?!\\w). Before
persons, addresses, contacts and dates of birth are counted, every occurrence of every keep
string is masked (in the input and in the output alike): a name inside a kept name of a thing
("Clare" in "Clare's Law") is governed by the keep string.

  name_leak     surviving person-form occurrences / person-form occurrences in the input. All
                forms of all persons of a document are pooled and counted longest first, each
                match masked before shorter forms are counted: "Sam Peterson" counts once, and
                a half-redacted "Sam P" still counts one leak (Sam).
  address_leak, contact_leak, dob_leak   the same for those gold lists
  keep_loss     lost keep occurrences / keep occurrences in the input; per keep string
                lost = max(0, in - out), keep strings counted independently
  with --bundles:
  silent_name_leak  surviving person-form occurrences that no suggestion of the document's
                decisions.json covers / person-form occurrences in the input. A suggestion
                covers a survivor when its ``original`` occurs in the output as a whole word
                over the survivor's place. A missing bundle or list counts as no suggestions.
  suggestions_per_1000_words   suggestions of all documents / words of all inputs * 1000

Figures are pooled over documents (micro-averages); per document the survivors of a category
are capped at its input count. A missing output counts as the input unchanged (everything
leaks, nothing is lost) and is reported on stderr. The last line printed is always the figure
line. --verbose lists every leak (marked SILENT when no suggestion covers it) and every lost
keep string with its context, and name_leak by kind tag.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

MASK = "\x00"
CATEGORIES = ("name", "address", "contact", "dob")


def pattern(s: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


def spans_of(s: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern(s).finditer(text)]


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = MASK * (b - a)
    return "".join(chars)


def longest_first(strings: list[str], text: str) -> list[tuple[str, int, int]]:
    """(string, start, end) of every occurrence, longest strings first, each match masked
    before shorter strings are looked for."""
    found = []
    for s in sorted(set(strings), key=lambda x: (-len(x), x)):
        hits = spans_of(s, text)
        found += [(s, a, b) for a, b in hits]
        text = masked(text, hits)
    return found


def keep_masked(text: str, keep: list[str]) -> str:
    return masked(text, [sp for s in set(keep) for sp in spans_of(s, text)])


def gold_strings(gold: dict) -> dict[str, list[str]]:
    return {"name": [f for p in gold.get("persons", []) for f in p["forms"]],
            "address": gold.get("address", []), "contact": gold.get("contact", []), "dob": gold.get("dob", [])}


def suggestions_of(bundle: Path) -> list[dict] | None:
    """The suggestions of a review bundle; None when the bundle has no decisions file."""
    path = bundle / "decisions.json"
    if not path.is_file():
        return None
    return list(json.loads(path.read_text(encoding="utf-8")).get("suggestions") or [])


def covered(out: str, start: int, end: int, suggestions: list[dict]) -> bool:
    """Whether some suggestion's original occurs in ``out`` over [start, end)."""
    return any(a <= start and end <= b for s in suggestions if s.get("original")
               for a, b in spans_of(s["original"], out))


@dataclass
class DocScore:
    counts: dict[str, list[int]] = field(default_factory=dict)  # category -> [left, input]
    silent: int = 0
    suggestions: int = 0
    words: int = 0
    lines: list[str] = field(default_factory=list)


def context(text: str, a: int, b: int, width: int = 45) -> str:
    return f"{text[max(0, a - width):a]}[[{text[a:b]}]]{text[b:b + width]}".replace("\n", " ⏎ ").replace(MASK, "·")


def score_doc(inp: str, out: str, gold: dict, suggestions: list[dict] | None = None) -> DocScore:
    """The counts of one document; ``suggestions`` None when bundles are not scored."""
    doc = DocScore(words=len(inp.split()), suggestions=len(suggestions or []))
    keep = gold.get("keep", [])
    inp_m, out_m = keep_masked(inp, keep), keep_masked(out, keep)
    for cat, strings in gold_strings(gold).items():
        n_in = len(longest_first(strings, inp_m))
        left = longest_first(strings, out_m)
        doc.counts[cat] = [min(len(left), n_in), n_in]
        for s, a, b in sorted(left, key=lambda x: x[1]):
            silent = cat == "name" and suggestions is not None and not covered(out, a, b, suggestions)
            doc.silent += silent
            doc.lines.append(f"  LEAK {cat:7s}{' SILENT' if silent else ''} {s!r}: …{context(out, a, b)}…")
    doc.silent = min(doc.silent, doc.counts["name"][1])
    k_in = k_lost = 0
    for s in keep:
        n_in, n_out = len(spans_of(s, inp)), len(spans_of(s, out))
        k_in += n_in
        k_lost += max(0, n_in - n_out)
        if n_in > n_out:
            a, b = spans_of(s, inp)[0]
            doc.lines.append(f"  LOST keep    {s!r}: {n_in - n_out} of {n_in}; first in input …{context(inp, a, b)}…")
    doc.counts["keep"] = [k_lost, k_in]
    return doc


def figures(totals: dict[str, list[int]], silent: int, suggestions: int, words: int, docs: int,
            bundles: bool) -> dict[str, float | int]:
    def rate(x: int, n: int) -> float:
        return x / n if n else 0.0
    fig: dict[str, float | int] = {f"{c}_leak": rate(*totals[c]) for c in CATEGORIES}
    fig["keep_loss"] = rate(*totals["keep"])
    if bundles:
        fig["silent_name_leak"] = rate(silent, totals["name"][1])
        fig["suggestions_per_1000_words"] = 1000 * rate(suggestions, words)
    fig["docs"] = docs
    return fig


def score_split(split: Path, out: Path, verbose: bool = False, bundles: bool = False) -> dict:
    """Score every document of ``split`` against ``out``; prints details if verbose."""
    totals = {c: [0, 0] for c in (*CATEGORIES, "keep")}
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    silent = n_sugg = words = docs = 0
    for gold_path in sorted(split.glob("*.json")):
        src = gold_path.with_suffix(".txt")
        if not src.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        inp = src.read_text(encoding="utf-8")
        outp = out / src.name
        if outp.exists():
            out_text = outp.read_text(encoding="utf-8")
        else:
            print(f"{src.stem}: no output {outp}; counted as the input unchanged", file=sys.stderr)
            out_text = inp
        suggestions = None
        if bundles:
            suggestions = suggestions_of(out / f"{src.stem}.review")
            if suggestions is None:
                print(f"{src.stem}: no review bundle; counted as no suggestions", file=sys.stderr)
                suggestions = []
        doc = score_doc(inp, out_text, gold, suggestions)
        docs += 1
        silent += doc.silent
        n_sugg += doc.suggestions
        words += doc.words
        for cat, (x, n) in doc.counts.items():
            totals[cat][0] += x
            totals[cat][1] += n
        for kind in gold.get("kinds", []):
            by_kind[kind][0] += doc.counts["name"][0]
            by_kind[kind][1] += doc.counts["name"][1]
        if verbose and (doc.lines or bundles):
            head = " ".join(f"{k}={x}/{n}" for k, (x, n) in doc.counts.items())
            extra = f" silent={doc.silent} suggestions={doc.suggestions}" if bundles else ""
            print(f"{src.stem} {head}{extra}  {gold.get('source', {}).get('url', '')}")
            for line in doc.lines:
                print(line)
    if verbose:
        print("totals: " + " ".join(f"{k}={x}/{n}" for k, (x, n) in totals.items()))
        print("name_leak by kind: " + " ".join(f"{k}={x}/{n}" for k, (x, n) in sorted(by_kind.items())))
    return figures(totals, silent, n_sugg, words, docs, bundles)


def figure_line(fig: dict) -> str:
    return " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in fig.items())


def stats(split: Path) -> dict:
    """Excerpts, persons and name mentions of a split, in all and per kind tag."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for gold_path in sorted(split.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = keep_masked(gold_path.with_suffix(".txt").read_text(encoding="utf-8"), gold.get("keep", []))
        row = (1, len(gold.get("persons", [])), len(longest_first(gold_strings(gold)["name"], text)))
        for kind in ("all", *gold.get("kinds", [])):
            rows[kind] = [x + y for x, y in zip(rows[kind], row, strict=True)]
    return {k: {"excerpts": e, "persons": p, "name_mentions": m} for k, (e, p, m) in sorted(rows.items())}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split", type=Path)
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--bundles", action="store_true", help="score the review bundles' suggestions too")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--stats", action="store_true", help="print the split's counts (no outputs needed)")
    a = ap.parse_args(argv)
    if a.stats:
        result = stats(a.split)
        for kind, row in result.items():
            print(f"{kind:24s} " + " ".join(f"{k}={v}" for k, v in row.items()))
        return result
    if a.out is None:
        ap.error("OUT_DIR is needed unless --stats")
    fig = score_split(a.split, a.out, a.verbose, a.bundles)
    if a.json:
        a.json.write_text(json.dumps(fig, indent=1) + "\n", encoding="utf-8")
    print(figure_line(fig))
    return fig


if __name__ == "__main__":
    main()
