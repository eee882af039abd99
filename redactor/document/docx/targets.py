"""Where a segment's text lives: a channel of a paragraph's runs, or one string value
(an attribute, a property, a chart label, a link target). A segment may have several
targets holding the same text (a text box's VML copy, a SmartArt drawing cache): each
change is applied to every one.

A ``Place`` says where a target is without holding the element: the part, the element's
position among the part's nodes in document order, and how the element holds the text.
A loaded document keeps places (they pickle) and finds its targets again in a fresh parse
of the same bytes at each render."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from redactor.document.base import splice
from redactor.document.docx.runs import DIALECTS, WORD, Dialect, TextMap, isolate, replace
from redactor.document.docx.tracked import Revisions
from redactor.types import Change

_TRACKABLE = ("text", "instr")


class RunText:
    """One channel of a paragraph (``w:p`` or ``a:p``)."""

    def __init__(self, container: etree._Element, channel: str, dialect: Dialect = WORD) -> None:
        self.container, self.channel, self.dialect = container, channel, dialect

    @property
    def element(self) -> etree._Element:
        return self.container

    def place(self, part: str, ordinal: int) -> Place:
        return Place(part, ordinal, self.channel, self.dialect.name)

    @property
    def text(self) -> str:
        return TextMap(self.container, self.channel, self.dialect).text

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

    def place(self, part: str, ordinal: int) -> Place:
        return Place(part, ordinal, attr=self.attr)

    @property
    def text(self) -> str:
        return (self.element.get(self.attr) if self.attr else self.element.text) or ""

    def apply(self, changes: Sequence[Change]) -> None:
        new = splice(self.text, changes)
        if self.attr:
            self.element.set(self.attr, new)
        else:
            self.element.text = new

    def track(self, changes: Sequence[Change], revisions: Revisions) -> None:
        """Values cannot hold revisions: replaced in the tracked output too."""
        self.apply(changes)


Target = RunText | Value


@dataclass(frozen=True)
class Place:
    """Where a target is: ``part``, the position of its element among the part's nodes in
    document order, and either a ``channel`` of runs in a ``dialect`` or a value (``attr``,
    or the element's text)."""

    part: str
    ordinal: int
    channel: str | None = None
    dialect: str | None = None
    attr: str | None = None

    def target(self, element: etree._Element) -> Target:
        """The target on ``element``, the node at this place in a parse of the part."""
        if self.channel is None:
            return Value(element, self.attr)
        return RunText(element, self.channel, DIALECTS[self.dialect or WORD.name])
