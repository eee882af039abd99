"""Value objects shared by every stage: documents give Segments, detection gives
Detections, decisions give People and Changes, gathered in a Plan."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    """What a change removes; the placeholder wording for each lives in rules/."""

    PERSON = "person"
    ADDRESS = "address"
    DATE_OF_BIRTH = "date_of_birth"
    PHONE = "phone"
    EMAIL = "email"
    NHS_NUMBER = "nhs_number"
    NI_NUMBER = "ni_number"
    OTHER = "other"


@dataclass(frozen=True)
class Segment:
    """One run of text a reader sees as a unit: a paragraph, a table cell's paragraph,
    a header line. ``id`` is stable for the same input; ``location`` is for people."""

    id: str
    text: str
    location: str
    part: str = "body"
    column_header: str | None = None
    row_label: str | None = None
    wraps: bool = False  # a text line going on from the segment before it (no blank line between)
    row: str | None = None  # the table row of a cell: the cells of one row may name one person

    @property
    def labels(self) -> tuple[str, ...]:
        """The table labels that describe this segment's content."""
        return tuple(x for x in (self.column_header, self.row_label) if x)


@dataclass(frozen=True)
class Detection:
    """A span a recognizer believes is identifying, with its reason."""

    segment_id: str
    start: int
    end: int
    text: str
    kind: Kind
    score: float
    recognizer: str
    reason: str = ""
    title: str | None = None  # a title or rank written before a person's name

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Link:
    """Why a written form belongs to a person: ``how`` ("full name", "title", "table
    label", "case file", "alias", "reviewer", "alone") and the document it was seen in."""

    how: str
    document: str | None = None


@dataclass
class Person:
    """One individual, with every written form seen and one replacement."""

    id: str
    first: str | None = None
    last: str | None = None
    initials: str = ""
    forms: set[str] = field(default_factory=set)
    mentions: int = 0
    role: str | None = None
    fixed: str | None = None  # a replacement chosen in the case file
    evidence: dict[str, Link] = field(default_factory=dict)  # form -> why it names this person

    @property
    def replacement(self) -> str:
        return self.fixed or self.initials


class Status(str, Enum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Change:
    """One proposed replacement of ``original`` at [start, end) of a segment."""

    id: str
    segment_id: str
    start: int
    end: int
    original: str
    replacement: str
    kind: Kind
    recognizer: str
    score: float
    reason: str = ""
    person_id: str | None = None
    status: Status = Status.PROPOSED


@dataclass
class Plan:
    """Everything decided about one document: the input to every renderer."""

    source: str
    sha256: str
    segments: list[Segment]
    changes: list[Change]
    people: list[Person]
    warnings: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)  # full names the output must not hold (decide/known/)

    def active_changes(self) -> list[Change]:
        return [c for c in self.changes if c.status != Status.REJECTED]
