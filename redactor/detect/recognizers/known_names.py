"""Names already known: the people of the case file, and, on a second pass, every
name found anywhere in the document or batch ("Mills" after "John Mills")."""
from __future__ import annotations

from collections.abc import Iterable

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.names import whole_words


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
