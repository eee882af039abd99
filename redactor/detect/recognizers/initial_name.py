"""A name written as an initial and a surname: "J. Adams", "S. Campbell c Healy"."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD

PLACE_LABELS = {"GPE", "LOC"}


def _place_by_ner(doc, start: int, end: int) -> bool:
    """Does NER call [start, end) a place? (NER often calls "Mr D. Walton" an ORG: that is no reason.)"""
    return any(e.label_ in PLACE_LABELS and e.start_char < end and start < e.end_char for e in doc.ents)


class InitialNameRecognizer(ExplainingRecognizer):
    """One capital with a full stop, then a capitalised word that could be a surname
    (after a title, TitledPersonRecognizer's: "Dr J. Smith" -> "Dr J. S").
    Two or more initials ("U.S. Army") and places ("N. Ireland": in the place list and
    no surname, or NER calls it a place) are left alone."""

    SCORE = 0.75

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.pattern = regex.compile(rf"(?<![\w.&'’-])\p{{Lu}}\.[ \t]?(?P<surname>{NAME_WORD})(?![\w.]*\.\p{{Lu}})")
        super().__init__(supported_entities=["PERSON"], name="InitialNameRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        for m in self.pattern.finditer(text):
            surname = m.group("surname")
            if len(surname) < 2 or surname.isupper() or not self.vocabulary.is_name_word(surname) \
                    or self.vocabulary.in_places(surname) and not self.vocabulary.in_surnames(surname) \
                    or self.vocabulary.is_kept(text, m.start("surname")) \
                    or self.vocabulary.title_before.search(text, 0, m.start()) \
                    or doc is not None and _place_by_ner(doc, m.start(), m.end()):
                continue
            results.append(self.result("PERSON", m.start(), m.end(), self.SCORE, "an initial and a surname"))
        return results
