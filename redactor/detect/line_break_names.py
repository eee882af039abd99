"""A name a line break splits: a listed first name ending a line and its surname opening
the next ("GT, SD and Eleri\\nButler were welcomed", "chaired by Dr Amara\\nOkafor."), as
text copied from a PDF or a narrow column breaks its lines. Each line is a text of its own
to the recognizers, which see a lone first name and a lone capitalised word; read together,
the two lines hold one full name. The surname must be a name word that opens no title,
body, job, date or place ("… and Grace\\nHouse" is a building), and what follows it must
not go on with another capitalised word (that opens a name or a body of its own)."""
from __future__ import annotations

from collections.abc import Container, Sequence
from itertools import pairwise

import regex

from redactor.detect.address_block import continues
from redactor.detect.vocabulary import Vocabulary, no_name_words
from redactor.names import NAME_WORD
from redactor.rules import Rules
from redactor.types import Detection, Kind, Segment

SCORE = 0.85
RECOGNIZER = "LineBreakNameRecognizer"
_LAST = regex.compile(rf"(?<![\w'’.-])(?P<word>{NAME_WORD})[ \t]*$")
_WORD_BEFORE = regex.compile(r"(?P<word>[\w'’.-]+)[ \t]*$")
_FIRST = regex.compile(rf"[ \t]*(?P<word>{NAME_WORD})(?=[ \t]*(?:[,.;:)]|$)|[ \t]+[\p{{Ll}}(])")


class LineBreakNames:
    """Full names split between two lines of one text."""

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.not_surnames = no_name_words(rules, rules.addresses.building_words, rules.addresses.street_types)

    def find(self, segments: Sequence[Segment], english: Container[str]) -> list[Detection]:
        out = []
        why = "a first name ending a line and its surname opening the next"
        for line, after in pairwise(segments):
            first = _LAST.search(line.text)
            last = _FIRST.match(after.text) if first is not None and continues(line, after) else None
            if first is None or last is None or not self._first_name(line.text, first) \
                    or not self._surname(last.group("word"), english) \
                    or self.vocabulary.is_kept(after.text, last.start("word")):
                continue
            out += [Detection(segment.id, m.start("word"), m.end("word"), m.group("word"), Kind.PERSON, SCORE,
                              RECOGNIZER, why) for segment, m in ((line, first), (after, last))]
        return out

    def _first_name(self, text: str, m: regex.Match) -> bool:
        """A listed first name in title case, no place, that opens its name: no capitalised word
        but a title before it ("and Eleri", "Dr Amara"; not "Tom Eleri")."""
        v = self.vocabulary
        word = m.group("word")
        before = _WORD_BEFORE.search(text, 0, m.start())
        opens = before is None or not before.group("word")[:1].isupper() or v.is_title_word(before.group("word"))
        return opens and word[1:].islower() and v.is_first_name(word) and not v.in_places(word) \
            and not v.is_kept(text, m.start())

    def _surname(self, word: str, english: Container[str]) -> bool:
        """A name word in title case or capitals that is a listed surname or no English word, and
        no title, body's, job's or street's word, month or day, nor a place that is no surname."""
        v = self.vocabulary
        low = word.lower()
        return v.is_name_part(word) and low not in self.not_surnames and low not in v.dates \
            and (v.in_surnames(word) or low not in english)
