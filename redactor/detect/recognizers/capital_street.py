"""A street in capitals just after the name of a premises in capitals, as planning and
licensing agendas write an application's site: "P0645.22 HYLANDS PRIMARY SCHOOL GRANGER
WAY", "ST MARK'S CHURCH HALL CHAPEL ROAD". The premises stay (an organisation), the street
goes, as every organisation's address does. A phrase is no street ("CITY COUNCIL PUBLIC
RIGHTS OF WAY", "THE POLICE SERVICE ROAD SAFETY"), nor a court ("CIVIC CENTRE COUNTY COURT"). And a street in
capitals opening a line or after a slash or a comma, before a comma and its listed town or county, as an address
line in capitals writes it: "NEWLANDS ROAD, LUCAN VILLAGE, CO. DUBLIN", "ESTATE OFFICE/MILL ROAD, LEEDS". Pure
text, no NLP."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.rules import Rules

_SMALL = r"(?:OF|AND|FOR|IN|AT|TO|ON|BY|OR)"  # words of a phrase, never of a street's name


class CapitalStreetRecognizer(ExplainingRecognizer):
    """A street in capitals after a premises' name in capitals, or before its listed town or county."""

    SCORE = 0.7

    def __init__(self, rules: Rules) -> None:
        a = rules.addresses
        premises = phrases([w.upper() for w in (*rules.people.list_evidence.agency_words, *a.building_words)])
        # full street words ("WAY", not "ST"), none that also names a park, a hill or a court
        weak = {*a.weak_street_types, "Court"}
        types = phrases([t.upper() for t in a.street_types if t not in weak and len(t) > 2])
        word = rf"(?!(?:{_SMALL}|{premises})\b)\p{{Lu}}[\p{{Lu}}'’\-]+"
        self.pattern = regex.compile(rf"(?<=\p{{Lu}}[\p{{Lu}}'’\-]*\p{{Lu}}[ \t]+(?:{premises})[ \t]+)"
                                     rf"(?:{word}[ \t]+){{1,3}}?(?:{types})(?![\p{{L}}'’\-])")
        self.before_town = regex.compile(rf"(?:^|(?<=[/,][ \t]*))[ \t]*(?P<street>(?:{word}[ \t]+){{1,3}}?(?:{types}))"
                                         rf",[ \t]*(?P<town>CO\b|COUNTY\b|\p{{Lu}}[\p{{Lu}}'’\-]+)", regex.MULTILINE)
        self.needs = {self.before_town: regex.compile(rf"[ \t](?:{types}),")}  # what every match holds (``scan``)
        self.towns = rules.towns
        super().__init__(supported_entities=["ADDRESS"], name="CapitalStreetRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        return [self.result("ADDRESS", m.start(), m.end(), self.SCORE, "a street in capitals after a premises")
                for m in self.pattern.finditer(text)] + \
            [self.result("ADDRESS", *m.span("street"), self.SCORE, "a street in capitals before its town")
             for m in self.scan(self.before_town, text)
             if m.group("town") in ("CO", "COUNTY") or m.group("town").title() in self.towns]
