"""The written forms of the people a document or its case knows, and an index that finds
them as the tool links them: a full name in any case with a capital in it ("ELLEN
MARCH", "Ellen MARCH"; all in lower case only on a short lower-case line, a file title:
"precious little" is not Precious Little), a lone word as known, in capitals or
capitalised; before a possessive; with any spaces, a tab or a line or soft break between
the words of a name, straight or curly apostrophes.

Like ``names.WholeWords``, the index looks each word of a text up by its first word
(lower-cased) instead of compiling a pattern of every name: a batch knows thousands."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import regex

from redactor.decide.case import ALIAS, ALONE, CASE_FILE, REVIEWER, STRONG, TABLE, TITLE, Case
from redactor.names import APOSTROPHES, PARTICLE, is_initials, words
from redactor.types import Person, Segment

BATCH = "another document of the batch"
_RUN = regex.compile(r"\w+")
# a name glued to a lower-case word before it, as a lost space or line break leaves it ("homeWest",
# "familyUna"): found as a word of its own (three letters or more, all lower case, no particle: "macDonald",
# "vanDyke" stay one word)
_GLUED = regex.compile(rf"(?<![\w'’-])(?!{PARTICLE}\p{{Lu}})\p{{Ll}}{{3,}}(?=\p{{Lu}}\p{{Ll}})")
_APOSTROPHES = frozenset(APOSTROPHES)
_HYPHENS = frozenset("-‐‑")
_SPACE, _APOSTROPHE, _HYPHEN = " ", "'", "-"
TAIL = 80  # characters either side of a line break searched for a name broken by it
TITLE_WORDS = 12  # a line all in lower case this short is a title: a full name is looked for in lower case too
_RANK = {how: i for i, how in enumerate((*STRONG, ALONE))}
CERTAIN = frozenset({CASE_FILE, REVIEWER, TABLE, TITLE, ALIAS})  # evidence more than a recognizer's reading


@dataclass(frozen=True)
class KnownForm:
    """A written form of a known person ("Ellen March", "March", "Abi") and why it is known."""

    text: str
    how: str  # "table label", "case file", "full name", ..., BATCH
    full: bool  # two name words or more: the person in any case, whatever else the words mean
    sure: bool = True  # certain, not only NER's reading: see ``known_forms``
    named: bool = False  # a lone word of a person this document names alone in a person's context
    whole: bool = False  # a lone word of a person named in full: the person wherever it is written as a name


@lru_cache(maxsize=65536)
def is_full(text: str) -> bool:
    """A name of two capitalised words or more ("Ellen March", "JOE BLOGGS"); an inverted
    "March, Ellen" is looked for as "Ellen March" (with a comma, "in March, Ellen" would match)."""
    return len(words(text)) > 1 and "," not in text


def _gap(text: str) -> str:
    """The kind of separator between two words of a form: a space of any kind, an apostrophe,
    a hyphen, or the text itself (".": "J. Smith")."""
    if text.isspace():
        return _SPACE
    if len(text) == 1 and text in _APOSTROPHES:
        return _APOSTROPHE
    if len(text) == 1 and text in _HYPHENS:
        return _HYPHEN
    return text


def _fits(gap: str, text: str) -> bool:
    if gap == _SPACE:
        return text.isspace()
    if gap == _APOSTROPHE:
        return len(text) == 1 and text in _APOSTROPHES
    if gap == _HYPHEN:
        return len(text) == 1 and text in _HYPHENS
    return text == gap


def name_key(text: str) -> tuple[str, ...]:
    """A written name as its words, lower-cased: one key for every way it is written."""
    return tuple(m.group().lower() for m in _RUN.finditer(text))


@lru_cache(maxsize=65536)
def _spelling(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A form's words (its ``name_key``) and the kinds of separator between them."""
    return name_key(text), tuple(_gap(text[a.end():b.start()]) for a, b in pairwise(_RUN.finditer(text)))


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    form: KnownForm


