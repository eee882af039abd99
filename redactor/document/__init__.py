"""The document model: each supported format turns a file into Segments and
renders Changes back into the same format. Add a format by adding a module here
and a branch to ``load_document``."""
from __future__ import annotations

from pathlib import Path

from redactor.document.base import Document
from redactor.errors import RedactorError
from redactor.files import read_input
from redactor.limits import check_document
from redactor.rules import Fields
from redactor.types import Segment

SUPPORTED = (".docx", ".txt", ".md")


def load_document(path: Path, accept_revisions: bool = False, remove_embedded: bool = False,
                  allow_unknown_parts: bool = False, fields: Fields | None = None) -> Document:
    """Load ``path`` by its suffix, with one clear error for anything unsupported.
    The document's ``sha256`` is the hash of the bytes read; one over a limit
    (``redactor.limits``) is refused. The options apply to Word documents: accept
    tracked revisions first; remove embedded content; keep parts of unknown type unchecked.
    ``fields`` are the table labels that tell a text file's header rows (default: the
    shipped rules')."""
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise RedactorError(f"{path.name}: legacy Word .doc is not supported; save it as .docx first")
    if suffix not in SUPPORTED:
        raise RedactorError(f"{path.name}: unsupported file type '{suffix or 'none'}' (use .docx, .txt or .md)")
    data = read_input(path)
    document: Document
    if suffix == ".docx":
        from redactor.document.docx import DocxDocument

        document = DocxDocument.load(path, data, accept_revisions=accept_revisions,
                                     remove_embedded=remove_embedded, allow_unknown_parts=allow_unknown_parts)
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
