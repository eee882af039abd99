"""The review page: one self-contained HTML file (inline CSS and JS, data as JSON)
showing the document with every change inline, for accepting and rejecting."""
from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypedDict

from jinja2 import Environment, PackageLoader, Template

from redactor.review.checks import to_check
from redactor.review.decisions import DecisionsFile, decisions_from_plan
from redactor.rules import Rules
from redactor.types import PictureView, Plan, Segment

WAIVER = ("Read with --allow-unknown-parts: parts of a kind redactor does not know were kept in the "
          "output unchecked. Check the document in Word before publishing it.")
# "line 4, cell 2" or "body, table 1, row 2, column 'Name'": the row, then the cell
_CELL = re.compile(r"^(?P<row>.*\b(?:line|row) \d+), (?P<cell>(?:cell|column) .*)$")


class Served(TypedDict):
    """Where a served page posts its decisions (answered with download links) and
    the page listing every document of the session."""

    save: str
    home: str


def _segment(s: Segment) -> dict[str, Any]:
    m = _CELL.match(s.location)
    return {"id": s.id, "text": s.text, "location": s.location,
            "row": m["row"] if m else None, "cell": m["cell"] if m else None}


def _picture(view: PictureView) -> dict[str, Any]:
    def uri(shown: tuple[str, bytes] | None) -> str | None:
        return f"data:{shown[0]};base64,{base64.b64encode(shown[1]).decode()}" if shown else None
    return {"part": view.part, "number": view.number, "format": view.format, "check": list(view.doubts),
            "width": view.size[0], "height": view.size[1], "before": uri(view.before), "after": uri(view.after)}


def page_data(plan: Plan, rules: Rules, decisions: DecisionsFile,
              pictures: Sequence[PictureView] = ()) -> dict[str, Any]:
    """What the page's script reads: the decisions file it edits and exports, plus
    the segments in reading order, what to check first and the pictures."""
    changed = {c.segment_id for c in plan.changes}
    return {
        "pictures": [_picture(v) for v in pictures],
        "decisions": decisions.model_dump(mode="json"),
        # what a reader sees: a format code (a list label template) only where it holds a change
        "segments": [_segment(s) for s in plan.segments if not s.format_code or s.id in changed],
        "checks": [{"id": c.change.id, "why": c.why} for c in to_check(plan, rules)],
        "warnings": plan.warnings + ([WAIVER] if decisions.options.allow_unknown_parts else []),
        "placeholders": rules.placeholders.model_dump(),  # default replacements for added strings
    }


def render_review_page(plan: Plan, rules: Rules, decisions: DecisionsFile | None = None,
                       served: Served | None = None, pictures: Sequence[PictureView] = ()) -> str:
    """The page for ``plan``; ``decisions`` default to the plan's, as proposed. With
    ``served`` (by ``redactor serve``) the page can also post its decisions back;
    ``pictures`` are shown before and after, with their boxes."""
    data = page_data(plan, rules, decisions or decisions_from_plan(plan, pictures=pictures), pictures)
    return _template().render(source=plan.source, data=data, served=served)


@lru_cache(maxsize=1)
def _template() -> Template:
    """The page's template, compiled once per process (4 ms a page in a batch, before)."""
    return Environment(loader=PackageLoader("redactor.review"), autoescape=True).get_template("review.html")
