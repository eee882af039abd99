"""Which changes deserve a second look first."""
from __future__ import annotations

from typing import NamedTuple

from redactor.rules import Rules
from redactor.types import Change, Kind, Plan

SINGLE_SOURCE_BELOW = 0.9  # a name only one recognizer found, scoring under this, is weak


class Check(NamedTuple):
    change: Change
    why: str  # never quotes document text


def recognizer_count(change: Change) -> int:
    """How many recognizers found this change (``Change.reason`` lists each once)."""
    return len(change.reason.split(" | ")) if change.reason else 1


def to_check(plan: Plan, rules: Rules) -> list[Check]:
    """Changes scoring under ``review_below`` and names found by one weak recognizer
    only, least sure first."""
    below = rules.scores.review_below
    out = []
    for c in plan.changes:
        if c.score < below:
            out.append(Check(c, f"score {c.score:.2f} is below {below:.2f}"))
        elif c.kind is Kind.PERSON and recognizer_count(c) == 1 and c.score < SINGLE_SOURCE_BELOW:
            out.append(Check(c, f"found by {c.recognizer} only"))
    return sorted(out, key=lambda x: x.change.score)
