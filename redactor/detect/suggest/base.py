"""What a reading gives (a span, its kind, a rank score, why) and the word shapes
the readings share."""
from __future__ import annotations

from typing import NamedTuple

import regex

from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, PARTICLE
from redactor.types import Kind

# one to three name words: "Amy", "Amy Tate", "Piet van der Berg"
NAME_RUN = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{0,2}}"
_WORD = regex.compile(NAME_WORD)


class Read(NamedTuple):
    """One span a reading takes for possible personal data."""

    start: int
    end: int
    kind: Kind
    score: float  # ranks suggestions; under every least score of a change
    why: str  # never quotes the text


def phrases(words: list[str]) -> str:
    """Phrases as one case-insensitive alternation, longest first, blanks matching any blank."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?i:" + "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered) + ")"


_NEXT_WORD = regex.compile(rf"[ \t]({NAME_WORD})")
_ACRONYM = regex.compile(r"[\p{Lu}.]+")  # "LJ", "LCJ", "Q.C.": letters after a name, never part of it


def name_part(text: str, start: int, end: int, vocabulary: Vocabulary, places: bool = True) -> tuple[int, int] | None:
    """The opening words of [start, end) that could be a name: name words, no title
    words, letters after a name ("LJ", "QC") or (unless ``places``) places; a listed
    first name alone takes in the capitalised word after it, whatever it is ("Ellen March",
    "April Thompson"). None when there is none."""
    last: int | None = None
    taken: list[str] = []
    for w in _WORD.finditer(text, start, end):
        word = w.group()
        if not vocabulary.is_name_word(word) or vocabulary.is_title_word(word) or _letters(word, taken) \
                or not places and vocabulary.in_places(word) and not vocabulary.in_surnames(word):
            break
        last = w.end()
        taken.append(word)
    if len(taken) == 1 and vocabulary.in_first_names(taken[0]) and last is not None:
        after = _NEXT_WORD.match(text, last)
        word = after.group(1) if after else ""
        if after and word.lower() not in vocabulary.function_words and not vocabulary.is_title_word(word) \
                and not _letters(word, taken):
            last = after.end()
    return (start, last) if last is not None else None


def _letters(word: str, before: list[str]) -> bool:
    """Capitals of three letters or fewer after a name word ("Lloyd LJ", "PRICE QC") are letters, no name."""
    return bool(before) and len(word.replace(".", "")) <= 3 and bool(_ACRONYM.fullmatch(word))


def listed(word: str, vocabulary: Vocabulary) -> bool:
    """On a first-name or surname list (in any case: "SOFIA" too)."""
    return vocabulary.in_first_names(word) or vocabulary.in_surnames(word)


def opens_sentence(text: str, at: int) -> bool:
    head = text[:at].rstrip(" \t\"“‘'(")
    return not head or head[-1] in ".!?:;\n•·-–—*"
