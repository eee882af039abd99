"""The .docx zip: read with limits (a zip bomb, a password-protected file, a Word 97-2003
document renamed or a member name that climbs out of the package fails with one line), parse parts safely (comments and
processing instructions dropped), track removals, and write back deterministically: the
original part order, fixed timestamps and attributes, no archive or entry comments.

Messages never quote a part name: names come from inside the file and may hold anything."""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from typing import Protocol

from lxml import etree

from redactor.document.compound import MAGIC
from redactor.document.docx.ns import q
from redactor.document.docx.zipped import zip_parts
from redactor.document.formats import compound_file_refusal
from redactor.errors import RedactorError

MAX_ENTRIES = 5_000
MAX_PART_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for parts over 1 MB

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                          remove_comments=True, remove_pis=True)
ROOT_CHUNK = 1024  # bytes of a part fed at a time while looking for its root's tag
_BAD_NAME = re.compile(r"(^|/)\.\.?(/|$)|^/|\\|^[A-Za-z]:|[\x00-\x1f]|//")


class Inner(Protocol):
    """A part opened as something of its own (an embedded workbook, an imported HTML
    chunk): edited in place and written back when the package is. Its parsed trees have
    names (``trees``, ``tree``), by which a render finds its targets again."""

    def to_bytes(self) -> bytes: ...

    def trees(self) -> dict[str, etree._Element]: ...

    def tree(self, name: str) -> etree._Element: ...


@dataclass(frozen=True)
class Held:
    """A part the load passes over, read before in another document (``templates.py``): the
    tag of its root and its bytes as written."""

    tag: str
    written: bytes


class Package:
    """The parts of a .docx (or of a package inside one) by name, in zip order; XML parts
    are parsed on demand. ``what`` names the kind of file in messages."""

    def __init__(self, name: str, order: list[str], data: dict[str, bytes], what: str = "Word document") -> None:
        self.name = name
        self.order = order
        self.data = data
        self.what = what
        self._trees: dict[str, etree._Element] = {}
        self.inner: dict[str, Inner] = {}  # parts opened as packages or documents of their own
        self.safe: set[tuple[etree._Element, str]] = set()  # (element, attribute) values redactor wrote
        self.held: dict[str, Held] = {}  # parts read before: not XML to read here

    @classmethod
    def read(cls, name: str, blob: bytes) -> Package:
        if blob.startswith(MAGIC):
            raise compound_file_refusal(name, blob)
        pkg = cls.unzip(name, blob)
        if "word/document.xml" not in pkg.data or "[Content_Types].xml" not in pkg.data:
            raise RedactorError(f"{name}: not a valid Word document (no word/document.xml)")
        return pkg

    @classmethod
    def unzip(cls, name: str, blob: bytes, what: str = "Word document", max_total: int | None = None) -> Package:
        """The zip's entries, read within the limits (``max_total``: uncompressed bytes
        left in the budget of the file being read, for packages inside it)."""
        try:
            with zipfile.ZipFile(io.BytesIO(blob)) as zf:
                infos = [i for i in zf.infolist() if not i.is_dir()]
                _check_limits(name, infos, what, MAX_TOTAL_BYTES if max_total is None else max_total)
                data = {i.filename: _read_entry(name, zf, i) for i in infos}
                order = [i.filename for i in infos]
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                NotImplementedError):
            raise RedactorError(f"{name}: not a valid {what} (not a readable zip file)") from None
        return cls(name, order, data, what)

    def is_xml(self, part: str) -> bool:
        return part.endswith((".xml", ".rels")) and part in self.data and part not in self.held

    def xml(self, part: str) -> etree._Element:
        """The parsed root of ``part`` (parsed once, edited in place)."""
        if part not in self._trees:
            try:
                self._trees[part] = etree.fromstring(self.data[part], PARSER)
            except etree.XMLSyntaxError:
                raise self._damaged() from None
        return self._trees[part]

    def root_tag(self, part: str) -> str:
        """The tag of ``part``'s root element. A part not parsed yet is read only as far as
        its root's start tag (the rest of it is not checked: parse it to check it); a held
        part is not read."""
        if part in self.held:
            return self.held[part].tag
        if part in self._trees:
            return self._trees[part].tag
        data = self.data[part]
        parser = etree.XMLPullParser(events=("start",), resolve_entities=False, no_network=True, huge_tree=False,
                                     load_dtd=False)
        try:  # fed a little at a time: a styles part runs to hundreds of kB
            for at in range(0, len(data), ROOT_CHUNK):
                parser.feed(data[at:at + ROOT_CHUNK])
                for _, root in parser.read_events():
                    return root.tag
            parser.close()
        except etree.XMLSyntaxError:
            pass
        raise self._damaged()

    def check_rereadable(self) -> None:
        """Refuse a package whose parts would not read back once written: a part holding
        entity references (their declarations, in a DOCTYPE, are not written back)."""
        if any(True for root in self._trees.values() if root.getroottree().docinfo.internalDTD is not None
               for _ in root.iter(etree.Entity)):
            raise self._damaged()

    def _damaged(self) -> RedactorError:
        return RedactorError(f"{self.name}: not a valid {self.what} (a part is damaged: not well-formed XML)")

    def source(self, part: str) -> bytes | None:
        """The bytes ``part`` was read from, when they spell every ASCII character of its
        markup as that ASCII byte (any encoding whose first byte of a document is '<'; not
        UTF-16 or EBCDIC): an element or attribute name absent from them is absent from the
        part as read. None otherwise. Only names that load never adds may be looked up."""
        blob = self.data.get(part, b"")
        return blob if blob.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")[:1] == b"<" else None

    def declared(self, part: str) -> set[str] | None:
        """The namespaces ``part`` as read declares, when its bytes show them all on its root;
        None otherwise."""
        source, root = self.source(part), self.xml(part)
        return set(root.nsmap.values()) if source is not None and source.count(b"xmlns") <= len(root.nsmap) else None

    def trees(self) -> dict[str, etree._Element]:
        """The parts parsed so far, by name."""
        return dict(self._trees)

    def xml_parts(self) -> list[str]:
        return [p for p in self.order if self.is_xml(p)]

    def remove(self, part: str) -> None:
        """Drop a part with its content-type override and every relationship to it."""
        self.data.pop(part, None)
        self._trees.pop(part, None)
        self.inner.pop(part, None)
        self.held.pop(part, None)
        self.order = [p for p in self.order if p != part]
        types = self.xml("[Content_Types].xml")
        for o in types.findall(q("ct:Override")):
            if o.get("PartName", "").lstrip("/") == part:
                types.remove(o)
        for rels in [p for p in self.order if p.endswith(".rels")]:
            for rel in list(self.xml(rels)):
                if rel.get("TargetMode") != "External" and target(rels, rel.get("Target", "")) == part:
                    self.xml(rels).remove(rel)
        if rels_of(part) in self.data:
            self.remove(rels_of(part))

    def rels(self, part: str) -> dict[str, etree._Element]:
        """``part``'s relationships by id."""
        name = rels_of(part)
        return {r.get("Id"): r for r in self.xml(name)} if name in self.data else {}

    def to_bytes(self) -> bytes:
        """The zip, byte-identical for identical parts: [Content_Types].xml first, then
        the original order, every entry dated 1980-01-01 with fixed attributes (``zipped``)."""
        order = sorted(self.order, key=lambda p: p != "[Content_Types].xml")
        return zip_parts([(part, self.current(part)) for part in order])

    def current(self, part: str) -> bytes:
        """``part``'s bytes as edited so far (its tree or inner document serialised)."""
        if part in self._trees:
            return etree.tostring(self._trees[part], xml_declaration=True, encoding="UTF-8", standalone=True)
        if part in self.inner:
            return self.inner[part].to_bytes()
        if part in self.held:
            return self.held[part].written
        return self.data[part]

    def snapshot(self) -> Package:
        """A fresh copy from the current state (trees serialised, inner documents written)."""
        return Package(self.name, list(self.order), {p: self.current(p) for p in self.data}, self.what)


