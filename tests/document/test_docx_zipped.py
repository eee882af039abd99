"""A package is written as the zip Python's zipfile would write, byte for byte, and the styles
a batch's documents share (those of one template) are deflated once, not once a document."""
from __future__ import annotations

import io
import zipfile
from collections import OrderedDict
from pathlib import Path

import pytest

from redactor.document.docx import DocxDocument, templates, zipped
from redactor.document.docx.zipped import share, zip_parts
from tests.builders.docx_builder import DocxBuilder

PARTS = [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document>" + b"<w:p/>" * 30_000 + b"x"),
         ("word/m\u00e9dia/\u00e9t\u00e9.xml", b"<a/>"), ("word/empty.bin", b""),
         ("docProps/app.xml", bytes(range(256)))]


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    monkeypatch.setattr(zipped, "_shared", OrderedDict())
    monkeypatch.setattr(templates, "_written", OrderedDict())


def as_zipfile_writes(parts: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 0, 0
            zf.writestr(info, data)
    return out.getvalue()


def test_the_zip_is_the_one_zipfile_writes_and_reads_back() -> None:
    assert zip_parts(PARTS) == as_zipfile_writes(PARTS)
    assert not zipped._shared  # a document's own parts (personal data) are never kept
    share(PARTS[1][1])
    for _ in range(2):  # the second time with the shared part's deflated form kept
        written = zip_parts(PARTS)
        assert written == as_zipfile_writes(PARTS)
        with zipfile.ZipFile(io.BytesIO(written)) as zf:
            assert zf.testzip() is None
            assert [(i.filename, zf.read(i)) for i in zf.infolist()] == PARTS


def test_styles_shared_by_a_batchs_documents_are_deflated_once(monkeypatch) -> None:
    inputs = []
    for text in ("Samuel Smith was the victim.", "Sarah Stone was his sister."):
        b = DocxBuilder()
        b.add_paragraph(text)
        inputs.append(b.build())
    deflated: list[int] = []
    compressor = zipped.zlib.compressobj

    class Counted:
        def __init__(self, *args):
            self.inner = compressor(*args)

        def compress(self, data: bytes) -> bytes:
            if len(data) > 100_000:  # python-docx's styles: 345 and 433 kB; its document parts are small
                deflated.append(len(data))
            return self.inner.compress(data)

        def flush(self) -> bytes:
            return self.inner.flush()

    monkeypatch.setattr(zipped.zlib, "compressobj", Counted)
    outputs = [DocxDocument.load(Path("imr.docx"), data).render([]) for data in inputs]
    styles = [{n: zipfile.ZipFile(io.BytesIO(o)).read(n) for n in templates.NAMES} for o in outputs]
    assert styles[0] == styles[1]
    assert sorted(deflated) == sorted(len(data) for data in styles[0].values())  # once each, not once a document
