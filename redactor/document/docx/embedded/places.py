"""An embedded document's places as segments of the Word file that holds it: segment ids
are the Word part's name, '!', the embedded part's and the place's key (so
``word/embeddings/Book1.xlsx!xl/worksheets/sheet1.xml#B4``); a place that joins another
adds its target to that segment; values of one kind with the same text are one segment."""
from __future__ import annotations

from collections.abc import Sequence

from redactor.document.docx.segment_index import Index
from redactor.document.inner import Place


def add_places(out: Index, outer: str, places: Sequence[Place], ids: dict[str, str] | None = None
               ) -> dict[str, str]:
    """Add ``places`` of the document held in part ``outer`` (a place without a part is in
    ``outer`` itself) to ``out``; returns each place's segment id by "part#key", joins
    resolved, added to ``ids`` (those of places added before, which later ones may join)."""
    ids = {} if ids is None else ids
    for p in places:
        part = f"{outer}!{p.part}" if p.part else outer
        if p.joins is not None:
            sid = ids.get(p.joins)
            if sid is not None and sid in out.targets:
                out.targets[sid].append(p.target)
            if sid is not None and p.key:
                ids[f"{p.part}#{p.key}"] = sid
            continue
        if p.shared:
            out.add_value(part, p.shared, p.target, p.location)
            continue
        sid = f"{part}#{p.key}"
        out.add(sid, p.target, p.location, part, p.labels)
        ids[f"{p.part}#{p.key}"] = sid
    return ids
