"""Redact each .txt document of a folder on its own (as one `redactor redact` per
document would, with the model loaded once) into OUT/, keeping file names.

    .venv/bin/python scripts/redact_each.py ../shared/eval/conll2003-test/docs OUT
    python ../shared/eval/score_conll.py OUT
"""
from __future__ import annotations

import sys
from pathlib import Path

from redactor.api import Redactor


def main(docs: Path, out: Path) -> None:
    redactor = Redactor.create()
    for source in sorted(docs.glob("*.txt")):
        redactor.forget_people()  # each document is its own case
        redactor.redact_file(source, out / source.name, force=True, review=False)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
