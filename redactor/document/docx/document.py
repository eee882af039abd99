"""DocxDocument: a Word file as Segments, rendered back with changes applied outright
(``render``) or as Word tracked changes (``render_tracked``).

Loading classifies, cleans, indexes and audits the package once; the document then keeps
the cleaned parts as bytes and, for each segment, the places of its targets. A render
parses only the parts its changes touch (and the story parts, for tracked changes), finds
the targets again by place, and writes every other part as the cleaned bytes. So a loaded
document is plain data: it pickles, to travel from a batch worker to the writer."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from redactor import files
from redactor.document.base import by_segment
from redactor.document.docx import cleanup
from redactor.document.docx.audit import audit, audited_parts
from redactor.document.docx.classify import classify
from redactor.document.docx.images import clean_images
from redactor.document.docx.metadata import clean_metadata
from redactor.document.docx.ns import NS, STRICT_W, q
from redactor.document.docx.package import Package
from redactor.document.docx.parts import Index, index
from redactor.document.docx.places import rewrite_places
from redactor.document.docx.targets import Place, Target
from redactor.document.docx.tracked import Revisions, accept_all
from redactor.errors import RedactorError
from redactor.types import Change, Segment

REVISION_DATE = "1980-01-01T00:00:00Z"  # fixed, like the zip timestamps: same input, same bytes
W_DATA_BINDING = q("w:dataBinding")
_IDS = etree.XPath("//@w:id", namespaces=NS, smart_strings=False)


class DocxDocument:
    """A .docx. Loading cleans what is never worth keeping (metadata, reviewer names,
    rsids, bookmark names, custom XML data) and exposes every text as segments."""

    suffix = ".docx"

    def __init__(self, path: Path, package: Package, written: Package, idx: Index, findings: list[str],
                 sha256: str) -> None:
        """``package`` as cleaned and audited, ``written`` its snapshot, ``idx`` its index."""
        self.path = path
        self.sha256 = sha256
        self._findings = findings
        self.segments: list[Segment] = idx.segments
        self._places = _places(package, idx)
        self._stories = cleanup.story_parts(package)
        self._bound = any(True for p in self._stories for _ in package.xml(p).iter(W_DATA_BINDING))
        self._package = written

    @classmethod
    def load(cls, path: Path, data: bytes, accept_revisions: bool = False,
             remove_embedded: bool = False, allow_unknown_parts: bool = False) -> DocxDocument:
        """Read ``data``; ``accept_revisions`` accepts the input's tracked changes first
        (by default deleted text stays and is redacted like the rest); ``remove_embedded``
        removes content that cannot be checked (OLE objects, workbooks, altChunks,
        pictures) instead of refusing the file; ``allow_unknown_parts`` keeps parts of
        unknown type unchecked instead of refusing the file."""
        pkg = Package.read(path.name, data)
        if pkg.xml("word/document.xml").tag != q("w:document"):
            strict = pkg.xml("word/document.xml").tag.startswith(f"{{{STRICT_W}}}")
            raise RedactorError(f"{path.name}: " + ("Strict Open XML is not supported; save it as a "
                                                    "Word Document (.docx)" if strict else
                                                    "not a valid Word document (no document body)"))
        classified = classify(pkg, remove_embedded, allow_unknown_parts)
        findings = classified.findings + clean_images(pkg, classified.kinds, remove_embedded)
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
        return cls(path, pkg, written, idx, findings, files.sha256(data))

    def render(self, changes: Sequence[Change]) -> bytes:
        """The .docx with every change applied."""
        return self._render(changes, None)

    def render_tracked(self, changes: Sequence[Change], author: str = "redactor") -> bytes:
        """The .docx with every change in Word text as a tracked change by ``author``
        (accept all = ``render``; reject all = the input); values Word cannot track
        (properties, alt text, chart text, link targets) are replaced outright."""
        return self._render(changes, author)

    def findings(self) -> list[str]:
        return list(self._findings)

    def _render(self, changes: Sequence[Change], author: str | None) -> bytes:
        pkg = self._package.snapshot()
        revisions = Revisions(author, _max_id(pkg, self._stories) + 1, REVISION_DATE) if author else None
        groups = by_segment(changes)
        for sid in groups:
            if sid not in self._places:
                raise RedactorError(f"{self.path.name}: a change refers to unknown segment {sid}")
        targets = _targets(pkg, {sid: self._places[sid] for sid in groups})
        for sid, group in groups.items():
            for t in targets[sid]:
                _check(self.path.name, sid, t.text, group)
        for sid, group in groups.items():
            for t in targets[sid]:
                if revisions:
                    t.track(group, revisions)
                else:
                    t.apply(group)
        if self._bound:
            cleanup.sync_bindings(pkg)
        return pkg.to_bytes()


def _check(name: str, sid: str, text: str, changes: Sequence[Change]) -> None:
    """Changes must match the segment text and not overlap."""
    end = 0
    for c in sorted(changes, key=lambda c: c.start):
        if c.start < end or text[c.start:c.end] != c.original:
            raise RedactorError(f"{name}: change {c.id} does not match segment {sid}")
        end = c.end


def _places(pkg: Package, idx: Index) -> dict[str, list[Place]]:
    """Each segment's targets as places in ``pkg``."""
    parts = {pkg.xml(p): p for p in pkg.xml_parts()}
    wanted: dict[str, set[etree._Element]] = {}
    for targets in idx.targets.values():
        for t in targets:
            wanted.setdefault(parts[t.element.getroottree().getroot()], set()).add(t.element)
    ordinals: dict[etree._Element, int] = {}
    for part, elements in wanted.items():
        ordinals.update((el, n) for n, el in enumerate(pkg.xml(part).iter()) if el in elements)
    return {sid: [t.place(parts[t.element.getroottree().getroot()], ordinals[t.element]) for t in targets]
            for sid, targets in idx.targets.items()}


def _targets(pkg: Package, places: dict[str, list[Place]]) -> dict[str, list[Target]]:
    """The targets at ``places``, in ``pkg`` (which parses the parts they are in)."""
    nodes = {part: list(pkg.xml(part).iter()) for part in {p.part for ps in places.values() for p in ps}}
    return {sid: [p.target(nodes[p.part][p.ordinal]) for p in ps] for sid, ps in places.items()}


def _max_id(pkg: Package, stories: list[str]) -> int:
    ids = [int(v) for p in stories for v in _IDS(pkg.xml(p)) if v and v.lstrip("-").isdigit()]
    return max(ids, default=0)
