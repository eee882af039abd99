"""The one place overlapping detections are settled."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from redactor.types import Detection, Kind


def _preference(d: Detection) -> tuple:
    """Longer spans first (a full address beats the postcode inside it, a full name
    beats a surname), then one that knows its title, then the surer."""
    return (d.length, d.title is not None, d.score)


def resolve_overlaps(detections: Iterable[Detection]) -> list[Detection]:
    """Non-overlapping detections, per segment, in reading order. Of any overlapping
    group the preferred one wins; a loser keeps nothing."""
    by_segment: dict[str, list[Detection]] = {}
    for d in detections:
        by_segment.setdefault(d.segment_id, []).append(d)
    out: list[Detection] = []
    for group in by_segment.values():
        chosen: list[Detection] = []
        for d in sorted(group, key=_preference, reverse=True):
            if all(d.end <= c.start or d.start >= c.end for c in chosen):
                chosen.append(d)
        out += sorted(chosen, key=lambda d: d.start)
    return out


def best_explanations(detections: Iterable[Detection]) -> dict[tuple[str, int, int], list[Detection]]:
    """Every detection of the same span, so a reviewer sees all the reasons at once."""
    same: dict[tuple[str, int, int], list[Detection]] = {}
    for d in detections:
        same.setdefault((d.segment_id, d.start, d.end), []).append(d)
    return same


def merge_adjacent_people(detections: list[Detection], texts: dict[str, str]) -> list[Detection]:
    """Join person spans separated only by spaces into one mention ("Chidinma" +
    "Iroha" found apart are "Chidinma Iroha"); two full names side by side are two people
    (a flattened table: "Rachel Dent Emma Kettle"). ``detections`` are in reading order."""
    out: list[Detection] = []
    for d in detections:
        prev = out[-1] if out else None
        if prev is not None and prev.kind is d.kind is Kind.PERSON and prev.segment_id == d.segment_id \
                and d.start > prev.end and not texts[d.segment_id][prev.end:d.start].strip(" \t") \
                and not (len(prev.text.split()) > 1 and len(d.text.split()) > 1):
            text = texts[d.segment_id][prev.start:d.end]
            out[-1] = replace(prev, end=d.end, text=text, score=max(prev.score, d.score),
                              reason=f"{prev.reason}; joined with the next name")
            continue
        out.append(d)
    return out
