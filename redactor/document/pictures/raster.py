"""Pictures made of pixels (PNG, JPEG, GIF, BMP, TIFF): read with the OCR engine, covered
box by box with the replacement written in, and re-encoded from their pixels alone (EXIF,
XMP, ICC profiles, text chunks and comments gone), in their own format."""
from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from statistics import median
from typing import Any

from redactor.document.pictures.reading import Box, Cover, Line, Reading, bounds, doubts

MAX_PIXELS = 50_000_000
FORMATS: dict[str, dict[str, object]] = {"PNG": {}, "JPEG": {"quality": 95}, "GIF": {}, "BMP": {},
                                         "TIFF": {"compression": "tiff_deflate"}}
PAD = 0.2  # of the text's height, above and below every covered box


class Unreadable(Exception):
    """A picture damaged, too large or in a format redactor does not re-encode."""


def open_pixels(blob: bytes) -> Any:
    """The picture's first frame, loaded; Unreadable for anything Pillow cannot safely read."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(blob))
            if (img.format or "") not in FORMATS or img.width * img.height > MAX_PIXELS:
                raise Unreadable
            img.load()
            return img
    except Unreadable:
        raise
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for hostile input
        raise Unreadable from None


def _on_white(img: Any) -> Any:
    """RGB pixels, transparency laid over white (black text on a transparent background
    would otherwise vanish into black)."""
    from PIL import Image

    rgba = img.convert("RGBA")
    return Image.alpha_composite(Image.new("RGBA", img.size, "white"), rgba).convert("RGB")


def read_raster(blob: bytes) -> Reading:
    """The lines the OCR engine reads in the picture."""
    import numpy as np

    from redactor.document.pictures.ocr import engine

    img = open_pixels(blob)
    lines = [Line(r.text, round(r.score, 3), bounds([r.quad]), r.chars)
             for r in engine().read(np.asarray(_on_white(img)))]
    return Reading(img.format, img.size, tuple(lines), doubts(lines))


def reencode(blob: bytes) -> bytes:
    """The picture's pixels, in its own format, with nothing else."""
    img = open_pixels(blob)
    return _encode(_bare(img), img.format, img.info)


def _bare(img: Any) -> Any:
    """A new image of ``img``'s pixels (and palette) alone: nothing of its ``info``
    (Pillow writes an ICC profile or EXIF it finds there into some formats)."""
    from PIL import Image

    clean = Image.frombytes(img.mode, img.size, img.tobytes())
    if img.mode in ("P", "PA"):
        clean.putpalette(img.getpalette() or [])
    return clean


def _encode(img: Any, fmt: str, info: dict[str, Any]) -> bytes:
    options = dict(FORMATS[fmt])
    if "transparency" in info and fmt in ("PNG", "GIF") and img.mode in ("P", "PA", "L", "RGB"):
        options["transparency"] = info["transparency"]
    out = io.BytesIO()
    img.save(out, fmt, **options)
    return out.getvalue()


def cover_raster(blob: bytes, boxes: Sequence[tuple[Box, str, int]]) -> bytes:
    """The picture with each (box, text, height) filled with the colour around it and
    its text written in it, at most ``height`` pixels high; re-encoded in its own format."""
    from PIL import ImageDraw

    img = open_pixels(blob)
    fmt = img.format
    alpha = img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info
    work = img.convert("RGBA" if alpha else "RGB")
    draw = ImageDraw.Draw(work)
    fills = [_surround(work, box) for box, _, _ in boxes]  # all taken before any box is filled
    for (box, _, _), fill in zip(boxes, fills, strict=True):
        draw.rectangle(box, fill=fill)
    for (box, text, height), fill in zip(boxes, fills, strict=True):  # then the words, so no fill hides one
        if text.strip():
            _write(draw, box, text, height, fill)
    if fmt == "JPEG":
        work = work.convert("RGB")
    elif fmt == "GIF":
        work = work.convert("RGB").quantize(256)
    return _encode(_bare(work), fmt, {})


def cover_box(reading: Reading, cover: Cover) -> tuple[Box, int]:
    """The box that hides ``cover``'s characters, and their height: their outline grown
    by ``PAD`` of its height above and below and half that at the sides, but never into
    the characters before and after it or the lines above and below (they stay readable);
    within the picture."""
    line = reading.lines[cover.line]
    inner = line.outline(cover.start, cover.end)
    height = inner[3] - inner[1]
    pad = max(2, round(height * PAD))
    left, top, right, bottom = inner[0] - max(1, pad // 2), inner[1] - pad, inner[2] + max(1, pad // 2), inner[3] + pad
    before = [q for q in line.chars[:cover.start] if q is not None]
    after = [q for q in line.chars[cover.end:] if q is not None]
    if before:
        left = max(left, min(inner[0], int(max(x for x, _ in before[-1]))))
    if after:
        right = min(right, max(inner[2], int(min(x for x, _ in after[0]))))
    middle = (inner[1] + inner[3]) // 2
    for i, other in enumerate(reading.lines):
        if i == cover.line or other.box[2] <= left or other.box[0] >= right:
            continue
        if other.box[1] + other.box[3] < 2 * middle:  # a line above (the boxes of tight lines overlap)
            top = max(top, min(other.box[3], middle - 1))
        else:
            bottom = min(bottom, max(other.box[1], middle + 1))
    width, tall = reading.size
    return (max(0, left), max(0, top), min(width - 1, right), min(tall - 1, bottom)), height


def _surround(img: Any, box: Box) -> tuple[int, ...]:
    """The median colour of the pixels just outside ``box`` (the background of a table
    cell or a coloured label)."""
    left, top, right, bottom = box
    w, h = img.size
    ring = [(x, y) for x in range(max(0, left - 2), min(w, right + 3), 2) for y in (top - 2, bottom + 2) if 0 <= y < h]
    ring += [(x, y) for y in range(max(0, top - 2), min(h, bottom + 3), 2) for x in (left - 2, right + 2) if 0 <= x < w]
    if not ring:
        return (255,) * len(img.getbands())
    pixels = [img.getpixel(p) for p in ring]
    return tuple(int(median(p[i] for p in pixels)) for i in range(len(img.getbands())))


def _write(draw: Any, box: Box, text: str, height: int, fill: tuple[int, ...]) -> None:
    """``text`` centred in ``box``, as large as fits (at most ``height``), dark on light
    or light on dark."""
    from PIL import ImageFont

    left, top, right, bottom = box
    size = max(6, int(min(height, bottom - top) * 0.8))
    font = ImageFont.load_default(size)
    while size > 6 and draw.textlength(text, font=font) > right - left - 2:
        size -= 1
        font = ImageFont.load_default(size)
    shade = 0 if sum(fill[:3]) / 3 > 128 else 255  # dark on light, light on dark
    ink = (shade, shade, shade, 255)[:len(fill)]
    draw.text(((left + right) / 2, (top + bottom) / 2), text, font=font, fill=ink, anchor="mm")


def as_png(img: Any) -> bytes:
    """``img``'s pixels as a PNG (for a browser that does not show BMP or TIFF)."""
    out = io.BytesIO()
    _bare(img.convert("RGBA" if "A" in img.getbands() else "RGB")).save(out, "PNG")
    return out.getvalue()
