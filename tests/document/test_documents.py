"""Every document class meets the Document protocol: what identifies the input (its
SHA-256) is given to the constructor by ``load`` and read from the document, never set on it."""
import hashlib
from pathlib import Path

import pytest

from redactor.document import load_document
from redactor.document.base import Document
from redactor.document.docx import DocxDocument
from redactor.document.text import TextDocument

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("name,cls", [("sample-imr.txt", TextDocument), ("sample-imr.docx", DocxDocument)])
def test_loaded_document_carries_the_hash_of_its_bytes(name, cls):
    document: Document = load_document(EXAMPLES / name)
    assert type(document) is cls and document.suffix == Path(name).suffix
    assert document.sha256 == hashlib.sha256((EXAMPLES / name).read_bytes()).hexdigest()
    assert document.segments and document.path == EXAMPLES / name



@pytest.mark.parametrize("name,pictures", [("sample-imr.txt", 0), ("sample-imr.docx", None)])
def test_every_document_shows_its_pictures(name, pictures):
    """The review page asks any document for its pictures: a text file has none."""
    document: Document = load_document(EXAMPLES / name)
    assert Document in type(document).__mro__  # the protocol's default serves a format without pictures
    views = document.picture_views([])
    assert isinstance(views, list) and (pictures is None or len(views) == pictures)
