"""From detections to a Plan: drop what is not sure enough, settle overlaps, link
people, choose each replacement; list the hints it keeps as suggestions."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from redactor import recognizer_names as recognizers
from redactor.decide.aliases import find_aliases, nicknamed
from redactor.decide.case import ALONE, CASE_FILE, FULL_NAME, STRONG, TABLE, TITLE, Case
from redactor.decide.known.audit import audit, survivor_changes
from redactor.decide.known.forms import FormIndex, known_forms
from redactor.decide.known.reading import LoneReading, reading_for
from redactor.decide.overlaps import best_explanations, merge_adjacent_people, resolve_overlaps
from redactor.decide.people import Draft
from redactor.decide.replacements import make_replacement
from redactor.decide.suggestions import suggest
from redactor.names import split_name, words
from redactor.rules import Policies, Rules
from redactor.types import Change, Detection, Hint, Kind, Plan, Segment

# found by these alone, a full name is not enough for its lone words to be the person wherever nothing says otherwise
WEAK_OR_KNOWN = recognizers.WEAK | {recognizers.KNOWN}
AMBIGUOUS_SCORE = 0.6  # a lone name several people share is listed for a second look


def _reason(same: list[Detection]) -> str:
    """All recognizers that found this span, strongest first."""
    parts = [f"{d.recognizer} {d.score:.2f}: {d.reason}" for d in sorted(same, key=lambda d: -d.score)]
    return " | ".join(dict.fromkeys(parts))


def evidence(d: Detection) -> str:
    """What makes a person mention a name: the case file, a table label, a title, a full
    name; or nothing more than a lone word a recognizer found ("alone")."""
    if d.recognizer == recognizers.CASE_FILE:
        return CASE_FILE
    if d.recognizer == recognizers.TABLE_FIELD:
        return TABLE
    if d.title is not None:
        return TITLE
    return FULL_NAME if split_name(d.text)[0] is not None else ALONE


def build_plan(source: str, sha256: str, segments: Sequence[Segment], detections: Sequence[Detection],
               rules: Rules, case: Case, elsewhere: Iterable[str] = ()) -> Plan:
    """Every proposed change of one document, with its people linked to the case's;
    ``case`` is only read (``Case.commit`` takes the plan once its output is written).
    Then no known name survives: every form of a person the case, this document or
    (``elsewhere``) another document of the batch gives on strong evidence that the
    changes leave in place is replaced as the same person (``decide/known/``). Last, the
    hints the final changes leave in place become suggestions."""
    hints = [d for d in detections if isinstance(d, Hint)]
    sure = [d for d in detections if d.score >= rules.min_score(d.kind) and not isinstance(d, Hint)]
    kept = resolve_overlaps(sure)
    explanations = best_explanations(sure)
    order = {s.id: i for i, s in enumerate(segments)}
    segments_by_id = {s.id: s for s in segments}
    kept.sort(key=lambda d: (order[d.segment_id], d.start))
    kept = merge_adjacent_people(kept, {s.id: s.text for s in segments})
    reading = reading_for(rules)
    kept = [d for d in kept if not _ordinary_sense(d, explanations.get((d.segment_id, d.start, d.end), [d]),
                                                    segments_by_id, reading)]

    people_mentions = [d for d in kept if d.kind is Kind.PERSON]
    draft = Draft(case, source)
    for name, nickname in nicknamed(people_mentions, {s.id: s.text for s in segments}, rules):
        draft.register(name)  # first: "Alfie Dear" elsewhere is then the same person
        draft.add_alias(name, nickname, ALONE)  # a lone word as found: a nickname may name a thing too ("Fflach
        # Stiwdios" after Richard ‘Fflach’ Jones)
    for name in [d.text for d in people_mentions] + _row_names(people_mentions, segments_by_id, rules):
        draft.register(name)
    for full, alias in find_aliases(people_mentions, segments, rules):
        draft.add_alias(full.text, alias.text)
    ambiguous = {id(d) for d in people_mentions if draft.is_ambiguous(d.text, d.title is not None)}
    linked = {id(d): draft.link(d.text, d.title is not None, evidence(d)).id for d in people_mentions}
    warnings = draft.assign_initials()

    changes = []
    for d in kept:
        person = draft.person(linked[id(d)]) if id(d) in linked else None
        replacement = case.string_replacement(d.text) if person is None else None
        if replacement is None:  # a string a reviewer added keeps the replacement they chose
            replacement = make_replacement(person, d.text, d.kind, d.title is not None, id(d) in ambiguous,
                                           rules.policies, None if person else rules.placeholder(d.kind))
        same = explanations.get((d.segment_id, d.start, d.end), [d])
        strongest = max(same, key=lambda x: x.score)
        score, reason = strongest.score, _reason(same)
        if id(d) in ambiguous:
            score = min(score, AMBIGUOUS_SCORE)
            reason = f"more than one person has this name: check who is meant | {reason}"
        changes.append(Change(
            id=f"{d.segment_id}:{d.start}", segment_id=d.segment_id, start=d.start, end=d.end,
            original=d.text, replacement=replacement, kind=d.kind,
            recognizer=strongest.recognizer, score=score,
            reason=reason, person_id=person.id if person else None))
    # more than NER or a name list found them: on strong evidence, or alone in a person's context
    found_well = [d for d in people_mentions if not all(
        x.recognizer in WEAK_OR_KNOWN for x in explanations.get((d.segment_id, d.start, d.end), [d]))]
    named_here = {linked[id(d)] for d in found_well if evidence(d) in STRONG}
    in_context = {linked[id(d)] for d in found_well if evidence(d) == ALONE}
    index = FormIndex(known_forms(case, draft.people(), named_here, elsewhere, in_context, reading.only_a_place))
    changes, more = _replace_survivors(segments, changes, index, draft, reading, rules.policies)
    return Plan(source=source, sha256=sha256, segments=list(segments), changes=changes,
                people=draft.people(), warnings=warnings + more, suggestions=suggest(segments, hints, changes),
                known=[f.text for f in index.forms if f.full and f.sure])


def _row_names(mentions: Sequence[Detection], segments: dict[str, Segment], rules: Rules) -> list[str]:
    """Full names a table row gives in two cells: a first name under "Forename" and a
    surname under "Surname" ("Tuesday | Kaur" is Tuesday Kaur)."""
    rows: dict[str, dict[str, str]] = {}
    for d in mentions:
        s = segments[d.segment_id]
        part = rules.known_names.name_part(s.column_header) if s.row and d.text == s.text.strip() else None
        if part is not None:
            rows.setdefault(s.row or "", {}).setdefault(part, d.text)
    return [f"{r['first']} {r['last']}" for r in rows.values() if len(r) == 2]


def _ordinary_sense(d: Detection, same: list[Detection], segments: dict[str, Segment], reading: LoneReading) -> bool:
    """Is this a lone word only the second pass found (a name known from elsewhere in the
    document), used here as the month, day, place or thing it also names ("moved to
    Paris" after "Paris August")? The known-names reading decides it, as for the audit."""
    return d.kind is Kind.PERSON and all(x.recognizer == recognizers.KNOWN for x in same) and len(words(d.text)) == 1 \
        and d.title is None and not reading.read(segments[d.segment_id].text, d.start, d.end).person


def _replace_survivors(segments: Sequence[Segment], changes: list[Change], index: FormIndex, draft: Draft,
                       reading: LoneReading, policies: Policies) -> tuple[list[Change], list[str]]:
    """``changes`` with every known form they leave in the output replaced, as the plan
    replaces that person's mentions; and any initials clash the new mentions bring."""
    found = audit(segments, changes, index, reading).survivors
    if not found:
        return changes, []
    ambiguous = [draft.is_ambiguous(s.text, s.titled) for s in found]
    people = [draft.link(s.text, s.titled, FULL_NAME if s.form.full else TITLE if s.titled else ALONE)
              for s in found]
    warnings = draft.assign_initials()
    texts = {s.id: s.text for s in segments}
    dropped = {c.id for s in found for c in s.replaces}
    added = [c for s, person, shared in zip(found, people, ambiguous, strict=True)
             for c in survivor_changes(s, texts, make_replacement(person, s.text, Kind.PERSON, s.titled, shared,
                                                                  policies), person.id)]
    order = {s.id: i for i, s in enumerate(segments)}
    return sorted([c for c in changes if c.id not in dropped] + added,
                  key=lambda c: (order[c.segment_id], c.start)), warnings
