"""The names a document gives, read again: every occurrence of a form found as a person
(where the plan keeps one, a rule overruled the name: "that Kendal must" after "Mark
Kendal", a place), and misspellings: "Rukshana" where "Rukhsana" was found, "Smyth" beside
"Smith" (one or two letters apart, the same first letter; see ``names.misspells``); an
English word on no name list is no misspelling ("Wales", "Counts"). Misspellings are
looked up by deleting letters (the symmetric delete index of SymSpell), so each word of
the text costs a few dictionary looks."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from redactor.detect.suggest.base import NameWords, Read
from redactor.names import deletions, in_a_date, misspelling_limit, misspells, whole_words, words
from redactor.types import Kind

SCORE = 0.3
ELSEWHERE_SCORE = 0.35


class Elsewhere:
    """Every occurrence of the forms found as a person and of their words ("Kendal"
    of "Mark Kendal"; not an English word on no name list: "Manager" of "Service
    Manager"), as written or in capitals, but in a date."""

    def __init__(self, forms: Iterable[str], names: NameWords) -> None:
        forms = set(forms)
        # a word in capitals is an acronym unless its whole name is in capitals ("SCIE" of "Jo Bell SCIE")
        found = forms | {w for f in forms for w in words(f) if len(w) > 2
                         and (not w.isupper() or f.isupper()) and not names.ordinary(w)}
        self.pattern = whole_words(found)  # in capitals too: "KENDAL" in a headline

    def read(self, text: str) -> Iterator[Read]:
        for start, end in self.pattern.spans(text) if self.pattern is not None else ():
            if not in_a_date(text, start, end):  # "in May 2019" when a May is a person
                yield Read(start, end, Kind.PERSON, ELSEWHERE_SCORE, "a name this document gives as a person")


_TITLE_WORD = regex.compile(r"(?<![\w'’-])\p{Lu}\p{Ll}{3,}(?![\w'’-])")


class Deletions:
    """Name words indexed by their deletions, kept as long as the suggester: a batch looks
    for the same names in every document, and each word's deletions are worked out once."""

    def __init__(self) -> None:
        self.index: dict[str, set[str]] = {}
        self._indexed: set[str] = set()

    def add(self, word: str) -> None:
        if word not in self._indexed:
            self._indexed.add(word)
            for key in deletions(word.lower(), misspelling_limit(word)):
                self.index.setdefault(key, set()).add(word)


class Misspellings:
    """Known name words, looked up by their deletions (in ``deletions``, shared)."""

    def __init__(self, names: Iterable[str], words_of: NameWords, deletions: Deletions | None = None) -> None:
        self.names = words_of
        vocabulary = self.vocabulary = words_of.vocabulary
        self.known = {w for n in names for w in words(n) if misspelling_limit(w) and vocabulary.is_name_word(w)}
        self.deletions = deletions or Deletions()
        self._seen: dict[str, bool] = {}  # word -> misspells a known name
        for w in self.known:
            self.deletions.add(w)

    def read(self, text: str) -> Iterator[Read]:
        if not self.known:
            return
        for m in _TITLE_WORD.finditer(text):
            if self._misspelt(m.group()):
                yield Read(*m.span(), Kind.PERSON, SCORE, "spelt like a name this document gives")

    def _misspelt(self, word: str) -> bool:
        if word not in self._seen:
            index = self.deletions.index
            self._seen[word] = word not in self.known and self.vocabulary.is_name_word(word) \
                and not self.vocabulary.in_places(word) and not self.names.ordinary(word) \
                and any(misspells(word, n) for key in deletions(word.lower(), 2)
                        for n in index.get(key, ()) if n in self.known)
        return self._seen[word]
