"""A small base for our recognizers: results carry an explanation a reviewer reads."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redactor.names import phrases as phrases  # the recognizers' alternation of phrases, from here
from redactor.rules import Rules

TITLE_KEY = "title"  # recognition_metadata key: the title written before a name
# the entity of a thing named, no person: a role or an agency beside a listed person, the Crown as a side of a case,
# a town after a home; a lone word NER takes there names no one
THING = "NAMED_THING"


class ExplainingRecognizer(EntityRecognizer):
    """An EntityRecognizer whose results say which rule fired and why."""

    name: str
    # what a text must hold for each of the recognizer's patterns to match in it (``scan``)
    needs: Mapping[regex.Pattern, regex.Pattern] = MappingProxyType({})

    def load(self) -> None:  # nothing to load: rules arrive in __init__
        pass

    def result(self, entity: str, start: int, end: int, score: float, why: str,
               title: str | None = None) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name, original_score=score, textual_explanation=why)
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        if title:
            meta[TITLE_KEY] = title
        return RecognizerResult(entity, start, end, score, analysis_explanation=explanation,
                                recognition_metadata=meta)

    def scan(self, pattern: regex.Pattern, text: str, overlapped: bool = False) -> Iterator[regex.Match]:
        """The matches of ``pattern`` in ``text``, none where the text lacks what ``needs`` says they hold."""
        return matches(pattern, text, self.needs.get(pattern), overlapped)


def inside_other_entity(doc, start: int, end: int) -> bool:
    """Does spaCy's NER call any part of [start, end) a place, organisation or other
    non-person entity? (``doc`` is the spaCy Doc inside Presidio's NlpArtifacts.)"""
    return any(e.label_ != "PERSON" and e.start_char < end and start < e.end_char for e in doc.ents)


def placeholder_pattern(rules: Rules) -> regex.Pattern:
    """The placeholders of rules/placeholders.yaml: text an earlier run wrote, never found again."""
    texts = sorted({t for t in rules.placeholders.model_dump().values() if t}, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t) for t in texts) or r"(?!)")


def matches(pattern: regex.Pattern, text: str, need: regex.Pattern | None = None,
            overlapped: bool = False) -> Iterator[regex.Match]:
    """The matches of ``pattern`` in ``text``; none, without searching, when the text lacks
    ``need``: what every match of the pattern holds, far cheaper to look for than the
    pattern's failing at every character ("'s" for a possessive, a digit for a house number)."""
    if need is not None and need.search(text) is None:
        return iter(())
    return pattern.finditer(text, overlapped=overlapped)
