"""Kept strings shaped like personal data: a name glued to the word before it
("home.Rukhsana", "familyUna"), a street without a house number ("back to their Larch Avenue home"),
a date in a sentence about a birth ("she had been born in March 1961", "On 2 May
2001 a son, K, was born"), and a user name alone after an upload label, in any case, but an English word
("Upload: hoanganh", as document-sharing pages credit who posted a report; not "Upload: others"). Every other
date is the chronology and is never read here."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from redactor.detect.recognizers.date_of_birth import date_pattern
from redactor.detect.suggest.base import NameWords, Read, phrases
from redactor.detect.suggest.wording import Wording
from redactor.names import NAME_WORD
from redactor.rules import Rules
from redactor.types import Kind

# a word run into the name after it, by a lost space or line break: "home.Rukhsana", "familyUna"
_GLUED = regex.compile(r"(?<![\w.])\p{Ll}{2,}[.!?]?(?P<name>\p{Lu}\p{Ll}{2,})(?!\w)")
# a first name run into the surname after it, no blank between: "TonyKillow"
_GLUED_FULL = regex.compile(r"(?<![\w.'’-])(?P<first>\p{Lu}\p{Ll}{2,})(?P<name>\p{Lu}\p{Ll}{2,})(?![\w'’-])")
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
        self.handle = regex.compile(rf"(?m)^[ \t]*{phrases(wording.handle_labels)}[ \t]*:?[ \t]*"
                                    r"(?P<name>(?=[\w.-]*\p{L})[\w][\w.-]{2,39})[ \t]*$") \
            if wording.handle_labels else None

    def read(self, text: str) -> Iterator[Read]:
        yield from self._glued(text)
        yield from self._streets(text)
        for m in self.handle.finditer(text) if self.handle is not None else ():
            if not self.names.ordinary(m.group("name")):  # "Upload: others", a site's category
                yield Read(*m.span("name"), Kind.PERSON, 0.3, "a user name after an upload label")
        if self.birth.search(text):
            yield from self._births(text)

    def _glued(self, text: str) -> Iterator[Read]:
        """The whole glued word, as it must be replaced: a name word after a full stop
        ("home.Rukhsana"), a listed name run into a word ("familyUna"), a listed first name run into
        a name word ("TonyKillow")."""
        for m in _GLUED.finditer(text):
            name = m.group("name")
            stop = m.start("name") > m.start() and text[m.start("name") - 1] in ".!?"
            if self.names.fits(name, places=True, after_name=False) and (stop or self.names.listed(name)):
                yield Read(*m.span(), Kind.PERSON, 0.3, "a name glued to the word before it")
        for m in _GLUED_FULL.finditer(text):
            if self.vocabulary.is_first_name(m.group("first")) \
                    and self.names.fits(m.group("name"), places=False, after_name=True):
                yield Read(*m.span(), Kind.PERSON, 0.3, "a first name glued to the name after it")

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
