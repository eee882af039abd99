"""Names in a list of names: in a line listing three or more items shaped like a name
("19 - Kenichi Shimokawa, 2 - Hiroshige Yanagimoto, 3 - Naoki Soma"), or in three or more
lines running on, each a bulleted name alone ("• Christine Galloway", "• Briege McQuitty"),
when a third or more of them were found as people, the others of the same shape are people too."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, PARTICLE, words
from redactor.types import Detection, Kind, Segment

SCORE = 0.75
MIN_ITEMS = 3
_ITEM = regex.compile(
    rf"(?:^|(?<=[,;:(]))[ \t]*(?:\d{{1,3}}[ \t]*[-–][ \t]*)?"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{1,2}})"
    rf"(?=[ \t]*(?:[,;)(]|[ \t]\d|\.?$))")  # a whole bracketed item ("(Real Madrid)") is no name


_BULLETED = regex.compile(rf"[ \t]*[•·▪●◦○■□➢►*\-–—][ \t]+(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*"
                          rf"{NAME_WORD}){{1,2}})[ \t]*")


def fellow_items(segment: Segment, people: Sequence[Detection], vocabulary: Vocabulary) -> list[Detection]:
    """The name-shaped items of ``segment`` not yet found, when enough of their fellows were."""
    text = segment.text
    items = [m.span("name") for m in _ITEM.finditer(text)
             if not (text[:m.start("name")].rstrip().endswith("(") and text[m.end("name"):].startswith(")"))]
    return _fellows([(segment, start, end) for start, end in items], people, vocabulary)


def fellow_lines(segments: Sequence[Segment], people: Sequence[Detection],
                 vocabulary: Vocabulary) -> list[Detection]:
    """The bulleted names alone on their lines not yet found, in runs of such lines where
    enough of their fellows were ("• Christine Galloway" … "• Briege McQuitty")."""
    runs: list[list[tuple[Segment, int, int]]] = [[]]
    for segment in segments:
        m = _BULLETED.fullmatch(segment.text)
        if m is None:
            runs.append([])
        else:
            runs[-1].append((segment, *m.span("name")))
    return [d for run in runs for d in _fellows(run, people, vocabulary)]


def _fellows(items: Sequence[tuple[Segment, int, int]], people: Sequence[Detection],
             vocabulary: Vocabulary) -> list[Detection]:
    if len(items) < MIN_ITEMS:
        return []
    found = [any(d.segment_id == s.id and d.start < end and start < d.end for d in people) for s, start, end in items]
    if 3 * sum(found) < len(items):
        return []
    out = []
    for (segment, start, end), known in zip(items, found, strict=True):
        name = segment.text[start:end]
        if known or not all(vocabulary.is_name_word(w) and not w.isupper() for w in words(name)) \
                or vocabulary.is_place(name) \
                or vocabulary.is_kept(segment.text, start):
            continue
        out.append(Detection(segment.id, start, end, name, Kind.PERSON, SCORE, "ListItemRecognizer",
                             "a name-shaped item of a list whose other items are people"))
    return out
