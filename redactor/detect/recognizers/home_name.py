"""Homes named without a street word: a house or farm name where someone lives. After a
verb of living and "at", before a listed town ("a quarryman living at Erw Llewelyn,
Llysfaen, identified the body") or in the shape of a Welsh house name ("who still lives at
Pen-y-Coppy"); after a witness's name and occupation in an old report, with a street or home
word, before a town and a verb ("ED, quarryman, Ocean View, Old Colwyn, said"); with a home
word just after a person's name, as minutes give it ("suggested James Thomas, Fronwen Lodge, Clerk
to contact him"); named after a home word ("The neighbouring farm was Pen-y-Coppy", "a cottage
called Bryn Awel", "the family farm, Pen-y-Gaer,", "her home, Arden House"), and a street after
someone's home, with the home's name before it or not ("his family home - Goginan, Tenby Road -
at 11:30am"), or that name alone, on no list of names, before lower-case words ("leaving the family
home, Goginan, on Friday"); described as a home after its name ("“The Cross”, another nearby property,
has", "Upper Vanley, a farm near Pencader", "Willow Bank, the family home"); given its name, whatever its words
("their home, called The Butchery", "a farmhouse named Cold Harbour"). In a family history or a deed: a
name before "in the parish of" ("WH of Penrhiwgoch in the parish of Trelech", "TP and ML of Cilrhue farm in
the parish of Trelech"), between a listed name's "of" and a description of the person ("JO of Penlanfach, widow"),
after "the <surname> family of" ("the Vaughan family of Trawsgoed") or a home word and "of" before a
town ("the farm of Cwmhwplin near Pencader"), on no list of names or words. A listed town
("living at Llysfaen"), an organisation ("living at Ashworth Hospital, Maghull") and a person
("living at Mrs Hughes's, Conwy") are none. Pure text, no NLP."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.recognizers.street_address import (
    NEWS_VERB,
    WORD,
    AddressParts,
    UnlistedName,
    organisation_words,
)
from redactor.rules import Rules

# a Welsh house or farm name: words joined by hyphens around a short one ("Pen-y-Coppy", "Tan-yr-Allt",
# "Ty-n-y-Coed")
WELSH_HOME = r"\p{Lu}\p{Ll}*(?:-\p{L}{1,3})+-\p{L}{2,}"
_NAME = rf"(?:{WORD}(?:[ \t]+{WORD}){{0,2}})"
_ENDS = r"(?![ \t]*(?:\p{Lu}|\d)|[\p{L}'’\-])"  # no other name word goes on
_APPOSITION = r"(?:,[ \t]*|[ \t]+[-–—][ \t]+)"  # "her home, Arden House", "his family home - Goginan"


class HomeNameRecognizer(ExplainingRecognizer):
    """A home's name with no street word, where the text says someone lives there."""

    SCORE = 0.7
    APPOSITION = 0.9  # a name alone in apposition to someone's home: surer than NER's person in the same word
    NAMED = 0.95  # a name given to a home ("a farmhouse named Cold Harbour"): surer than "named" before a person

    def __init__(self, rules: Rules) -> None:
        a, p = rules.addresses, AddressParts.from_rules(rules)
        living = phrases(a.living_words)
        homes = phrases([*a.home_words, *(w.lower() for w in a.dwelling_words)])
        # "living at Erw Llewelyn, Llysfaen", "living at Erw Llewelyn in Llysfaen", "lives at Pen-y-Coppy"
        self.living = regex.compile(
            rf"\b(?i:{living})[ \t]+at[ \t]+(?:(?P<welsh>{WELSH_HOME}){_ENDS}"
            rf"|(?P<name>{_NAME})(?:,[ \t]*|[ \t]+(?:in|near)[ \t]+)"
            rf"(?P<town>{WORD}(?:[ \t]+{WORD})?)(?![ \t]*\p{{Lu}}))")
        # "ED, quarryman, Ocean View, Old Colwyn, said"
        self.occupation = regex.compile(
            rf"(?<=\p{{L}},[ \t]+(?:an?[ \t]+)?\p{{Ll}}{{3,}}(?:[ \t]+\p{{Ll}}{{3,}})?,[ \t])(?P<name>{_NAME}),[ \t]+"
            rf"{WORD}(?:[ \t]+{WORD}){{0,2}},[ \t]+{NEWS_VERB}\b")
        # a home's name with a home word just after a person's, as minutes give it: "E. Jones suggested
        # James Thomas, Fronwen Lodge, Clerk to contact him" (a first name, an initial or a title first)
        self.after_person = regex.compile(
            rf"(?<=,[ \t])(?<=\b(?P<first>{WORD}|\p{{Lu}}\.?)[ \t]+(?P<surname>{WORD}),[ \t])"
            rf"(?P<name>{p.dwelling}){p.service}"
            rf"(?=[ \t]*(?:[,;)]|\.(?!\w)|$))", regex.MULTILINE)
        self.names = rules.first_names | rules.surnames
        self.first_names = rules.first_names
        self.common = rules.common_words
        # "The neighbouring farm was Pen-y-Coppy", "a cottage called Bryn Awel", "the family farm, Pen-y-Gaer,",
        # "died at her home, Arden House"
        verbs = phrases(a.home_name_verbs, r"[ \t]+")
        # (after a comma no street: "the area, Hyde Park")
        self.named = regex.compile(rf"\b(?i:{homes})(?:[ \t]+(?:{verbs})[ \t]+"
                                   rf"(?P<name>{WELSH_HOME}|{p.street}|{p.dwelling})"
                                   rf"|{_APPOSITION}(?P<name>{WELSH_HOME}|{p.dwelling})){_ENDS}")
        # ... but a street after someone's home, with the home's name before it or not: "her home, 12 Mill
        # Lane", "leaving his family home - Goginan, Tenby Road - at 11:30am"; or a name of no home word
        # alone between commas or dashes (not after "the house"): "leaving the family home, Goginan, on Friday"
        self.own = regex.compile(
            rf"\b(?i:(?:her|his|their|my|our|your|(?P<the>the))(?P<family>[ \t]+family)?[ \t]+"
            rf"(?:{phrases(a.apposition_homes)})){_APPOSITION}"
            rf"(?:(?:(?P<name>{WELSH_HOME}|{p.dwelling}|{_NAME}),[ \t]*)?"
            rf"(?P<street>{p.unit}(?:{p.number})?{p.street}){_ENDS}{p.service}"
            rf"|(?P<alone>{_NAME})(?:,|[ \t]+[-–—])[ \t]+(?=\p{{Ll}}))")
        self.shaped = regex.compile(rf"{WELSH_HOME}|{p.street}|{p.dwelling}")
        # a home given its name: "their home, called The Butchery,", "a farmhouse named Cold Harbour" (``_named``)
        # ("the care home called Social Services": a verb, but after a comma or "a cottage")
        owned_homes = phrases([*a.apposition_homes, *a.described_homes])
        naming = phrases(a.naming_words)
        no_verb = phrases([w for w in a.naming_words if w not in a.verb_naming_words])
        self.called = regex.compile(
            rf"(?:\b(?i:{owned_homes})(?:,[ \t]+(?i:{naming})|[ \t]+(?i:{no_verb}))"
            rf"|\b(?i:an?)[ \t]+(?:[\p{{Ll}}\-]+[ \t]+){{0,2}}(?i:{owned_homes})[ \t]+(?i:{naming}))"
            rf"[ \t]+(?P<name>(?:The[ \t]+)?{WORD}(?:[ \t]+{WORD}){{0,3}})(?![\p{{L}}'’\-])")
        # a name, quoted or before a comma or a dash, then a home's noun ending its description: "“The Cross”
        # another nearby property has", "Upper Vanley, a farm near Pencader"
        after = phrases(a.described_home_after)
        self.not_described = frozenset(a.described_home_not)
        self.described = regex.compile(
            rf"(?<!\p{{Lu}}[\p{{L}}'’\-]*[ \t]+|[\p{{L}}'’\-])"
            rf"(?:[\"“‘](?P<quoted>{_NAME})[\"”’],?[ \t]+|(?P<name>{_NAME}){_APPOSITION})"
            rf"(?i:an?|another|the)(?P<kind>(?:[ \t]+(?!(?:an?|the|{after})\b)[\p{{Ll}}\-]+){{0,3}}?)[ \t]+"
            rf"(?:{phrases(a.described_homes)})"
            rf"(?=[ \t]*[,;:.)]|[ \t]*$|[ \t]+(?:{after})\b)", regex.MULTILINE)
        # a family history's or a deed's homes: "of Penrhiwgoch in the parish of Trelech", "and Blaencwm in the
        # parish of Nantmel", "JO of Penlanfach, widow,", "the Vaughan family of Trawsgoed", "the farm of
        # Cwmhwplin near Pencader"
        self.parish = regex.compile(
            rf"(?<=\b(?:of|and|at)[ \t])(?P<name>{_NAME})(?:[ \t]+(?i:{homes}))?[ \t]+in[ \t]+the[ \t]+"
            rf"(?:{phrases(a.parish_words)})[ \t]+of\b")
        self.deed = regex.compile(
            rf"(?<=\b(?P<who>{WORD})[ \t]+of[ \t])(?P<name>{_NAME}),[ \t]+(?i:{phrases(a.deed_descriptions)})"
            rf"(?![\p{{L}}'’])")
        self.family = regex.compile(rf"(?<=\b(?i:the)[ \t]+(?P<who>{WORD})[ \t]+family[ \t]+of[ \t])(?P<name>{_NAME})"
                                    rf"{_ENDS}(?![ \t]*(?:,[ \t]*)?(?:{WORD}))")
        self.home_of = regex.compile(rf"\b(?i:the)[ \t]+(?i:{homes})[ \t]+of[ \t]+(?P<name>{_NAME})"
                                     rf"(?=(?:,[ \t]*|[ \t]+(?:in|near)[ \t]+){WORD}(?:[ \t]+{WORD})?{_ENDS})")
        self.organisations = organisation_words(rules)
        self.titles = rules.titles.opening_names
        self.places = rules.towns
        self.unlisted = UnlistedName(self.common, self.organisations, frozenset(a.place_prefixes),
                                     frozenset(a.place_suffixes))
        # what a text must hold for each of these to match in it (``scan``)
        comma, of = regex.compile(r",[ \t]"), regex.compile(r"[ \t]of[ \t]")
        self.needs = {self.living: regex.compile(r"[ \t]at[ \t]"), self.occupation: comma, self.after_person: comma,
                      self.parish: regex.compile(r"[ \t]in[ \t]+the[ \t]"), self.deed: of, self.home_of: of,
                      self.family: regex.compile(r"[ \t]family[ \t]+of[ \t]"),
                      self.called: regex.compile(rf"[ \t](?i:{naming})[ \t]"),
                      self.described: regex.compile(rf"[ \t](?i:{phrases(a.described_homes)})\b")}
        super().__init__(supported_entities=["ADDRESS"], name="HomeNameRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        living = list(self.scan(self.living, text))
        found = [m.span("welsh") for m in living if m.group("welsh") and m.group("welsh") not in self.places]
        found += [m.span("name") for m in living
                  if m.group("name") and self._a_home(m.group("name")) and self._town(m.group("town"))]
        found += [m.span("name") for m in self.scan(self.occupation, text)
                  if self.shaped.fullmatch(m.group("name")) and self._a_home(m.group("name"))]
        found += [m.span("name") for m in self.named.finditer(text) if self._a_home(m.group("name"))]
        found += [m.span("name") for m in self.scan(self.after_person, text)
                  if self._a_person(m) and self._a_home(m.group("name"))]
        found += [m.span("name") for m in self.scan(self.parish, text) if self._unlisted(m.group("name"))]
        found += [m.span("name") for m in self.scan(self.deed, text)
                  if m.group("who") in self.names and self._unlisted(m.group("name"))]
        found += [m.span("name") for m in self.scan(self.family, text)
                  if m.group("who") in self.names and self._unlisted(m.group("name"))]
        found += [m.span("name") for m in self.scan(self.home_of, text) if self._unlisted(m.group("name"))]
        owned = list(self.own.finditer(text))
        # the home's name and its street as one address: longer than a name NER may read in it ("Glasfryn")
        found += [(m.start("name") if m.group("name") and self._a_home(m.group("name")) else m.start("street"),
                   m.end("street")) for m in owned if m.group("street")]
        # a name given to a home, or described as one after it ("Willow Bank, the family home"): surer than a name
        # list's person in the same words
        called = {m.span("name") for m in self.scan(self.called, text) if self._named(m.group("name"))} \
            | {m.span(g) for m in self.scan(self.described, text)
               for g in ("quoted", "name") if m.group(g) and self._described(m.group(g))
               and not self.not_described.intersection(m.group("kind").split())}
        apposed = {m.span("alone") for m in owned if m.group("alone")
                   and not (m.group("the") and not m.group("family")) and self._a_home(m.group("alone"))
                   and not any(w in self.names or w in self.common for w in m.group("alone").split())}
        return [self.result("ADDRESS", a, b, self.SCORE, "a home's name where someone lives")
                for a, b in set(found) - apposed - called] \
            + [self.result("ADDRESS", a, b, self.NAMED, "a name given to a home, or described as one")
               for a, b in called] \
            + [self.result("ADDRESS", a, b, self.APPOSITION, "a home's name in apposition to someone's home")
               for a, b in apposed - called]

    def _a_home(self, name: str) -> bool:
        """Not a listed town, an organisation's name nor a titled person's."""
        words = name.split()
        return name not in self.places and not self.organisations.intersection(words) \
            and words[0].rstrip(".") not in self.titles

    def _unlisted(self, name: str) -> bool:
        """A home's name on no list: no town, organisation, titled person, person's name nor common word,
        nor initials or an acronym ("the home of AB in Leeds"), nor shaped as a village's ("Little Dunham")."""
        return self._a_home(name) and self.unlisted(name) \
            and not any(w in self.names or w in self.places for w in name.split())

    def _named(self, name: str) -> bool:
        """A name a home is given: no town, organisation nor titled person; opening with "The" ("The Butchery"),
        of two title-case words or more, none in capitals nor a person's name ("Cold Harbour", "Little Orchard";
        not "Bob Smith"), or one word on no list ("Tyddyn"; not "Rose")."""
        words = name.removeprefix("The ").split()
        return self._a_home(name) and not any(w.isupper() for w in words) \
            and (name.startswith("The ") or len(words) > 1 and not (words[0] in self.first_names
                                                                    and all(w in self.names for w in words))
                 or self._unlisted(name))

    def _described(self, name: str) -> bool:
        """A name described as a home: no town (a town's word inside it may be: "Foxes Holt"), organisation, titled
        person nor acronym."""
        words = name.split()
        return self._a_home(name) and not any(w.isupper() for w in words) and not all(w in self.places for w in words)

    def _a_person(self, m: regex.Match) -> bool:
        """Are the two words before a home's name a person's: a listed surname after a listed first
        name, an initial or a title ("James Thomas", "J. Thomas", "Mr Thomas")?"""
        first, surname = m.group("first").rstrip("."), m.group("surname")
        return surname in self.names and surname not in self.common \
            and (len(first) == 1 or first in self.titles or first in self.names and first not in self.common)

    def _town(self, town: str) -> bool:
        """A listed town, or one followed by another word ("Llysfaen Quarry")."""
        return town in self.places or town.split()[0] in self.places
