"""DocxDocument: a Word file as Segments, rendered back with changes applied outright
(``render``) or as Word tracked changes (``render_tracked``)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from redactor import files
from redactor.document.base import by_segment
from redactor.document.docx import cleanup
from redactor.document.docx.audit import audit
from redactor.document.docx.classify import classify
from redactor.document.docx.embedded.documents import prepare as prepare_embedded
from redactor.document.docx.metadata import clean_metadata
from redactor.document.docx.ns import STRICT_W, q
from redactor.document.docx.package import Package
from redactor.document.docx.parts import index
from redactor.document.docx.pictures import Pictures, read_pictures
from redactor.document.docx.places import rewrite_places
from redactor.document.docx.tracked import Revisions, accept_all
from redactor.errors import RedactorError
from redactor.types import Change, PictureEdit, PictureView, Segment

REVISION_DATE = "1980-01-01T00:00:00Z"  # fixed, like the zip timestamps: same input, same bytes


class DocxDocument:
    """A .docx. Loading cleans what is never worth keeping (metadata, reviewer names,
    rsids, bookmark names, custom XML data) and exposes every text as segments."""

    suffix = ".docx"

    def __init__(self, path: Path, package: Package, findings: list[str], sha256: str,
                 pictures: Pictures | None = None) -> None:
        self.path = path
        self.sha256 = sha256
        self._package = package
        self._findings = findings
        self.pictures = pictures or Pictures(path.name)
        self.segments: list[Segment] = index(package.snapshot()).segments + self.pictures.segments()

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
        if pkg.xml("word/document.xml").tag != q("w:document"):
            strict = pkg.xml("word/document.xml").tag.startswith(f"{{{STRICT_W}}}")
            raise RedactorError(f"{path.name}: " + ("Strict Open XML is not supported; save it as a "
                                                    "Word Document (.docx)" if strict else
                                                    "not a valid Word document (no document body)"))
        classified = classify(pkg, remove_embedded, allow_unknown_parts)
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
        findings += audit(pkg, index(pkg), classified.unknown, allow_unknown_parts)
        return cls(path, pkg, findings, files.sha256(data), pictures)

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
        targets = index(pkg).targets
        revisions = Revisions(author, _max_id(pkg) + 1, REVISION_DATE) if author else None
        read = {s.id: s.text for s in self.segments if s.picture}  # lines read in pictures
        for sid, group in by_segment([c for c in changes if c.segment_id in read]).items():
            _check(self.path.name, sid, read[sid], group)
        groups = by_segment([c for c in changes if c.segment_id not in read])
        for sid, group in groups.items():
            if sid not in targets:
                raise RedactorError(f"{self.path.name}: a change refers to unknown segment {sid}")
            for t in targets[sid]:
                _check(self.path.name, sid, t.text, group)
        for sid, group in groups.items():
            for t in targets[sid]:
                if revisions:
                    t.track(group, revisions)
                else:
                    t.apply(group)
        self.pictures.render(pkg, changes, pictures, revisions)
        cleanup.sync_bindings(pkg)
        return pkg.to_bytes()


def _check(name: str, sid: str, text: str, changes: Sequence[Change]) -> None:
    """Changes must match the segment text and not overlap."""
    end = 0
    for c in sorted(changes, key=lambda c: c.start):
        if c.start < end or text[c.start:c.end] != c.original:
            raise RedactorError(f"{name}: change {c.id} does not match segment {sid}")
        end = c.end


def _max_id(pkg: Package) -> int:
    ids = [int(v) for p in cleanup.story_parts(pkg) for el in pkg.xml(p).iter()
           if (v := el.get(q("w:id"))) and v.lstrip("-").isdigit()]
    return max(ids, default=0)
