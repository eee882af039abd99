"""Presidio's NlpArtifacts over a spaCy Doc that so far holds only named entities:
tags and lemmas are made on first use. Only a few segments need them (a lone first
name checked for a proper noun, a date or number weighed by the words around it), and
the components that make them cost as much as NER itself. They come in two stages:
TAGS (the tagger: fine-grained tags, all the proper-noun check reads) and LEMMAS (the
attribute ruler and lemmatizer on top, which context words are compared with)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, lru_cache
from typing import Any

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

    def unlemmatized(self) -> NlpArtifacts:
        """These artifacts with each token's text in lower case for its lemma, made without
        tagging: for a reader whose answer no lemma of this text can change (LemmaForms)."""
        return NlpArtifacts(self.entities, self.tokens, self.tokens_indices, [t.lower_ for t in self.tokens],
                            self.nlp_engine, self._language, self.scores)


class LemmaForms:
    """Every lemma the pipeline could give a word, whatever part of speech the tagger would
    find: its text in lower case, each form the rule lemmatizer's suffix rules and exceptions
    make of it, and any lemma the attribute ruler sets. When none holds a word looked for
    (Presidio's context words, compared as substrings of the lower-cased lemmas), a text need
    not be tagged to know its lemmas hold none. A pipeline whose lemmatizer is not of rules
    may give any lemma: then every word may be held."""

    def __init__(self, nlp: Any) -> None:
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        lookups = getattr(lemmatizer, "lookups", None)
        self.known = getattr(lemmatizer, "mode", None) == "rule" and lookups is not None
        rules = lookups.get_table("lemma_rules", {}) if lookups is not None and self.known else {}
        exceptions = lookups.get_table("lemma_exc", {}) if lookups is not None and self.known else {}
        self._rules = sorted({(old, new) for by_pos in rules.values() for old, new in by_pos})
        self._exceptions: dict[str, set[str]] = {}
        for by_pos in exceptions.values():
            for form, lemmas in by_pos.items():
                self._exceptions.setdefault(form, set()).update(lemmas)
        ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
        self._set = {str(p["attrs"]["LEMMA"]).lower() for p in getattr(ruler, "patterns", [])
                     if "LEMMA" in p.get("attrs", {})}
        self.forms = lru_cache(maxsize=65536)(self._forms)

    def _forms(self, text: str) -> frozenset[str]:
        """The lemmas ``text`` may get, in lower case (spaCy's Lemmatizer.rule_lemmatize for
        any part of speech, and the text itself)."""
        low = text.lower()
        return frozenset({low, *(low[:len(low) - len(old)] + new for old, new in self._rules if low.endswith(old)),
                          *(lemma.lower() for lemma in self._exceptions.get(low, ()))})

    def may_hold(self, doc: Doc, words: Iterable[str]) -> bool:
        """May a lemma of a token of ``doc``, in lower case, hold one of ``words``?"""
        words = {w.lower() for w in words}
        if not self.known or any(w in lemma for lemma in self._set for w in words):
            return True
        return any(w in form for token in doc for form in self.forms(token.text) for w in words)


def tagged(nlp_artifacts: NlpArtifacts) -> Doc:
    """The doc of any NlpArtifacts, with fine-grained tags."""
    return nlp_artifacts.tagged() if isinstance(nlp_artifacts, LazyArtifacts) else nlp_artifacts.tokens
