"""Limits that a real review never reaches, each raised by one environment variable,
``REDACTOR_MAX_<NAME>`` (e.g. ``REDACTOR_MAX_PARAGRAPHS=200000``). A run over a limit is
refused with one line naming the limit and the variable, before the heavy work starts."""
from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redactor.errors import RedactorError
from redactor.types import Change, Segment


@dataclass(frozen=True)
class Limit:
    name: str
    default: int
    unit: str  # "MB", "paragraphs"
    what: str  # "a document"
    most: int | None = None  # a ceiling the value cannot be raised above

    @property
    def variable(self) -> str:
        return f"REDACTOR_MAX_{self.name.upper()}"

    @property
    def value(self) -> int:
        raw = os.environ.get(self.variable)
        if raw is None:
            return self.default
        try:
            value = int(raw.replace("_", ""))
        except ValueError:
            value = 0
        if value <= 0:
            raise RedactorError(f"{self.variable} must be a positive whole number")
        if self.most is not None and value > self.most:
            raise RedactorError(f"{self.variable} can be at most {self.most:,}")
        return value

    def check(self, amount: float, subject: Path | str) -> None:
        """Refuse ``amount`` over the limit, naming ``subject`` (a path as typed)."""
        if amount > self.value:
            shown = f"{amount:,}" if isinstance(amount, int) else f"{math.ceil(amount * 10) / 10:,.1f}"
            raise self.refusal(subject, f"{shown} {self.unit} is over the limit of "
                                        f"{self.value:,} {self.unit} for {self.what}")

    def refusal(self, subject: Path | str, problem: str) -> RedactorError:
        return RedactorError(f"{subject}: {problem} (raise the limit with {self.variable}=N)")


LIMITS = {limit.name: limit for limit in (
    Limit("input_mb", 50, "MB", "a document"),
    Limit("case_file_mb", 1, "MB", "a case file"),
    Limit("decisions_mb", 100, "MB", "a decisions file"),
    Limit("decisions_depth", 20, "levels", "nesting in a decisions file"),
    Limit("paragraphs", 50_000, "paragraphs", "a document"),
    Limit("paragraph_chars", 200_000, "characters", "one paragraph", most=1_000_000),  # spaCy's max_length
    Limit("chars", 2_000_000, "characters", "a document"),
)}


def limit(name: str) -> Limit:
    return LIMITS[name]


def check_document(path: Path, segments: Sequence[Segment]) -> None:
    """Refuse a document with too many paragraphs, a paragraph too long, or too much text."""
    limit("paragraphs").check(len(segments), path.name)
    limit("paragraph_chars").check(max((len(s.text) for s in segments), default=0), path.name)
    limit("chars").check(sum(len(s.text) for s in segments), path.name)


def check_changed(name: str, segments: Sequence[Segment], changes: Sequence[Change]) -> None:
    """Refuse changes (a reviewer's replacements among them) that would make a paragraph or
    the document longer than the limits; ``name`` is the document's."""
    growth = Counter[str]()
    for c in changes:
        growth[c.segment_id] += len(c.replacement) - (c.end - c.start)
    subject = f"{name} with the decisions applied"
    limit("paragraph_chars").check(max((len(s.text) + growth[s.id] for s in segments), default=0), subject)
    limit("chars").check(sum(len(s.text) for s in segments) + sum(growth.values()), subject)
