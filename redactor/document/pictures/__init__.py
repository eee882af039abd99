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
from redactor.document.pictures.reading import Cover, Drawn, Reading, column_headers, leaked
from redactor.document.pictures.svg import cover_svg, is_svg, read_svg
from redactor.types import Segment

__all__ = ["Cover", "Drawn", "Reading", "Unreadable", "clean", "cover", "expected", "found_in", "line_segments",
           "read", "still_read_in"]
VECTOR = ("EMF", "WMF", "SVG")
METAFILES = ("EMF", "WMF")
_CACHE_SIZE = 64
_read_cache: dict[str, Reading] = {}  # by SHA-256: serve and apply load a document again; check reads an output


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
    and each drawn box filled (a metafile's text is rewritten, but nothing drawn on it)."""
    spans = [(c.line, c.start, c.end, c.replacement) for c in covers]
    if reading.format == "SVG":
        return cover_svg(blob, spans, [d.box for d in drawn])
    if reading.format in VECTOR:
        return cover_metafile(blob, spans)
    boxes = [(*raster.cover_box(reading, c), c.replacement) for c in covers]
    return raster.cover_raster(blob, [(box, text, height) for box, height, text in boxes]
                               + [(d.box, d.replacement, d.box[3] - d.box[1]) for d in drawn])


def expected(reading: Reading, covers: Sequence[Cover]) -> list[str]:
    """The lines of ``reading`` as they should read once ``covers`` are applied."""
    lines = [line.text for line in reading.lines]
    for c in sorted(covers, key=lambda c: -c.start):
        lines[c.line] = lines[c.line][:c.start] + c.replacement + lines[c.line][c.end:]
    return lines


def still_read_in(blob: bytes, expected_lines: Sequence[str], forbidden: set[str]) -> bool:
    """Read the covered ``blob`` again: is any ``forbidden`` folded token read more often
    than the ``expected_lines`` hold it?"""
    return leaked(expected_lines, [line.text for line in read(blob).lines], forbidden)


def line_segments(reading: Reading, id_prefix: str, where: str, part: str) -> list[Segment]:
    """A segment per line read (ids ``<id_prefix>l<n>``, locations "<where>, line <n>"),
    labelled with its column's header where the picture holds a table."""
    heads = column_headers(reading.lines)
    return [Segment(f"{id_prefix}l{i + 1}", line.text, f"{where}, line {i + 1}", part, heads[i], picture=True)
            for i, line in enumerate(reading.lines) if line.text.strip()]


def found_in(blob: bytes, id_prefix: str, where: str, part: str) -> tuple[list[Segment], list[tuple[str, str]]]:
    """For the gate: the lines of the picture ``blob`` as it is, as ``line_segments``, and
    (where, why) for a picture that cannot be read, or not with confidence."""
    try:
        reading = read(blob)
    except Unreadable:
        return [], [(where, "cannot be read: damaged, or a format redactor does not read")]
    return line_segments(reading, id_prefix, where, part), [(where, why) for why in reading.doubts]


_SHOWN = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif"}


def preview(blob: bytes) -> tuple[str, bytes] | None:
    """The picture as a browser shows it: (media type, bytes); None for a metafile."""
    kind = _kind(blob)
    if kind == "SVG":
        return "image/svg+xml", blob
    if kind in VECTOR:
        return None
    img = raster.open_pixels(blob)
    if img.format in _SHOWN:
        return _SHOWN[img.format], blob
    return "image/png", raster.as_png(img)
