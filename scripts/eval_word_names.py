"""Names that are also words: generate short IMR-like documents (tests/synthetic/word_names.py),
redact them with the real tool, score what survives and what is lost.

    .venv/bin/python scripts/eval_word_names.py OUT_DIR [--n 24] [--seed 5] [--batch] [--show 20]

Writes OUT_DIR/gold/docNN.{txt,docx,json} and OUT_DIR/redacted/; redacts each document on
its own (``redactor redact``), or with ``--batch`` all of them as one batch per format
(``redactor batch``: one case, names shared on strong evidence; ``--cli PATH`` runs another
build's ``redactor batch``, to compare). Prints, per format, the
name mentions that survive (target 0) and the ordinary uses of the same words lost
(target at most 0.05), then up to ``--show`` of each with what they became. A local
development script: it prints test data on purpose.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.synthetic.word_names import write_documents  # noqa: E402
from tests.synthetic.word_names_scoring import TARGET_WORD_LOSS, redact_each, score_documents  # noqa: E402


def redact(gold_dir: Path, out_dir: Path, ext: str, batch: bool, cli: str | None) -> None:
    redactor = cli or str(Path(sys.executable).parent / "redactor")
    if batch or cli:
        folder = gold_dir.parent / f"in-{ext}"
        folder.mkdir(exist_ok=True)
        for src in sorted(gold_dir.glob(f"*.{ext}")):
            shutil.copy(src, folder / src.name)
        subprocess.run([redactor, "batch", str(folder), "-o", str(out_dir), "--no-review", "--force"], check=False,
                       capture_output=True)
    else:
        redact_each(sorted(gold_dir.glob(f"*.{ext}")), out_dir)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=24)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--batch", action="store_true")
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--cli", help="another build's redactor command (implies --batch): to compare")
    args = parser.parse_args()
    gold_dir, out_dir = args.out / "gold", args.out / "redacted"
    shutil.rmtree(args.out, ignore_errors=True)
    golds = write_documents(gold_dir, args.n, args.seed)
    out_dir.mkdir(parents=True)
    ok = True
    for ext in ("txt", "docx"):
        redact(gold_dir, out_dir / ext, ext, args.batch, args.cli)
        score = score_documents(golds, gold_dir, out_dir / ext, ext)
        print(f"{ext}: {score.figures()}")
        for doc, text, became in score.survived[:args.show]:
            print(f"  SURVIVED {doc}: {text!r} -> {became!r}")
        for doc, text, became in score.lost[:args.show]:
            print(f"  LOST     {doc}: {text!r} -> {became!r}")
        ok = ok and not score.survived and score.word_loss <= TARGET_WORD_LOSS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
