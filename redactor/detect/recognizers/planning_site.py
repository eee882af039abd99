"""The site of a planning application, as parish and council minutes list one: its number, its
site in pieces between commas, a dash and the works ("182339 – Tuffets, The Line, Linton –
Proposed formation of vehicular access", "23/00712/FUL Rose Cottage, Mill Lane – Erection of a
garage"; rules/addresses.yaml planning_works); with no works after it, the site to the end of its
line or item after a number no other record writes ("21/503311/SUB Larkrise Orchard Road", "(S.15/1746/OUT.
The Old Brewery, Pitt Court, North Nibley, Dursley. Outline …"), after a list item's mark and a number when
one piece is a home's ("iii. 173380 Tuffets, The Line, Linton"),
"19/01234/HOUSE PROPOSAL: 7 Brook Close") or after an application's label ("3.3 Application:
181299 Bramble Knap, Gorsley", "Planning Application - 0/45120 Bryn Eithin Llangernyw
(should read Bryn Eithin Uchaf) 2.4 …"), a name of capitalised words; and a site named before "planning
application" ("the Tyn Llidiart planning application"). Every piece of the site goes ("Land
adjacent to" before one stays, and lower-case words in brackets: "should read"), but for a listed
town, the last piece of several when it names no street nor home (the village: "Upton Bishop")
and an organisation's name ("Village Hall"). Pure text, no NLP."""
from __future__ import annotations

import regex

from redactor.detect.address_block import stripped
from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.recognizers.home_name import WELSH_HOME
from redactor.detect.recognizers.street_address import WORD, AddressParts, organisation_words
from redactor.rules import Rules

# an application's number: "182339", "23/00860/FUL", "DC/19/01234", "19/P/1234", "P/2019/1234/FUL"
_REFERENCE = (r"(?:\d{5,7}|(?:[A-Z]{1,3}/)?\d{2,4}/(?:[A-Z]{1,3}/)?\d{3,6}(?:/[A-Z]{1,6})?)")
_PIECE = r"(?:\d{1,4}[A-Za-z]?,?[ \t]+)?\p{Lu}[^,\n\r–—:;()]{0,60}?"  # a piece of the site: "Tuffets", "3 The Line"
# a number only a planning authority writes: its type of application after it ("21/503311/SUB", "PA18/03092/FUL",
# "S.15/1746/OUT"),
# or a community's number, a letter and the application's ("15C30H/FR", "18C225B", "47C153")
_TYPED_REFERENCE = (r"(?:(?:[A-Z]{1,3}[/.])?[A-Z]{0,2}\d{2,4}/(?:[A-Z]{1,3}/)?\d{3,6}/[A-Z]{2,6}"
                    r"|\d{1,3}[A-Z]\d{2,5}[A-Z]?(?:/[A-Z]{1,6})?)")
# an application's label and its number: "Application 170984", "Application: PA18/03092",
# "Planning Application - 0/45120"
_LABELLED_REFERENCE = (r"\b(?i:(?:planning[ \t]+)?application(?:[ \t]+(?:no\.?|number|ref(?:erence)?\.?))?)"
                       r"[ \t]*[:\-–—]?[ \t]*(?:[A-Z]{0,2}\d{1,4}/(?:[A-Z]{1,3}/)?\d{3,6}(?:/[A-Z]{1,6})?|\d{5,7})")
# a site to the end of its line or item: capitalised words, commas, a bracket ("Bryn Eithin (should read
# Bryn Eithin Uchaf)")
_LINE_SITE = r"(?:\d{1,4}[A-Za-z]?,?[ \t]+)?\p{Lu}[^\n\r–—:;]{0,100}?"
# what ends such a site: its line, a dash or colon, a sentence's end, the next numbered item, a description
_LINE_END = (r"[ \t]*(?:$|[–—:;]|[ \t]-[ \t]|\.(?:[ \t]|$)|[ \t]\d{1,2}(?:\.\d{1,2})+[ \t]"
             r"|[ \t](?i:description|proposal|details)\b)")
# a word a site's name may hold in lower case: "Stoke on Trent", "Heol y Parc", "Land at", "should be"
_SMALL = r"(?:of|on|upon|by|the|y|yr|r|and|at|to|in|next|adjacent|adj\.?|near|rear|behind|opposite|off)"


