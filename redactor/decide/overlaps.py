"""The one place overlapping detections are settled."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import regex

from redactor.types import Detection, Kind

_WORD = regex.compile(r"\w+")


def _preference(d: Detection) -> tuple:
    """Longer spans first (a full address beats the postcode inside it, a full name
    beats a surname), then one that knows its title, then the surer."""
    return (d.length, d.title is not None, d.score)


def resolve_overlaps(detections: Iterable[Detection]) -> list[Detection]:
    """Non-overlapping detections, per segment, in reading order. Addresses that overlap
    are one address ("Flat 6, 197 Willow Mews" and "197 Willow Mews, Reddish, SK5 8YH"
    go together), and people one person ("Nuelia Nunes" and "Nunes Lagos": the whole name);
    of any other overlapping group the preferred one wins, and a loser keeps nothing."""
    by_segment: dict[str, list[Detection]] = {}
    for d in _joined(detections):
        by_segment.setdefault(d.segment_id, []).append(d)
    out: list[Detection] = []
    for group in by_segment.values():
        chosen: list[Detection] = []
        for d in sorted(group, key=_preference, reverse=True):
            if all(d.end <= c.start or d.start >= c.end for c in chosen):
                chosen.append(d)
        out += sorted(chosen, key=lambda d: d.start)
    return out


def _joined(detections: Iterable[Detection]) -> list[Detection]:
    """The detections, with each run of addresses, and each of people, that overlap one another made one:
    the span of them all, the reasons of the preferred one."""
    out: list[Detection] = []
    joined: dict[Kind, list[Detection]] = {Kind.ADDRESS: [], Kind.PERSON: []}
    for d in detections:
        joined.get(d.kind, out).append(d)
    runs: list[list[Detection]] = []
    for found in joined.values():
        for d in sorted(found, key=lambda d: (d.segment_id, d.start)):
            if runs and runs[-1][0].kind is d.kind and d.segment_id == runs[-1][0].segment_id \
                    and d.start < max(r.end for r in runs[-1]):
                runs[-1].append(d)
            else:
                runs.append([d])
    return out + [d for run in runs
                  for d in ([_union(run)] if len(run) > 1 and _adds_words(run) else run)]


def _adds_words(run: list[Detection]) -> bool:
    """Does the span of the run add to its preferred detection only words of two letters or more (a
    person's "Nunes Lagos" to "Nuelia Nunes"; not the "D" of "Mary Hinds D/Chief Superintendent")? An
    address's run always joins."""
    if run[0].kind is Kind.ADDRESS:
        return True
    best, union = max(run, key=_preference), _union(run)
    added = union.text[:best.start - union.start] + " " + union.text[best.end - union.start:]
    return all(len(w) > 1 for w in _WORD.findall(added))


def _union(run: list[Detection]) -> Detection:
    start, text = run[0].start, run[0].text  # the run is in reading order
    for d in run[1:]:
        end = start + len(text)
        if d.end > end:
            text += d.text[end - d.start:]
    return replace(max(run, key=_preference), start=start, end=start + len(text), text=text)


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
