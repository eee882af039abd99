"""DocxDocument: a Word file as Segments, rendered back with changes applied outright
(``render``) or as Word tracked changes (``render_tracked``).

Loading classifies, cleans, indexes and audits the package once; the document then keeps
the cleaned parts as bytes (embedded documents and pictures included) and each segment's
targets detached from their trees (``document/addresses.py``). A render parses only the
parts its changes touch (and the story parts, for tracked changes), opens only the
embedded documents they touch, finds the targets again by address, and writes every other
part as the cleaned bytes. So a loaded document is plain data: it pickles, to travel from
a batch worker to the writer."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lxml import etree

from redactor import files
from redactor.document.addresses import Addresses, Elements, attach, detach
from redactor.document.base import Document, by_segment
from redactor.document.docx import cleanup
from redactor.document.docx.audit import audit, audited_parts
from redactor.document.docx.classify import classify
from redactor.document.docx.embedded.documents import open_embedded
from redactor.document.docx.embedded.documents import prepare as prepare_embedded
from redactor.document.docx.metadata import clean_metadata
from redactor.document.docx.ns import NS, STRICT_W, q
from redactor.document.docx.package import Package
from redactor.document.docx.parts import index
from redactor.document.docx.pictures import Pictures, read_pictures
from redactor.document.docx.places import rewrite_places
from redactor.document.docx.segment_index import Index
from redactor.document.docx.templates import hold, release, remember
from redactor.document.docx.tracked import Revisions, accept_all
from redactor.errors import RedactorError
from redactor.types import Change, PictureEdit, PictureView, Segment

REVISION_DATE = "1980-01-01T00:00:00Z"  # fixed, like the zip timestamps: same input, same bytes
W_DATA_BINDING = q("w:dataBinding")
_IDS = etree.XPath("//@w:id", namespaces=NS, smart_strings=False)
Tree = tuple[str, str | None]  # a Word part, and the part of the embedded document it holds (None: itself)


class DocxDocument(Document):
    """A .docx. Loading cleans what is never worth keeping (metadata, reviewer names,
    rsids, bookmark names, custom XML data) and exposes every text as segments."""

    suffix = ".docx"

    def __init__(self, path: Path, written: Package, segments: list[Segment], targets: dict[str, list[Any]],
                 findings: list[str], sha256: str, pictures: Pictures | None = None, stories: Sequence[str] = (),
                 bound: bool = False) -> None:
        """``written``: the parts as cleaned; ``segments`` their texts, with ``targets``
        detached; ``stories`` the story parts; ``bound``: some content control is bound
        to custom XML."""
        self.path = path
        self.sha256 = sha256
        self._package = written
        self._targets = targets
        self._findings = findings
        self._stories = list(stories)
        self._bound = bound
        self.pictures = pictures or Pictures(path.name)
        self.segments = segments + self.pictures.segments()

    @classmethod
    def load(cls, path: Path, data: bytes, accept_revisions: bool = False, remove_embedded: bool = False,
             allow_unknown_parts: bool = False, on_stage: Callable[[str], None] | None = None) -> DocxDocument:
        """Read ``data``; ``accept_revisions`` accepts the input's tracked changes first
        (by default deleted text stays and is redacted like the rest); ``remove_embedded``
        removes content that cannot be checked (OLE objects, workbooks and chunks redactor
        cannot redact, pictures that cannot be read) instead of refusing the file;
        ``allow_unknown_parts`` keeps parts of unknown type unchecked instead of refusing the
        file; ``on_stage`` hears "Reading pictures…" before the pictures are read."""
        pkg = Package.read(path.name, data)
        hold(pkg)
        if pkg.xml("word/document.xml").tag != q("w:document"):
            strict = pkg.xml("word/document.xml").tag.startswith(f"{{{STRICT_W}}}")
            raise RedactorError(f"{path.name}: " + ("Strict Open XML is not supported; save it as a "
                                                    "Word Document (.docx)" if strict else
                                                    "not a valid Word document (no document body)"))
        classified = classify(pkg, remove_embedded, allow_unknown_parts)
        release(pkg, classified.kinds)
        pictures, read = read_pictures(pkg, classified.kinds, remove_embedded, on_stage)
        findings = classified.findings + read + prepare_embedded(pkg, classified.kinds, remove_embedded)
        revisions = sum(1 for p in cleanup.story_parts(pkg) for _ in pkg.xml(p).iter(q("w:ins"), q("w:del")))
        if accept_revisions:
            for part in cleanup.story_parts(pkg):
                accept_all(pkg.xml(part))
            findings += [f"{revisions} tracked change(s) in the input accepted"] if revisions else []
        elif revisions:
            findings.append(f"{revisions} tracked change(s) in the input: deleted text is redacted too")
        findings += clean_metadata(pkg)
        findings += cleanup.strip_rsids_and_authors(pkg)
        cleanup.rename_bookmarks(pkg)
        cleanup.neutral_names(pkg)
        findings += rewrite_places(pkg, cleanup.bound_items(pkg))
        idx = index(pkg)
        audited = audited_parts(pkg, classified.unknown)
        cleanup.unused_namespaces(pkg, audited)
        written = pkg.snapshot()
        findings += audit(pkg, idx, written, audited, allow_unknown_parts)
        pkg.check_rereadable()
        stories = cleanup.story_parts(pkg)
        bound = any(True for p in stories for _ in pkg.xml(p).iter(W_DATA_BINDING))
        indexed = pkg
        if pkg.inner:  # embedded documents: their segments as a render reads them, from their bytes
            indexed = written.snapshot()
            idx = index(indexed)
        loaded = cls(path, written, idx.segments, _detached(indexed, idx), findings, files.sha256(data), pictures,
                     stories, bound)
        remember(pkg, classified.kinds, written, audited, allow_unknown_parts)
        return loaded

    def render(self, changes: Sequence[Change], pictures: Sequence[PictureEdit] = ()) -> bytes:
        """The .docx with every change applied, and the reviewer's ``pictures`` edits."""
        return self._render(changes, pictures, None)

    def render_tracked(self, changes: Sequence[Change], pictures: Sequence[PictureEdit] = (),
                       author: str = "redactor") -> bytes:
        """The .docx with every change in Word text as a tracked change by ``author``
        (accept all = ``render``; reject all = the input), a changed picture as the old
        one deleted and the new one inserted; values Word cannot track (properties, alt
        text, chart text, link targets) are replaced outright."""
        return self._render(changes, pictures, author)

    def findings(self) -> list[str]:
        return self._findings + self.pictures.findings()

    def picture_views(self, changes: Sequence[Change]) -> list[PictureView]:
        """Each picture before and after ``changes``, for the review page."""
        return self.pictures.views(self._package, changes)

    def _render(self, changes: Sequence[Change], pictures: Sequence[PictureEdit], author: str | None) -> bytes:
        pkg = self._package.snapshot()
        revisions = Revisions(author, _max_id(pkg, self._stories) + 1, REVISION_DATE) if author else None
        read = {s.id: s.text for s in self.segments if s.picture}  # lines read in pictures
        for sid, group in by_segment([c for c in changes if c.segment_id in read]).items():
            _check(self.path.name, sid, read[sid], group)
        groups = by_segment([c for c in changes if c.segment_id not in read])
        for sid in groups:
            if sid not in self._targets:
                raise RedactorError(f"{self.path.name}: a change refers to unknown segment {sid}")
        elements = Elements(lambda tree: _root(pkg, tree))
        targets = {sid: [attach(t, elements) for t in self._targets[sid]] for sid in groups}
        for sid, group in groups.items():
            for t in targets[sid]:
                _check(self.path.name, sid, t.text, group)
        for sid, group in groups.items():
            for t in targets[sid]:
                if revisions:
                    t.track(group, revisions)
                else:
                    t.apply(group)
        self.pictures.render(pkg, changes, pictures, revisions)
        if self._bound:
            cleanup.sync_bindings(pkg)
        return pkg.to_bytes()


def _detached(pkg: Package, idx: Index) -> dict[str, list[Any]]:
    """Each segment's targets, detached from ``pkg``'s trees and its embedded documents'."""
    roots: dict[etree._Element, Tree] = {root: (part, None) for part, root in pkg.trees().items()}
    for part, inner in pkg.inner.items():
        roots.update((root, (part, name)) for name, root in inner.trees().items())
    addresses = Addresses(roots)
    return {sid: [detach(t, addresses) for t in targets] for sid, targets in idx.targets.items()}


def _root(pkg: Package, tree: Tree) -> etree._Element:
    part, name = tree
    return pkg.xml(part) if name is None else open_embedded(pkg, part).tree(name)


def _check(name: str, sid: str, text: str, changes: Sequence[Change]) -> None:
    """Changes must match the segment text and not overlap."""
    end = 0
    for c in sorted(changes, key=lambda c: c.start):
        if c.start < end or text[c.start:c.end] != c.original:
            raise RedactorError(f"{name}: change {c.id} does not match segment {sid}")
        end = c.end


def _max_id(pkg: Package, stories: list[str]) -> int:
    ids = [int(v) for p in stories for v in _IDS(pkg.xml(p)) if v and v.lstrip("-").isdigit()]
    return max(ids, default=0)
