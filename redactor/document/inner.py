"""What a document embedded in another (a workbook or an HTML chunk in a Word file) gives
the document holding it: its texts as ``Place``s, each with a ``Target`` that reads and
changes it, or ``NotRedactable`` when it holds something redactor does not understand.

Text a reader sees as one piece is often held in several places: the texts and tails of
inline elements (an HTML paragraph with a bold name), the text runs of a workbook's rich
string. ``SlotText`` spreads changes over them: removed text goes from every piece it
covers and the replacement is written where the replaced text began (as the Word run
layer does), so the formatting of the first replaced character carries it. Fixed pieces
(a line break) are part of the text but never written."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from lxml import etree

from redactor.document.docx.inventory import TOKEN_MAX
from redactor.document.tables import CellLabels
from redactor.errors import RedactorError
from redactor.types import Change

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# (element, "text" | "tail" | an attribute name): one place a string is held
Slot = tuple[etree._Element, str]


class NotRedactable(Exception):
    """An embedded document holds something redactor does not understand; the message
    completes "an embedded workbook that …" ("holds macros")."""

    def refusal(self, name: str, what: str, outcome: str) -> RedactorError:
        """The error for file ``name`` holding this ``what`` ("embedded workbook"): "…, so it ``outcome``"."""
        return RedactorError(f"{name}: holds an {what} that {self}, so it {outcome}")


class Target(Protocol):
    """Where a segment's text is held: read as ``text``, changed by ``apply`` (or, in Word's
    tracked output, ``track`` with the document's revisions)."""

    @property
    def text(self) -> str: ...

    def apply(self, changes: Sequence[Change]) -> None: ...

    def track(self, changes: Sequence[Change], revisions: Any) -> None: ...

    def slots(self) -> list[Slot]:
        """The slots whose whole text this target reads (none: a part of one, or a reference)."""
        ...


@dataclass
class Place:
    """One text of an embedded document, for a segment: ``key`` is unique within ``part``
    (a part of the embedded document). ``joins`` ("part#key") names another place whose
    segment this target belongs to (a reference that follows a name); ``shared`` is a kind
    of value whose places with the same text in a part are one segment."""

    part: str
    key: str
    target: Target
    location: str
    labels: CellLabels | None = None
    joins: str | None = None
    shared: str | None = None


def read(slot: Slot) -> str:
    el, where = slot
    value = el.text if where == "text" else el.tail if where == "tail" else el.get(where)
    return value or ""


def write(slot: Slot, value: str, preserve: bool = False) -> None:
    """Write ``value``; ``preserve`` marks element text with edge spaces
    ``xml:space="preserve"`` (SpreadsheetML, like WordprocessingML, drops them otherwise)."""
    el, where = slot
    if where == "text":
        el.text = value
        if preserve and value != value.strip():
            el.set(XML_SPACE, "preserve")
    elif where == "tail":
        el.tail = value
    else:
        el.set(where, value)


def distribute(pieces: Sequence[str], writable: Sequence[bool], changes: Sequence[Change]) -> list[str]:
    """``pieces`` (joined, the text the changes' offsets refer to) with every change made:
    the replaced characters leave the writable pieces they were in, and the replacement
    goes into the writable piece where the replaced text began (else the nearest writable
    piece before it, else after it)."""
    out = list(pieces)
    starts, at = [], 0
    for p in pieces:
        starts.append(at)
        at += len(p)
    for c in sorted(changes, key=lambda c: c.start, reverse=True):
        home = _home(starts, pieces, writable, c.start)
        for i, (s, p) in enumerate(zip(starts, pieces, strict=True)):
            lo, hi = max(c.start, s) - s, min(c.end, s + len(p)) - s
            if writable[i] and lo < hi:
                out[i] = out[i][:lo] + out[i][hi:]
        if home is not None:
            offset = max(0, min(c.start - starts[home], len(pieces[home])))
            out[home] = out[home][:offset] + c.replacement + out[home][offset:]
    return out


def _home(starts: list[int], pieces: Sequence[str], writable: Sequence[bool], pos: int) -> int | None:
    containing = [i for i, s in enumerate(starts) if s <= pos < s + len(pieces[i]) and writable[i]]
    if containing:
        return containing[0]
    before = [i for i, s in enumerate(starts) if s <= pos and writable[i]]
    after = [i for i, s in enumerate(starts) if s > pos and writable[i]]
    return before[-1] if before else after[0] if after else None


def is_code(value: str, spaces: bool = False) -> bool:
    """A structural value, not text a reader sees: short, and without spaces unless its place
    allows them (the rule of the Word audit, for the audits of embedded documents)."""
    return len(value) <= TOKEN_MAX * (4 if spaces else 1) and (spaces or not any(c.isspace() for c in value))


class SlotText:
    """A segment's text held in ``pieces``: slots, and fixed strings between them (a line
    break, a separator) that are part of the text but never written."""

    def __init__(self, pieces: Sequence[Slot | str], preserve: bool = False) -> None:
        self.pieces, self.preserve = list(pieces), preserve

    @property
    def text(self) -> str:
        return "".join(self._values())

    def slots(self) -> list[Slot]:
        return [p for p in self.pieces if not isinstance(p, str)]

    def apply(self, changes: Sequence[Change]) -> None:
        values = self._values()
        new = distribute(values, [not isinstance(p, str) for p in self.pieces], changes)
        for piece, old, value in zip(self.pieces, values, new, strict=True):
            if not isinstance(piece, str) and value != old:
                write(piece, value, self.preserve)

    def track(self, changes: Sequence[Change], revisions: Any) -> None:
        """Nothing here can hold a Word revision: replaced in the tracked output too."""
        self.apply(changes)

    def _values(self) -> list[str]:
        return [p if isinstance(p, str) else read(p) for p in self.pieces]
