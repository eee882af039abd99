"""The review bundle written beside each output: the page, the decisions file,
Word tracked changes, and a README saying they hold the original personal data."""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from redactor.document.base import Document
from redactor.errors import RedactorError
from redactor.files import Publication
from redactor.review.decisions import LoadOptions, decisions_from_plan
from redactor.review.html import render_review_page
from redactor.rules import Rules
from redactor.types import PictureView, Plan

README = """\
THIS FOLDER CONTAINS THE ORIGINAL PERSONAL DATA of {source}: names, addresses
and dates of birth exactly as written. Keep it where the original document is
kept; do not e-mail, upload or share it; delete it once the final document is made.

review.html     open in a web browser (works offline): every change inline, the
                people, what to check first; accept or reject changes, add missed
                names, then "Download decisions".
tracked.docx    (Word inputs) every change as a tracked change, for review in Word.
decisions.json  every proposed change, as redactor proposed it.

Make the final document from what you approved:

    redactor apply {source} DOWNLOADED-DECISIONS.json{mapping_option}
{mapping_note}"""

MAPPING_NOTE = """
The people's replacements are kept in the mapping file {mapping} (also a key to
the redaction: real names beside their replacements). Pass it to every later run
of this review with --mapping so everyone keeps the same initials.
"""


def default_review_dir(source: Path, output: Path) -> Path:
    """NAME.review/ beside the output."""
    return output.parent / f"{source.stem}.review"


def check_bundle(directory: Path, force: bool) -> None:
    """Refuse to replace an existing bundle (it may hold a reviewer's work) without ``force``."""
    if directory.exists() and not directory.is_dir():
        raise RedactorError(f"{directory.name}: exists and is not a folder")
    if directory.is_dir() and any(directory.iterdir()) and not force:
        raise RedactorError(f"{directory.name}: already exists (use --force to replace it)")


def bundle_files(plan: Plan, document: Document, rules: Rules, *, model: str | None = None,
                 options: LoadOptions | None = None, mapping: Path | None = None,
                 pictures: Sequence[PictureView] = ()) -> dict[str, bytes]:
    """The bundle's files by name; ``model`` and ``options`` (how ``document`` was
    loaded) are recorded in the decisions; the ``mapping`` file of the case is named
    in the README; ``pictures`` are shown before and after."""
    decisions = decisions_from_plan(plan, model, options, pictures)
    files = {
        "README.txt": README.format(
            source=plan.source, mapping_option=f" --mapping {mapping}" if mapping else "",
            mapping_note=MAPPING_NOTE.format(mapping=mapping) if mapping else "").encode("utf-8"),
        "review.html": render_review_page(plan, rules, decisions, pictures=pictures).encode("utf-8"),
        "decisions.json": json.dumps(decisions.model_dump(mode="json"), indent=2,
                                     ensure_ascii=False).encode("utf-8"),
    }
    if hasattr(document, "render_tracked"):
        files["tracked.docx"] = document.render_tracked(plan.active_changes())
    return files


def write_bundle(plan: Plan, document: Document, directory: Path, rules: Rules, *,
                 model: str | None = None, options: LoadOptions | None = None,
                 force: bool = False, mapping: Path | None = None) -> list[Path]:
    """Write the review bundle for ``plan`` alone into ``directory`` (owner-only), as one
    unit. Returns the files written. ``Redactor.redact_file`` writes it with the output."""
    files = bundle_files(plan, document, rules, model=model, options=options, mapping=mapping)
    with Publication(None, directory) as publication:
        check_bundle(directory, force)
        publication.publish(None, files)
    return [directory / name for name in files]
