"""Value objects shared by every stage: documents give Segments, detection gives
Detections (and Hints), decisions give People, Changes and Suggestions, gathered in a Plan."""
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
    a header line. ``id`` is stable for the same input; ``location`` is for people.
    A ``format_code`` (a list label template such as "%1.") is checked and redacted like
    the rest, but is not text a reader sees, so the review page lists it only if changed."""

    id: str
    text: str
    location: str
    part: str = "body"
    column_header: str | None = None
    row_label: str | None = None
    format_code: bool = False
    picture: bool = False  # a line read inside a picture (``part`` is the picture)
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
class Hint(Detection):
    """A span a high-recall reading (``detect/suggest/``) takes for possible personal
    data but is not sure of. It travels with the detections and is never a change: if
    the plan keeps its text, it becomes a Suggestion for the reviewer. Its score only
    ranks hints, and stays under every least score of a change (``MAX_SCORE``)."""

    MAX_SCORE = 0.35

    def __post_init__(self) -> None:
        if not 0 <= self.score <= self.MAX_SCORE:
            raise ValueError(f"a hint's score must be between 0 and {self.MAX_SCORE}")


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


@dataclass(frozen=True)
class PictureEdit:
    """A reviewer's decision about a picture (``part``): a ``box`` (left, top, right,
    bottom, in its pixels) to cover with ``replacement`` written in it; or, with no box,
    the picture removed."""

    part: str
    box: tuple[int, int, int, int] | None = None
    replacement: str = ""


@dataclass(frozen=True)
class PictureView:
    """A picture as the review page shows it: ``before`` and ``after`` as (media type,
    bytes) a browser displays (None for a metafile), the box each change covers (by
    change id, in the picture's pixels) and why a person should check it."""

    part: str
    number: int
    format: str
    size: tuple[int, int]
    doubts: tuple[str, ...] = ()
    before: tuple[str, bytes] | None = None
    after: tuple[str, bytes] | None = None
    boxes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Suggestion:
    """A kept span that may be personal data, for the reviewer to check: one per
    written form, at its first kept occurrence; ``occurrences`` counts them all.
    ``person_id`` names the person it may be a form of (a misspelling of their name)."""

    id: str
    segment_id: str
    start: int
    end: int
    original: str
    kind: Kind
    reason: str
    score: float
    occurrences: int = 1
    person_id: str | None = None


@dataclass
class Plan:
    """Everything decided about one document: the input to every renderer."""

    source: str
    sha256: str
    segments: list[Segment]
    changes: list[Change]
    people: list[Person]
    warnings: list[str] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)  # kept spans to check, surest first
    known: list[str] = field(default_factory=list)  # full names the output must not hold (decide/known/)

    def active_changes(self) -> list[Change]:
        return [c for c in self.changes if c.status != Status.REJECTED]


@dataclass
class FileResult:
    """One input's line in a batch report (counts only, never document text)."""

    path: str  # relative to the input folder
    status: str  # redacted, up to date, failed
    reason: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    words: int = 0
    review: str | None = None  # the review page, relative to the output folder
    sha256: str = ""
