"""Capitalised words where the text uses them as a person, listed or not: after a
family word ("son Aleksy"), before a person's verb ("Kendal attended"), owning a family
member ("Kendal's mother"), after "in relation to", "known as", a review's title
("Serious Case Review: Maisie"), in attendance lists ("Present: Amy Tate – Head of
Service; Ben Ola"), before their initials in brackets ("Amy Tate (AT)"), before a
judge's letters ("Harker J"), or owning an action ("Priya to book the room"). The plan
changes most of these already; what it keeps is suggested. Wording: rules/people.yaml
and rules/suggestions.yaml."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from redactor.detect.suggest.base import NAME_RUN, Read, listed, name_part, opens_sentence, phrases
from redactor.detect.suggest.wording import Wording
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, words
from redactor.rules import Rules
from redactor.types import Kind

STRONG, PLAIN, WEAK = 0.3, 0.25, 0.2
_RUN = rf"(?P<name>{NAME_RUN})"
_LIST_ITEM = regex.compile(NAME_RUN)
_AND = r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]*and[ \t]+)"
_BRACKETED = regex.compile(rf"(?P<name>{NAME_RUN})[ \t]*\((?P<letters>\p{{Lu}}(?:\.?[ \t]?\p{{Lu}}){{1,3}})\.?\)")


class PersonContexts:
    """Person contexts read for any capitalised word."""

    def __init__(self, rules: Rules, vocabulary: Vocabulary, wording: Wording) -> None:
        self.vocabulary = vocabulary
        context = rules.people.context
        verbs = phrases(context.after + context.after_personal)
        offices = "|".join(regex.escape(o) for o in sorted(wording.offices, key=len, reverse=True))
        # (pattern, why, score, places): "places" lets a word that is also a place be read
        self.patterns = [(regex.compile(p), why, score, places) for p, why, score, places in (
            (rf"(?<!\w){phrases(context.kin)},?[ \t]+{_RUN}", "a family word before it", STRONG, True),
            (rf"(?<!\w){phrases(context.before + wording.alias_before)}[ \t]+{_RUN}",
             "a person's context before it", STRONG, True),
            (rf"{_RUN}(?=[ \t]+{verbs}(?!\w))", "a person's verb after it", PLAIN, True),
            (rf"{_RUN}(?=['’]s[ \t]+{phrases(context.possessed)}(?!\w))", "a person's possession after it", STRONG,
             True),
            (rf"(?<!\w){phrases(wording.heading_words)}(?:[ \t]*[:–—-][ \t]*|[ \t]+){_RUN}"
             rf"(?=[ \t]*(?:$|[(:,.;–—-]|\d))",
             "the subject of a review's title", PLAIN, True),
            (rf"(?m)(?:^|(?<=[.;:•]))[ \t]*{_RUN}(?=[ \t]+{phrases(wording.action_after)}(?!\w))",
             "owns an action", PLAIN, False),
            (rf"(?P<name>{NAME_WORD})(?=[ \t]+(?:{offices})(?![\w.]|\.\w))", "a judge's or officer's letters after it",
             PLAIN, True),
            (rf"(?<!\w)v\.?[ \t]+{_RUN}", "a party to a case", STRONG, True),
            (rf"{_RUN}(?=[ \t]+v\.?[ \t]+\p{{Lu}})", "a party to a case", STRONG, True),
        )]
        self.plural = regex.compile(
            rf"(?<!\w){phrases(wording.plural_titles)}[ \t]+(?P<list>{NAME_RUN}(?:{_AND}{NAME_RUN})*)")
        self.labelled = regex.compile(rf"(?m)^[ \t]*{phrases(wording.list_labels)}[ \t]*:[ \t]*(?P<rest>.+)$")

    def read(self, text: str) -> Iterator[Read]:
        for pattern, why, score, places in self.patterns:
            for m in pattern.finditer(text):
                span = name_part(text, *m.span("name"), self.vocabulary, places)
                if span is not None:
                    yield Read(*span, Kind.PERSON, score, f"a capitalised word, {why}")
        yield from self._listed(text)
        yield from self._bracketed(text)
        for m in self.plural.finditer(text):  # "Councillors Hargreaves, Okonedo and Pilbeam"
            for item in _LIST_ITEM.finditer(text, m.start("list"), m.end("list")):
                span = name_part(text, *item.span(), self.vocabulary)
                if span is not None:
                    yield Read(*span, Kind.PERSON, STRONG, "a capitalised word in a list after a title")

    def _listed(self, text: str) -> Iterator[Read]:
        """Name-shaped items after a list label: "Present: Amy Tate – Head of Service, …; Ben Ola"."""
        for m in self.labelled.finditer(text):
            for item in _LIST_ITEM.finditer(text, m.start("rest"), m.end("rest")):
                span = name_part(text, *item.span(), self.vocabulary, places=False)
                if span is None:
                    continue
                found = words(text[span[0]:span[1]])
                if len(found) > 1 or listed(found[0], self.vocabulary):
                    yield Read(*span, Kind.PERSON, STRONG if len(found) > 1 else PLAIN,
                               "a name-shaped item of a list of people")

    def _bracketed(self, text: str) -> Iterator[Read]:
        """A name before its own initials in brackets: "Amy Tate (AT)"."""
        for m in _BRACKETED.finditer(text):
            span = name_part(text, *m.span("name"), self.vocabulary)
            if span is None:
                continue
            found = words(text[span[0]:span[1]])
            letters = regex.sub(r"[^\p{Lu}]", "", m.group("letters"))
            if letters[0] == found[0][0].upper() and letters[-1] == found[-1][0].upper() and len(found) > 1:
                yield Read(*span, Kind.PERSON, STRONG, "a name before its initials in brackets")


def lone_listed(text: str, vocabulary: Vocabulary) -> Iterator[Read]:
    """Capitalised words on the name lists that open no sentence and are no place
    ("that Kendal must", "with Sofia"): the weakest reading, ranked last."""
    for m in regex.finditer(NAME_RUN, text):
        span = name_part(text, m.start(), m.end(), vocabulary, places=False)
        if span is None:
            continue
        found = [w for w in words(text[span[0]:span[1]]) if len(w) > 2]
        hits = [w for w in found if listed(w, vocabulary)]
        if not hits or opens_sentence(text, span[0]) and len(found) == 1:
            continue
        first = any(vocabulary.in_first_names(w) for w in hits)
        score = 0.15 if first or len(found) > 1 else 0.1
        yield Read(*span, Kind.PERSON, score, "a capitalised word on the name lists")
