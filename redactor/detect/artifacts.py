"""Presidio's NlpArtifacts over a spaCy Doc that so far holds only named entities:
part of speech and lemmas are made on first use. Only a few segments need them (a
lone first name checked for a proper noun, a date or number weighed by the words
around it), and the components that make them cost as much as NER itself."""
from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc


class Untagged(Exception):
    """Raised by deferred LazyArtifacts that would have to tag their doc now."""


class LazyArtifacts(NlpArtifacts):
    """Entities and token offsets at once; lemmas (and Presidio's keywords made from
    them) and part of speech once ``tag`` has run on the doc, on first use."""

    def __init__(self, doc: Doc, entities: list, scores: list[float], nlp_engine, language: str,
                 tag: Callable[[Doc], object]) -> None:
        # NlpArtifacts.__init__ would read the lemmas at once: set its fields here instead.
        self.entities, self.scores = entities, scores
        self.tokens = doc
        self.nlp_engine, self._language = nlp_engine, language
        self._tag: Callable[[Doc], object] | None = tag
        self.deferred = False  # when set, first use raises Untagged instead of tagging
        self._lemmas: list[str] = []
        self._keywords: list[str] = []

    def tagged(self) -> Doc:
        """The doc with part of speech and lemmas (tagged on the first call)."""
        if self._tag is not None:
            if self.deferred:
                raise Untagged
            self._tag(self.tokens)
            self.after_tagging()
        return self.tokens

    @property
    def pending(self) -> bool:
        return self._tag is not None

    def after_tagging(self) -> None:
        """Read the lemmas of the doc, now tagged (here, or with others in one batch)."""
        self._tag = None
        self._lemmas = [token.lemma_ for token in self.tokens]
        self._keywords = self.set_keywords(self.nlp_engine, self._lemmas, self._language)

    @cached_property  # read only by context enhancement
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return [token.idx for token in self.tokens]

    @property  # Presidio's attributes, computed here on first use
    def lemmas(self) -> list[str]:  # type: ignore[override]
        self.tagged()
        return self._lemmas

    @property
    def keywords(self) -> list[str]:  # type: ignore[override]
        self.tagged()
        return self._keywords


def tagged(nlp_artifacts: NlpArtifacts) -> Doc:
    """The doc of any NlpArtifacts, with part of speech."""
    return nlp_artifacts.tagged() if isinstance(nlp_artifacts, LazyArtifacts) else nlp_artifacts.tokens
