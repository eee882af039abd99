"""UK address lines: "82 Moorside Crescent", "Flat 6, 137 Church Street, Trafford,
M32 4DB", a street named after a preposition ("lived on Mill Lane"), a street named as
someone's home ("back to their Larch Avenue home", "at her Mill Lane flat"), and a home
named after an age and before a town ("Dawid Nowak, 29, of Silver Hollow, Wallingford"). A street
has a name before its type, so "On 3 March 2019 Dr. Patel" and "the '7 Steps'
model" are not addresses."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.rules import Rules

POSTCODE = (r"(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
            r"\s?[0-9][ABD-HJLNP-UW-Z]{2})")
WORD = r"\p{Lu}[\p{L}'’\-]*"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")


# the verb after "<name>, 29, of <street>, <town>," in a news report
_NEWS_VERB = r"(?:was|were|is|has|had|who|will|appeared|pleaded|admitted|denied|died|faces|received)"


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class AddressParts:
    """The pieces of an address line as patterns, built from rules/addresses.yaml."""

    flat: str      # "Flat 6"
    number: str    # "137 ", "12-14 ", not a year after a month ("March 2019 ")
    street: str    # "Church Street": one to three words, the first no month, then a street type
    bare_street: str  # the same without a weak type ("Hyde Park"): a street even with no number
    building: str  # "County Hall", "Civic Centre"
    prepositions: str
    homes: str  # "home", "flat": after a street named as someone's home

    @property
    def unit(self) -> str:
        """An optional flat before the house number: "Flat 6, 137 Church Street"."""
        return rf"(?:{self.flat},?\s+)?"

    @classmethod
    def from_rules(cls, rules: Rules) -> AddressParts:
        a = rules.addresses
        types, buildings = _alternation(a.street_types), _alternation(a.building_words or ["House"])
        strong = _alternation([t for t in a.street_types if t not in set(a.weak_street_types)])
        words = rf"(?!{_MONTH}\b)(?:{WORD}\s+){{1,3}}"
        saint = r"(?!(?<=\bSt)\.?[ \t]+\p{Lu}\p{Ll})"  # "Bury St Edmunds": St before a name is Saint
        named = "|".join(regex.escape(i).replace(r"\ ", r"\s+") for i in a.institutions)
        not_institution = rf"(?<!\b(?:{named}))" if named else ""
        return cls(
            flat=rf"(?:{_alternation(a.unit_words)})\s+\d+[A-Za-z]?",
            number=rf"(?<!\b{_MONTH}\.?,?\s)\d{{1,4}}[A-Za-z]?(?:\s?[-–/]\s?\d{{1,4}}[A-Za-z]?)?,?\s+",
            street=rf"{words}(?:{types})\b{saint}{not_institution}",
            bare_street=rf"{words}(?:{strong})\b{saint}{not_institution}",
            building=rf"(?:{WORD}\s+){{0,3}}(?:{buildings})\b",
            prepositions=_alternation(a.street_prepositions or ["at"]),
            homes=_alternation(a.home_words) or "(?!x)x",
        )


class StreetAddressRecognizer(ExplainingRecognizer):
    """House number + street words + street type, with any flat, town and postcode
    that follow on the same line; or a bare street name after a preposition."""

    NUMBERED, BARE, RESIDENCE, HOME = 0.85, 0.6, 0.7, 0.8

    def __init__(self, rules: Rules) -> None:
        p = AddressParts.from_rules(rules)
        tail = rf"(?:,?\s+(?:{WORD}(?:\s+{WORD}){{0,2}},?\s+){{0,3}}{POSTCODE}\b)?"
        # a number after the street is a score or a count ("13 Ebbw Vale 17"), not an address
        # ... nor one that goes on into a company's name ("55 Coombe Abbey Park Ltd")
        self.numbered = regex.compile(rf"(?<![\w/.]){p.unit}{p.number}{p.street}(?![ \t]+\d)"
                                      rf"(?![ \t]+(?:Ltd|Limited|PLC|plc|LLP|Inc)\b){tail}")
        # "lived on Mill Lane", "at his home in the town's Salisbury Terrace"
        self.bare = regex.compile(rf"(?<=\b(?:{p.prepositions})\s(?:the\s+\p{{Ll}}+['’]s\s+)?){p.bare_street}")
        # "back to their Larch Avenue home", "at her Mill Lane flat", "Kasia's Park View home"
        self.home = regex.compile(rf"(?<=(?:\b(?i:her|his|their|my|our|your)|\p{{L}}['’]s?)\s){p.street}"
                                  rf"(?=\s+(?i:{p.homes})\b)")
        # news style: "Dawid Nowak, 29, of Silver Hollow, Wallingford, was convicted"
        self.residence = regex.compile(rf"(?<=\b\d{{1,3}},\s+(?:of|from)\s)(?P<street>{WORD}(?:\s+{WORD}){{0,2}}),"
                                       rf"\s+(?P<town>{WORD}(?:\s+{WORD}){{0,2}})(?=\s*[.;)]|,(?P<verb>\s+{_NEWS_VERB}\b)|,)")
        self.places = rules.places
        super().__init__(supported_entities=["ADDRESS"], name="StreetAddressRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = [self.result("ADDRESS", m.start(), m.end(), self.NUMBERED, "house number, street and street type")
                   for m in self.numbered.finditer(text)]
        results += [self.result("ADDRESS", m.start(), m.end(), self.BARE, "street name after a preposition")
                    for m in self.bare.finditer(text)]
        results += [self.result("ADDRESS", m.start(), m.end(), self.HOME, "a street named as someone's home")
                    for m in self.home.finditer(text)]
        results += [self.result("ADDRESS", *m.span("street"), self.RESIDENCE,
                                "after an age, where someone lives before a town: 'of <street>, <town>'")
                    for m in self.residence.finditer(text)
                    if (m.group("town") in self.places or m.group("verb")) and m.group("street") not in self.places]
        return results

