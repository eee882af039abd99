"""What spaCy's NER made of a text, read again from the first pass's doc (no second
pass): a PERSON entity the plan kept (the rules overruled NER: a common word, words kept
by the allow list), and a title-case word on the name lists inside an entity of any other
label ("Sofia" taken for a place, "Kendal" for an organisation). A person whose every
word is an English word or a place ("Sentencing", "Glasgow") is ranked last, any other
entity of such words is not read."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from redactor.detect.suggest.base import NameWords, Read, name_part
from redactor.names import words
from redactor.types import Kind

PERSON_SCORE, OTHER_SCORE, PLAIN_SCORE = 0.3, 0.12, 0.05
NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def entity_reads(doc: Doc, text: str, names: NameWords) -> Iterator[Read]:
    """The reads of ``doc``, the first pass's doc of ``text``."""
    for ent in doc.ents:
        if ent.label_ not in NAMED:
            continue
        person = ent.label_ == "PERSON"
        span = name_part(text, ent.start_char, ent.end_char, names, places=person)
        if span is None:
            continue
        found = words(text[span[0]:span[1]])
        plain = all(names.plain(w) for w in found) or names.vocabulary.in_places(text[span[0]:span[1]])
        if person:  # "Sentencing", "Glasgow", "Merthyr Tydfil": lowest
            yield Read(*span, Kind.PERSON, PLAIN_SCORE if plain else PERSON_SCORE, "spaCy's NER calls it a person",
                       weak=True)
        elif plain:
            continue
        elif any(names.listed(w) and not names.plain(w) for w in found if len(w) > 2):
            yield Read(*span, Kind.PERSON, OTHER_SCORE,
                       f"spaCy's NER calls it {ent.label_}, and a word of it is on the name lists", weak=True)


def things(doc: Doc) -> list[tuple[int, int]]:
    """Where NER names something other than a person: a place, an organisation, a law…"""
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAMED and e.label_ != "PERSON"]
