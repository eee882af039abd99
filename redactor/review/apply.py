"""From reviewed decisions to the final document: kept changes, minus the rejected
ones, plus every occurrence of the strings a reviewer added."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redactor.document import check_input, load_document
from redactor.document.base import Document, by_segment
from redactor.errors import RedactorError
from redactor.files import Publication, check_output, default_output
from redactor.limits import check_changed
from redactor.names import in_a_date, whole_words
from redactor.review.decisions import Addition, DecisionsFile, load_decisions
from redactor.types import Change, PictureEdit, Segment, Status


@dataclass(frozen=True)
class Applied:
    """What ``apply_decisions`` wrote, in counts (no document text)."""

    output: Path
    kept: int
    rejected: int
    added: int


def _kept(document: Document, decisions: DecisionsFile) -> list[Change]:
    """The changes not rejected, checked against the document's text."""
    segments = {s.id: s for s in document.segments}
    kept = []
    for number, d in enumerate(decisions.changes):
        segment = segments.get(d.segment_id)
        if segment is None or segment.text[d.start:d.end] != d.original:
            raise RedactorError(f"{document.path.name}: changes[{number}] of the decisions does not match "
                                f"the document (were the decisions edited by hand?)")
        if d.status is not Status.REJECTED:
            kept.append(Change(id=d.id, segment_id=d.segment_id, start=d.start, end=d.end,
                               original=d.original, replacement=d.replacement, kind=d.kind,
                               recognizer=d.recognizer, score=d.score, reason=d.reason,
                               person_id=d.person_id, status=d.status))
    return kept


def added_changes(segments: Sequence[Segment], additions: Sequence[Addition],
                  kept: Sequence[Change]) -> list[Change]:
    """Every whole-word occurrence of each added string, as written or in capitals,
    that overlaps no kept change and is no date ("April" added as a name stays in
    "April 2022"); longer strings win over shorter ones."""
    taken = {sid: [(c.start, c.end) for c in group] for sid, group in by_segment(kept).items()}
    out = []
    for a in sorted(additions, key=lambda a: -len(a.text)):
        pattern = whole_words([a.text])
        if pattern is None:
            continue
        for s in segments:
            for start, end in pattern.spans(s.text):
                if in_a_date(s.text, start, end):
                    continue
                spans = taken.setdefault(s.id, [])
                if any(start < other_end and other_start < end for other_start, other_end in spans):
                    continue
                spans.append((start, end))
                out.append(Change(id=f"added:{s.id}:{start}", segment_id=s.id, start=start,
                                  end=end, original=s.text[start:end], replacement=a.replacement, kind=a.kind,
                                  recognizer="reviewer", score=1.0, reason="added by a reviewer",
                                  status=Status.ACCEPTED))
    return out


def changes_from_decisions(document: Document, decisions: DecisionsFile) -> list[Change]:
    """The changes to render: refuses decisions made for another version of the file, and
    changes that would take a paragraph or the document over the limits."""
    if decisions.input.sha256 != document.sha256:
        raise RedactorError(f"{document.path.name}: the decisions were made for a different version "
                            f"of {document.path.name} (its SHA-256 differs)")
    kept = _kept(document, decisions)
    changes = kept + added_changes(document.segments, decisions.added, kept)
    check_changed(document.path.name, document.segments, changes)
    return changes


def picture_edits(decisions: DecisionsFile) -> list[PictureEdit]:
    """The reviewer's picture decisions: boxes drawn to cover more, pictures removed."""
    edits = []
    for p in decisions.pictures:
        if p.verdict == "removed":
            edits.append(PictureEdit(p.part))
        else:
            edits += [PictureEdit(p.part, b.box, b.replacement) for b in p.boxes]
    return edits


@dataclass(frozen=True)
class Reviewed:
    """``source`` read as the decisions say, the changes they approve and their picture edits."""

    document: Document
    decisions: DecisionsFile
    changes: list[Change]
    kept: int
    rejected: int
    added: int
    pictures: list[PictureEdit]


def reviewed(source: Path, decisions: DecisionsFile) -> Reviewed:
    """Load ``source`` the way it was redacted and work out the approved changes."""
    document = load_document(source, **decisions.options.model_dump())
    changes = changes_from_decisions(document, decisions)
    rejected = sum(d.status is Status.REJECTED for d in decisions.changes)
    added = len(changes) - (len(decisions.changes) - rejected)
    return Reviewed(document, decisions, changes, kept=len(changes) - added, rejected=rejected, added=added,
                    pictures=picture_edits(decisions))


def apply_decisions(source: Path, decisions_path: Path, output: Path | None = None,
                    force: bool = False) -> Applied:
    """Write ``source`` with exactly the reviewed changes to ``output``
    (default NAME.redacted.EXT beside the input)."""
    check_input(source)
    output = output or default_output(source)
    if output.suffix.lower() != source.suffix.lower():
        raise RedactorError(f"{output.name}: the output must keep the input's format ({source.suffix})")
    with Publication(output) as publication:
        check_output(source, output, force)
        done = reviewed(source, load_decisions(decisions_path))
        publication.publish(done.document.render(done.changes, done.pictures))
    return Applied(output, kept=done.kept, rejected=done.rejected, added=done.added)
