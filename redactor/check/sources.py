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
    """A file's texts, (location, what) pairs for metadata that names a person, and
    (location, why) pairs for pictures that cannot be read with confidence."""

    segments: list[Segment]
    metadata: list[tuple[str, str]] = field(default_factory=list)
    pictures: list[tuple[str, str]] = field(default_factory=list)


def files_in(paths: list[Path]) -> list[Path]:
    """The files named, and every file under the folders named, in order: hidden files and
    Word's lock files left out, a review bundle (``NAME.review/``) given as one folder; a
    path that does not exist is kept, to be reported. Nothing under a folder is passed
    over because of its type: a file the gate cannot read is reported, not skipped."""
    out: list[Path] = []
    for path in paths:
        if not path.is_dir() or is_review_bundle(path):
            out.append(path)
            continue
        bundles: set[Path] = set()
        for p in sorted(path.rglob("*")):
            rel = p.relative_to(path)
            if any(part.startswith((".", "~$")) for part in rel.parts) or any(b in p.parents for b in bundles):
                continue
            if p.is_dir() and is_review_bundle(p):
                bundles.add(p)
                out.append(p)
            elif p.is_file():
                out.append(p)
    return out


def is_review_bundle(path: Path) -> bool:
    """A folder redactor wrote beside an output for its review (it holds the original)."""
    return path.is_dir() and path.name.endswith(".review") and (path / "decisions.json").is_file()


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
    from redactor.document.docx.classify import content_types
    from redactor.document.docx.cleanup import REVIEWER
    from redactor.document.docx.embedded.documents import metadata as embedded_metadata
    from redactor.document.docx.inventory import NAMING_PROPERTIES
    from redactor.document.docx.metadata import REMOVED_SETTINGS
    from redactor.document.docx.ns import q
    from redactor.document.docx.package import Package
    from redactor.document.docx.parts import index
    from redactor.document.docx.pictures import read_as_they_are

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
    metadata += embedded_metadata(pkg)  # embedded workbooks' authors; their texts are in the index
    read, doubts = read_as_they_are(pkg, content_types(pkg))
    return Places(index(pkg).segments + read, list(dict.fromkeys(metadata)), doubts)


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
    read, doubts = _pdf_pictures(path, reader)
    metadata = [(f"PDF information, {key.lstrip('/')}", str(info[key])) for key in ("/Author",)
                if info.get(key) and str(info[key]).strip()]
    segments += [Segment(f"info:{key}", str(info[key]), f"PDF information, {key.lstrip('/')}", part="information")
                 for key in ("/Title", "/Subject", "/Keywords") if info.get(key) and str(info[key]).strip()]
    return Places(segments + read, metadata, doubts)


def _pdf_pictures(path: Path, reader) -> tuple[list[Segment], list[tuple[str, str]]]:
    """Every picture of every page (the image objects pypdf gives), read like a Word
    file's pictures: lines as segments, and (where, why) for those not read with confidence."""
    from redactor.document import pictures

    segments: list[Segment] = []
    doubts: list[tuple[str, str]] = []
    for n, page in enumerate(reader.pages, 1):
        try:
            images = list(page.images)
        except Exception:  # noqa: BLE001 - pypdf raises many kinds for damaged image streams
            doubts.append((f"page {n}", "its pictures cannot be read"))
            continue
        for k, image in enumerate(images, 1):
            read, unsure = pictures.found_in(image.data, f"page{n}:picture{k}:", f"page {n}, picture {k}", f"page {n}")
            segments += read
            doubts += unsure
    return segments, doubts
