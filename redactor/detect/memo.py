"""What the first pass made of each text, kept across the documents of a batch. Reports
from one template share their headings, table labels and standard phrases ("Agency",
"Target date", "No further action."): NER and Presidio's recognizers read each such text
once per batch, not once per document. A text's first pass depends on the text (and its
table labels) alone, so the detections are the same."""
from __future__ import annotations

from dataclasses import dataclass, field

from presidio_analyzer import RecognizerResult

from redactor.detect.artifacts import LazyArtifacts

LIMIT = 300_000  # characters of text kept: about 50 MB of spaCy docs


@dataclass
class Memo:
    """Each text's NLP artifacts, and its first-pass results by text and table labels. One
    document's own memo sees each distinct text of it once; a batch's sees it once in all."""

    artifacts: dict[str, LazyArtifacts] = field(default_factory=dict)
    results: dict[str, dict[tuple[str, ...], list[RecognizerResult]]] = field(default_factory=dict)
    size: int = 0  # characters of the texts in ``artifacts``

    def add(self, text: str, artifacts: LazyArtifacts) -> None:
        self.artifacts[text] = artifacts
        self.size += len(text)

    def get(self, text: str) -> LazyArtifacts:
        """The artifacts of a text kept, now the last to be forgotten."""
        self.artifacts[text] = artifacts = self.artifacts.pop(text)
        return artifacts

    def trim(self, limit: int = LIMIT) -> None:
        """Forget the texts least recently read until at most ``limit`` characters are kept."""
        while self.size > limit and self.artifacts:
            text = next(iter(self.artifacts))
            del self.artifacts[text]
            self.size -= len(text)
            self.results.pop(text, None)
