"""Redact each CoNLL-2003 test document on its own (as `redactor redact` would,
one document per run, the model loaded once) and write OUT/NNN.txt.

    .venv/bin/python scripts/eval_conll.py OUT && python ../shared/eval/score_conll.py OUT
"""
from __future__ import annotations

import sys
from pathlib import Path

from redactor.api import Redactor
from redactor.decide.people import PeopleRegistry
from redactor.document import load_document
from redactor.files import write_atomic

DOCS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "conll2003-test" / "docs"


def main(out: Path) -> None:
    redactor = Redactor.create()
    out.mkdir(parents=True, exist_ok=True)
    for source in sorted(DOCS.glob("*.txt")):
        redactor.registry = PeopleRegistry.from_case(redactor.case)
        document = load_document(source)
        plan = redactor.plan(document)
        write_atomic(out / source.name, document.render(plan.active_changes()))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
