"""The site of a planning application, as parish and council minutes list one: its number, its
site in pieces between commas, a dash and the works ("182339 – Tuffets, The Line, Linton –
Proposed formation of vehicular access", "23/00712/FUL Rose Cottage, Mill Lane – Erection of a
garage"; rules/addresses.yaml planning_works). Every piece of the site goes ("Land adjacent to"
before one stays), but for a listed town, the last piece of several when it names no street nor
home (the village: "Upton Bishop") and an organisation's name ("Village Hall"). Pure text, no NLP."""
from __future__ import annotations

import regex

from redactor.detect.address_block import stripped
from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.recognizers.street_address import AddressParts, organisation_words
from redactor.rules import Rules

# an application's number: "182339", "23/00860/FUL", "DC/19/01234", "19/P/1234", "P/2019/1234/FUL"
_REFERENCE = (r"(?:\d{5,7}|(?:[A-Z]{1,3}/)?\d{2,4}/(?:[A-Z]{1,3}/)?\d{3,6}(?:/[A-Z]{1,6})?)")
_PIECE = r"(?:\d{1,4}[A-Za-z]?,?[ \t]+)?\p{Lu}[^,\n\r–—:;()]{0,60}?"  # a piece of the site: "Tuffets", "3 The Line"


class PlanningSiteRecognizer(ExplainingRecognizer):
    """The site between a planning application's number and its works."""

    SCORE = 0.75

    def __init__(self, rules: Rules) -> None:
        a, p = rules.addresses, AddressParts.from_rules(rules)
        self.pattern = regex.compile(
            rf"(?<![\w/.£$€])(?:{_REFERENCE})(?![\w/])[ \t]*(?:[-–—:][ \t]*)?"
            rf"(?P<site>{_PIECE}(?:,[ \t]*{_PIECE}){{0,5}}?),?[ \t]*(?:[-–—:]|[ \t]-)[ \t]*"
            rf"(?=(?i:{phrases(a.planning_works)})\b(?![ \t]+by\b))")  # not a motion's "Proposed by Cllr Green"
        self.piece = regex.compile(r"[^,]+")
        # what a site's piece may open with before the name it is by: "Land adjacent to Rose Cottage"
        self.lead = regex.compile(r"(?:Land|Site|Plot|Part)s?(?:[ \t]+\p{Ll}+){1,4}[ \t]+(?=\p{Lu}|\d)")
        self.home = regex.compile(rf"(?:{p.unit}(?:{p.number})?{p.street}|{p.dwelling}|\d.*)$")
        self.strong = regex.compile(rf"{p.strong_type}$")  # "Church Street" is a street, though a place too
        self.organisations = organisation_words(rules)
        self.places = rules.towns
        super().__init__(supported_entities=["ADDRESS"], name="PlanningSiteRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        found = []
        for m in self.pattern.finditer(text):
            pieces = [(lead.end() if (lead := self.lead.match(text, a, b)) else a, b)
                      for piece in self.piece.finditer(text, *m.span("site"))
                      for a, b in [stripped(text, *piece.span())] if a < b]
            if len(pieces) > 1 and not self.home.search(text, *pieces[-1]):
                pieces.pop()  # the village after the site
            found += [(a, b) for a, b in pieces if not (text[a:b] in self.places and not self.strong.search(text, a, b))
                      and not self.organisations.intersection(text[a:b].split())]
        return [self.result("ADDRESS", a, b, self.SCORE, "the site of a planning application") for a, b in found]

