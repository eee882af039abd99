"""Windows metafiles (EMF, WMF): drawings whose text is held as text records. The records
are read (grouped into lines by their baseline, left to right) and rewritten in place:
a covered character becomes the replacement or a space, so every size, offset and
character spacing stays as it was. Comments (EMF+ records, printer escapes, anything a
program stored there) and the header's description are blanked: a renderer then draws
the plain records. A metafile holding a bitmap, text as glyph numbers, or no plain
drawing is Unreadable (its text cannot be read as text)."""
from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from redactor.document.pictures.raster import Unreadable
from redactor.document.pictures.reading import Line, Reading

EMF_SIGNATURE = b" EMF"
WMF_PLACEABLE = b"\xd7\xcd\xc6\x9a"
_EMF_TEXT = {83: "cp1252", 84: "utf-16-le"}  # EMR_EXTTEXTOUTA, EMR_EXTTEXTOUTW
_EMF_POLYTEXT = {96: "cp1252", 97: "utf-16-le"}  # EMR_POLYTEXTOUTA/W
_EMF_SMALLTEXT, _EMF_COMMENT, _EMF_EOF, _EMF_HEADER = 108, 70, 14, 1
_EMF_BITMAPS = {76, 77, 78, 79, 80, 81, 114, 116}  # BITBLT ... TRANSPARENTBLT
_ETO_GLYPH_INDEX, _ETO_NO_RECT, _ETO_SMALL_CHARS = 0x10, 0x100, 0x200
_WMF_TEXTOUT, _WMF_EXTTEXTOUT, _WMF_ESCAPE, _WMF_EOF = 0x0521, 0x0A32, 0x0626, 0x0000
_WMF_BITMAPS = {0x0940, 0x0B41, 0x0F43, 0x0922, 0x0B23, 0x0D33, 0x0142}
_ETO_OPAQUE, _ETO_CLIPPED = 0x2, 0x4
SAME_LINE = 0.3  # baselines closer than this share of the usual gap between baselines are one line


@dataclass(frozen=True)
class TextRecord:
    """One string in the file: where its bytes are, how they are encoded, where it is drawn."""

    offset: int
    count: int  # characters
    encoding: str
    x: int
    y: int
    text: str
    extent: tuple[int, int, int, int] | None = None  # left, top, right, bottom, where the file says


def is_metafile(blob: bytes) -> str | None:
    """"EMF", "WMF" or None, from the file's first bytes."""
    if len(blob) >= 44 and blob[:4] == b"\x01\x00\x00\x00" and blob[40:44] == EMF_SIGNATURE:
        return "EMF"
    if blob[:4] == WMF_PLACEABLE or (len(blob) >= 18 and blob[:2] in (b"\x01\x00", b"\x02\x00")
                                     and blob[2:4] == b"\x09\x00"):
        return "WMF"
    return None


def _u32(blob: bytes | bytearray, at: int) -> int:
    return int(struct.unpack_from("<I", blob, at)[0])


def _i32(blob: bytes | bytearray, at: int) -> int:
    return int(struct.unpack_from("<i", blob, at)[0])


def _u16(blob: bytes | bytearray, at: int) -> int:
    return int(struct.unpack_from("<H", blob, at)[0])


def _i16(blob: bytes | bytearray, at: int) -> int:
    return int(struct.unpack_from("<h", blob, at)[0])


def _string(blob: bytes | bytearray, start: int, offset: int, count: int, encoding: str, end: int,
            x: int, y: int, extent: tuple[int, int, int, int] | None = None) -> TextRecord:
    width = 2 if encoding == "utf-16-le" else 1
    at = start + offset
    if count < 0 or at < start or at + count * width > end:
        raise Unreadable
    if extent is not None and (extent[2] <= extent[0] or extent[3] <= extent[1]):
        extent = None
    return TextRecord(at, count, encoding, x, y, blob[at:at + count * width].decode(encoding, "replace"), extent)


