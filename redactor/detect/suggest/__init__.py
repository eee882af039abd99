"""Suggestions: a second, high-recall reading of a document for the reviewer. It finds
spans that may be personal data where the plan is not sure enough to change them, as
Hints (``types.Hint``) that travel with the detections; the plan turns those it keeps
into Suggestions (``decide/suggestions.py``), ranked and capped, for the review page's
"Kept — may be personal data: check" and for ``redactor check``'s warnings.

Readings: person contexts for any capitalised word, attendance and author lists, review
titles, names before their initials, judges' letters, action owners (``contexts.py``);
words on the name lists; glued names, streets without a
number, dates in a sentence about a birth (``shapes.py``); every entity spaCy's NER
found in the first pass, read again from its doc (``entities.py``); misspellings of the
names the document gives and every occurrence of a name found (``variants.py``, in the
second pass). Never read: initials,
placeholders, text the allow list keeps, and every other date."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.detect.recognizers.base import placeholder_pattern
from redactor.detect.suggest.base import NameWords, Read
from redactor.detect.suggest.contexts import PersonContexts
from redactor.detect.suggest.entities import entity_reads
from redactor.detect.suggest.shapes import Shapes
from redactor.detect.suggest.variants import Deletions, Elsewhere, Misspellings
from redactor.detect.suggest.wording import load_wording
from redactor.detect.vocabulary import Vocabulary
from redactor.names import is_initials
from redactor.rules import Rules
from redactor.types import Detection, Hint, Segment

RECOGNIZER = "SuggestionReader"


class Suggester:
    """Built once with the detector; reads each distinct text once."""

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        wording = load_wording(rules)
        self.vocabulary = vocabulary
        self.names = NameWords(vocabulary)
        self.contexts = PersonContexts(rules, self.names, wording)
        self.shapes = Shapes(rules, self.names, wording)
        self.placeholders = placeholder_pattern(rules)
        self.deletions = Deletions()

    def first(self, segments: Sequence[Segment], artifacts: Sequence[NlpArtifacts],
              sure: Iterable[Detection] = (), kept: frozenset[str] = frozenset()) -> list[Hint]:
        """The hints of every reading but the second pass's, from the text and the first
        pass's docs; none inside the ``sure`` detections (they are changes), and no word
        the document ``kept`` in an allow-listed name found by NER or a name list alone
        ("Devon" of "Devon County Council")."""
        def read(segment: Segment, nlp_artifacts: NlpArtifacts) -> list[Read]:
            text = segment.text
            reads = [*self.contexts.read(text), *self.shapes.read(text),
                     *entity_reads(nlp_artifacts.tokens, text, self.names)]
            return [r for r in reads if not (r.weak and text[r.start:r.end] in kept)]
        return self._hints(segments, artifacts, read, sure)

    def second(self, segments: Sequence[Segment], names: Iterable[str], forms: Iterable[str],
               sure: Iterable[Detection] = ()) -> list[Hint]:
        """Hints of the second pass: every occurrence of a person's ``forms`` found in the
        document (where the plan keeps one, a rule overruled the name), and words spelt
        like the ``names`` looked for, a letter or two apart; none inside the ``sure``
        detections."""
        misspelt = Misspellings(names, self.vocabulary, self.deletions)
        elsewhere = Elsewhere(forms)
        return self._hints(segments, segments, lambda s, _: [*elsewhere.read(s.text), *misspelt.read(s.text)], sure)

    def _hints(self, segments: Sequence[Segment], inputs: Sequence, read: Callable[[Segment, Any], list[Read]],
               sure: Iterable[Detection]) -> list[Hint]:
        """Each distinct text read once (``read`` of its segment and input), as hints of
        every segment, but those wholly inside a ``sure`` detection of the segment."""
        inside: dict[str, list[tuple[int, int]]] = {}
        for d in sure:
            inside.setdefault(d.segment_id, []).append((d.start, d.end))
        by_text: dict[str, list[Read]] = {}
        hints = []
        for segment, given in zip(segments, inputs, strict=True):
            if segment.text not in by_text:
                by_text[segment.text] = self._admitted(segment.text, read(segment, given))
            spans = inside.get(segment.id, ())
            hints += [_hint(segment, r) for r in by_text[segment.text]
                      if not any(a <= r.start and r.end <= b for a, b in spans)]
        return hints

    def _admitted(self, text: str, reads: list[Read]) -> list[Read]:
        """Reads that are no initials, placeholder or allow-listed text, each span and reason once."""
        keep = self.vocabulary.keep_spans(text)
        held = [m.span() for m in self.placeholders.finditer(text)] if reads else []
        out: dict[tuple[int, int, str], Read] = {}
        for r in reads:
            found = text[r.start:r.end]
            if r.end <= r.start or is_initials(found) or any(a < r.end and r.start < b for a, b in keep + held):
                continue
            out.setdefault((r.start, r.end, r.why), r)
        return list(out.values())


def _hint(segment: Segment, r: Read) -> Hint:
    return Hint(segment.id, r.start, r.end, segment.text[r.start:r.end], r.kind, r.score, RECOGNIZER, r.why)
