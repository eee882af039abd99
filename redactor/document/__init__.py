"""The document model: each supported format turns a file into Segments and
renders Changes back into the same format. Add a format by adding a module here
and a branch to ``load_document``."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from redactor.document.base import Document
from redactor.document.formats import SUPPORTED, not_read
from redactor.errors import RedactorError
from redactor.files import check_source, read_input
from redactor.limits import check_document
from redactor.rules import Fields
from redactor.types import Segment

__all__ = ["SUPPORTED", "Document", "check_input", "load_document", "not_read"]


def check_input(path: Path) -> None:
    """Refuse, before anything is checked or written, an input that is missing, a folder or
    of a type redactor does not read (one line saying what it is and what to do)."""
    check_source(path)
    refusal = not_read(path)
    if refusal is not None:
        raise RedactorError(refusal)


def load_document(path: Path, accept_revisions: bool = False, remove_embedded: bool = False,
                  allow_unknown_parts: bool = False, on_stage: Callable[[str], None] | None = None,
                  fields: Fields | None = None) -> Document:
    """Load ``path`` by its suffix, with one clear error for anything unsupported.
    The document's ``sha256`` is the hash of the bytes read; one over a limit
    (``redactor.limits``) is refused. The options apply to Word documents: accept
    tracked revisions first; remove embedded content; keep parts of unknown type unchecked.
    ``on_stage`` hears what a long load is doing ("Reading pictures…"); ``fields`` are the
    table labels that tell a text file's header rows (default: the shipped rules')."""
    check_input(path)
    suffix = path.suffix.lower()
    data = read_input(path)
    document: Document
    if suffix == ".docx":
        from redactor.document.docx import DocxDocument

        document = DocxDocument.load(path, data, accept_revisions=accept_revisions, remove_embedded=remove_embedded,
                                     allow_unknown_parts=allow_unknown_parts, on_stage=on_stage)
    else:
        from redactor.document.text import TextDocument

        try:
            document = TextDocument.load(path, data, fields)
        except UnicodeDecodeError:
            raise RedactorError(f"{path.name}: not UTF-8 text") from None
    check_document(path, document.segments)
    return document


def read_segments(name: str, data: bytes) -> list[Segment]:
    """Every text a reader of ``data`` sees, read as it is (nothing cleaned first): a
    rendered output read back for its final check (``decide/known/``)."""
    if name.lower().endswith(".docx"):
        from redactor.document.docx.package import Package
        from redactor.document.docx.parts import index

        return index(Package.read(name, data)).segments
    from redactor.document.text import TextDocument

    return TextDocument(Path(name), data.decode("utf-8-sig"), "").segments
