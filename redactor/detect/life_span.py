"""Life spans: two dates or two years joined by a dash, the second a human life after the first
("1929 – 2023", "30 October 1917 - 13 September 2007", "born 1929 – died 2023"), beside a person's
name: on a line that is a name ("John Emrys Williams, Willy Welsh, 1929-2023") or alone on a line
next to one. Its first end is a date of birth; its second, the date of death, stays. A chronology's
range is no life: it stands in a sentence ("between 2015-2019 she lived"), after words that name no
one ("Annual Report 2015-2019"), or spans less than an adult's life where nothing tells of a death
("Jane Smith 2015-2019": a post held); a financial year ("2019-20", "2019/20") or a month's range
("April 2019 – March 2020") is no pair of years or dates at all."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from redactor.detect.address_block import continues
from redactor.detect.recognizers.base import phrases
from redactor.detect.recognizers.date_of_birth import ADULT, LIFE_SPAN, YEAR, DateOfBirthRecognizer, DobBinder, day_of
from redactor.names import PARTICLE
from redactor.rules import Rules
from redactor.types import Detection, Kind, Segment

RECOGNIZER = "LifeSpanRecognizer"
LONGEST = 120  # years: no life is longer
_NAME_WORDS = 8  # a line that is a name holds no more words than this
_DASHES = r"[-–—‒―]"
_DASH = rf"[ \t]*{_DASHES}[ \t]*"
_A_DASH = regex.compile(_DASHES)  # what every span holds: a line without it is not read
_WORD = regex.compile(r"[\p{L}'’.\-]+")
_PARTICLE = regex.compile(rf"(?i:{PARTICLE}|and|&)")
_OPEN = regex.compile(r"[\s,:;(\[\-–—]*")
_CLOSE = regex.compile(r"[\s,.;)\]]*")
_PIECE = regex.compile(r"(?<![^\s,;:(])[^\s,;:()](?:[^,;:()\n]*[^\s,;:()])?")  # a line's piece between commas
NAME_SCORE = 0.9  # strong: a life is a person's


class LifeSpans:
    """Reads the life spans of a document's lines (a reader of whole documents: a span alone on its
    line is told by the line before or after it)."""

    def __init__(self, rules: Rules, binder: DobBinder) -> None:
        self.binder = binder
        dates = rules.dates
        self.owners = frozenset(w.lower() for w in dates.life_span_owners)
        self.kin = frozenset(w.lower() for w in rules.people.context.kin) | self.owners
        births = "|".join(dates.life_span_birth_labels) or "(?!)"
        deaths = "|".join(dates.life_span_death_labels) or "(?!)"
        year = rf"(?<![\d/.]){YEAR}(?![\d/.]\d|\d)"
        self.span = regex.compile(rf"(?:(?<!\p{{L}})(?P<born>{births})[ \t]*)?(?P<birth>{binder.dates.pattern}|{year})"
                                  rf"{_DASH}(?:(?<!\p{{L}})(?P<died>{deaths})[ \t]*)?"
                                  rf"(?P<death>(?:{binder.dates.pattern}|{year})(?![\d/.\-–—]\d))", regex.IGNORECASE)
        words = phrases(dates.life_span_words, r"[ \t]+")
        self.death_words = regex.compile(rf"(?<![\p{{L}}'’])(?:{words})(?![\p{{L}}'’])", regex.IGNORECASE)

    def find(self, segments: Sequence[Segment]) -> list[Detection]:
        """The dates of birth opening the life spans of ``segments``."""
        out = []
        for i, segment in enumerate(segments):
            if not _A_DASH.search(segment.text):
                continue
            for m in self.span.finditer(segment.text):
                years = self._years(m)
                if years is None or not self._beside_name(segments, i, m, years):
                    continue
                out.append(Detection(segment.id, *m.span("birth"), m.group("birth"), Kind.DATE_OF_BIRTH,
                                     DateOfBirthRecognizer.SCORE, RECOGNIZER,
                                     f"the date of birth opening {LIFE_SPAN}"))
                out += self._people(segment, m.start())
        return out

    def _people(self, segment: Segment, end: int) -> list[Detection]:
        """The names a life span closes a line of when two pieces between commas or more are names:
        the person and another name they went by ("John Emrys Williams, Willy Welsh, 1929-2023"); one
        name alone is left to the other readers (a public figure's: "Dylan Thomas, 1914-1953")."""
        pieces = [p for p in _PIECE.finditer(segment.text, 0, end) if self._names(p.group())
                  and not all(w.lower() in self.kin for w in _WORD.findall(p.group()))
                  and not self.death_words.search(p.group())]
        return [Detection(segment.id, *p.span(), p.group(), Kind.PERSON, NAME_SCORE, RECOGNIZER,
                          "a name and another it went by on a line a life span closes")
                for p in pieces] if len(pieces) > 1 else []

    def _years(self, m: regex.Match) -> float | None:
        """How many years the span covers; None unless both ends are days or both are years, the
        second no earlier than the first and no longer than a life after it."""
        birth, death = m.group("birth"), m.group("death")
        if birth.isdigit() != death.isdigit():
            return None
        if birth.isdigit():
            years: float = int(death) - int(birth)
        else:
            first, last = day_of(birth), day_of(death)
            if first is None or last is None:
                return None
            years = (last - first).days / 365.25
        return years if 0 <= years <= LONGEST else None

    def _beside_name(self, segments: Sequence[Segment], i: int, m: regex.Match, years: float) -> bool:
        """Is the span a life: labelled at both ends ("born 1929 – died 2023"), or closing a line that
        is a name, or alone on its line next to a line that is one; an adult's life long unless the
        line or its neighbours tell of a death."""
        text = segments[i].text
        if m.group("born") and m.group("died"):
            return True
        if not _CLOSE.fullmatch(text, m.end()):
            return False
        before = text[:m.start()]
        near = [before]
        if _OPEN.fullmatch(before):
            lines = self._neighbours(segments, i)
            if not any(self._names(s.text) for s in lines[-1:] + lines[:1] if s is not None):
                return False
            near += [s.text for s in lines if s is not None]
        elif not self._names(before):
            return False
        return years >= ADULT or any(self.death_words.search(t) for t in near)

    @staticmethod
    def _neighbours(segments: Sequence[Segment], i: int) -> list[Segment | None]:
        """The lines next to line ``i`` of the same text: [line after, two lines before, line before]
        (None past a text's edge), the last and first read as where its name stands."""
        after = segments[i + 1] if i + 1 < len(segments) and continues(segments[i], segments[i + 1]) else None
        above = segments[i - 1] if i > 0 and continues(segments[i - 1], segments[i]) else None
        higher = segments[i - 2] if above is not None and i > 1 and continues(segments[i - 2], above) else None
        return [after, higher, above]

    def _names(self, text: str) -> bool:
        """Is ``text`` (once the words telling of a death are left out) a person's name: a few words,
        each capitalised or a particle, one of them a listed name that is no place; or a family
        word alone ("Mum", "Our Dad")?"""
        words = _WORD.findall(self.death_words.sub(" ", text))
        if not words or len(words) > _NAME_WORDS:
            return False
        if all(w.lower() in self.kin for w in words) and not all(w.lower() in self.owners for w in words):
            return True
        if not all(w[0].isupper() or _PARTICLE.fullmatch(w) for w in words):
            return False
        return any(len(w) > 1 and self.binder.is_name(w) and self.binder.could_be_name(w) for w in words)