class FormIndex:
    """Known forms by their first word, lower-cased; of two forms written alike, the sure
    one wins, then the named one, then one of a person named in full, else the first
    given."""

    def __init__(self, forms: Iterable[KnownForm]) -> None:
        entries: dict[tuple[tuple[str, ...], tuple[str, ...]], KnownForm] = {}
        for form in forms:
            key = _spelling(form.text)
            if key[0] and (key not in entries or _rank(form) > _rank(entries[key])):
                entries[key] = form
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], KnownForm]]] = {}
        for (keys, gaps), form in entries.items():
            self._by_first.setdefault(keys[0], []).append((keys, gaps, form))
        for group in self._by_first.values():
            group.sort(key=lambda e: -len(e[0]))  # the longest form first
        self._firsts = frozenset(self._by_first)
        self.forms = list(entries.values())

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, text: str) -> list[Hit]:
        """Every occurrence, leftmost then longest, never overlapping."""
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer: compare word by word
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        runs = _runs(text, low)
        if self._firsts.isdisjoint(low[s:e] for s, e in runs):
            return []  # most texts: no known word at all
        title = low == text and len(runs) <= TITLE_WORDS  # "scr ellen march final report"
        out: list[Hit] = []
        i = 0
        while i < len(runs):
            s, e = runs[i]
            candidates = self._by_first.get(low[s:e])
            n, form = next(((len(keys), form) for keys, gaps, form in candidates
                            if self._matches(text, low, runs, i, keys, gaps)), (0, None)) if candidates else (0, None)
            if form is not None and (title or not form.full or low[s:runs[i + n - 1][1]] != text[s:runs[i + n - 1][1]]):
                out.append(Hit(s, runs[i + n - 1][1], form))
            i += n or 1
        return out

    @staticmethod
    def _matches(text: str, low: str, runs: list[tuple[int, int]], i: int,
                 keys: tuple[str, ...], gaps: tuple[str, ...]) -> bool:
        """Do the words from the ``i``-th on spell ``keys``, separated as ``gaps`` say?"""
        if i + len(keys) > len(runs):
            return False
        return all(low[runs[i + j][0]:runs[i + j][1]] == keys[j]
                   and _fits(gaps[j - 1], text[runs[i + j - 1][1]:runs[i + j][0]]) for j in range(1, len(keys)))


def _runs(text: str, low: str) -> list[tuple[int, int]]:
    """The words of ``text`` (``low`` its lower case, as long), a name glued to a lower-case word
    before it a word of its own ("homeWest": "home", "west")."""
    runs = [m.span() for m in _RUN.finditer(low)]
    cuts = {m.end() for m in _GLUED.finditer(text)} if not text.islower() else set()
    if not cuts:
        return runs
    out = []
    for s, e in runs:
        for cut in sorted(c for c in cuts if s < c < e):
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


def _rank(form: KnownForm) -> tuple[bool, bool, bool]:
    return form.sure, form.named, form.whole


Piece = tuple[int, int, int]  # segment index, start, end


@dataclass(frozen=True)
class Found:
    """A known form in a document: one piece, or two when a line break splits it."""

    pieces: tuple[Piece, ...]
    form: KnownForm


def find_in_segments(segments: Sequence[Segment], index: FormIndex) -> list[Found]:
    """Every known form in ``segments``, in reading order: within each segment, and a
    full name across the break between two lines of one paragraph of a text file ("Peter"
    ending one line, "March" opening the next; a soft break in Word is inside its segment)."""
    if not index:
        return []
    across: dict[int, list[tuple[int, int]]] = {}
    found: list[Found] = []
    for i, (a, b) in enumerate(pairwise(segments)):
        head, tail = b.text[:TAIL], a.text[-TAIL:]
        if not (b.wraps and tail.rstrip()[-1:].isalnum() and head.lstrip()[:1].isalnum()):
            continue
        cut, offset, joined = len(tail), len(a.text) - len(tail), f"{tail}\n{head}"
        for h in index.find(joined):
            if h.start < cut < h.end and h.form.full:
                first = (i, offset + h.start, offset + h.start + len(joined[h.start:cut].rstrip()))
                rest = joined[cut + 1:h.end]
                second = (i + 1, len(rest) - len(rest.lstrip()), h.end - cut - 1)
                found.append(Found((first, second), h.form))
                across.setdefault(i, []).append(first[1:])
                across.setdefault(i + 1, []).append(second[1:])
    for i, s in enumerate(segments):
        taken = across.get(i, [])
        found += [Found(((i, h.start, h.end),), h.form) for h in index.find(s.text)
                  if not any(h.start < b and a < h.end for a, b in taken)]
    return sorted(found, key=lambda f: f.pieces[0])