class PlanningSiteRecognizer(ExplainingRecognizer):
    """The site between a planning application's number and its works."""

    SCORE = 0.75

    def __init__(self, rules: Rules) -> None:
        a, p = rules.addresses, AddressParts.from_rules(rules)
        self.pattern = regex.compile(
            rf"(?<![\w/.£$€])(?:{_REFERENCE})(?![\w/])[ \t]*(?:[-–—:][ \t]*)?"
            rf"(?P<site>{_PIECE}(?:,[ \t]*{_PIECE}){{0,5}}?),?[ \t]*(?:[-–—:]|[ \t]-)[ \t]*"
            rf"(?=(?i:{phrases(a.planning_works)})\b(?![ \t]+by\b))")  # not a motion's "Proposed by Cllr Green"
        # ... or to the end of its line or item, after a number no other record writes or an application's label
        # (a field's label before the site: "PROPOSAL:", "Site:")
        self.line = regex.compile(
            rf"(?:(?<![\w/.£$€]){_TYPED_REFERENCE}|{_LABELLED_REFERENCE})(?![\w/])"
            rf"(?:[ \t]*(?:[-–—:.]|(?i:proposal|site|location|address)[ \t]*:))*[ \t]*"
            rf"(?P<site>{_LINE_SITE})(?={_LINE_END})", regex.MULTILINE)
        # ... or, in a list of applications, after an item's mark and a number, a site of pieces to its line's end
        # ("iii. 173380 Tuffets, The Line, Linton")
        self.item = regex.compile(r"^[ \t]*(?:[ivx]{1,5}|\d{1,2}|[a-z])[.)][ \t]+\d{5,7}[ \t]+"
                                  r"(?P<site>\p{Lu}[^\n\r–—:;.]{0,100}?,[^\n\r–—:;.]{1,100}?)[ \t]*$",
                                  regex.MULTILINE)
        # ... or after an application's label with no number, a site shaped as a home's or a street's
        # ("A) Planning Application – Manor Farm, Allington")
        self.unnumbered = regex.compile(
            rf"\b(?i:planning[ \t]+application)[ \t]*[-–—:][ \t]*(?P<site>{_LINE_SITE})(?={_LINE_END})",
            regex.MULTILINE)
        # "the Tyn Llidiart planning application"
        self.named = regex.compile(rf"(?<=\b(?i:the)[ \t]+)(?P<site>{WORD}(?:[ \t]+{WORD}){{0,2}})"
                                   r"(?=[ \t]+(?i:planning)[ \t]+(?i:application|permission|appeal)s?\b)")
        self.planning = regex.compile(r"(?i:planning)")  # a text without the word is not read for such sites
        self.shaped = regex.compile(rf"{WELSH_HOME}|{p.street}|{p.dwelling}")
        self.names = rules.first_names | rules.surnames
        self.common = rules.common_words
        self.piece = regex.compile(r"[^,]+")
        self.bracketed = regex.compile(r"[^()]+")
        self.capitalised = regex.compile(rf"(?:\d{{1,4}}[A-Za-z]?[ \t]+)?{WORD}(?:[ \t]+(?:{WORD}|{_SMALL}\b))*")
        self.lower_lead = regex.compile(r"(?:\p{Ll}+[ \t]+)+(?=\p{Lu})")
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
            found += self._site(text, self._pieces(text, *m.span("site")))
        for m in self.line.finditer(text):
            site = m.group("site").partition("(")[0]
            start = m.start("site")
            pieces = self._pieces(text, start, start + len(site.rstrip()))
            if all(self.capitalised.fullmatch(text, a, b) for a, b in pieces):
                found += self._site(text, pieces)
                found += self._bracketed(text, start + len(site), m.end("site"))
        for m in self.item.finditer(text):  # (its paragraph may not say "planning": one piece must be a home's)
            pieces = self._pieces(text, *m.span("site"))
            if all(self.capitalised.fullmatch(text, a, b) for a, b in pieces) \
                    and any(self._a_home(text[a:b]) for a, b in pieces):
                found += self._site(text, pieces)
        for m in self.unnumbered.finditer(text):
            pieces = self._pieces(text, *m.span("site"))
            if all(self.capitalised.fullmatch(text, a, b) for a, b in pieces) \
                    and any(self.shaped.fullmatch(text, a, b) for a, b in pieces):
                found += self._site(text, pieces)
        found += [m.span("site") for m in (self.named.finditer(text) if self.planning.search(text) else ())
                  if self._a_home(m.group("site"))]
        return [self.result("ADDRESS", a, b, self.SCORE, "the site of a planning application") for a, b in found]

    def _pieces(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of a site between commas, each without the words of a plot before its name."""
        return [(lead.end() if (lead := self.lead.match(text, a, b)) else a, b)
                for piece in self.piece.finditer(text, start, end)
                for a, b in [stripped(text, *piece.span())] if a < b]

    def _site(self, text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The pieces that name the site: not the village last, a listed town nor an organisation."""
        if len(pieces) > 1 and not self.home.search(text, *pieces[-1]):
            pieces = pieces[:-1]  # the village after the site
        return [(a, b) for a, b in pieces if not (text[a:b] in self.places and not self.strong.search(text, a, b))
                and not self.organisations.intersection(text[a:b].split())]

    def _bracketed(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Names in brackets after a site, its lower-case words before them aside ("(should read Bryn Eithin
        Uchaf)")."""
        found = []
        for part in self.bracketed.finditer(text, start, end):
            a, b = stripped(text, *part.span())
            lead = self.lower_lead.match(text, a, b)
            a = lead.end() if lead else a
            if a < b and self.capitalised.fullmatch(text, a, b):
                found += self._site(text, [(a, b)])
        return found

    def _a_home(self, name: str) -> bool:
        """A name before "planning application" that is a home's: no acronym, shaped like one or of words
        on no list (no town, organisation, person nor common word)."""
        words = name.split()
        if name in self.places or self.organisations.intersection(words) or any(w.isupper() for w in words):
            return False
        return bool(self.shaped.fullmatch(name)) \
            or not any(w in self.names or w in self.common or w in self.places for w in words)
