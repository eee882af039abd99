"""Kept strings shaped like personal data: a name glued to the sentence before it
("home.Rukhsana"), a street without a house number ("back to their Larch Avenue home"),
and a date in a sentence about a birth ("she had been born in March 1961", "On 2 May
2001 a son, K, was born"). Every other date is the chronology and is never read here."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from redactor.detect.recognizers.date_of_birth import date_pattern
from redactor.detect.suggest.base import NameWords, Read, name_part, phrases
from redactor.detect.suggest.wording import Wording
from redactor.names import NAME_WORD
from redactor.rules import Rules
from redactor.types import Kind

_GLUED = regex.compile(rf"(?<=\p{{Ll}}{{2}}[.!?])(?P<name>\p{{Lu}}\p{{Ll}}{{2,}}(?:[ \t]+{NAME_WORD})?)")
_MONTH_YEAR = (r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
               r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?[ \t]+(?:19|20)\d\d\b")
_SENTENCE = regex.compile(r"[^.!?\n]+(?:[.!?]+|$)")


class Shapes:
    """Glued names, streets without a number, dates in a sentence about a birth."""

    def __init__(self, rules: Rules, names: NameWords, wording: Wording) -> None:
        self.names = names
        self.vocabulary = names.vocabulary
        weak = {t.lower() for t in rules.addresses.weak_street_types}
        streets = [t for t in rules.addresses.street_types if len(t) > 3 and t.lower() not in weak]
        self.street = regex.compile(rf"(?<!\d[ \t]*)(?<!\w)(?P<name>(?:{NAME_WORD}[ \t]+){{1,2}}"
                                    rf"(?:{'|'.join(regex.escape(t) for t in streets)}))(?!\w)")
        self.institutions = regex.compile(phrases(rules.addresses.institutions) + r"$")
        self.dates = regex.compile(rf"{date_pattern(rules).pattern}|{_MONTH_YEAR}", regex.IGNORECASE)
        self.birth = regex.compile(rf"(?<!\w){phrases(wording.birth_words)}(?!\w)")

    def read(self, text: str) -> Iterator[Read]:
        yield from self._glued(text)
        yield from self._streets(text)
        if self.birth.search(text):
            yield from self._births(text)

    def _glued(self, text: str) -> Iterator[Read]:
        for m in _GLUED.finditer(text):
            span = name_part(text, *m.span("name"), self.names, places=False)
            if span is not None:
                score = 0.3 if self.names.listed(text[span[0]:span[1]].split()[0]) else 0.15
                yield Read(*span, Kind.PERSON, score, "a capitalised word glued to the sentence before it")

    def _streets(self, text: str) -> Iterator[Read]:
        for m in self.street.finditer(text):
            start = m.start("name")
            for w in regex.finditer(NAME_WORD, m.group("name")):  # "Visit Larch Avenue": from "Larch"
                if self.vocabulary.is_name_word(w.group()):
                    start += w.start()
                    break
            else:
                continue
            if self.institutions.search(m.group("name")) or self.vocabulary.is_kept(text, start) \
                    or start == m.end("name") - len(m.group("name").split()[-1]):
                continue
            yield Read(start, m.end("name"), Kind.ADDRESS, 0.2, "a street name without a house number")

    def _births(self, text: str) -> Iterator[Read]:
        """The date nearest each birth word of a sentence: a chronology date beside it stays unread."""
        for sentence in _SENTENCE.finditer(text):
            dates = list(self.dates.finditer(text, sentence.start(), sentence.end()))
            for birth in self.birth.finditer(text, sentence.start(), sentence.end()) if dates else ():
                nearest = min(dates, key=lambda d: min(abs(d.start() - birth.end()), abs(birth.start() - d.end())))
                yield Read(*nearest.span(), Kind.DATE_OF_BIRTH, 0.25, "the date nearest a birth in its sentence")
