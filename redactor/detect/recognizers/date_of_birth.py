"""Dates of birth. A date is one only where a label says so, and a label binds to
the one date it labels: "Nadia Orme, DOB 26/04/1984, was seen on 27/10/2019"
gives 26/04/1984 alone. Chronology dates, dates of death and every other date
stay; a placeholder left by an earlier run ("[date of birth removed]") is neither
a label nor a date, so redacting an output again changes nothing."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import regex
from dateutil.parser import parse as parse_date

from redactor.detect.recognizers.base import ExplainingRecognizer, placeholder_pattern
from redactor.detect.vocabulary import Vocabulary
from redactor.names import MONTH_PATTERN as _MONTH
from redactor.rules import Rules

_ISO = regex.compile(r"\d{4}-\d\d-\d\d")
_MONTH_YEAR = regex.compile(r"\p{L}+\.?,?\s+\d{4}")
_LEAD = regex.compile(r"[\s:.\-–—=(\[]*")  # "DOB: ", "Date of birth - ", "D.O.B. ("
_STOP = regex.compile(r"[.;!?](?!\S)|[\n\r\v]|,(?!\s*$)")  # a clause ends; a comma only just before the date
# ... but for the commas of a place of birth between the label and its date: "born in the Gorbals,
# Glasgow on 6 June 1913", "born at 3 Mill Street, Leeds, on …" (capitalised names, house numbers
# and a few small words, no full stop)
_PLACE_NAME = r"(?:\p{Lu}[\p{L}'’\-]*|\d{1,4}[a-z]?)"
_PLACE_GAP = regex.compile(rf"(?:(?:in|at)[ \t]+)?(?:the[ \t]+)?{_PLACE_NAME}(?:,?[ \t]+(?:{_PLACE_NAME}|the|of|upon))*"
                           r"(?:,?[ \t]+(?:on|in)(?:[ \t]+the)?)?,?[ \t]*")


def _described(nouns: list[str]) -> regex.Pattern:
    """A description of a place of birth between commas, after its name (``place_nouns``: "village", "town"),
    which counts as no word between the label and the date: "born at Portknockie, a small fishing village in
    Banffshire, on 9th September 1912"."""
    if not nouns:
        return regex.compile(r"(?!)")
    alternatives = "|".join(map(regex.escape, nouns))
    return regex.compile(rf",[ \t]+(?:a|an|the)[ \t]+(?:[\p{{Ll}}\-]+[ \t]+){{0,4}}(?:{alternatives})"
                         rf"(?:[ \t]+(?:in|near|of|on)[ \t]+(?:the[ \t]+)?{_PLACE_NAME}(?:[ \t]+{_PLACE_NAME}){{0,2}})?"
                         r"(?=,)")


_ON_OR_ABOUT = regex.compile(r"\b(?:on|in)[ \t]+or[ \t]+(?:about|around)\b")  # "born on or about 5 May 1891"
# a life span after a name, "Martin (3rd May 1962 – 14th June 2020)": its first date is a date of birth
# ... also a few lower-case words after the name ("Banaz Mahmood for instance (1986-2006)"): the
# life is then an adult's
_AFTER_NAME = r"(?P<gap>,?(?:[ \t]+\p{Ll}+){0,3},?)"
_INITIALS = regex.compile(r"\p{Lu}{2,3}")  # "BM": a person written as initials
_SPAN_OPEN = regex.compile(rf"(\p{{Lu}}[\p{{L}}'’-]*){_AFTER_NAME}[ \t]*\([ \t]*$")
# ... or without brackets: "JANE SMITH 14.03.1961 – 02.05.2023"
_BARE_OPEN = regex.compile(rf"(?<![\p{{L}}'’-])(?!{_MONTH}\b)(\p{{Lu}}[\p{{L}}'’-]*),?[ \t]+$")
_SPAN_DASH = regex.compile(r"[ \t]*(?:[-–—]|to\b)[ \t]*")
_SPAN_CLOSE = regex.compile(r"[ \t]*\)")
# a year of birth after its label: "born in 1975", "b.1971", "born 1990/91" (a school year's two),
# "born 1797/8" (a year written as two, its last digit alone)
YEAR = r"(?:1[789]|20)\d\d"  # a year of birth, 1700 to 2099 ("born in 1887", a family history's "born 1797" too)
_BIRTH_YEAR = regex.compile(rf"{YEAR}(?:/(?:(?:1[789]|20)?\d\d|\d))?(?![\d/.\-]\d)")
# a life span of years after a name, "Martin (1962 – 2020)": its first year is a year of birth
_YEAR_SPAN = regex.compile(rf"(\p{{Lu}}[\p{{L}}'’-]*){_AFTER_NAME}[ \t]*\([ \t]*(?P<birth>{YEAR})[ \t]*"
                           rf"(?:[-–—]|to\b)[ \t]*(?P<death>{YEAR})[ \t]*\)")
