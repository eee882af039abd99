"""Redact each .txt document of a folder on its own (as one `redactor redact` per
document would, with the model loaded once) into OUT/, keeping file names.

    .venv/bin/python scripts/redact_each.py ../shared/eval/conll2003-test/docs OUT
    python ../shared/eval/score_conll.py OUT
"""
from __future__ import annotations

import sys
from pathlib import Path

from redactor.api import Redactor
from redactor.document import load_document
from redactor.files import write_atomic


def main(docs: Path, out: Path) -> None:
    redactor = Redactor.create()
    out.mkdir(parents=True, exist_ok=True)
    for source in sorted(docs.glob("*.txt")):
        redactor.forget_people()
        document = load_document(source)
        plan = redactor.plan(document)
        write_atomic(out / source.name, document.render(plan.active_changes()))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
