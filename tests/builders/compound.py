"""A minimal Office 97-2003 compound file (OLE2, version 3, 512-byte sectors): a root entry
and empty streams with the given names, as Word's .doc ("WordDocument", "1Table") or a
password-protected .docx ("EncryptionInfo", "EncryptedPackage") name theirs. With ``pad``
sectors of filler before the directory, the directory chain starts far from the header."""
from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END, FREE, FAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def _entry(name: str, kind: int, child: int = FREE, right: int = FREE) -> bytes:
    encoded = name.encode("utf-16-le") + b"\0\0"
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", FREE, right, child) + bytes(16 + 4 + 16) + struct.pack("<II", END, 0) + bytes(4))


def compound_file(*streams: str, pad: int = 0) -> bytes:
    entries = [_entry("Root Entry", 5, child=1 if streams else FREE)]
    entries += [_entry(s, 2, right=i + 2 if i + 1 < len(streams) else FREE) for i, s in enumerate(streams)]
    directory = b"".join(entries)
    directory += bytes(-len(directory) % 512)
    n_dir = len(directory) // 512
    first_dir = 1 + pad  # sector 0 is the FAT
    fat = [FAT_SECTOR] + [END] * pad + [first_dir + i + 1 for i in range(n_dir - 1)] + [END]
    fat_sector = struct.pack(f"<{len(fat)}I", *fat) + b"\xff" * (512 - 4 * len(fat))
    header = (MAGIC + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, first_dir, 0, 4096, END, 0, END, 0)
              + struct.pack("<I", 0) + b"\xff" * (4 * 108))
    assert len(header) == 512
    return header + fat_sector + bytes(512 * pad) + directory
