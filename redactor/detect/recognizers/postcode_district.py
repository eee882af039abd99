"""A postcode's district (its outward half) after the town of a street: "56 Latymer Road
London N9", "4 Mill Lane, Leeds LS6", "14 Lincoln Avenue, Cheltenham, Glos GL51" (a listed county
after the town), "of Latymer Road, London N9" (a street without a number by a street word that
names no park or hill); a mistyped inward half goes with it ("London N9 9P4"). With no town, a district
that ends its clause right after a street or an address already removed ("an address in Bushy Close, RM1.",
"[address removed], RM1"): an address written with its district only. A city's numbered postal district
after a street or an address removed and its places ("[address removed], Clondalkin, Dublin 22",
"14 Elm Road, Dublin 6W"): the number goes as a district does. The street is the street recognizer's and
the town stays. Pure text, no NLP."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.recognizers.street_address import MISTYPED_INWARD, OUTWARD, WORD, AddressParts
from redactor.rules import Rules
from redactor.types import Kind


class PostcodeDistrictRecognizer(ExplainingRecognizer):
    """The postcode district after a street and its listed town."""

    SCORE = 0.8

    def __init__(self, rules: Rules) -> None:
        p = AddressParts.from_rules(rules)
        self.pattern = regex.compile(
            rf"(?<![\w/.:])(?:{p.unit}{p.number}{p.street}|{p.bare_street})"
            rf"(?:,[ \t]*|[ \t]+)(?P<town>{WORD}(?:[ \t]+{WORD})?)"
            rf"(?:,[ \t]*(?P<county>{WORD}(?:[ \t]+{WORD})?))?,?[ \t]+"
            rf"(?P<code>{OUTWARD}(?:[ \t]+{MISTYPED_INWARD})?)(?![\w\-])")
        # with no town: a district alone after a street or the tool's own placeholder, before the clause's end
        # (a motorway's "M6" after a street and a town is read above, with the town)
        self.alone = regex.compile(
            rf"(?:(?<![\w/.:]){p.bare_street}|{regex.escape(rules.placeholder(Kind.ADDRESS))}),?[ \t]+"
            rf"(?P<code>{OUTWARD})(?=[ \t]*(?:[.,;:)]|$))", regex.MULTILINE)
        # a city's numbered district (`postal_district_towns`: "Dublin 22", "Dublin 6W") after a street or the
        # placeholder and at most two places between ("[address removed], Clondalkin, Dublin 22")
        cities = phrases(rules.addresses.postal_district_towns) or "(?!)"
        self.numbered = regex.compile(
            rf"(?:(?<![\w/.:])(?:{p.unit}{p.number}{p.street}|{p.bare_street})"
            rf"|{regex.escape(rules.placeholder(Kind.ADDRESS))})"
            rf"(?:,[ \t]*{WORD}(?:[ \t]+{WORD})?){{0,2}},?[ \t]+(?:{cities})[ \t]+(?P<code>\d{{1,2}}W?)(?![\w\-])")
        needs = regex.compile(rf"[ \t]{OUTWARD}")
        self.needs = {self.pattern: needs, self.alone: needs,  # what every match holds (``scan``)
                      self.numbered: regex.compile(rf"(?:{cities})[ \t]+\d")}
        self.places = rules.towns
        super().__init__(supported_entities=["ADDRESS"], name="PostcodeDistrictRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        found = [self.result("ADDRESS", *m.span("code"), self.SCORE, "a postcode district after a street's town")
                 for m in self.scan(self.pattern, text)
                 if m.group("town") in self.places and (m.group("county") is None or m.group("county") in self.places)]
        return found + [self.result("ADDRESS", *m.span("code"), self.SCORE, "a postcode district alone after a street")
                        for m in self.scan(self.alone, text)] \
            + [self.result("ADDRESS", *m.span("code"), self.SCORE, "a city's numbered postal district after a street")
               for m in self.scan(self.numbered, text) if 0 < int(m.group("code").rstrip("W")) <= 24]
