"""Bodies whose names are lists. A local body's or hall's name opens with the places it serves
("Lapley, Stretton & Wheaton Aston Parish Council", "Newry Mourne and Down District Council", "Lapley
and Wheaton Aston Village Hall"): the name is kept whole, and each place is the place wherever else the
document writes it ("Cllr T Noblett Wheaton Aston" on the council's list is a councillor and the place
he stands for). A department named by its fields ("Children, Families and Cultural Services") is kept
whole too."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

import regex

from redactor.names import trie, words
from redactor.types import Detection


class Vocabulary(Protocol):
    """What these readings ask of ``detect.vocabulary.Vocabulary`` (which reads its keep spans here)."""

    @property
    def local_body(self) -> regex.Pattern: ...
    @property
    def department(self) -> regex.Pattern: ...

    def is_title_word(self, word: str) -> bool: ...
    def is_listed(self, word: str) -> bool: ...
    def in_places(self, text: str) -> bool: ...
    def in_first_names(self, word: str) -> bool: ...
    def is_first_name(self, word: str) -> bool: ...

_ITEM = r"\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}"  # a place of one to three words
_LAST_JOIN = r"(?:,?[ \t]+and[ \t]+|,?[ \t]*&[ \t]*)"  # " and ", " & ", ", and "
_ITEMS = regex.compile(_ITEM)
_PART = regex.compile(r"\S+")  # a word of an item, as written
_INITIAL_END = regex.compile(r"(?<![\w'’-])\p{Lu}\.?$")  # "R" of "Cllr R", "M." of "Cllr. M." before a name


def body_pattern(heads: Sequence[str]) -> regex.Pattern:
    """One place, or a list of places whose last two "&" or "and" joins, then a local body's or hall's
    last two words."""
    if not heads:
        return regex.compile(r"(?!x)x")
    return regex.compile(rf"(?<![\w'’-])(?P<places>{_ITEM}(?:(?:[ \t]*,[ \t]*{_ITEM})*{_LAST_JOIN}{_ITEM})?)"
                         rf"[ \t]+(?:{trie(heads)})(?![\w'’-])")


def department_pattern(heads: Sequence[str]) -> regex.Pattern:
    """One-word fields, a comma after the first, "and" or "&", one or two words and a department's last word."""
    if not heads:
        return regex.compile(r"(?!x)x")
    return regex.compile(rf"(?<![\w'’-])\p{{Lu}}\p{{Ll}}+(?:,[ \t]+\p{{Lu}}\p{{Ll}}+)+,?[ \t]+(?:and|&)[ \t]+"
                         rf"(?:\p{{Lu}}\p{{Ll}}+[ \t]+){{1,2}}(?:{trie(heads)})(?![\w'’-])")


def department_spans(text: str, vocabulary: Vocabulary) -> list[tuple[int, int]]:
    """The departments named by a list of their fields, none a listed first name ("Ann, Tom and Social
    Services" is people)."""
    return [m.span() for m in vocabulary.department.finditer(text)
            if not any(vocabulary.in_first_names(w) for w in words(m.group()))]


def served_places(text: str, vocabulary: Vocabulary) -> list[tuple[int, int, int]]:
    """Each local body's name in ``text`` as (where its places start, where they end, where the name
    ends). A word opening a place that is a title or a role ("Chief Executive Newry Mourne and Down
    District Council") is left out, and so is an item that is a person (every word on a name list and
    none on the place list: "Amy Tate and Stretton Parish Council" serves Stretton only)."""
    found = []
    for m in vocabulary.local_body.finditer(text):
        start = None
        for item in _ITEMS.finditer(text, m.start("places"), m.end("places")):
            place = _place_in(item, vocabulary)
            if place is None:
                start = None
            elif start is None:
                start = place
        if start is not None:
            found.append((start, m.end("places"), m.end()))
    return found


def _place_in(item: regex.Match, vocabulary: Vocabulary) -> int | None:
    """Where the place of ``item`` starts, after any word of it that is a title, a role or a name
    that is no place; None when no word is left, or a title or role follows ("Community Safety
    Manager")."""
    parts = list(_PART.finditer(item.group()))
    for i, w in enumerate(parts):
        word = w.group()
        if not (vocabulary.is_title_word(word) or vocabulary.is_listed(word) and not vocabulary.in_places(word)):
            return None if any(vocabulary.is_title_word(v.group()) for v in parts[i + 1:]) else item.start() + w.start()
    return None


def body_spans(text: str, vocabulary: Vocabulary) -> list[tuple[int, int]]:
    """The names of local bodies serving more than one place, from their first place: kept whole."""
    return [(a, end) for a, b, end in served_places(text, vocabulary) if len(_places(text[a:b])) > 1]


def _places(run: str) -> list[str]:
    return [" ".join(m.group().split()) for m in _ITEMS.finditer(run)]


def places_served(texts: Iterable[str], vocabulary: Vocabulary) -> regex.Pattern | None:
    """Every place a local body's name in ``texts`` serves ("Wheaton Aston" of "Wheaton Aston Parish
    Council"), as a pattern of whole words; None when there is none."""
    places = {p for t in dict.fromkeys(texts) if vocabulary.local_body.search(t)
              for a, b, _ in served_places(t, vocabulary) for p in _places(t[a:b])}
    return regex.compile(rf"(?<![\w'’-])(?:{trie(places)})(?![\w'’-])") if places else None


def without_place_served(d: Detection, text: str, places: regex.Pattern, vocabulary: Vocabulary) -> Detection:
    """A person whose span runs into a place a local body of the document serves, as a council's list
    writes each member and the place he stands for ("Cllr T Noblett Wheaton Aston", "V Renfrew Lapley"),
    without the place (and what follows it). Not when what is left is a lone first name after no
    initial: "Cllr Ann Stretton" may be named for her parish."""
    for m in places.finditer(text, d.start, d.end + 40):
        if d.start < m.start() < d.end:
            left = text[d.start:m.start()].rstrip(" \t,")
            if len(words(left)) == 1 and vocabulary.is_first_name(left) \
                    and not _INITIAL_END.search(text[:d.start].rstrip()):
                return d  # "Cllr Ann Stretton"; after "Cllr R" a surname is left ("Cllr R Nelson Wheaton Aston")
            return replace(d, end=d.start + len(left), text=left)
    return d
