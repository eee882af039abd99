"""A package is written as the zip Python's zipfile would write, byte for byte, and a large part
many documents hold (a template's styles) is deflated once, not once a document."""
from __future__ import annotations

import io
import zipfile
from collections import OrderedDict
from pathlib import Path

import pytest

from redactor.document.docx import DocxDocument, templates, zipped
from redactor.document.docx.zipped import KEEP_FROM, zip_parts
from tests.builders.docx_builder import DocxBuilder

PARTS = [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document>" + b"<w:p/>" * 30_000 + b"x"),
         ("word/m\u00e9dia/\u00e9t\u00e9.xml", b"<a/>"), ("word/empty.bin", b""),
         ("docProps/app.xml", bytes(range(256)))]


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    monkeypatch.setattr(zipped, "_deflated", OrderedDict())
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
    assert len(PARTS[1][1]) >= KEEP_FROM
    for _ in range(2):  # the second time with the large part's deflated form kept
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
            deflated.append(len(data))
            return self.inner.compress(data)

        def flush(self) -> bytes:
            return self.inner.flush()

    monkeypatch.setattr(zipped.zlib, "compressobj", Counted)
    outputs = [DocxDocument.load(Path("imr.docx"), data).render([]) for data in inputs]
    styles = [zipfile.ZipFile(io.BytesIO(o)).read("word/styles.xml") for o in outputs]
    assert styles[0] == styles[1] and len(styles[0]) >= KEEP_FROM  # python-docx's template: 345 kB
    assert len([n for n in deflated if n >= KEEP_FROM]) == 2  # styles.xml and stylesWithEffects.xml, once each