# ... and without brackets, "Jane Smith 1950 – 2020", "Jane Smith, 1950-2020,": an adult's life long
# after a listed name that is no place nor common word ("Leeds 1960-2000", "Census 1901-2001": periods)
_BARE_YEAR_SPAN = regex.compile(rf"(?<![\p{{L}}'’-])(?!{_MONTH}\b)(\p{{Lu}}[\p{{L}}'’-]*),?[ \t]+"
                                rf"(?P<birth>{YEAR})[ \t]*[-–—][ \t]*"
                                rf"(?P<death>{YEAR})(?![\d/.\-–—]\d)")
LIFE_SPAN = "a life span after a name"
# the columns of a header line that hold dates, in order: "DOB", "Date of birth", "Date of death", "Died"
_DATE_COLUMN = regex.compile(r"(?i)\bdates?[\s-]+of[\s-]+(?:birth|death)\b|\bd\.?\s?o\.?\s?[bd]\b\.?|\bd/o/[bd]\b"
                             r"|\bbirth[\s-]*dates?\b|\bdates?\b|\bborn\b|\bdied\b")
# a word of a sentence, not a column's name
_NOT_A_HEADER = regex.compile(r"(?<![\p{L}'’-])(?!(?:of|and|to|or|the|if|known|applicable)\b)\p{Ll}")
_DIGITS = regex.compile(r"\d")
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}{2,}")
_ROW_WORDS = 3  # lower-case words a row of a table may hold ("son of victim")
_HEADER_LONGEST = 150
ADULT = 16  # years: a life span after a word on no name list is at least this long
_SENTENCE = regex.compile(r"(?:[.!?;](?!\S)|[\n\r\v])[\s\"“‘']*(?=[^.!?;\n\r\v]*$)")  # the last clause end
_ON = regex.compile(r"[\s\"“‘']*(?i:on)[ \t]+(?:the[ \t]+)?")
# a sentence opening with a year alone: "In 1967 Jannat was born"
_IN_YEAR = regex.compile(r"[\s\"“‘']*(?i:in)[ \t]+(?:(?i:early|late|mid-?)[ \t]*)?"
                         rf"(?P<year>{YEAR})(?![\d/.\-]\d)")
_BEFORE = regex.compile(r"[\s,(\[\-–—]*(?:\w+\s+){0,3}?[\s(\[\-–—]*")  # "12/03/1980 (DOB)", "… was her date of birth"


def _lead_end(text: str, pos: int = 0) -> int:
    """Where the punctuation and spaces of ``_LEAD`` from ``pos`` end (it always matches)."""
    m = _LEAD.match(text, pos)
    return m.end() if m else pos


def same_dates(labelled: Iterable[str], texts: Iterable[str], dates: regex.Pattern) -> set[str]:
    """Every written form in ``texts`` of a date in ``labelled``: a date of birth given as
    "30/09/1984" is the same date as "30.09.84" or "30th September 1984" elsewhere. A date
    without a year ("4 May") is never one: "4 May 2019" is another day."""
    labelled = {d for d in labelled if dates.search(d)}
    keys = {k for k in map(day_of, labelled) if k is not None}
    if not keys:
        return labelled
    return labelled | {m.group() for text in texts for m in dates.finditer(text) if day_of(m.group()) in keys}


@lru_cache(maxsize=4096)  # a batch's second pass reads every date of every document
def day_of(text: str) -> date | None:
    """The day a written date names (UK day-first; ISO year-first), None if it names none
    (a month and year, "March 1961", names no day)."""
    if _MONTH_YEAR.fullmatch(text.strip()):
        return None
    try:
        return parse_date(text, dayfirst=not _ISO.fullmatch(text.strip())).date()
    except (ValueError, OverflowError):
        return None


def date_pattern(rules: Rules) -> regex.Pattern:
    """Every written form of a date in rules/dates.yaml, as one pattern."""
    return regex.compile("|".join(p.regex for p in rules.dates.patterns), regex.IGNORECASE)


