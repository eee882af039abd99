"""From detections to a Plan: drop what is not sure enough, settle overlaps, link
people, choose each replacement; list the hints it keeps as suggestions."""
from __future__ import annotations

from collections.abc import Sequence

from redactor.decide.aliases import find_aliases
from redactor.decide.case import ALONE, CASE_FILE, FULL_NAME, TABLE, TITLE, Case
from redactor.decide.overlaps import best_explanations, merge_adjacent_people, resolve_overlaps
from redactor.decide.people import Draft
from redactor.decide.replacements import make_replacement
from redactor.decide.suggestions import suggest
from redactor.names import split_name
from redactor.rules import Rules
from redactor.types import Change, Detection, Hint, Kind, Plan, Segment

AMBIGUOUS_SCORE = 0.6  # a lone name several people share is listed for a second look


def _reason(same: list[Detection]) -> str:
    """All recognizers that found this span, strongest first."""
    parts = [f"{d.recognizer} {d.score:.2f}: {d.reason}" for d in sorted(same, key=lambda d: -d.score)]
    return " | ".join(dict.fromkeys(parts))


def evidence(d: Detection) -> str:
    """What makes a person mention a name: the case file, a table label, a title, a full
    name; or nothing more than a lone word a recognizer found ("alone")."""
    if d.recognizer == "CaseFileRecognizer":
        return CASE_FILE
    if d.recognizer == "TableFieldRecognizer":
        return TABLE
    if d.title is not None:
        return TITLE
    return FULL_NAME if split_name(d.text)[0] is not None else ALONE


def build_plan(source: str, sha256: str, segments: Sequence[Segment], detections: Sequence[Detection],
               rules: Rules, case: Case) -> Plan:
    """Every proposed change of one document, with its people linked to the case's;
    ``case`` is only read (``Case.commit`` takes the plan once its output is written)."""
    hints = [d for d in detections if isinstance(d, Hint)]
    sure = [d for d in detections if d.score >= rules.min_score(d.kind) and not isinstance(d, Hint)]
    kept = resolve_overlaps(sure)
    explanations = best_explanations(sure)
    order = {s.id: i for i, s in enumerate(segments)}
    kept.sort(key=lambda d: (order[d.segment_id], d.start))
    kept = merge_adjacent_people(kept, {s.id: s.text for s in segments})

    people_mentions = [d for d in kept if d.kind is Kind.PERSON]
    draft = Draft(case, source)
    for d in people_mentions:
        draft.register(d.text)
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
    return Plan(source=source, sha256=sha256, segments=list(segments), changes=changes,
                people=draft.people(), warnings=warnings, suggestions=suggest(segments, hints, changes))