def _emf(blob: bytearray) -> tuple[list[TextRecord], tuple[int, int]]:
    """The text records of an EMF, its comments and description blanked in ``blob``."""
    left, top, right, bottom = struct.unpack_from("<4i", blob, 8)
    n_desc, off_desc = _u32(blob, 64), _u32(blob, 68)
    if n_desc and off_desc + 2 * n_desc <= len(blob):
        blob[off_desc:off_desc + 2 * n_desc] = bytes(2 * n_desc)
    texts, drawn, at = [], 0, 0
    while at + 8 <= len(blob):
        kind, size = _u32(blob, at), _u32(blob, at + 4)
        if size < 8 or size % 4 or at + size > len(blob):
            raise Unreadable
        end = at + size
        if kind in _EMF_BITMAPS:
            raise Unreadable
        if kind == _EMF_COMMENT:
            blob[at + 8:end] = bytes(size - 8)
        elif kind in _EMF_TEXT:
            texts.append(_emr_text(blob, at, at + 36, _EMF_TEXT[kind], end, struct.unpack_from("<4i", blob, at + 8)))
        elif kind in _EMF_POLYTEXT:
            for i in range(_u32(blob, at + 36)):
                texts.append(_emr_text(blob, at, at + 40 + 40 * i, _EMF_POLYTEXT[kind], end))
        elif kind == _EMF_SMALLTEXT:
            x, y, count, options = _i32(blob, at + 8), _i32(blob, at + 12), _u32(blob, at + 16), _u32(blob, at + 20)
            if options & _ETO_GLYPH_INDEX:
                raise Unreadable
            offset = 36 + (0 if options & _ETO_NO_RECT else 16)
            texts.append(_string(blob, at, offset, count, "cp1252" if options & _ETO_SMALL_CHARS else "utf-16-le",
                                 end, x, y))
        drawn += kind not in (_EMF_HEADER, _EMF_COMMENT, _EMF_EOF)
        at = end
        if kind == _EMF_EOF:
            break
    if not drawn:
        raise Unreadable  # an EMF+ only file: everything was in its comments
    return texts, (max(1, right - left), max(1, bottom - top))


def _emr_text(blob: bytearray, record: int, at: int, encoding: str, end: int,
              extent: tuple[int, int, int, int] | None = None) -> TextRecord:
    """An EmrText structure at ``at`` (offsets count from the record's start)."""
    x, y, count, offset, options = struct.unpack_from("<iiIII", blob, at)
    if options & _ETO_GLYPH_INDEX:
        raise Unreadable
    return _string(blob, record, offset, count, encoding, end, x, y, extent)


def _wmf(blob: bytearray) -> tuple[list[TextRecord], tuple[int, int]]:
    """The text records of a WMF, its escapes blanked in ``blob``."""
    size = (1000, 1000)
    at = 0
    if blob[:4] == WMF_PLACEABLE:
        left, top, right, bottom = struct.unpack_from("<4h", blob, 6)
        size, at = (max(1, right - left), max(1, bottom - top)), 22
    at += _u16(blob, at + 2) * 2  # the header
    texts = []
    while at + 6 <= len(blob):
        words, function = _u32(blob, at), _u16(blob, at + 4)
        end = at + 2 * words
        if words < 3 or end > len(blob):
            raise Unreadable
        if function in _WMF_BITMAPS:
            raise Unreadable
        if function == _WMF_ESCAPE:
            blob[at + 8:end] = bytes(max(0, end - at - 8))
        elif function == _WMF_TEXTOUT:
            count = _u16(blob, at + 6)
            pad = count + count % 2
            y, x = _i16(blob, at + 8 + pad), _i16(blob, at + 10 + pad)
            texts.append(_string(blob, at, 8, count, "cp1252", end, x, y))
        elif function == _WMF_EXTTEXTOUT:
            y, x, count, options = _i16(blob, at + 6), _i16(blob, at + 8), _u16(blob, at + 10), _u16(blob, at + 12)
            offset = 14 + (8 if options & (_ETO_OPAQUE | _ETO_CLIPPED) else 0)
            texts.append(_string(blob, at, offset, count, "cp1252", end, x, y))
        at = end
        if function == _WMF_EOF:
            break
    return texts, size


