"""Read offices and titles in a person span: the words of an office's name that open it ("Prosecutor"
of "Prosecutor Alex Prentice"), an office after a name in it ("Laurence Interim Service Director"),
a span that is a title or inside one ("H.M" of "H.M Coroner")."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD_BEFORE, NEXT_NAME_WORD
from redactor.types import Detection


def office_words(words: Sequence[regex.Match[str]], text: str, titled: bool, vocabulary: Vocabulary) -> int:
    """How many of the span's first words name an office (``Vocabulary.office_run``), a modifier or
    title just before them ("Area" of "Area Dean") read with them."""
    if not words:
        return 0
    before = NAME_WORD_BEFORE.search(text, 0, words[0].start())
    after_modifier = titled or before is not None and (vocabulary.is_office_modifier(before.group(1))
                                                       or vocabulary.is_title_word(before.group(1)))
    return vocabulary.office_run([w.group() for w in words], after_modifier)


def office_after_name(words: Sequence[regex.Match[str]], text: str, vocabulary: Vocabulary) -> int:
    """Where an office of two words or more, going on past the span or not, follows a name in it:
    "Interim" of "Laurence Interim" before "Service Director"; ``len(words)`` when none does (one word
    alone may be a surname, "Sarah Clerk", and a listed name opens none: "Jane Dean Director")."""
    following: list[str] = []
    at = words[-1].end() if words else 0
    while len(following) < 4 and (after := NEXT_NAME_WORD.match(text, at)):
        following.append(after.group(1))
        at = after.end()
    for i in range(1, len(words)):
        tail = [w.group() for w in words[i:]]
        run = vocabulary.office_run(tail + following)
        if run >= max(len(tail), 2) and not vocabulary.is_listed(tail[0]):
            return i
    return len(words)


def inside_a_title(d: Detection, text: str, vocabulary: Vocabulary) -> bool:
    """Is the detection a title or office, or inside one, whole words ("H.M Coroner", "H.M" of it)?"""
    for at in range(max(0, d.start - 12), d.start + 1):
        if text[at - 1:at].isalnum():
            continue  # a title opens a word
        m = vocabulary.titles.match(text, at)
        if m and d.end <= m.end() and not text[m.end():m.end() + 1].isalnum():
            return True
    return False
