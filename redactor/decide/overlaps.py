"""The one place overlapping detections are settled."""
from __future__ import annotations

from typing import Iterable

from redactor.types import Detection


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
