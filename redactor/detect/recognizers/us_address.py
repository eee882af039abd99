"""An address in the United States, as a web page's footer or a letter gives one: its ZIP code after
a state ("Provo, Utah 84604", "Austin, TX 78701-1234"), and the numbered street just before the
town ("360 West 4800 North Provo, Utah 84604", "1600 Pennsylvania Avenue NW, Washington, DC 20500"),
whatever its words (a grid's "West 4800 North" has no street type). The town and the state stay, as
a UK town does. A number after a state that is no ZIP's five digits stays ("Utah 2019"). Pure text, no NLP."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.recognizers.street_address import WORD
from redactor.rules import Rules

_COMPASS = r"(?:North|South|East|West|NE|NW|SE|SW|N|S|E|W)"


class UsAddressRecognizer(ExplainingRecognizer):
    """A ZIP code after a US state, and the numbered street before its town."""

    SCORE = 0.8

    def __init__(self, rules: Rules) -> None:
        states = phrases(rules.addresses.us_states)
        town = rf"(?!{_COMPASS}\b){WORD}(?:[ \t]+{WORD}){{0,2}}"
        # the street: a house number, then words or a grid's numbers, ending in a word or a number
        street = rf"(?<![\w/.:-])\d{{1,6}}(?:[ \t]+(?:{WORD}|\d{{1,6}}\.?)){{1,5}}"
        self.pattern = regex.compile(rf"(?:(?P<street>{street})(?:,[ \t]*|[ \t]+))?(?P<town>{town}),[ \t]*"
                                     rf"(?-i:{states})\.?,?[ \t]+(?P<zip>\d{{5}}(?:-\d{{4}})?)(?![\w-])")
        self.needs = {self.pattern: regex.compile(r"\d{5}")}  # what every match holds (``scan``)
        super().__init__(supported_entities=["ADDRESS"], name="UsAddressRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        return [self.result("ADDRESS", *m.span(part), self.SCORE, why) for m in self.scan(self.pattern, text)
                for part, why in (("street", "a US street before its town, state and ZIP code"),
                                  ("zip", "a US ZIP code after its state")) if m.group(part)]
