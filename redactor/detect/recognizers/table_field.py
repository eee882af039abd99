"""Values under a table column header or beside a row label that says what they
are: every name under "Name of professional", every date beside "Date of Birth",
the whole cell beside "Address". A contact value must have its kind's shape (an
e-mail its "@"), and a template's guidance in a name cell ("Insert name and
designation of IMR author here") names no one."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, PARTICLE, is_initials, words
from redactor.types import Kind

ENTITY = {Kind.PERSON: "PERSON", Kind.DATE_OF_BIRTH: "DATE_OF_BIRTH", Kind.ADDRESS: "ADDRESS",
          Kind.PHONE: "PHONE_NUMBER", Kind.EMAIL: "EMAIL_ADDRESS", Kind.NHS_NUMBER: "UK_NHS",
          Kind.NI_NUMBER: "UK_NINO"}
SCORE = 0.95
# what a value under a contact label must hold to be removed as one: "May be used on
# secure networks" beside "Email (internal & external)" is no e-mail address
_SHAPE = {Kind.EMAIL: regex.compile(r"\S@\S"), Kind.PHONE: regex.compile(r"(?:\d\D{0,3}){6}"),
          Kind.NHS_NUMBER: regex.compile(r"(?:\d\D{0,3}){10}"), Kind.NI_NUMBER: regex.compile(r"(?:\d\D{0,3}){6}")}
_LOWER_WORD_AFTER = regex.compile(r"[ \t]+\p{Ll}")
_SENTENCE_OPENS = regex.compile(r"(?:^|[.!?:;]|>)[\s\"“‘'(*•-]*$")  # a cell, a sentence or a bit of markup opens
_SURNAME_FIRST = regex.compile(
    rf"\s*(?P<name>(?:{PARTICLE}\s+)*{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_WORD}){{0,2}},"
    rf"\s*{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})\s*")


class TableFieldRecognizer(ExplainingRecognizer):
    """Made for one table cell: ``kind`` is what its label says its values are."""

    def __init__(self, kind: Kind, label: str, vocabulary: Vocabulary, dates: regex.Pattern,
                 placeholders: regex.Pattern) -> None:
        self.kind, self.label, self.vocabulary, self.dates = kind, label, vocabulary, dates
        self.placeholders = placeholders
        super().__init__(supported_entities=[ENTITY[kind]], name="TableFieldRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        why = f"table label '{self.label}'"
        entity = ENTITY[self.kind]
        if self.kind is Kind.PERSON:
            return [self.result(entity, s, e, SCORE, why) for s, e in self._names(text)]
        if self.kind is Kind.DATE_OF_BIRTH:
            found = [self.result(entity, m.start(), m.end(), SCORE, why) for m in self.dates.finditer(text)]
            if found or not any(ch.isdigit() for ch in text):
                return found
        shape = _SHAPE.get(self.kind)
        if shape is not None and not shape.search(text):
            return []
        stripped = text.strip()
        if not regex.search(r"\w", self.placeholders.sub("", stripped)):
            return []  # empty, or only what an earlier run wrote
        start = text.index(stripped)
        return [self.result(entity, start, start + len(stripped), SCORE, why)]

    def _names(self, text: str):
        inverted = _SURNAME_FIRST.fullmatch(text)
        if inverted and all(self.vocabulary.is_name_word(w) for w in words(inverted.group("name"))):
            yield inverted.start("name"), inverted.end("name")  # "Okonkwo, Katherine"
            return
        for start, end, found in self.vocabulary.name_groups(text, lenient=True):
            if not is_initials(text[start:end]) and not self._guidance(text, start, end, found):
                yield start, end

    def _guidance(self, text: str, start: int, end: int, found: list[str]) -> bool:
        """A lone word on no name list opening a sentence of lower-case words is a form's
        guidance, not a name ("Insert name and …", "Including ethnicity …"); one followed
        by what people do stays a name ("Okafor said …")."""
        word = found[0]
        return len(found) == 1 and not self.vocabulary.in_first_names(word) and not self.vocabulary.in_surnames(word) \
            and _SENTENCE_OPENS.search(text, 0, start) is not None and _LOWER_WORD_AFTER.match(text, end) is not None \
            and not self.vocabulary.person_verb.match(text, end)
