"""Names already known: the people of the case file, and, on a second pass, every
name found anywhere in the document or batch ("Mills" after "John Mills"), a surname
in the plural for a family too ("the McDonaghs"; none of a name ending in "s": ``names.family_plurals``)."""
from __future__ import annotations

from collections.abc import Iterable

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.names import NUMBER_WORDS, family_plurals, whole_words

# "the" or a count before a family's name in the plural: "the Gallears", "nine Dinnegans", "both Gallears"
_THE_OR_COUNT_BEFORE = regex.compile(rf"(?<![\w'’-])(?:(?i:the|both|all)|\d{{1,3}}|{NUMBER_WORDS})[ \t]+$")
_POSSESSIVE_AFTER = regex.compile(r"['’](?![\w'’])")
# a capitalised word after: the plural opens a longer proper name ("the Kings Arms", "Three Tuns Inn")
_CAPITALISED_AFTER = regex.compile(r"[ \t]+\p{Lu}")
# a count in title case inside a sentence is a name's word too ("the Seven Kings pub", "Five Ways")
_TITLE_CASE_COUNT_INSIDE = regex.compile(rf"(?<=[\w,;'’\)][ \t]+)(?=\p{{Lu}}){NUMBER_WORDS}[ \t]+$")
_DETERMINER_BEFORE = regex.compile(r"(?<![\w'’-])(?i:the|a|an|my|your|his|her|our|their|this|that|of|no|some)[ \t]+$")
_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}+)(?![\w'’-])")
_QUOTES = regex.compile(r"[\"“”]")


class KnownNamesRecognizer(ExplainingRecognizer):
    """Whole-word occurrences of known names, as written or in capitals."""

    def __init__(self, names: Iterable[str], entity: str, score: float, name: str, why: str) -> None:
        self.pattern = whole_words(names)
        self.score, self.why, self.entity = score, why, entity
        super().__init__(supported_entities=[entity], name=name)

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.pattern is None:
            return []
        return [self.result(self.entity, start, end, self.score, self.why)
                for start, end in self.pattern.spans(text)]


class FamilyPluralRecognizer(KnownNamesRecognizer):
    """A family called by a known surname in the plural, after "the" or a count or before a plural
    possessive ("the Gallears", "nine Dinnegans", "the Gallears' front door"): the surname without its "s",
    so that it is replaced as the same person ("the Gs'"). Not a longer proper name's word: before a
    capitalised word ("the Kings Arms") or after a count in title case inside a sentence ("the Seven Kings pub")."""

    def __init__(self, names: Iterable[str], entity: str, score: float, name: str, why: str) -> None:
        super().__init__(family_plurals(names), entity, score, name, why)  # "the McDonaghs" after "Michael McDonagh"

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.pattern is None:
            return []
        return [self.result(self.entity, start, end - 1, self.score, self.why)
                for start, end in self.pattern.spans(text)
                if _POSSESSIVE_AFTER.match(text, end) or _THE_OR_COUNT_BEFORE.search(text, max(0, start - 12), start)
                and not _CAPITALISED_AFTER.match(text, end)
                and not _TITLE_CASE_COUNT_INSIDE.search(text, max(0, start - 30), start)]


class UnmarkedPossessiveRecognizer(KnownNamesRecognizer):
    """A known name with the "s" of a possessive and no apostrophe, before a noun in lower case ("on Gillians
    outcome", "at Tomasz's" written "Tomaszs home"): the name without its "s", replaced as the same person.
    ``names`` are the forms with the "s" that are no listed name nor English word (not "Roberts", "Bills");
    ``nouns`` the English nouns in lower case."""

    def __init__(self, names: Iterable[str], nouns: frozenset[str], entity: str, score: float, name: str,
                 why: str) -> None:
        super().__init__(names, entity, score, name, why)
        self.nouns = nouns

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.pattern is None:
            return []
        return [self.result(self.entity, start, end - 1, self.score, self.why)
                for start, end in self.pattern.spans(text)
                if (after := _WORD_AFTER.match(text, end)) and after.group(1) in self.nouns
                and not _THE_OR_COUNT_BEFORE.search(text, max(0, start - 12), start)]


class QuotedLowerCaseRecognizer(KnownNamesRecognizer):
    """A known first name written in lower case inside a quotation, as posts and messages
    write it ("God bless tara and give strength to all her family"), and not after a
    determiner ("keep the faith"): ``names`` are given in lower case."""

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.pattern is None or not _QUOTES.search(text):
            return []
        return [self.result(self.entity, start, end, self.score, self.why) for start, end in self.pattern.spans(text)
                if text[start:end].islower() and _inside_quotes(text, start)
                and not _DETERMINER_BEFORE.search(text, max(0, start - 8), start)]


def _inside_quotes(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation: an opening curly quote is the last before it, or an odd
    number of straight ones come before it?"""
    marks = _QUOTES.findall(text, 0, at)
    if not marks:
        return False
    if "“" in marks or "”" in marks:
        return marks[-1] == "“"
    return len(marks) % 2 == 1
