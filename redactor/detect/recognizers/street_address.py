"""UK address lines: "82 Moorside Crescent", "Flat 6, 137 Church Street, Trafford,
M32 4DB", and a street named after "at/on/to" ("visited Moorside Crescent")."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.rules import Rules

POSTCODE = (r"(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
            r"\s?[0-9][ABD-HJLNP-UW-Z]{2})")
_WORD = r"\p{Lu}[\p{L}'’\-]*"


class StreetAddressRecognizer(ExplainingRecognizer):
    """House number + street words + street type, with any flat, town and postcode
    that follow on the same line; or a bare street name after a preposition."""

    NUMBERED, BARE = 0.85, 0.6

    def __init__(self, rules: Rules) -> None:
        types = "|".join(regex.escape(t) for t in sorted(set(rules.addresses.street_types), key=len, reverse=True))
        units = "|".join(regex.escape(u) for u in rules.addresses.unit_words)
        unit = rf"(?:(?:{units})\s+\d+[A-Za-z]?,?\s+)?"
        number = r"\d{1,4}[A-Za-z]?(?:\s?[-–/]\s?\d{1,4}[A-Za-z]?)?,?\s+"
        street = rf"(?:{_WORD}\s+){{0,3}}(?:{types})\b"
        tail = rf"(?:,?\s+(?:{_WORD}(?:\s+{_WORD}){{0,2}},?\s+){{0,3}}{POSTCODE}\b)?"
        self.numbered = regex.compile(rf"(?<![\w/.]){unit}{number}{street}{tail}")
        self.bare = regex.compile(rf"(?<=\b(?:at|on|in|to|from|near|off|of)\s)(?:{_WORD}\s+){{1,3}}(?:{types})\b")
        super().__init__(supported_entities=["ADDRESS"], name="StreetAddressRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = [self.result("ADDRESS", m.start(), m.end(), self.NUMBERED, "house number, street and street type")
                   for m in self.numbered.finditer(text)]
        results += [self.result("ADDRESS", m.start(), m.end(), self.BARE, "street name after a preposition")
                    for m in self.bare.finditer(text)]
        return results
