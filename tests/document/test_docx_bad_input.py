"""Bad input fails with one clear line that names the file and quotes no content."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest

from redactor.document.docx import DocxDocument
from redactor.errors import RedactorError
from tests.builders.compound import MAGIC, compound_file
from tests.builders.docx_builder import NAME, every_place, zipped

PATH = Path("bad.docx")



def declaring_huge_part() -> bytes:
    """A tiny zip whose central directory claims a 4 GB part."""
    blob = bytearray(zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<x/>"}))
    at = blob.rfind(b"PK\x01\x02")
    blob[at + 24:at + 28] = struct.pack("<I", 0xFFFFFFF0)
    return bytes(blob)


CASES = {
    "not a zip": (b"This is plain text about " + NAME.encode(), "not a valid Word document"),
    "truncated": (every_place()[:3000], "not a valid Word document"),
    "encrypted": (compound_file("\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"), "password-protected"),
    "Word 97-2003": (compound_file("WordDocument", "1Table", "\x05SummaryInformation"),
                     "is a Word 97-2003 document: open it in Word and save it as .docx"),
    "Excel 97-2003": (compound_file("Workbook"), "is a spreadsheet"),
    "damaged compound file": (MAGIC + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le"),
                              "an Office 97-2003 file that is damaged or of another kind"),
    "empty zip": (zipped({}), "no word/document.xml"),
    "no body part": (zipped({"[Content_Types].xml": b"<Types/>"}), "no word/document.xml"),
    "declared zip bomb": (declaring_huge_part(), "zip bomb"),
    "compressed zip bomb": (zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<x/>",
                                    "word/media/big.bin": bytes(20 << 20)}), "zip bomb"),
    "damaged xml": (zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": NAME.encode() + b"<w:"}),
                    "damaged"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_clear_line(case: str) -> None:
    data, says = CASES[case]
    with pytest.raises(RedactorError) as err:
        DocxDocument.load(PATH, data)
    message = str(err.value)
    assert message.startswith(("bad.docx: ", "bad.docx is a ")) and says in message
    assert "\n" not in message and "Pemberton" not in message
