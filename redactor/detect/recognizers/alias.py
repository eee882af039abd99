"""Nicknames announced in the text: "known as Abi", "aka Danny", "née Hughes", and a
nickname of capitals ("better known as JJ", "known as DJ"), unless those letters are
already written before it (the output of an earlier run: "JJ, known as JJ")."""
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
        results = []
        for m in self.pattern.finditer(text):
            alias = m.group("alias")
            if alias.isupper() and (len(alias) < 2 or regex.search(rf"(?<!\w){alias}(?!\w)", text[:m.start()])):
                continue
            results.append(self.result("PERSON", m.start("alias"), m.end("alias"), self.SCORE,
                                       "a name given as an alias"))
        return results
