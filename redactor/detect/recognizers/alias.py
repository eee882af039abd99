"""Nicknames announced in the text: "known as Abi", "aka Danny", "née Hughes", and a
nickname of capitals ("better known as JJ", "known as DJ"), unless those letters are
already written before it (the output of an earlier run: "JJ, known as JJ")."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD
from redactor.rules import Rules


class AliasRecognizer(ExplainingRecognizer):
    """The capitalised word after the alias wording of rules/aliases.yaml (`lead`), and a second
    name word in title case after it ("Granny Valley"), not a title's nor one the allow list keeps."""

    SCORE = 0.85
    PERSONAL_SCORE = 0.87  # above NER's 0.85: a span both read keeps this reading ("her maiden name of Richardson")

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.pattern = regex.compile(rf"{rules.aliases.lead}(?P<alias>{NAME_WORD})")
        # a nickname of two words in title case: "known affectionately as Granny Valley"
        self.second = regex.compile(rf"[ \t]+(?=\p{{Lu}}\p{{Ll}})(?P<word>{NAME_WORD})(?![\w'’-])")
        self.vocabulary = vocabulary
        nouns = "|".join(regex.escape(n) for n in rules.aliases.place_nouns) or "(?!x)x"
        self.personal = regex.compile(rf"(?i:{phrases(rules.aliases.personal_words)})")
        self.place_before = regex.compile(rf"(?<![\w'’-])(?:{nouns})(?:[ \t]+\p{{Ll}}+){{0,2}}[ \t]+$")
        super().__init__(supported_entities=["PERSON"], name="AliasRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in self.pattern.finditer(text):
            alias = m.group("alias")
            if alias.isupper() and (len(alias) < 2 or regex.search(rf"(?<!\w){alias}(?!\w)", text[:m.start()])):
                continue
            if self.place_before.search(text, max(0, m.start() - 40), m.start()):
                continue  # "the area now known as Sefton": a place's name
            end = m.end("alias")
            second = self.second.match(text, end) if alias[1:].islower() else None
            if second and self.vocabulary.is_name_word(second.group("word")) \
                    and not self.vocabulary.is_title_word(second.group("word")) \
                    and not self.vocabulary.is_kept(text, m.start("alias")):
                end = second.end("word")
            score = self.PERSONAL_SCORE if self.personal.search(text, m.start(), m.start("alias")) else self.SCORE
            results.append(self.result("PERSON", m.start("alias"), end, score, "a name given as an alias"))
        return results