@dataclass(frozen=True)
class Layout:
    """Which records make each line, and where each record's text starts in its line."""

    lines: tuple[tuple[tuple[int, int], ...], ...]  # per line: (record index, start in the line)


def _parse(blob: bytes) -> tuple[bytearray, list[TextRecord], tuple[int, int]]:
    kind = is_metafile(blob)
    data = bytearray(blob)
    try:
        texts, size = _emf(data) if kind == "EMF" else _wmf(data) if kind == "WMF" else (None, (0, 0))
    except (struct.error, IndexError):
        raise Unreadable from None
    if texts is None:
        raise Unreadable
    return data, texts, size


def _layout(texts: Sequence[TextRecord]) -> tuple[list[str], Layout]:
    """Records grouped into lines: a shared baseline (within ``SAME_LINE`` of the median
    gap between baselines), ordered left to right, joined by a space."""
    order = sorted(range(len(texts)), key=lambda i: (texts[i].y, texts[i].x))
    ys = sorted({t.y for t in texts})
    gaps = sorted(b - a for a, b in pairwise(ys))
    tolerance = gaps[len(gaps) // 2] * SAME_LINE if gaps else 0
    groups: list[list[int]] = []
    for i in order:
        if groups and abs(texts[groups[-1][0]].y - texts[i].y) <= tolerance and not _apart(texts[groups[-1][-1]],
                                                                                           texts[i]):
            groups[-1].append(i)
        else:
            groups.append([i])
    lines, layout = [], []
    for group in groups:
        group.sort(key=lambda i: texts[i].x)
        text, spans = "", []
        for i in group:
            if text and not text.endswith(" ") and texts[i].text.strip():
                text += " "
            spans.append((i, len(text)))
            text += texts[i].text
        if text.strip():
            lines.append(text)
            layout.append(tuple(spans))
    return lines, Layout(tuple(layout))


def _apart(a: TextRecord, b: TextRecord) -> bool:
    """Two strings on one baseline but further apart than twice the text's height
    (a label and a key at either side of a drawing)."""
    if a.extent is None or b.extent is None:
        return False
    return b.extent[0] - a.extent[2] > 2 * (a.extent[3] - a.extent[1])


def read_metafile(blob: bytes) -> Reading:
    """The metafile's text, a line per baseline."""
    _, texts, size = _parse(blob)
    lines, _ = _layout(texts)
    return Reading(is_metafile(blob) or "", size, tuple(Line(text, 1.0, (0, 0, 0, 0)) for text in lines))


def cover_metafile(blob: bytes, covers: Sequence[tuple[int, int, int, str]]) -> bytes:
    """The metafile with characters [start, end) of each (line, start, end, replacement)
    overwritten: the replacement, then spaces (cut short if it is longer)."""
    data, texts, _ = _parse(blob)
    _, layout = _layout(texts)
    chars = {i: list(t.text) for i, t in enumerate(texts)}
    changed = set()
    for line, start, end, replacement in covers:
        spans = layout.lines[line]
        fill = list(replacement[:end - start].ljust(end - start))
        for pos in range(start, end):
            record, first = next((r, s) for r, s in reversed(spans) if s <= pos)
            if pos - first < len(chars[record]):
                chars[record][pos - first] = fill[pos - start]
                changed.add(record)
    for i in changed:
        t = texts[i]
        encoded = "".join(chars[i]).encode(t.encoding, "replace")
        width = 2 if t.encoding == "utf-16-le" else 1
        data[t.offset:t.offset + t.count * width] = encoded[:t.count * width].ljust(t.count * width, b"\0")
    return bytes(data)
