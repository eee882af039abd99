"""What the gate reads: every text of a file as Segments (the document layer's own
readers), plus the facts no text scan sees (a .docx author, a PDF's metadata)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from redactor.document import SUPPORTED, load_document
from redactor.errors import RedactorError
from redactor.files import read_input
from redactor.rules import Fields
from redactor.types import Segment

CHECKED = (*SUPPORTED, ".pdf")
DEFAULT_TEMPLATES = ("Normal.dotm", "Normal.dot", "Normal")  # Word's own, naming nobody


@dataclass
class Places:
    """A file's texts, and (location, what) pairs for metadata that names a person."""

    segments: list[Segment]
    metadata: list[tuple[str, str]] = field(default_factory=list)


def files_in(paths: list[Path]) -> list[Path]:
    """The files named, and every checked file under the folders named (hidden ones
    left out), in order; a path that does not exist is kept, to be reported."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in CHECKED
                          and not any(part.startswith((".", "~$")) for part in p.relative_to(path).parts))
        else:
            out.append(path)
    return out


def read_places(path: Path, fields: Fields | None = None) -> Places:
    """Every text of ``path`` (.docx, .txt, .md or .pdf); RedactorError if it cannot be read.
    ``fields``: the table labels that tell a text file's header rows."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf(path)
    if suffix == ".docx":
        return _docx(path)
    return Places(load_document(path, fields=fields).segments)


def _docx(path: Path) -> Places:
    """The Word layer's index of the package as it is (nothing cleaned first), and the
    authors and properties that redaction clears."""
    from redactor.document.docx.cleanup import REVIEWER
    from redactor.document.docx.inventory import NAMING_PROPERTIES
    from redactor.document.docx.metadata import REMOVED_SETTINGS
    from redactor.document.docx.ns import q
    from redactor.document.docx.package import Package
    from redactor.document.docx.parts import index

    pkg = Package.read(path.name, read_input(path))
    if "word/document.xml" not in pkg.data or pkg.xml("word/document.xml").tag != q("w:document"):
        raise RedactorError(f"{path.name}: not a valid Word document (no document body)")
    metadata: list[tuple[str, str]] = []
    for part in ("docProps/core.xml", "docProps/app.xml"):
        if part in pkg.data:
            root = pkg.xml(part)
            metadata += [(f"document properties, {n.split(':')[1]}", el.text.strip())
                         for n in NAMING_PROPERTIES for el in root.iter(q(n))
                         if el.text and el.text.strip() and el.text.strip() not in DEFAULT_TEMPLATES]
    if "docProps/custom.xml" in pkg.data:
        metadata.append(("custom document properties", "present"))
    metadata += [("document properties, thumbnail", "present") for p in pkg.data if p.startswith("docProps/thumbnail")]
    if "word/settings.xml" in pkg.data:
        settings = pkg.xml("word/settings.xml")
        metadata += [("settings", says.removesuffix(" removed")) for name, says in REMOVED_SETTINGS.items()
                     if settings.find(q(name)) is not None]
    for part in pkg.xml_parts():
        for el in pkg.xml(part).iter():
            for key in (q("w:author"), q("w15:author")):
                if el.get(key) not in (None, "", REVIEWER):
                    metadata.append((f"{part}, author of a comment or tracked change", el.get(key)))
    return Places(index(pkg).segments, list(dict.fromkeys(metadata)))


def _pdf(path: Path) -> Places:
    """Each page's text, a line a segment ("page 2, line 14"), and the document information."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    read_input(path)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise RedactorError(f"{path.name}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        info: dict = dict(reader.metadata or {})
    except (PdfReadError, ValueError, KeyError, TypeError) as e:
        raise RedactorError(f"{path.name}: not a readable PDF ({e.__class__.__name__})") from None
    segments = [Segment(f"page{n}:{i}", line, f"page {n}, line {i}", part=f"page {n}")
                for n, text in enumerate(pages, 1) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
    metadata = [(f"PDF information, {key.lstrip('/')}", str(info[key])) for key in ("/Author",)
                if info.get(key) and str(info[key]).strip()]
    segments += [Segment(f"info:{key}", str(info[key]), f"PDF information, {key.lstrip('/')}", part="information")
                 for key in ("/Title", "/Subject", "/Keywords") if info.get(key) and str(info[key]).strip()]
    return Places(segments, metadata)
