"""A lone dictionary word that NER alone calls a person, on no name list, is shown to the reviewer
instead of changed when nothing around it is a person's and the word is plainly a thing's: the
dictionary knows it as a verb, adjective or adverb as well ("Mastermind", "Stitch" of "Lilo and
Stitch", "JURISDICTIONAL", "Twelfth riots", "Colour: Pale"), or it is a noun after a place's name
("Spalding Guardian"). A noun alone is not enough: the dictionary also holds famous people's
surnames ("Auden", "Galbraith", "Bragg"), so "Tam had been at the wake" is still changed.

A person's marks: a title or a family word before the word ("Cllr.Gale", "son Auden"), a first
name before it ("Wes Venn"), what people do or own after it ("Penman said", "Tam's"), a person
found beside it in a list ("Slack and Auden"), or another reading of the document that takes the
word as a person (then every mention NER reads goes)."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from redactor.detect.lexicon import Lexicon
from redactor.detect.vocabulary import Vocabulary
from redactor.recognizer_names import NER
from redactor.types import Detection, Hint, Kind, Segment

SCORE = 0.3  # a hint's rank: under every change's least score
WHY = "a dictionary word NER alone calls a person, with nothing a person has around it"
_WORD_BEFORE = regex.compile(r"(?<![\w'’.-])(\p{L}[\p{L}'’-]*)\.?[ \t]*\Z")  # on its line
_JOINED = regex.compile(r"[ \t]*(?:,|&|\band\b|\bor\b)[ \t]*")
_POSSESSIVE = regex.compile(r"['’]s?(?!\w)")


def doubted_lone_words(found: list[Detection], segments: Sequence[Segment], vocabulary: Vocabulary,
                       lexicon: Lexicon) -> tuple[list[Detection], list[Hint]]:
    """``found`` without the lone words NER alone calls people that are things' words (see the
    module), and those words as hints for the reviewer."""
    texts = {s.id: s.text for s in segments}
    people = [d for d in found if d.kind is Kind.PERSON]
    doubted = [d for d in people if _lone_ner(d) and d.segment_id in texts and d.text in lexicon
               and not vocabulary.is_listed(d.text)]
    # a word marked once, or taken by another reading, is a person's wherever NER reads it
    sure = {w for d in people if not _lone_ner(d) for w in d.text.split()} \
        | {d.text for d in doubted if _marked(d, texts[d.segment_id], people, vocabulary)}
    hinted = {id(d) for d in doubted if d.text not in sure
              and (lexicon.more_than_a_noun(d.text) or _after_a_place(d, texts[d.segment_id], vocabulary))}
    return [d for d in found if id(d) not in hinted], \
        [Hint(d.segment_id, d.start, d.end, d.text, Kind.PERSON, SCORE, NER, WHY) for d in doubted if id(d) in hinted]


def _lone_ner(d: Detection) -> bool:
    return d.kind is Kind.PERSON and d.recognizer == NER and d.title is None and not any(c.isspace() for c in d.text)


def _after_a_place(d: Detection, text: str, vocabulary: Vocabulary) -> bool:
    before = _WORD_BEFORE.search(text, 0, d.start)
    return before is not None and vocabulary.in_places(before.group(1)) and not vocabulary.is_listed(before.group(1))


def _marked(d: Detection, text: str, people: list[Detection], vocabulary: Vocabulary) -> bool:
    """Has the word at ``d`` a person's mark around it in ``text`` (see the module)?"""
    before = _WORD_BEFORE.search(text, 0, d.start)
    if before is not None and (vocabulary.is_title_word(word := before.group(1)) or word.lower() in vocabulary.kin
                               or vocabulary.in_first_names(word)):
        return True
    if vocabulary.person_verb.match(text, d.end) or _POSSESSIVE.match(text, d.end):
        return True
    return any(p is not d and p.segment_id == d.segment_id and (
        _JOINED.fullmatch(text, p.end, d.start) or _JOINED.fullmatch(text, d.end, p.start)) for p in people)
