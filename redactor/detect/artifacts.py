"""Presidio's NlpArtifacts over a spaCy Doc that so far holds only named entities:
tags and lemmas are made on first use. Only a few segments need them (a lone first
name checked for a proper noun, a date or number weighed by the words around it), and
the components that make them cost as much as NER itself. They come in two stages:
TAGS (the tagger: fine-grained tags, all the proper-noun check reads) and LEMMAS (the
attribute ruler and lemmatizer on top, which context words are compared with)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

NER, TAGS, LEMMAS = 0, 1, 2


class Untagged(Exception):
    """Raised by deferred LazyArtifacts that would have to tag their doc now."""


class LazyArtifacts(NlpArtifacts):
    """Entities and token offsets at once; tags, then lemmas (and Presidio's keywords
    made from them), on first use. ``stages`` tag one doc in place: to TAGS, then to LEMMAS."""

    def __init__(self, doc: Doc, entities: list, scores: list[float], nlp_engine, language: str,
                 stages: Sequence[Callable[[Doc], object]]) -> None:
        # NlpArtifacts.__init__ would read the lemmas at once: set its fields here instead.
        self.entities, self.scores = entities, scores
        self.tokens = doc
        self.nlp_engine, self._language = nlp_engine, language
        self._stages = stages
        self.stage = NER
        self.deferred = False  # when set, a stage still to run raises Untagged instead of running
        self._lemmas: list[str] = []
        self._keywords: list[str] = []

    def tagged(self) -> Doc:
        """The doc with fine-grained tags (tagged on the first call)."""
        self._reach(TAGS)
        return self.tokens

    @property
    def pending(self) -> bool:
        """Are lemmas still to be made?"""
        return self.stage < LEMMAS

    def _reach(self, stage: int) -> None:
        if self.stage >= stage:
            return
        if self.deferred:
            raise Untagged
        for run in self._stages[self.stage:stage]:
            run(self.tokens)
        self.reached(stage)

    def reached(self, stage: int) -> None:
        """The doc was brought to ``stage`` (here, or with others in one batch)."""
        self.stage = stage
        if stage == LEMMAS:
            self._lemmas = [token.lemma_ for token in self.tokens]
            self._keywords = self.set_keywords(self.nlp_engine, self._lemmas, self._language)

    @cached_property  # read only by context enhancement
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [token.idx for token in self.tokens]

    @property  # Presidio's attributes, computed here on first use
    def lemmas(self) -> list[str]:  # type: ignore[override]
        self._reach(LEMMAS)
        return self._lemmas

    @property
    def keywords(self) -> list[str]:  # type: ignore[override]
        self._reach(LEMMAS)
        return self._keywords


def tagged(nlp_artifacts: NlpArtifacts) -> Doc:
    """The doc of any NlpArtifacts, with fine-grained tags."""
    return nlp_artifacts.tagged() if isinstance(nlp_artifacts, LazyArtifacts) else nlp_artifacts.tokens
