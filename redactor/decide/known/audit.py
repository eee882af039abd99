"""The audit of a planned output: which known forms survive the planned changes, the
changes that replace them, and the last check of a rendered output.

A known form survives where no active change covers it whole. A planned change inside a
known full name ("ELLEN" of "ELLEN MARCH") gives way to one change of the whole name; a
change reaching outside it (an address starting at "March") keeps its span, and the rest
of the name is replaced beside it. A change a reviewer rejected is never overridden: the
reviewer saw that text, and the final check allows exactly those occurrences."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from redactor.decide.known.forms import FormIndex, KnownForm, find_in_segments, name_key
from redactor.decide.known.reading import LoneReading, written_as
from redactor.document.base import by_segment
from redactor.errors import RedactorError
from redactor.types import Change, Kind, Segment, Status

RECOGNIZER = "KnownNameAudit"
FULL_SCORE = 1.0
LONE_SCORE = 0.9
AMBIGUOUS_WORD_SCORE = 0.65  # a month, day, place or word read as the name: "check these first"


@dataclass(frozen=True)
class Survivor:
    """A known form the planned output still holds: its pieces (one, or two across a
    line break), how it is written, and the planned changes it replaces."""

    pieces: tuple[tuple[int, str, int, int], ...]  # which piece of the name, segment id, start, end
    text: str  # as written, a line break as a space
    form: KnownForm
    titled: bool
    why: str
    score: float
    replaces: tuple[Change, ...] = ()

    @property
    def reason(self) -> str:
        return f"known name: '{self.form.text}' ({self.form.how}); {self.why}, not replaced by the plan"


@dataclass
class Audit:
    survivors: list[Survivor] = field(default_factory=list)
    rejected: Counter[tuple[str, ...]] = field(default_factory=Counter)  # full names a reviewer kept


def _trim(start: int, end: int, changes: Sequence[Change], text: str
          ) -> tuple[int, int, list[Change]] | None:
    """The uncovered part of [start, end) and the changes inside it that it replaces;
    None when active changes cover it (all of its letters)."""
    over = [c for c in changes if c.start < end and start < c.end]
    if any(c.start <= start and end <= c.end for c in over):
        return None
    for c in over:
        if c.start < start:
            start = c.end
        if c.end > end:
            end = c.start
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    inside = [c for c in over if start <= c.start and c.end <= end]
    if start >= end or any(c not in inside and c.start < end and start < c.end for c in over):
        return None
    return start, end, inside


def audit(segments: Sequence[Segment], changes: Sequence[Change], index: FormIndex,
          reading: LoneReading) -> Audit:
    """Every known form in ``segments`` that ``changes`` (the active ones) leave in the
    output, in reading order; a form overlapping a rejected change is counted, not touched."""
    result = Audit()
    active = by_segment([c for c in changes if c.status is not Status.REJECTED])
    rejected = by_segment([c for c in changes if c.status is Status.REJECTED])
    for found in find_in_segments(segments, index):
        form = found.form
        texts = [segments[i].text for i, _, _ in found.pieces]
        written = " ".join(t[s:e] for t, (_, s, e) in zip(texts, found.pieces, strict=True))
        titled, why, score = False, "a full name", FULL_SCORE
        if form.full and not form.sure and (reading.names_a_thing(texts[-1], found.pieces[-1][2]) or any(
                reading.kept(t, s, e) for t, (_, s, e) in zip(texts, found.pieces, strict=True))):
            continue  # only NER's reading made it a name: "St Pancras Hospital", "Foyle Women('s Aid)"
        if not form.full:
            (i, s, e), = found.pieces
            if not written_as(form.text, written):
                continue
            verdict = reading.read(texts[0], s, e)
            if not form.sure and not verdict.titled and reading.ends_a_body(texts[0], s, e):
                continue  # another document's "Scotland" ("Baroness Scotland") in "Police Scotland attended"
            if not verdict.titled and reading.in_a_longer_name(texts[0], s, e, form.sure):
                continue  # "St Mary's", "Queen Mary University", "Iscoed Chambers" after "Joanne Chambers"
            # a title is evidence: written_as_a_name reads only an untitled word, in no longer name (above)
            if not (verdict.person if form.sure else verdict.evidence
                    or form.named and verdict.person and reading.used_as_a_name(texts[0], s, e)
                    or form.whole and verdict.person and reading.written_as_a_name(texts[0], s, e)):
                continue
            titled, why = verdict.titled, f"read as the person ({verdict.why})"
            score = AMBIGUOUS_WORD_SCORE if not verdict.evidence and reading.also_a_word(written) else LONE_SCORE
        ids = [segments[i].id for i, _, _ in found.pieces]
        if any(c.start < e and s < c.end for sid, (_, s, e) in zip(ids, found.pieces, strict=True)
               for c in rejected.get(sid, ())):
            if form.full:
                result.rejected[name_key(written)] += 1
            continue
        pieces, replaces = [], []
        for n, (sid, text, (_, s, e)) in enumerate(zip(ids, texts, found.pieces, strict=True)):
            left = _trim(s, e, active.get(sid, ()), text)
            if left is not None:
                pieces.append((n, sid, left[0], left[1]))
                replaces += left[2]
        if len(pieces) == 1 and not form.full and not titled:
            (n, sid, start, end), = pieces
            first = reading.first_name_before(texts[0], start)
            if first is not None and not any(c.start < start and first < c.end for c in active.get(sid, ())):
                pieces = [(n, sid, first, end)]  # "Mary Page" when only "Page" is known: the first name goes too
        if pieces:
            result.survivors.append(Survivor(tuple(pieces), written, form, titled, why, score, tuple(replaces)))
    return result


def survivor_changes(s: Survivor, texts: dict[str, str], replacement: str, person_id: str | None,
                     status: Status = Status.PROPOSED) -> list[Change]:
    """The changes replacing one survivor: the name's opening becomes ``replacement``, the
    rest of a name broken across two lines is removed."""
    return [Change(id=f"{sid}:{start}", segment_id=sid, start=start, end=end, original=texts[sid][start:end],
                   replacement=replacement if n == 0 else "", kind=Kind.PERSON, recognizer=RECOGNIZER,
                   score=s.score, reason=s.reason, person_id=person_id, status=status)
            for n, sid, start, end in s.pieces]


def verify_output(name: str, segments: Sequence[Segment], known: Iterable[str],
                  allowed: Counter[tuple[str, ...]] | None = None) -> None:
    """Refuse an output in which a known full name can still be found (beyond the
    ``allowed`` occurrences a reviewer kept), in one line that names no one."""
    index = FormIndex(KnownForm(t, "", True) for t in known)
    found = find_in_segments(segments, index)
    counts = Counter(name_key(" ".join(segments[i].text[s:e] for i, s, e in f.pieces)) for f in found)
    left = sum(max(0, n - (allowed or Counter())[key]) for key, n in counts.items())
    if left:
        raise RedactorError(f"{name}: refused: a name the document or its case gives would remain in the "
                            f"output ({left} place{'s' if left > 1 else ''}); nothing was written")