def _how(p: Person, form: str) -> str:
    link = p.evidence.get(form)
    return link.how if link else ALONE


def known_forms(case: Case, people: Sequence[Person], named_here: Iterable[str] = (),
                elsewhere: Iterable[str] = (), in_context: Iterable[str] = (),
                only_a_place: Callable[[str], bool] = lambda word: False) -> list[KnownForm]:
    """The forms an output must not keep, the surest reason first: every full name of
    everyone the case and this document know (their first name and surname together too),
    every form with strong evidence, and the lone first names and surnames of the people
    this document names.

    A lone word is ``sure`` for a person a person named (case file, reviewer) or this
    document names on a table label, a title or a full name more than NER or a name list
    found (``named_here``): it is the person wherever nothing says otherwise; one of a
    person named in full only by NER ("Mary Power") is ``whole``: the person wherever it
    is written as a name, and where it is also a month, day, place or word where it is used
    as one ("in Chelmsford, Mary found joy"; ``LoneReading.written_as_a_name``); any other
    (a lone word another document gives on a title) only where the text says it is a
    person. A full name is sure for those people, for anyone
    the case already knew (a mapping, an earlier document) and on a table label or title:
    it is replaced whatever else its words mean and verified absent from the output; one
    only NER found in this document ("St Pancras") is replaced where it names no thing
    ("St Pancras Hospital") and is in no allow-listed phrase. A lone word another
    document found by NER alone never travels: "Louise" here is not the "Dr Louise Marlow"
    of another report. ``elsewhere``: names other documents of a batch found on strong
    evidence (not sure: the batch does not say which recognizer found them). ``in_context``:
    people this document names by a lone word that more than NER or a name list found (a
    person's context: "For June, my mother in law"); their lone words are ``named``, the
    person where the text uses them as a name ("June always said"), not only where it says
    they are a person. A place on no name list (``only_a_place``) that only an initial
    names as a person ("Y Nottinghamshire": a tick column's letter) never goes alone."""
    here, context = set(named_here), set(in_context)
    present = {p.id for p in people}
    out: list[KnownForm] = []
    for p in case.people:
        if p.id not in present:  # the same for every document that does not name them: computed once
            out += _absent(p)
    for p in people:
        out += _forms_of(p, p.id in here, p.id in case.position, True, p.id in context, only_a_place)
    out += [KnownForm(t, BATCH, is_full(t), False) for t in sorted(set(elsewhere))]
    return out


_ABSENT: dict[int, tuple[Person, list[KnownForm]]] = {}
ABSENT_KEPT = 50_000


def _absent(p: Person) -> list[KnownForm]:
    """The forms of a case person a document does not name (a case's people are never
    changed in place: ``Case.commit`` puts a new Person)."""
    built = _ABSENT.get(id(p))
    if built is None or built[0] is not p:
        if len(_ABSENT) > ABSENT_KEPT:  # a long `serve` session: start again rather than grow
            _ABSENT.clear()
        built = _ABSENT[id(p)] = (p, _forms_of(p, False, True, False))
    return built[1]


def _forms_of(p: Person, named_here: bool, in_case: bool, present: bool, named: bool = False,
              only_a_place: Callable[[str], bool] = lambda word: False) -> list[KnownForm]:
    hows = sorted((_how(p, f) for f in p.forms), key=lambda h: _RANK.get(h, 99))
    best = hows[0] if hows else ALONE
    given = p.fixed is not None or bool({CASE_FILE, REVIEWER} & set(hows))
    sure = named_here or given
    initialled = not given and (not p.first or is_initials(p.first))
    certain = sure or in_case or bool(CERTAIN & set(hows))  # for a full name
    out = []
    for form in sorted(p.forms, key=lambda f: (_RANK.get(_how(p, f), 99), f)):
        how, full = _how(p, form), is_full(form)
        if full or how in STRONG or sure or present:
            out.append(KnownForm(form, how, full, certain if full else sure, named and not full))
    if p.first and p.last:
        out.append(KnownForm(f"{p.first} {p.last}", best, is_full(f"{p.first} {p.last}"), certain))
    if sure or present:
        whole = bool(p.first and p.last)
        out += [KnownForm(w, best, False, sure, named, whole) for w in (p.first, p.last)
                if w and not (initialled and only_a_place(w))]
    return [f for f in out if f.full or len(f.text.strip()) > 1 and not is_initials(f.text)]