@dataclass(frozen=True)
class DobBinder:
    """Finds the dates that labels bind to; pure text, no NLP."""

    labels: regex.Pattern
    dates: regex.Pattern
    placeholders: regex.Pattern
    gap_words: int
    clause_words: regex.Pattern  # words that open another clause: "born in Leeds and on 12/05/2005 moved"
    is_name: Callable[[str], bool]  # a listed first name or surname, for life spans ("Martin (1962 – 2020)")
    event_labels: regex.Pattern  # "was born" ending a sentence that opens "On <date>"
    could_be_name: Callable[[str], bool]  # a word on no list that may still name someone ("Ceridwen")
    year_labels: regex.Pattern  # "born in", "b." just before a year of birth ("born in 1975")
    partial: regex.Pattern  # a date without a year ("born on 4 May"), bound only by a label
    described: regex.Pattern  # a place of birth described between commas: ", a small fishing village in Banffshire"

    @classmethod
    def from_rules(cls, rules: Rules, vocabulary: Vocabulary, dates: regex.Pattern | None = None) -> DobBinder:
        labels = regex.compile("|".join(f"(?:{p})" for p in rules.dates.dob_labels), regex.IGNORECASE)
        clause = "|".join(regex.escape(w) for w in rules.dates.dob_clause_words) or r"(?!)"
        events = "|".join(f"(?:{p})" for p in rules.dates.dob_event_labels) or r"(?!)"
        years = "|".join(f"(?:{p})" for p in rules.dates.dob_year_labels) or r"(?!)"
        return cls(labels, dates or date_pattern(rules), placeholder_pattern(rules), rules.dates.dob_gap_words,
                   regex.compile(rf"\b(?:{clause})\b", regex.IGNORECASE),
                   lambda w: len(w) == 1 or vocabulary.in_first_names(w) or vocabulary.in_surnames(w),
                   regex.compile(events, regex.IGNORECASE),
                   lambda w: vocabulary.is_name_word(w) and not vocabulary.is_place(w),
                   regex.compile(rf"(?:{years})(?={YEAR})", regex.IGNORECASE),
                   regex.compile("|".join(rules.dates.dob_partial_patterns) or r"(?!)", regex.IGNORECASE),
                   _described(rules.addresses.place_nouns))

    def bind(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every date a label binds to, in reading order."""
        done = self._done(text)
        dates = [m.span() for m in self.dates.finditer(text) if not _inside(m.span(), done)]
        partial = [m.span() for m in self.partial.finditer(text)
                   if not any(a < m.end() and m.start() < b for a, b in [*dates, *done])]
        values = sorted([(a, b, False) for a, b in done] + [(a, b, True) for a, b in dates + partial])
        found: dict[tuple[int, int], str] = {}
        for label in self.labels.finditer(text):
            if _inside(label.span(), done):
                continue
            value = self._after(text, label.end(), values) or self._before(text, label.start(), values)
            if value is not None and value[2]:
                found.setdefault(value[:2], label.group())
        for label in self.event_labels.finditer(text):
            value = None if _inside(label.span(), done) else self._opening(text, label.start(), values)
            if value is not None and value[2]:
                found.setdefault(value[:2], label.group())
        for span in self._life_spans(text, done):
            found.setdefault(span, LIFE_SPAN)
        for a, b, why in self._years(text, done):
            if not any(x <= a < y for x, y in found):
                found.setdefault((a, b), why)
        return [(a, b, why) for (a, b), why in sorted(found.items())]

    def _opening(self, text: str, start: int, values) -> tuple[int, int, bool] | None:
        """The date a sentence opens with ("On 2 May 2001 a son, K, was born"), when the
        label at ``start`` ends its clause: no other date nor clause word between."""
        head = _SENTENCE.search(text, 0, start)
        opening = _ON.match(text, head.end() if head else 0)
        if opening is None:
            return None
        i = bisect_left(values, (opening.end(),))
        if i == len(values) or values[i][0] != opening.end() or i + 1 < len(values) and values[i + 1][0] < start:
            return None
        between = text[values[i][1]:start]
        if self.clause_words.search(between) or len(between.split()) > 2 * self.gap_words:
            return None
        return values[i]

    def _opening_year(self, text: str, start: int) -> tuple[int, int] | None:
        """The year a sentence opens with ("In 1967 a son, K, was born"), when the label at
        ``start`` ends its clause: no other year nor clause word between."""
        head = _SENTENCE.search(text, 0, start)
        opening = _IN_YEAR.match(text, head.end() if head else 0)
        if opening is None or opening.end() > start:
            return None
        between = text[opening.end():start]
        if self.clause_words.search(between) or _BIRTH_YEAR.search(between) \
                or len(between.split()) > 2 * self.gap_words:
            return None
        return opening.span("year")

    def _years(self, text: str, done: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """A year of birth: right after "born in" or "b." ("born in 1975", "b.1962", "born
        1990/91"), opening a sentence that a birth ends ("In 1968 M was born"), or opening a life
        span of years after a listed name ("Martin (1962 – 2020)") or, an adult's life long, after
        another word that may be a name ("Ceridwen (1962 – 2020)"), or without brackets after a
        listed name ("Jane Smith 1950 – 2020")."""
        found = [(*year.span(), label.group().strip()) for label in self.year_labels.finditer(text)
                 if (year := _BIRTH_YEAR.match(text, label.end()))]
        found += [(*span, label.group()) for label in self.event_labels.finditer(text)
                  if (span := self._opening_year(text, label.start()))]
        found += [(*m.span("birth"), LIFE_SPAN) for m in _YEAR_SPAN.finditer(text)
                  if int(m.group("death")) - int(m.group("birth")) >= self._life(m.group(1), m.group("gap"), 1)]
        found += [(*m.span("birth"), LIFE_SPAN) for m in _BARE_YEAR_SPAN.finditer(text)
                  if self.is_name(m.group(1)) and self.could_be_name(m.group(1))
                  and int(m.group("death")) - int(m.group("birth")) >= ADULT]
        return [(a, b, why) for a, b, why in found if not _inside((a, b), done)]

    def _life(self, word: str, gap: str, shortest: int) -> int:
        """The shortest life, in years, a span after ``word`` (and ``gap``, lower-case words between)
        must cover to be one: ``shortest`` after a listed name, an adult's after another word that may
        be a name or after words between; longer than any life after a word that names no one."""
        if self.is_name(word) and not gap:
            return shortest
        if self.is_name(word) or self.could_be_name(word) or gap and _INITIALS.fullmatch(word):
            return ADULT
        return 10_000

    def _life_spans(self, text: str, done: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The first date of "Name (BIRTH – DEATH)": two dates in brackets right after a
        listed name or a pseudonym's letter ("Adult K"), at least a year apart, or after
        another word that may be a name ("Ceridwen"), an adult's life apart (a review's or
        an operation's period is shorter); the date of death stays. ("Police (01/01/2015 –
        31/03/2019)" is a period, not a life.) Without brackets ("JANE SMITH 14.03.1961 –
        02.05.2023") after a listed name that is no place, an adult's life apart; a date alone in
        brackets after a name ("Jane Smith (27.4.1980) was reported missing on 2 May 2020") when
        another date of the text is an adult's life later."""
        spans = []
        for birth in self.dates.finditer(text):
            if _inside(birth.span(), done):
                continue
            name = _SPAN_OPEN.search(text, max(0, birth.start() - 80), birth.start())
            bare = None if name else _BARE_OPEN.search(text, max(0, birth.start() - 40), birth.start())
            if name is not None:
                years = self._life(name.group(1), name.group("gap"), 1)
            elif bare is not None and self.is_name(bare.group(1)) and self.could_be_name(bare.group(1)):
                years = ADULT
            else:
                continue
            dash = _SPAN_DASH.match(text, birth.end())
            death = self.dates.match(text, dash.end()) if dash else None
            if years > ADULT:
                continue
            if death is None:
                if name is not None and _SPAN_CLOSE.match(text, birth.end()) \
                        and any(_years_apart(birth.group(), later.group(), ADULT)
                                for later in self.dates.finditer(text, birth.end())):
                    spans.append(birth.span())
            elif (bare is not None or _SPAN_CLOSE.match(text, death.end())) \
                    and _years_apart(birth.group(), death.group(), years):
                spans.append(birth.span())
        return spans

    def across(self, text: str, next_text: str) -> tuple[int, int, str] | None:
        """A label ending ``text`` ("Date of birth:") and the date opening ``next_text``,
        the next paragraph or line: (start, end, label) of that date, else None."""
        label = next((m for m in self.labels.finditer(text) if _LEAD.fullmatch(text, m.end())), None)
        date = self.dates.match(next_text, _lead_end(next_text))
        if label is None or date is None or _inside(label.span(), self._done(text)):
            return None
        return date.start(), date.end(), label.group()

    def in_columns(self, lines: Sequence[str], joined: Sequence[bool]) -> list[tuple[int, int, int]]:
        """(line, start, end) of the dates of birth of the rows below a line of column names
        ("Name | Age | DOB"), until a line holds none; ``joined[i]``: line i goes on from line i - 1."""
        found = []
        column: int | None = None
        for i in range(1, len(lines)):
            header = self.column(lines[i - 1]) if joined[i] else None
            column = header if header is not None else column if joined[i] else None
            row = self.in_row(column, lines[i]) if column is not None else None
            if row is None:
                column = None
            else:
                found.append((i, *row))
        return found

    def column(self, header: str) -> int | None:
        """Where a line of column names that holds a date of birth label ("Name | Age | DOB",
        "Name Relationship Age Date of birth") puts the date of birth among the dates of each row
        below it: its index among the header's date columns ("DOB | Date of death": 0), else None.
        A sentence ("Her date of birth was not recorded") is no header: only names of columns in it."""
        if len(header) > _HEADER_LONGEST or _DIGITS.search(header):
            return None
        columns = list(_DATE_COLUMN.finditer(header))
        births = [i for i, c in enumerate(columns) if self.labels.fullmatch(c.group())]
        if not births or _NOT_A_HEADER.search(_DATE_COLUMN.sub("", header)):
            return None
        return births[0]

    def in_row(self, column: int, row: str) -> tuple[int, int] | None:
        """The date of birth of a row under a header (``column``): its ``column``-th date; a
        sentence ("The review began on 12/03/2024.") is no row."""
        if len(_LOWER_WORD.findall(row)) > _ROW_WORDS or row.rstrip().endswith("."):
            return None
        done = self._done(row)
        dates = [m.span() for m in self.dates.finditer(row) if not _inside(m.span(), done)]
        return dates[column] if len(dates) > column else None

    def in_cell(self, label: str, text: str) -> list[tuple[int, int, str]]:
        """The dates a table label binds in its cell, read as "label: cell"
        ("Date of birth / death" binds the first date of "12/03/1980 - 14/05/2020")."""
        if not _DIGITS.search(label) and not _DIGITS.search(text):
            return []  # a text without a digit binds nothing (NEEDS: DateOfBirthRecognizer); most cells have none
        lead = f"{label}: "
        return [(a - len(lead), b - len(lead), why) for a, b, why in self.bind(lead + text) if a >= len(lead)]

    def _done(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.placeholders.finditer(text)]

    def _after(self, text: str, end: int, values) -> tuple[int, int, bool] | None:
        i = bisect_left(values, (end,))
        if i == len(values):
            return None
        value = values[i]
        lead = _lead_end(text, end)
        gap = self.described.sub("", _ON_OR_ABOUT.sub("on", text[lead:value[0]]))
        if _STOP.search(gap) and not _PLACE_GAP.fullmatch(gap) or self.clause_words.search(gap) \
                or len(gap.split()) > self.gap_words \
                or gap.strip() and _STOP.search(text, end, lead):  # "was born. She died on 4 May 2019"
            return None
        return value

    def _before(self, text: str, start: int, values) -> tuple[int, int, bool] | None:
        i = bisect_left(values, (start,)) - 1  # values never overlap, nor a label outside a placeholder
        value = values[i] if i >= 0 else None
        if value is None or value[1] > start or not _BEFORE.fullmatch(text, value[1], start) \
                or self.clause_words.search(text, value[1], start):
            return None
        return value


def _years_apart(first: str, last: str, years: int) -> bool:
    days = [day_of(first), day_of(last)]
    return days[0] is not None and days[1] is not None and (days[1] - days[0]).days >= 365 * years


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Is ``span`` within one of ``spans`` (sorted, not overlapping)?"""
    i = bisect_right(spans, (span[0], float("inf"))) - 1
    return i >= 0 and spans[i][1] >= span[1]


class DateOfBirthRecognizer(ExplainingRecognizer):
    """The dates that a "date of birth", "DOB" or "born" label binds to."""

    SCORE = 0.85

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.binder = DobBinder.from_rules(rules, vocabulary)
        super().__init__(supported_entities=["DATE_OF_BIRTH"], name="DateOfBirthRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        return [self.result("DATE_OF_BIRTH", a, b, self.SCORE, f"the date labelled '{label}'")
                for a, b, label in self.binder.bind(text)]
