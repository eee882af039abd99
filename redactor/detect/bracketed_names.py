"""A person's other name in brackets just after a name found: a maiden or married name, or a
nickname ("sister to Raymond and Gertie (Shields)", "Mary (Mollie)"). One word in title case on a
name list, no title's, job's, body's, place's, month's or day's word ("Williams (Chair)",
"Inquiry (Scotland)" stay), in no allow-listed phrase."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from redactor.detect.vocabulary import Vocabulary
from redactor.recognizer_names import NICKNAME
from redactor.types import Detection, Kind, Segment

SCORE = 0.85
_BRACKETED = regex.compile(r"[ \t]*\((\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)\)")


def bracketed_names(segments: Sequence[Segment], people: Sequence[Detection],
                    vocabulary: Vocabulary) -> list[Detection]:
    """The name in brackets just after each person found, where it is no word of another kind."""
    texts = {s.id: s.text for s in segments}
    out = []
    for d in people:
        text = texts.get(d.segment_id, "")
        m = _BRACKETED.match(text, d.end)
        if m is None:
            continue
        word = m.group(1)
        if not vocabulary.is_listed(word) or vocabulary.in_places(word) or vocabulary.is_title_word(word) \
                or word.lower() in vocabulary.jobs or word.lower() in vocabulary.body_words \
                or word.lower() in vocabulary.dates or vocabulary.is_kept(text, m.start(1)):
            continue
        out.append(Detection(d.segment_id, m.start(1), m.end(1), word, Kind.PERSON, SCORE, NICKNAME,
                             "a name in brackets after a person's name"))
    return out
