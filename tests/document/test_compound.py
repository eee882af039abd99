"""The directory of an Office 97-2003 compound file, read enough to tell a Word 97-2003
document from a password-protected .docx; a damaged or looping file ends, never hangs."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest

from redactor.document.compound import entry_names
from tests.builders.compound import compound_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_password_protected_docx_made_by_an_encryption_tool():
    names = entry_names((FIXTURES / "password-protected.docx").read_bytes())
    assert names is not None and {"EncryptionInfo", "EncryptedPackage"} <= names


@pytest.mark.parametrize("streams", [("WordDocument", "1Table"), tuple(f"Stream {i}" for i in range(11))])
def test_every_name_along_the_directory_chain(streams):
    # 12 entries fill three directory sectors, found through the FAT after filler sectors
    assert entry_names(compound_file(*streams, pad=3)) == {"Root Entry", *streams}


def test_a_directory_chain_that_loops_ends():
    data = bytearray(compound_file("WordDocument"))
    struct.pack_into("<I", data, 512 + 4, 1)  # the directory's only sector says it comes next again
    assert entry_names(bytes(data)) == {"Root Entry", "WordDocument"}


@pytest.mark.parametrize("data", [
    b"", b"PK\x03\x04", compound_file("WordDocument")[:600],  # truncated before the directory
    compound_file("WordDocument")[:30] + b"\x07\x00" + compound_file("WordDocument")[32:],  # bad sector size
])
def test_what_is_not_a_readable_compound_file_is_none(data):
    assert entry_names(data) is None
