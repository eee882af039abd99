"""Dates of birth. Every written date is a candidate with a score too low to act
on; Presidio's context enhancement lifts it only where "date of birth", "DOB",
"born" and the like stand near it (or label its table cell). Chronology dates,
dates of death and every other date therefore stay."""
from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from redactor.rules import Rules

BASE_SCORE = 0.05


class DateOfBirthRecognizer(PatternRecognizer):
    """Dates in every common UK form, confirmed as a birth date by context."""

    def __init__(self, rules: Rules) -> None:
        patterns = [Pattern(p.name, p.regex, BASE_SCORE) for p in rules.dates.patterns]
        super().__init__(supported_entity="DATE_OF_BIRTH", patterns=patterns,
                         context=rules.dates.dob_context, name="DateOfBirthRecognizer")