def rels_of(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def target(rels_part: str, ref: str) -> str:
    """The part name a relationship in ``rels_part`` points at."""
    if ref.startswith("/"):
        return posixpath.normpath(ref.lstrip("/"))
    source_dir = posixpath.dirname(posixpath.dirname(rels_part))
    return posixpath.normpath(posixpath.join(source_dir, ref))


def _check_limits(name: str, infos: list[zipfile.ZipInfo], what: str, max_total: int) -> None:
    if any(_BAD_NAME.search(i.filename) for i in infos):
        raise RedactorError(f"{name}: not a valid {what} (a member name is absolute or climbs out "
                            "of the package with '..'); not processed")
    if len(infos) > MAX_ENTRIES:
        raise RedactorError(f"{name}: {len(infos)} parts is over the limit of {MAX_ENTRIES}; not processed")
    if len({i.filename.lower() for i in infos}) != len(infos):
        raise RedactorError(f"{name}: not a valid {what} (duplicate part names)")
    if sum(i.file_size for i in infos) > max_total:
        raise RedactorError(f"{name}: uncompressed size is over {MAX_TOTAL_BYTES >> 20} MB "
                            "(possible zip bomb); not processed")
    for i in infos:
        ratio = i.file_size / max(i.compress_size, 1)
        if i.file_size > MAX_PART_BYTES or (i.file_size > 1 << 20 and ratio > MAX_RATIO):
            raise RedactorError(f"{name}: a part is too large or compresses suspiciously well "
                                "(possible zip bomb); not processed")


def _read_entry(name: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read one entry, stopping at its declared size (declared sizes can lie)."""
    with zf.open(info) as f:
        blob = f.read(info.file_size + 1)
    if len(blob) > info.file_size:
        raise RedactorError(f"{name}: a part is larger than declared (possible zip bomb); not processed")
    return blob

