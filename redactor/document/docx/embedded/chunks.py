"""Imported HTML chunks in a Word file (``w:altChunk``): opened, cleaned and audited at
load, and read into segments of the Word document, paragraph by paragraph."""
from __future__ import annotations

from redactor.document.docx.embedded.places import add_places
from redactor.document.docx.package import Package
from redactor.document.docx.segment_index import Index
from redactor.document.html.audit import audit
from redactor.document.html.chunk import Chunk
from redactor.document.html.places import places
from redactor.document.inner import NotRedactable


def open_chunk(pkg: Package, part: str, content_type: str) -> Chunk:
    """The chunk held in ``part``, opened once per package."""
    held = pkg.inner.get(part)
    if isinstance(held, Chunk):
        return held
    chunk = Chunk.open(pkg.data[part], content_type)
    pkg.inner[part] = chunk
    return chunk


def prepare_chunk(pkg: Package, part: str, content_type: str) -> list[str]:
    """Open, clean and audit the chunk in ``part``; NotRedactable if it cannot be redacted."""
    chunk = open_chunk(pkg, part, content_type)
    removed = chunk.clean()
    audit(chunk.root, places(chunk.root, "imported HTML"))
    return [f"{removed} element(s) of an imported HTML chunk that redactor does not read removed (scripts, "
            "pictures, forms, frames, objects)"] if removed else []


def index_chunk(out: Index, pkg: Package, part: str, content_type: str, n: int) -> None:
    try:
        chunk = open_chunk(pkg, part, content_type)
    except NotRedactable as e:
        raise e.refusal(pkg.name, "imported HTML chunk", "cannot be read") from None
    add_places(out, part, places(chunk.root, f"imported HTML {n}"))
