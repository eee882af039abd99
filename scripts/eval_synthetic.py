"""Generate synthetic DHR cases, redact them with the real tool, score and explain.

    .venv/bin/python scripts/eval_synthetic.py OUT_DIR [--n 40] [--seed 7] [--examples 3]

Writes OUT_DIR/gold/caseNN.{txt,docx,json} (tests/synthetic/generator.py) and
OUT_DIR/redacted/caseNN.{txt,docx}; prints the shared scorer's figures for txt and docx
(when /work/shared/eval/score_dhr.py or ../shared/eval/score_dhr.py exists) and this
script's own figures, then every failure - leaked name token, wrong or missing
initials, leaked date of birth/address/contact, lost keep string - grouped by shape,
with the sentence it came from and what it became. OUT_DIR/report.json holds them all.
This is a local development script: it prints test data on purpose.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import traceback
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.synthetic.generator import write_cases  # noqa: E402
from tests.synthetic.scoring import (diagnose, figures, group_key, score_texts,  # noqa: E402
                                     units_of)

SEVERITY = ["name_leak", "dob", "address", "contact", "keep", "collateral", "initials"]


def shared_scorer() -> Path | None:
    for p in (Path("/work/shared/eval/score_dhr.py"), ROOT.parent / "shared" / "eval" / "score_dhr.py"):
        if p.exists():
            return p
    return None


def redact_all(gold_dir: Path, out_dir: Path, exts: list[str]) -> dict[str, float]:
    from redactor.api import Redactor

    out_dir.mkdir(parents=True, exist_ok=True)
    r = Redactor.create()
    times: dict[str, float] = {}
    for ext in exts:
        t0 = time.time()
        for src in sorted(gold_dir.glob(f"*.{ext}")):
            r.forget_people()  # no linking across documents
            try:
                r.redact_file(src, out_dir / src.name, force=True)
            except Exception:  # report and go on: a crash is a finding too
                print(f"!! {src.name}: redaction failed", file=sys.stderr)
                traceback.print_exc()
        times[ext] = time.time() - t0
    return times


def joined(units: list[str]) -> str:
    return "\n".join(units)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--examples", type=int, default=3, help="examples printed per failure group")
    ap.add_argument("--formats", default="txt,docx")
    ap.add_argument("--no-redact", action="store_true", help="score existing outputs only")
    a = ap.parse_args()
    exts = a.formats.split(",")
    gold_dir, red_dir = a.out / "gold", a.out / "redacted"
    t0 = time.time()
    golds = write_cases(gold_dir, a.n, a.seed)
    print(f"generated {len(golds)} cases in {time.time() - t0:.1f}s -> {gold_dir}")
    if not a.no_redact:
        times = redact_all(gold_dir, red_dir, exts)
        print("redacted: " + ", ".join(f"{k} {v:.1f}s" for k, v in times.items()))

    scorer = shared_scorer()
    report = {"figures": {}, "shared": {}, "failures": [], "tags": {}}
    for ext in exts:
        if scorer:
            res = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(red_dir), "--ext", ext],
                                 capture_output=True, text=True)
            last = (res.stdout.strip().splitlines() or ["(no output)"])[-1]
            report["shared"][ext] = last
            print(f"\n[{ext}] shared scorer: {last}")
            if res.returncode:
                print(res.stderr[-2000:])
        results, fails, tags = [], [], defaultdict(lambda: [0, 0])
        for g in golds:
            src, out = gold_dir / f"{g['doc']}.{ext}", red_dir / f"{g['doc']}.{ext}"
            if not out.exists():
                print(f"  {g['doc']}.{ext}: no output")
                continue
            su, ou = units_of(src), units_of(out)
            results.append(score_texts(g, joined(su), joined(ou)))
            f, t = diagnose(g, su, ou, ext)
            fails += f
            for k, v in t.items():
                tags[k][0] += v[0]
                tags[k][1] += v[1]
            if ext == "docx":  # metadata
                from docx import Document
                cp = Document(str(out)).core_properties
                meta = " | ".join(str(x or "") for x in (cp.author, cp.title, cp.subject, cp.keywords,
                                                          cp.comments, cp.last_modified_by, cp.category))
                for name in g["metadata_remove"]:
                    for tok in name.split():
                        if len(tok) > 2 and tok in meta:
                            print(f"  {g['doc']}.docx metadata still holds {tok!r}: {meta}")
        fig = figures(results)
        report["figures"][ext] = fig
        print(f"[{ext}] own figures:   " + " ".join(f"{k}={v}" for k, v in fig.items()))
        report["failures"] += [asdict(x) for x in fails]
        report["tags"][ext] = dict(tags)

    # ---- failure groups, worst first
    groups: dict[str, list] = defaultdict(list)
    for f in report["failures"]:
        from tests.synthetic.scoring import Failure
        groups[group_key(Failure(**f))].append(f)
    order = sorted(groups, key=lambda k: (SEVERITY.index(groups[k][0]["what"]), -len(groups[k])))
    print(f"\n==== {len(report['failures'])} failing spans in {len(groups)} groups ====")
    for k in order:
        fs = groups[k]
        by_fmt = defaultdict(int)
        for f in fs:
            by_fmt[f["fmt"]] += 1
        print(f"\n## {k}  ({', '.join(f'{n} {e}' for e, n in by_fmt.items())})")
        seen = set()
        shown = 0
        for f in fs:
            sig = (f["text"], f["became"], f["sentence"])
            if sig in seen:
                continue
            seen.add(sig)
            extra = f"  leaked={f['leaked']}" if f["leaked"] else ""
            exp = f"  expected {f['expect']!r}" if f["expect"] else ""
            print(f"  - [{f['case']}.{f['fmt']}] {f['text']!r} -> {f['became']!r}{exp}{extra}")
            print(f"      src: {f['sentence'][:240]}")
            print(f"      out: {f['out_sentence'][:240]}")
            shown += 1
            if shown >= a.examples:
                break

    # ---- per-tag failure rates (each span counts under each of its tags)
    for ext in exts:
        print(f"\n==== [{ext}] failure rate by tag (tags with failures) ====")
        rows = sorted(((v[1] / v[0], k, v) for k, v in report["tags"][ext].items() if v[1]), reverse=True)
        for rate, k, v in rows:
            print(f"  {k:40s} {v[1]:4d}/{v[0]:<4d} {rate:6.1%}")
    (a.out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nreport: {a.out / 'report.json'}")


if __name__ == "__main__":
    main()
