"""Reading the text inside pictures and covering what must not be published: pixels
(PNG, JPEG, GIF, BMP, TIFF) through the OCR engine, metafiles (EMF, WMF) and SVG
through the text they hold. Format-neutral: a document format (docx/) decides which
parts are pictures and turns their lines into segments."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence

from redactor.document.pictures import raster
from redactor.document.pictures.metafile import cover_metafile, is_metafile, read_metafile
from redactor.document.pictures.raster import Unreadable
from redactor.document.pictures.reading import Cover, Drawn, Reading, still_read
from redactor.document.pictures.svg import cover_svg, is_svg, read_svg

__all__ = ["Cover", "Drawn", "Reading", "Unreadable", "clean", "cover", "read", "still_read_in"]
VECTOR = ("EMF", "WMF", "SVG")
_CACHE_SIZE = 64
_read_cache: dict[str, Reading] = {}  # by SHA-256: a batch reads a document more than once


def _kind(blob: bytes) -> str:
    return is_metafile(blob) or ("SVG" if is_svg(blob) else "raster")


def clean(blob: bytes) -> bytes:
    """The picture with nothing but what it shows: pixels re-encoded without metadata,
    a metafile's comments blanked, an SVG's names and metadata removed. Unreadable if
    it cannot be."""
    kind = _kind(blob)
    if kind == "SVG":
        return cover_svg(blob, ())
    if kind in VECTOR:
        return cover_metafile(blob, ())
    return raster.reencode(blob)


def read(blob: bytes) -> Reading:
    """Every line of text in the picture (a ``clean`` one); Unreadable, or RedactorError
    when the OCR engine cannot load."""
    key = hashlib.sha256(blob).hexdigest()
    if key not in _read_cache:
        kind = _kind(blob)
        reader = read_svg if kind == "SVG" else read_metafile if kind in VECTOR else raster.read_raster
        reading = reader(blob)
        if len(_read_cache) >= _CACHE_SIZE:
            _read_cache.pop(next(iter(_read_cache)))
        _read_cache[key] = reading
    return _read_cache[key]


def cover(blob: bytes, reading: Reading, covers: Sequence[Cover], drawn: Sequence[Drawn] = ()) -> bytes:
    """The picture with each cover's characters hidden and its replacement written in,
    and each drawn box filled (pixels only: a drawing's text is rewritten instead)."""
    spans = [(c.line, c.start, c.end, c.replacement) for c in covers]
    if reading.format == "SVG":
        return cover_svg(blob, spans)
    if reading.format in VECTOR:
        return cover_metafile(blob, spans)
    boxes = [(raster.padded(reading.lines[c.line].outline(c.start, c.end), reading.size), c.replacement)
             for c in covers]
    return raster.cover_raster(blob, boxes + [(d.box, d.replacement) for d in drawn])


def still_read_in(blob: bytes, forbidden: set[str]) -> bool:
    """Read ``blob`` again: is any of the ``forbidden`` folded tokens still there?"""
    return still_read(read(blob).lines, forbidden)
