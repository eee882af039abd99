"""The names in an Office 97-2003 compound file (OLE2, "D0 CF 11 E0"), read from its
directory and nothing else: enough to tell a Word 97-2003 document from a password-protected
.docx (which Word also saves as a compound file, holding ``EncryptionInfo`` and
``EncryptedPackage``). Bounded: every chain is followed at most as many steps as the file
has sectors, so a damaged or hostile file ends in ``None``, never a loop."""
from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER = 512
_HEADER_DIFAT = 109  # FAT sector numbers held in the header itself
_END = 0xFFFFFFFA  # sector numbers from here up are markers (end of chain, free, ...)
_ENTRY = 128  # bytes of one directory entry


def entry_names(data: bytes) -> set[str] | None:
    """The stream and storage names of a compound file, or None when it is not one or its
    directory cannot be read."""
    if len(data) < _HEADER or not data.startswith(MAGIC):
        return None
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        return None
    size = 1 << shift
    sectors = len(data) // size - 1  # the header takes the first sector's place
    first_dir, first_difat, n_difat = struct.unpack_from("<I", data, 48)[0], *struct.unpack_from("<II", data, 68)

    def sector(n: int) -> bytes | None:
        start = (n + 1) * size
        return data[start:start + size] if n < _END and start + size <= len(data) else None

    fat_sectors = [n for n in struct.unpack_from(f"<{_HEADER_DIFAT}I", data, 76) if n < _END]
    difat, steps = first_difat, 0
    while difat < _END and steps < min(n_difat, sectors):
        block = sector(difat)
        if block is None:
            return None
        numbers = struct.unpack(f"<{size // 4}I", block)
        fat_sectors += [n for n in numbers[:-1] if n < _END]
        difat, steps = numbers[-1], steps + 1
    fat: list[int] = []
    for n in fat_sectors[:sectors]:
        block = sector(n)
        if block is None:
            return None
        fat += struct.unpack(f"<{size // 4}I", block)
    names: set[str] = set()
    current, steps = first_dir, 0
    while current < _END and steps <= sectors:
        block = sector(current)
        if block is None or current >= len(fat):
            return None
        for at in range(0, size, _ENTRY):
            length, kind = struct.unpack_from("<HB", block, at + 64)
            if kind in (1, 2, 5) and 2 <= length <= 64:
                names.add(block[at:at + length - 2].decode("utf-16-le", "replace"))
        current, steps = fat[current], steps + 1
    return names or None
