"""Nicknames announced in the text: "known as Abi", "aka Danny", "née Hughes"."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.names import NAME_WORD
from redactor.rules import Rules


class AliasRecognizer(ExplainingRecognizer):
    """The capitalised word after the alias wording of rules/aliases.yaml (`lead`)."""

    SCORE = 0.85

    def __init__(self, rules: Rules) -> None:
        self.pattern = regex.compile(rf"{rules.aliases.lead}(?P<alias>{NAME_WORD})")
        super().__init__(supported_entities=["PERSON"], name="AliasRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        return [self.result("PERSON", m.start("alias"), m.end("alias"), self.SCORE, "a name given as an alias")
                for m in self.pattern.finditer(text)]
