"""Runs of lines: a text's segments cut where one does not go on from the one before it, for
the readers that read a run of lines as one text (a list over a line break, a text's lines with
no blank line between)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from redactor.types import Segment


def runs(segments: Sequence[Segment], goes_on: Callable[[Segment, Segment], bool]) -> list[list[Segment]]:
    """``segments`` in order, in runs: a segment joins the run of the one before it when it
    ``goes_on`` from it (the segment before, the segment), and opens a run of its own otherwise."""
    out: list[list[Segment]] = []
    for segment in segments:
        if out and goes_on(out[-1][-1], segment):
            out[-1].append(segment)
        else:
            out.append([segment])
    return out
