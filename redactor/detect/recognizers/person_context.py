"""A listed first name used alone is a person where the text uses it as one, whatever
NER calls it: "a review in relation to Imogen", "Imogen said", "Imogen's mother",
"Imogen was 43", "Declan, aged 4", a name in quotes ("'Declan'") or alone on a line
("DECLAN" under "DOMESTIC HOMICIDE REVIEW"). The wording is in rules/people.yaml."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD
from redactor.rules import Rules

_NAME = rf"(?P<name>{NAME_WORD})"
_OPEN, _CLOSE = "['‘\"“]", "['’\"”]"


def _words(phrases: list[str]) -> str:
    """Phrases as one case-insensitive alternation, spaces matching any blank."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?i:" + "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered) + ")"


class PersonContextRecognizer(ExplainingRecognizer):
    """Lone listed first names in a person's context."""

    SCORE = 0.8

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        context = rules.people.context
        self.patterns = [(regex.compile(p), why) for p, why in (
            (rf"(?<!\w){_words(context.before)}\s+{_NAME}", "a person's context before it"),
            (rf"{_NAME}(?=\s+{_words(context.after)}(?!\w))", "a person's verb after it"),
            (rf"{_NAME}(?=['’]s\s+{_words(context.possessed)}(?!\w))", "a person's possession after it"),
            (rf"{_NAME}(?=,?\s+\(?(?i:aged?)\s+\d|\s+was\s+\d{{1,3}}(?![\d%.,]))", "an age after it"),
            (rf"(?<={_OPEN}){_NAME}(?={_CLOSE}(?!\w))", "written in quotes"),
            (rf"^\s*{_OPEN}?{_NAME}{_CLOSE}?\s*$", "alone on a line"),
        )]
        super().__init__(supported_entities=["PERSON"], name="PersonContextRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results, seen = [], set()
        for pattern, why in self.patterns:
            for m in pattern.finditer(text):
                name = m.group("name")
                span = m.span("name")
                if span in seen or not self._lone_first_name(name):
                    continue
                seen.add(span)
                results.append(self.result("PERSON", *span, self.SCORE, f"listed first name, {why}"))
        return results

    def _lone_first_name(self, word: str) -> bool:
        return len(word) > 1 and self.vocabulary.in_first_names(word) and self.vocabulary.is_name_word(word) \
            and not self.vocabulary.in_places(word)
