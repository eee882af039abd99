"""The terminal summary after a run. It never prints what a document says: people
appear by id and replacement, changes by id, kind, replacement and location."""
from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from redactor.review.checks import to_check
from redactor.review.decisions import document_people
from redactor.rules import Rules
from redactor.types import Plan

MAX_CHECKS = 20
MAX_PEOPLE = 25  # the rest are in review.html: a long report names hundreds


def _mask(text: str, plan: Plan) -> str:
    """``text`` (a location, which may quote a table label) with every changed original replaced."""
    for c in sorted(plan.changes, key=lambda c: -len(c.original)):
        text = text.replace(c.original, c.replacement)
    return text


def print_summary(plan: Plan, console: Console, rules: Rules) -> None:
    """Counts by kind, the people table, the changes to check first, how many suggestions
    there are, and the warnings."""
    counts = Counter(c.kind.value for c in plan.changes)
    console.print(Text(f"{len(plan.changes)} changes: "
                       + (", ".join(f"{k} {n}" for k, n in counts.most_common()) or "none")))
    if plan.people:
        people = Table("person", "becomes", "mentions", "role", title="People", title_justify="left")
        entries = document_people(plan)
        for p in entries[:MAX_PEOPLE]:
            people.add_row(p.id, Text(p.replacement), str(p.mentions), Text(p.role or ""))
        console.print(people)
        if len(entries) > MAX_PEOPLE:
            console.print(Text(f"... and {len(entries) - MAX_PEOPLE} more people in review.html"))
    checks = to_check(plan, rules)
    if checks:
        where = {s.id: s.location for s in plan.segments}
        table = Table("change", "kind", "becomes", "score", "recognizer", "location", "why",
                      title="Check these first", title_justify="left")
        for c, why in checks[:MAX_CHECKS]:
            table.add_row(c.id, c.kind.value, Text(c.replacement), f"{c.score:.2f}", c.recognizer,
                          Text(_mask(where[c.segment_id], plan)), Text(why))
        console.print(table)
        if len(checks) > MAX_CHECKS:
            console.print(Text(f"... and {len(checks) - MAX_CHECKS} more in review.html"))
    if plan.suggestions:  # counts only: what they say is personal data
        console.print(Text(f"{len(plan.suggestions)} kept string(s) may be personal data: check them first "
                           f"in review.html (\"Kept — may be personal data: check\")", style="yellow"))
    for w in plan.warnings:
        console.print(Text("warning: ", style="yellow") + Text(w))
