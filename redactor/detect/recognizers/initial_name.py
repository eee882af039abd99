"""A name written as an initial and a surname: "J. Adams", "S. Campbell c Healy"; and
initials without full stops before a surname as minutes and law reports list members,
councillors and counsel ("Alderman S P Porter", "Councillors: S Carson, A P Ewing, J Gallen
and N Trimble", "received from H Hopkins and H Jackson", "J Carroll, Solicitor Advocate")."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD

PLACE_LABELS = {"GPE", "LOC"}
# an item of a list: after a colon, comma, semicolon, bracket, "and" or "&", or opening its line
_ITEM_BEFORE = regex.compile(r"(?:^|[:,;(]|(?<![\w'’-])(?:and|&))[ \t]*$")
# ... and ending at a comma, semicolon, bracket, dash, "and", "&" or the line's end
_ITEM_AFTER = regex.compile(r"[ \t]*(?:$|[,;()]|[ \t][-–—][ \t]|(?:and|&)[ \t])")
_ARTICLES = {"A", "I"}  # "A" and "I" alone before a capitalised word are words, not initials


def _place_by_ner(doc, start: int, end: int) -> bool:
    """Does NER call [start, end) a place? (NER often calls "Mr D. Walton" an ORG: that is no reason.)"""
    return any(e.label_ in PLACE_LABELS and e.start_char < end and start < e.end_char for e in doc.ents)


class InitialNameRecognizer(ExplainingRecognizer):
    """One capital with a full stop, then a capitalised word that could be a surname, and
    a second such word after a first name ("A. Curts Cooke"; after a title,
    TitledPersonRecognizer's: "Dr J. Smith" -> "Dr J. S").
    Two or more initials ("U.S. Army") and places ("N. Ireland": in the place list and
    no surname, or NER calls it a place) are left alone. One to three capitals without
    full stops before a surname in title case are initials where the name stands as an
    item of a list or the surname is listed ("S Carson, A P Ewing"; "A Swan and N
    Trimble"); "A" or "I" alone only as a list's item ("A Safer Future" is a heading)."""

    SCORE = 0.75

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.pattern = regex.compile(rf"(?<![\w.&'’-])\p{{Lu}}\.[ \t]?(?P<surname>{NAME_WORD})(?![\w.]*\.\p{{Lu}})")
        # the surname after a first name: "A. Curts Cooke"
        self.middle = regex.compile(rf"[ \t]+(?=\p{{Lu}}\p{{Ll}})(?P<surname>{NAME_WORD})(?![\w'’-])")
        self.undotted = regex.compile(rf"(?<![\w.&'’-])(?P<initials>\p{{Lu}}(?:[ \t]\p{{Lu}}){{0,2}})[ \t]+"
                                      rf"(?P<surname>(?=\p{{Lu}}\p{{Ll}}){NAME_WORD})(?![\w'’-])")
        super().__init__(supported_entities=["PERSON"], name="InitialNameRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        for m in self.pattern.finditer(text):
            if self._surname(text, m, doc) and not m.group("surname").isupper():
                after = self.middle.match(text, m.end()) if m.group("surname")[1:].islower() else None
                end = after.end() if after and self._surname(text, after, doc) \
                    and not self.vocabulary.in_places(after.group("surname")) else m.end()
                results.append(self.result("PERSON", m.start(), end, self.SCORE, "an initial and a surname"))
        undotted = [m for m in self.undotted.finditer(text) if self._surname(text, m, None, place=True)]
        items = [m for m in undotted if _ITEM_BEFORE.search(text, 0, m.start()) and _ITEM_AFTER.match(text, m.end())]
        for m in undotted:
            surname = m.group("surname")
            # a place with initials is a person in a list of several, whatever NER says ("S Carson, A Swan");
            # not "Belfast, N Ireland"
            place = self.vocabulary.in_places(surname) and not self.vocabulary.in_surnames(surname) \
                or doc is not None and _place_by_ner(doc, m.start(), m.end())
            if m in items and (len(items) > 1 or not place):
                why = "initials and a surname, an item of a list"
            elif m.group("initials") not in _ARTICLES and self.vocabulary.in_surnames(surname) and not place:
                why = "initials and a listed surname"
            else:
                continue
            results.append(self.result("PERSON", m.start(), m.end(), self.SCORE, why))
        return results

    def _surname(self, text: str, m: regex.Match, doc, place: bool = False) -> bool:
        """Could the word after the initials be a surname (not kept text nor an ordinary
        word; no title before, whose recognizer reads it; unless ``place``, not a place)?"""
        surname = m.group("surname")
        return not (len(surname) < 2 or not self.vocabulary.is_name_word(surname)
                    or not place and self.vocabulary.in_places(surname) and not self.vocabulary.in_surnames(surname)
                    or self.vocabulary.is_kept(text, m.start("surname"))
                    or self.vocabulary.title_before.search(text, 0, m.start())
                    or doc is not None and _place_by_ner(doc, m.start(), m.end()))
