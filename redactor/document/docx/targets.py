"""Where a segment's text lives: a channel of a paragraph's runs, or one string value
(an attribute, a property, a chart label, a link target). A segment may have several
targets holding the same text (a text box's VML copy, a SmartArt drawing cache): each
change is applied to every one."""
from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from redactor.document.base import splice
from redactor.document.docx.runs import WORD, Dialect, TextMap, isolate, replace
from redactor.document.docx.tracked import Revisions
from redactor.document.inner import Slot, Target
from redactor.types import Change

_TRACKABLE = ("text", "instr")


class RunText:
    """One channel of a paragraph (``w:p`` or ``a:p``)."""

    def __init__(self, container: etree._Element, channel: str, dialect: Dialect = WORD) -> None:
        self.container, self.channel, self.dialect = container, channel, dialect

    @property
    def text(self) -> str:
        return TextMap(self.container, self.channel, self.dialect).text

    def slots(self) -> list[Slot]:
        return [(p.node, "text") for p in TextMap(self.container, self.channel, self.dialect).pieces]

    def _runs(self, change: Change) -> list[etree._Element]:
        return isolate(self.container, self.channel, self.dialect, change.start, change.end)

    def apply(self, changes: Sequence[Change]) -> None:
        tag = self.dialect.tag(self.channel)
        for c in sorted(changes, key=lambda c: c.start, reverse=True):
            replace(self._runs(c), c.replacement, tag, self.dialect)

    def track(self, changes: Sequence[Change], revisions: Revisions) -> None:
        """Word paragraphs get revisions; text already deleted in the input stays as it
        is (rejecting every revision must give back the input); DrawingML text, which
        Word cannot track, is replaced."""
        if self.dialect is not WORD:
            self.apply(changes)
        elif self.channel in _TRACKABLE:
            for c in sorted(changes, key=lambda c: c.start, reverse=True):
                revisions.track(self._runs(c), c.replacement, self.channel)


class Value:
    """A string held in an attribute (``attr``) or an element's text (``attr`` None)."""

    def __init__(self, element: etree._Element, attr: str | None = None) -> None:
        self.element, self.attr = element, attr

    @property
    def text(self) -> str:
        return (self.element.get(self.attr) if self.attr else self.element.text) or ""

    def slots(self) -> list[Slot]:
        return [(self.element, self.attr or "text")]

    def apply(self, changes: Sequence[Change]) -> None:
        new = splice(self.text, changes)
        if self.attr:
            self.element.set(self.attr, new)
        else:
            self.element.text = new

    def track(self, changes: Sequence[Change], revisions: Revisions) -> None:
        """Values cannot hold revisions: replaced in the tracked output too."""
        self.apply(changes)


__all__ = ["RunText", "Target", "Value"]
