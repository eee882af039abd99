"""Reading test outputs as a reader of bytes would: every entry of a zip, and of every zip
inside it (an embedded workbook), with its path ("outer!inner")."""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator


def entries(blob: bytes, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of every entry, its name and comment included in the bytes, nested zips
    opened too (the zip's own comment is the entry '<path>#comment')."""
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        yield f"{prefix}#comment", zf.comment
        for info in zf.infolist():
            data = zf.read(info)
            yield f"{prefix}{info.filename}", info.filename.encode() + info.comment + data
            if data[:4] == b"PK\x03\x04":
                yield from entries(data, f"{prefix}{info.filename}!")


def found_in(blob: bytes, planted: tuple[str, ...]) -> list[str]:
    """'path: string' for every planted string (any case, as UTF-8 or UTF-16) in any entry."""
    forms = [(s, v) for s in planted for v in (s.lower().encode(), s.lower().encode("utf-16-le"))]
    return [f"{path}: {s}" for path, data in entries(blob) for s, v in forms if v in data.lower()]
