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

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.detect.lexicon import Lexicon
from redactor.detect.line_runs import runs
from redactor.detect.recognizers.base import placeholder_pattern
from redactor.detect.suggest.base import NameWords, Read
from redactor.detect.suggest.contexts import PersonContexts
from redactor.detect.suggest.entities import entity_reads, things
from redactor.detect.suggest.lists import ListShapes
from redactor.detect.suggest.shapes import Shapes
from redactor.detect.suggest.variants import Deletions, Elsewhere, Misspellings
from redactor.detect.suggest.wording import load_wording
from redactor.detect.vocabulary import Vocabulary
from redactor.names import is_initials, words
from redactor.rules import Rules
from redactor.types import Detection, Hint, Kind, Segment

RECOGNIZER = "SuggestionReader"
_GLUE = 20  # characters a name may be glued to on either side


class Suggester:
    """Built once with the detector; reads each distinct text once."""

    def __init__(self, rules: Rules, vocabulary: Vocabulary, lexicon: Lexicon | None = None) -> None:
        wording = load_wording(rules)
        self.vocabulary = vocabulary
        self.names = NameWords(vocabulary, lexicon)
        self.contexts = PersonContexts(rules, self.names, wording)
        self.shapes = Shapes(rules, self.names, wording)
        self.lists = ListShapes(self.names, wording)
        self.placeholders = placeholder_pattern(rules)
        self.deletions = Deletions()

    def first(self, segments: Sequence[Segment], artifacts: Sequence[NlpArtifacts],
              sure: Iterable[Detection] = (), kept: frozenset[str] = frozenset()) -> list[Hint]:
        """The hints of every reading but the second pass's, from the text and the first
        pass's docs (items of a list are read beside the persons among the ``sure``
        detections), but a word found by NER or a name list alone that the document
        ``kept`` in an allow-listed name ("Devon" of "Devon County Council")."""
        people: dict[str, list[tuple[int, int]]] = {}
        for d in sure:
            if d.kind is Kind.PERSON:
                people.setdefault(d.segment_id, []).append((d.start, d.end))

        def read(segment: Segment, nlp_artifacts: NlpArtifacts) -> list[Read]:
            text = segment.text
            reads = [*self.contexts.read(text, things(nlp_artifacts.tokens)), *self.shapes.read(text),
                     *self.lists.read(text, people.get(segment.id, ())),
                     *entity_reads(nlp_artifacts.tokens, text, self.names)]
            return [r for r in reads if not (r.weak and text[r.start:r.end] in kept)]
        return self._hints(segments, artifacts, read) + self._across(segments)

    def _across(self, segments: Sequence[Segment]) -> list[Hint]:
        """The readings of lines read together (a text's lines with no blank line between:
        "(1) Emma Last" above "Appellants"), as hints of the line each falls in; titled lists
        are read so, once, and on a line on its own (once a text)."""
        hints = []
        alone: dict[str, list[Read]] = {}
        for block in runs(segments, _goes_on):  # a line on its own: a run of one
            if len(block) == 1:
                line = block[0]
                if line.text not in alone:
                    alone[line.text] = self._admitted(line.text, list(self.contexts.titled_lists(line.text)))
                hints += [_hint(line, r) for r in alone[line.text]]
                continue
            text, at = "\n".join(s.text for s in block), 0
            starts = []
            for s in block:
                starts.append(at)
                at += len(s.text) + 1
            for r in [*self.lists.across(text), *self.contexts.titled_lists(text)]:
                i = bisect_right(starts, r.start) - 1
                segment, offset = block[i], starts[i]
                if r.end - offset <= len(segment.text):
                    local = r._replace(start=r.start - offset, end=r.end - offset)
                    hints += [_hint(segment, x) for x in self._admitted(segment.text, [local])]
        return hints

    def second(self, segments: Sequence[Segment], names: Iterable[str], forms: Iterable[str]) -> list[Hint]:
        """Hints of the second pass: every occurrence of a person's ``forms`` found in the
        document (where the plan keeps one, a rule overruled the name), and words spelt
        like the ``names`` looked for, a letter or two apart."""
        misspelt = Misspellings(names, self.names, self.deletions)
        elsewhere = Elsewhere(forms, self.names)
        return self._hints(segments, segments, lambda s, _: [*elsewhere.read(s.text), *misspelt.read(s.text)])

    def _hints(self, segments: Sequence[Segment], inputs: Sequence, read: Callable[[Segment, Any], list[Read]]
               ) -> list[Hint]:
        """Each distinct text read once (``read`` of its segment and input), as hints of
        every segment. Hints inside what the plan changes are dropped by the plan, which
        alone knows its final changes (a detection may lose to another or be read as a
        month or a place)."""
        by_text: dict[str, list[Read]] = {}
        hints = []
        for segment, given in zip(segments, inputs, strict=True):
            if segment.text not in by_text:
                by_text[segment.text] = self._admitted(segment.text, read(segment, given))
            hints += [_hint(segment, r) for r in by_text[segment.text]]
        return hints

    def _admitted(self, text: str, reads: list[Read]) -> list[Read]:
        """Reads that are no initials, placeholder, court party ("QUEEN" of "THE QUEEN v") or
        allow-listed text (but inside a titled read: "Mrs Asda" as a nickname), each span and reason once.
        Inside one of the allow list's patterns,
        which take in every capitalised word before an agency's name ("Councillor Amy Tate
        Leeds City Council", "Mr Chambers" as chambers), a name is read where an office,
        counsel's role or initials are beside it, or where not all its words are English words
        or places and a context or a second word shows it ("Amy Tate"; never "Devon" of "Devon
        County Council"); never inside one of its phrases."""
        if not reads:
            return []
        held = [m.span() for m in self.placeholders.finditer(text)] + self.vocabulary.phrase_spans(text)
        patterns = [s for s in self.vocabulary.keep_spans(text) if s not in held]
        out: dict[tuple[int, int, str], Read] = {}
        parties = self.vocabulary.court_parties
        for r in reads:
            r = _whole_token(text, r)
            found = text[r.start:r.end]
            party = " ".join(found.upper().split())
            if r.end <= r.start or is_initials(found) or party in parties or f"THE {party}" in parties \
                    or any(a < r.end and r.start < b and not (r.titled and r.start < a and b <= r.end)
                           for a, b in held) \
                    or any(a < r.end and r.start < b for a, b in patterns) and not self._inside_pattern(r, found):
                continue
            out.setdefault((r.start, r.end, r.why), r)
        return list(out.values())

    def _inside_pattern(self, r: Read, found: str) -> bool:
        """May ``r`` be read inside a span an allow-list pattern keeps (see ``_admitted``)?"""
        named = words(found)
        return r.titled or r.kind is Kind.PERSON and not all(self.names.plain(w) for w in named) \
            and (not r.weak or len(named) > 1)


def _goes_on(line: Segment, segment: Segment) -> bool:
    """Does ``segment`` go on from the line before it: a line of its part with no blank line between?"""
    return segment.wraps and segment.part == line.part


def _whole_token(text: str, r: Read) -> Read:
    """The read widened to the whole token it is written in, as a reviewer must change it:
    a name glued to another ("KhanJamal", a caption run into the text) or to a footnote's
    number ("Ahir1")."""
    start, end = r.start, r.end
    while start > 0 and r.start - start < _GLUE and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and end - r.end < _GLUE and text[end].isalnum():
        end += 1
    return r if (start, end) == (r.start, r.end) or text[start - 1:start].isalnum() \
        or text[end:end + 1].isalnum() else r._replace(start=start, end=end)


def _hint(segment: Segment, r: Read) -> Hint:
    return Hint(segment.id, r.start, r.end, segment.text[r.start:r.end], r.kind, r.score, RECOGNIZER, r.why)
