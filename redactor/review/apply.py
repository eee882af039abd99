"""From reviewed decisions to the final document: kept changes, minus the rejected
ones, plus every occurrence of the strings a reviewer added, plus every known name no
decision covers; the output is verified before it is written."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from redactor.decide.known.audit import RECOGNIZER, Audit, Survivor, audit, name_key, survivor_changes, verify_output
from redactor.decide.known.forms import FormIndex, KnownForm, is_full
from redactor.decide.known.reading import reading_for
from redactor.decide.plan import WEAK_OR_KNOWN
from redactor.document import check_input, load_document, read_segments
from redactor.document.base import Document, by_segment
from redactor.errors import RedactorError
from redactor.files import Publication, check_output, default_output
from redactor.limits import check_changed
from redactor.names import in_a_date, initial, split_name, whole_words
from redactor.review.decisions import Addition, DecisionsFile, load_decisions
from redactor.types import Change, PictureEdit, Segment, Status


@dataclass(frozen=True)
class Applied:
    """What ``apply_decisions`` wrote, in counts (no document text)."""

    output: Path
    kept: int
    rejected: int
    added: int
    audited: int = 0


def _decided(document: Document, decisions: DecisionsFile) -> list[Change]:
    """Every decided change, rejected ones too, checked against the document's text."""
    segments = {s.id: s for s in document.segments}
    out = []
    for number, d in enumerate(decisions.changes):
        segment = segments.get(d.segment_id)
        if segment is None or segment.text[d.start:d.end] != d.original:
            raise RedactorError(f"{document.path.name}: changes[{number}] of the decisions does not match "
                                f"the document (were the decisions edited by hand?)")
        out.append(Change(id=d.id, segment_id=d.segment_id, start=d.start, end=d.end,
                          original=d.original, replacement=d.replacement, kind=d.kind,
                          recognizer=d.recognizer, score=d.score, reason=d.reason,
                          person_id=d.person_id, status=d.status))
    return out


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


def picture_edits(decisions: DecisionsFile) -> list[PictureEdit]:
    """The reviewer's picture decisions: boxes drawn to cover more, pictures removed."""
    edits = []
    for p in decisions.pictures:
        if p.verdict == "removed":
            edits.append(PictureEdit(p.part))
        else:
            edits += [PictureEdit(p.part, b.box, b.replacement) for b in p.boxes]
    return edits


def known_in_decisions(decisions: DecisionsFile) -> list[KnownForm]:
    """The forms the decisions' people are known by: every full name, and the lone first
    names, surnames and one-word forms of a person named in full (``whole``); sure (see
    ``decide.known.forms.known_forms``) for a person one of whose changes more than NER,
    a name list or the second pass found."""
    sure = {c.person_id for c in decisions.changes if c.recognizer not in WEAK_OR_KNOWN | {RECOGNIZER}}
    out: list[KnownForm] = []
    for p in decisions.people:
        full = [f for f in p.forms if is_full(f)]
        out += [KnownForm(f, "decisions", True, p.id in sure) for f in full]
        if full:
            lone = {w for f in full for w in split_name(f) if w} | {f for f in p.forms if not is_full(f)}
            out += [KnownForm(w, "decisions", False, p.id in sure, whole=True) for w in sorted(lone)]
    return out


def _audited(document: Document, decisions: DecisionsFile, decided: list[Change]) -> Audit:
    """Known names the decisions leave in the output (made by an earlier version, or
    edited): each becomes a change; those a reviewer rejected are counted, not touched."""
    from redactor.rules import load_rules  # apply takes no rules: the shipped ones read a lone word

    return audit(document.segments, decided, FormIndex(known_in_decisions(decisions)), reading_for(load_rules()))


def _survivor_replacement(s: Survivor, decisions: DecisionsFile) -> tuple[str, str | None]:
    """The replacement the decisions give this name (the same words decided before), else
    its person's; a lone word several people share, or after a title, its own initial."""
    key = name_key(s.text)
    same = [d for d in decisions.changes if d.status is not Status.REJECTED and name_key(d.original) == key]
    if same:
        return same[0].replacement, same[0].person_id
    owners = [p for p in decisions.people if any(key == name_key(f) or not s.form.full and key in
                                                 [name_key(w) for w in split_name(f) if w] for f in p.forms)]
    if s.form.full and owners:
        return owners[0].replacement, owners[0].id
    if len(owners) == 1 and not s.titled:
        return owners[0].replacement, owners[0].id
    return initial(s.text), None


@dataclass(frozen=True)
class Reviewed:
    """``source`` read as the decisions say, the changes they approve and their picture
    edits, and the final check every output of them passes."""

    document: Document
    decisions: DecisionsFile
    changes: list[Change]
    kept: int
    rejected: int
    added: int
    pictures: list[PictureEdit]
    audited: int = 0  # known names the decisions left in place, replaced
    known: tuple[str, ...] = ()
    allowed: Counter[tuple[str, ...]] = field(default_factory=Counter)

    def render(self) -> bytes:
        """The final document; refused when a known full name would remain in it beyond
        those a reviewer rejected a change of."""
        data = self.document.render(self.changes, self.pictures)
        name = self.document.path.name
        verify_output(name, read_segments(name, data), self.known, self.allowed)
        return data


def reviewed(source: Path, decisions: DecisionsFile) -> Reviewed:
    """Load ``source`` the way it was redacted and work out the approved changes: those
    not rejected, every occurrence of a string the reviewer added, and every known name
    no decision covers (``decide/known/``)."""
    document = load_document(source, **decisions.options.model_dump())
    if decisions.input.sha256 != document.sha256:
        raise RedactorError(f"{document.path.name}: the decisions were made for a different version "
                            f"of {document.path.name} (its SHA-256 differs)")
    decided = _decided(document, decisions)
    kept = [c for c in decided if c.status is not Status.REJECTED]
    added = added_changes(document.segments, decisions.added, kept)
    result = _audited(document, decisions, decided + added)
    texts = {s.id: s.text for s in document.segments}
    dropped = {c.id for s in result.survivors for c in s.replaces}
    audited = [c for s in result.survivors
               for c in survivor_changes(s, texts, *_survivor_replacement(s, decisions), status=Status.ACCEPTED)]
    changes = [c for c in kept + added if c.id not in dropped] + audited
    check_changed(document.path.name, document.segments, changes)
    known = tuple(f.text for f in known_in_decisions(decisions) if f.full and f.sure)
    return Reviewed(document, decisions, changes, kept=len(kept) - len(dropped), rejected=len(decided) - len(kept),
                    added=len(added), pictures=picture_edits(decisions), audited=len(result.survivors), known=known,
                    allowed=result.rejected)


def apply_decisions(source: Path, decisions_path: Path, output: Path | None = None,
                    force: bool = False) -> Applied:
    """Write ``source`` with exactly the reviewed changes to ``output`` (default
    NAME.redacted.EXT beside the input), and every known name no decision covers
    replaced; nothing is written if a known name would remain."""
    check_input(source)
    output = output or default_output(source)
    if output.suffix.lower() != source.suffix.lower():
        raise RedactorError(f"{output.name}: the output must keep the input's format ({source.suffix})")
    with Publication(output) as publication:
        check_output(source, output, force)
        done = reviewed(source, load_decisions(decisions_path))
        publication.publish(done.render())
    return Applied(output, kept=done.kept, rejected=done.rejected, added=done.added, audited=done.audited)
