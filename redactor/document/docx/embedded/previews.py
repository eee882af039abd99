"""The picture Word shows for an embedded workbook until it is opened (an EMF, WMF or
bitmap drawn from the cells as they were): found beside the object, and replaced by a
blank picture of the same size, since it would show the text the workbook no longer holds.
Word draws a fresh one from the redacted cells when the object is opened."""
from __future__ import annotations

import io
import struct

from redactor.document.docx.inventory import PREVIEW, Action, Kind
from redactor.document.docx.ns import q
from redactor.document.docx.package import Package, rels_of, target

EMF_HEADER, EMF_EOF, EMF_SIGNATURE = 1, 14, 0x464D4520
WMF_PLACEABLE = 0x9AC6CDD7


def previews(pkg: Package, kinds: dict[str, Kind]) -> dict[str, Kind]:
    """The pictures inside an object (``w:object``) whose embedded content redactor reads."""
    read = {p for p, k in kinds.items() if k.action is Action.READ and k.says == "embedded workbook"}
    out: dict[str, Kind] = {}
    for source in [p for p in pkg.xml_parts() if not p.endswith(".rels")] if read else ():
        parts = {rid: target(rels_of(source), r.get("Target", "")) for rid, r in pkg.rels(source).items()
                 if r.get("TargetMode") != "External"}
        if read.isdisjoint(parts.values()):
            continue  # shows no workbook redactor reads
        for ole in pkg.xml(source).iter(q("o:OLEObject"), q("w:objectEmbed")):
            owner = next(ole.iterancestors(q("w:object")), None)
            if owner is None or parts.get(ole.get(q("r:id")) or "") not in read:
                continue
            for image in owner.iter(q("v:imagedata")):
                part = parts.get(image.get(q("r:id")) or "")
                if part is not None:
                    out[part] = PREVIEW
    return out


def blank(blob: bytes) -> bytes | None:
    """A blank picture of the same size and format as ``blob`` (EMF, WMF, or a bitmap
    Pillow reads), or None if its format is none of these."""
    if blob[:4] == struct.pack("<I", EMF_HEADER) and blob[40:44] == struct.pack("<I", EMF_SIGNATURE):
        return _blank_emf(blob)
    if blob[:4] == struct.pack("<I", WMF_PLACEABLE) or (blob[:2] in (b"\x01\x00", b"\x02\x00")
                                                        and blob[2:4] == b"\x09\x00"):
        return _blank_wmf(blob)
    return _blank_bitmap(blob)


def _blank_emf(blob: bytes) -> bytes:
    """An EMF header (bounds, frame, reference device copied) and the end-of-file record."""
    bounds, frame = struct.unpack_from("<4i", blob, 8), struct.unpack_from("<4i", blob, 24)
    device = struct.unpack_from("<2i", blob, 72) if len(blob) >= 88 else (1920, 1080)
    millimeters = struct.unpack_from("<2i", blob, 80) if len(blob) >= 88 else (508, 286)
    eof = struct.pack("<5I", EMF_EOF, 20, 0, 16, 20)
    size = 88 + len(eof)
    header = struct.pack("<2I4i4i2I2I2H3I2i2i", EMF_HEADER, 88, *bounds, *frame, EMF_SIGNATURE, 0x10000,
                         size, 2, 1, 0, 0, 0, 0, *device, *millimeters)
    return header + eof


def _blank_wmf(blob: bytes) -> bytes:
    """A placeable WMF with the same bounding box and no drawing records."""
    if blob[:4] == struct.pack("<I", WMF_PLACEABLE) and len(blob) >= 22:
        box, inch = struct.unpack_from("<4h", blob, 6), struct.unpack_from("<H", blob, 14)[0]
    else:
        box, inch = (0, 0, 1440, 1440), 1440
    placeable = struct.pack("<IH4hHI", WMF_PLACEABLE, 0, *box, inch, 0)
    checksum = 0
    for (word,) in struct.iter_unpack("<H", placeable):
        checksum ^= word
    placeable += struct.pack("<H", checksum)
    eof = struct.pack("<IH", 3, 0)
    header = struct.pack("<HHHIHIH", 1, 9, 0x300, (18 + len(eof)) // 2, 0, 3, 0)
    return placeable + header + eof


def _blank_bitmap(blob: bytes) -> bytes | None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(blob)) as img:
            size, fmt = img.size, img.format or ""
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for what it cannot read
        return None
    if fmt not in ("PNG", "JPEG", "GIF", "BMP", "TIFF") or size[0] * size[1] > 50_000_000:
        return None
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, fmt)
    return out.getvalue()
