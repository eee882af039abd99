"""The decisions file: every proposed change with the reviewer's verdict, and the
strings a reviewer added. ``review.html`` exports exactly this format and
``redactor apply`` reads it.

Schema (version 1), one JSON object:

- ``schema_version`` (int, 1), ``tool`` ("redactor"), ``tool_version`` (str),
  ``model`` (str or null: the spaCy pipeline that found the names)
- ``input``: ``name`` (the file name the decisions were made for) and ``sha256``
  (hex digest of its bytes; ``apply`` refuses any other version of the file)
- ``options``: how the input was read, so ``apply`` reads it the same way:
  ``accept_revisions``, ``remove_embedded``, ``allow_unknown_parts`` (Word inputs;
  all default false; the last is the user's waiver for parts of unknown type)
- ``changes``: one object per proposed change, in reading order:
  ``id`` (stable, e.g. "L7:26"), ``segment_id``, ``location`` (for people, e.g.
  "line 4, cell 2"), ``part`` (body, header, footnotes, ...), ``start``/``end``
  (character offsets in the segment), ``original``, ``replacement``, ``kind``
  (person, address, date_of_birth, phone, email, nhs_number, ni_number, other),
  ``recognizer``, ``score`` (0-1), ``reason`` (every recognizer's reason),
  ``person_id`` (or null) and ``status``: "proposed" or "accepted" (applied) or
  "rejected" (left as written)
- ``people``: ``id``, ``replacement`` (initials or the case file's choice),
  ``forms`` (every written form found in this document), ``mentions`` (in this
  document), ``role`` (or null)
- ``added``: strings the reviewer found missing: ``text``, ``replacement``,
  ``kind`` (default person); each is replaced wherever it occurs as a whole word,
  as written or in capitals
- ``pictures`` (Word inputs; optional, so older files load): one object per picture:
  ``part`` (e.g. "word/media/image1.png"), ``number`` (as the page says "picture 2"),
  ``format``, ``check`` (why a person should look at it, e.g. low-confidence lines; empty
  when read with confidence), ``verdict`` ("proposed", "accepted" as it is, or "removed"
  from the final document) and ``boxes`` the reviewer drew to cover more: ``box`` (left,
  top, right, bottom in the picture's pixels) and ``replacement`` (written in it, often "").
  A change read in a picture also has ``box``: the pixels it covers.
- ``suggestions`` (optional; older files have none): kept text that may be personal
  data, for the reviewer to check, surest first: ``id``, ``segment_id``, ``location``,
  ``part``, ``start``/``end``, ``original`` (its first kept occurrence), ``kind``,
  ``reason``, ``score`` (a rank, 0-1), ``occurrences`` (kept in the document),
  ``person_id`` (the person it may be a form of, or null) and ``status``: "open",
  "added" (the reviewer added it to ``added``, which ``apply`` replaces) or "dismissed".
  ``apply`` reads only ``added``: a suggestion changes nothing by itself
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from redactor.errors import RedactorError, validation_words
from redactor.files import read_input
from redactor.limits import limit
from redactor.types import Kind, PictureView, Plan, Status
from redactor.version import __version__
from redactor.writable import Writable

SCHEMA_VERSION: Final = 1


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InputFile(_Strict):
    name: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class LoadOptions(_Strict):
    accept_revisions: bool = False
    remove_embedded: bool = False
    allow_unknown_parts: bool = False


class _Located(_Strict):
    """Where a span is: its segment, its place for people, its offsets and text."""

    id: str
    segment_id: str
    location: str
    part: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    original: str = Field(min_length=1)

    @model_validator(mode="after")
    def _span(self) -> _Located:
        if self.end - self.start != len(self.original):
            raise ValueError("start and end do not match the length of original")
        return self


class ChangeDecision(_Located):
    replacement: Writable
    kind: Kind
    recognizer: str
    score: float = Field(ge=0, le=1)
    reason: str = ""
    person_id: str | None = None
    status: Status = Status.PROPOSED
    box: tuple[int, int, int, int] | None = None  # the pixels it covers, for a change read in a picture


class PersonEntry(_Strict):
    id: str
    replacement: str
    forms: list[str]
    mentions: int = Field(ge=0)
    role: str | None = None


class Addition(_Strict):
    text: Writable
    replacement: Writable
    kind: Kind = Kind.PERSON

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class DrawnBox(_Strict):
    box: tuple[int, int, int, int]
    replacement: Writable = ""

    @model_validator(mode="after")
    def _ordered(self) -> DrawnBox:
        left, top, right, bottom = self.box
        if not (0 <= left < right and 0 <= top < bottom):
            raise ValueError("a box must have left < right and top < bottom, none negative")
        return self


class PictureDecision(_Strict):
    part: str
    number: int = Field(ge=1)
    format: str = ""
    check: list[str] = []
    verdict: Literal["proposed", "accepted", "removed"] = "proposed"
    boxes: list[DrawnBox] = []


class SuggestionStatus(str, Enum):
    OPEN = "open"
    ADDED = "added"
    DISMISSED = "dismissed"


class SuggestionEntry(_Located):
    kind: Kind
    reason: str = ""
    score: float = Field(ge=0, le=1)
    occurrences: int = Field(ge=1, default=1)
    person_id: str | None = None
    status: SuggestionStatus = SuggestionStatus.OPEN


class DecisionsFile(_Strict):
    schema_version: Literal[1] = SCHEMA_VERSION
    tool: Literal["redactor"] = "redactor"
    tool_version: str
    model: str | None = None
    input: InputFile
    options: LoadOptions = LoadOptions()
    changes: list[ChangeDecision]
    people: list[PersonEntry] = []
    added: list[Addition] = []
    pictures: list[PictureDecision] = []
    suggestions: list[SuggestionEntry] = []

    @model_validator(mode="after")
    def _unique_ids(self) -> DecisionsFile:
        seen: set[str] = set()
        for c in self.changes:
            if c.id in seen:
                raise ValueError("a change id appears twice")
            seen.add(c.id)
        return self


def document_people(plan: Plan) -> list[PersonEntry]:
    """The plan's people with the forms and mentions of this document only (a batch's
    registry counts across documents)."""
    forms: dict[str, set[str]] = {}
    for c in plan.changes:
        if c.person_id:
            forms.setdefault(c.person_id, set()).add(c.original)
    mentions = Counter(c.person_id for c in plan.changes if c.person_id)
    return [PersonEntry(id=p.id, replacement=p.fixed or p.initials, forms=sorted(forms.get(p.id, ())),
                        mentions=mentions[p.id], role=p.role) for p in plan.people]


def decisions_from_plan(plan: Plan, model: str | None = None, options: LoadOptions | None = None,
                        pictures: Sequence[PictureView] = ()) -> DecisionsFile:
    """Every change of ``plan`` awaiting a verdict, with the people they belong to;
    ``options`` are those the input was loaded with; ``pictures`` its pictures."""
    segments = {s.id: s for s in plan.segments}
    boxes = {cid: box for view in pictures for cid, box in view.boxes.items()}
    return DecisionsFile(
        tool_version=__version__, model=model,
        input=InputFile(name=plan.source, sha256=plan.sha256), options=options or LoadOptions(),
        changes=[ChangeDecision(
            id=c.id, segment_id=c.segment_id, location=segments[c.segment_id].location,
            part=segments[c.segment_id].part, start=c.start, end=c.end, original=c.original,
            replacement=c.replacement, kind=c.kind, recognizer=c.recognizer, score=c.score,
            reason=c.reason, person_id=c.person_id, status=c.status, box=boxes.get(c.id)) for c in plan.changes],
        people=document_people(plan),
        pictures=[PictureDecision(part=v.part, number=v.number, format=v.format, check=list(v.doubts))
                  for v in pictures],
        suggestions=[SuggestionEntry(
            id=s.id, segment_id=s.segment_id, location=segments[s.segment_id].location,
            part=segments[s.segment_id].part, start=s.start, end=s.end, original=s.original, kind=s.kind,
            reason=s.reason, score=s.score, occurrences=s.occurrences, person_id=s.person_id)
            for s in plan.suggestions])


def _where(loc: tuple) -> str:
    return "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in loc).lstrip(".") or "the top level"


def _too_deep(path: Path) -> RedactorError:
    depth = limit("decisions_depth")
    return depth.refusal(path.name, f"nested more than {depth.value} levels deep")


def _check_depth(path: Path, raw: object) -> None:
    """Refuse JSON nested deeper than the limit (a real decisions file has 4 levels)."""
    allowed = limit("decisions_depth").value
    level: list[tuple[object, int]] = [(raw, 1)]
    while level:
        value, depth = level.pop()
        if isinstance(value, (dict, list)):
            if depth > allowed:
                raise _too_deep(path)
            level += [(v, depth + 1) for v in (value.values() if isinstance(value, dict) else value)]


def load_decisions(path: Path) -> DecisionsFile:
    """Read and validate a decisions file; any problem is one RedactorError line
    naming the file and the field (never a value, key or document text)."""
    data = read_input(path, "decisions_mb")
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise RedactorError(f"{path.name}: not UTF-8 text") from None
    except json.JSONDecodeError as e:
        raise RedactorError(f"{path.name}: not valid JSON (line {e.lineno}, column {e.colno})") from None
    except RecursionError:
        raise _too_deep(path) from None
    _check_depth(path, raw)
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if version not in (None, SCHEMA_VERSION):
        shown = f" {version}" if isinstance(version, int) else ""  # a string may be anything
        raise RedactorError(f"{path.name}: schema_version{shown} is not supported "
                            f"(this redactor reads version {SCHEMA_VERSION})")
    try:
        return DecisionsFile.model_validate(raw)
    except ValidationError as e:
        more = f" (and {e.error_count() - 1} more problems)" if e.error_count() > 1 else ""
        raise RedactorError(f"{path.name}: {validation_words(e, _where)}{more}") from None
