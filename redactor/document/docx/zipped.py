"""A package's parts written as a zip, deterministically: each entry deflated (zlib's default
level), dated 1980-01-01, owner-only, no extra fields or comments; the bytes are those
Python's ``zipfile`` writes for such entries (``writestr`` into a new archive).

A part that many documents of a batch hold byte for byte (the styles of one template, held
by ``templates.py``: 780 kB in python-docx's) is deflated once: ``share`` marks its bytes, and
their deflated form is kept for the next document that writes them. Nothing else is kept (a
part of a document may hold personal data)."""
from __future__ import annotations

import struct
import threading
import zlib
from collections import OrderedDict

KEPT = 8  # parts shared: the styles (two parts each) of a few templates
_DATE = 1 << 5 | 1  # 1980-01-01 in MS-DOS form (time 00:00:00 is 0)
_VERSION = 20  # 2.0: deflate
_UTF8 = 0x800  # the name is UTF-8 (otherwise ASCII)
_OWNER_ONLY = 0o600 << 16
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_shared: OrderedDict[bytes, tuple[int, bytes] | None] = OrderedDict()  # bytes -> (CRC-32, deflated), once made
_lock = threading.Lock()  # serve may write on more than one thread


def zip_parts(parts: list[tuple[str, bytes]]) -> bytes:
    """The zip of ``parts`` (name, bytes), in that order."""
    out, central = bytearray(), bytearray()
    for name, data in parts:
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), _UTF8
        crc, deflated = _deflate(data)
        sizes = (crc, len(deflated), len(data), len(encoded))
        central += _CENTRAL.pack(b"PK\x01\x02", _VERSION, 0, _VERSION, 0, flags, zlib.DEFLATED, 0, _DATE, *sizes,
                                 0, 0, 0, 0, _OWNER_ONLY, len(out)) + encoded
        out += _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, flags, zlib.DEFLATED, 0, _DATE, *sizes, 0) + encoded + deflated
    count = len(parts)
    return bytes(out + central + _END.pack(b"PK\x05\x06", 0, 0, count, count, len(central), len(out), 0))


def share(data: bytes) -> None:
    """Keep the deflated form of ``data`` once it is made: a part later documents will write."""
    with _lock:
        _shared.setdefault(data, None)
        _shared.move_to_end(data)
        while len(_shared) > KEPT:
            _shared.popitem(last=False)


def _deflate(data: bytes) -> tuple[int, bytes]:
    """``data``'s CRC-32 and raw deflate stream (kept for a shared part)."""
    with _lock:
        kept = _shared.get(data)
    if kept is not None:
        return kept
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    done = zlib.crc32(data), compressor.compress(data) + compressor.flush()
    with _lock:
        if data in _shared:
            _shared[data] = done
    return done
