"""The pictures of a Word file: each one cleaned (document/pictures), its text read and
made segments (``<part>#l<n>``, "picture 2, line 3"), and at render covered where
changes say, read again to verify, and put back: in place, or as a tracked deletion of
the old picture and insertion of the new one. A picture that cannot be read, or in
which a covered word is still read, refuses the file; with ``--remove-embedded`` it is
removed instead."""
from __future__ import annotations

import posixpath
from collections.abc import Callable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field

from lxml import etree

from redactor.document import pictures
from redactor.document.docx.classify import remove_with_owners
from redactor.document.docx.inventory import Kind
from redactor.document.docx.ns import NS, q
from redactor.document.docx.package import Package, rels_of, target
from redactor.document.docx.tracked import DELETED_TAG, Revisions
from redactor.document.pictures import Cover, Drawn, Reading, Unreadable
from redactor.document.pictures.raster import cover_box
from redactor.document.pictures.reading import tokens, whole_words
from redactor.errors import RedactorError
from redactor.types import Change, PictureEdit, PictureView, Segment
from redactor.types import Kind as ChangeKind

_R = f"{{{NS['r']}}}"
_RELATED = etree.XPath("//@*[namespace-uri() = $ns]")


def line_id(part: str, line: int) -> str:
    return f"{part}#l{line + 1}"


@dataclass
class Pictures:
    """The pictures of one document: their readings (in document order) and what became
    of them; ``covered`` keeps each rendering, so the output and the tracked copy agree
    and a picture is read again only once."""

    name: str
    readings: dict[str, Reading] = field(default_factory=dict)
    remove_failed: bool = False
    covered: dict[tuple, bytes | None] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)  # removed: a covered word was still read

    def findings(self) -> list[str]:
        """What rendering did that a person must know (counts, never text)."""
        return [f"{len(self.failed)} picture(s) removed: a covered name or detail was still read in them "
                "(--remove-embedded)"] if self.failed else []

    def segments(self) -> list[Segment]:
        return [s for n, (part, reading) in enumerate(self.readings.items(), 1)
                for s in pictures.line_segments(reading, f"{part}#", f"picture {n}", part)]

    def number(self, part: str) -> int:
        return list(self.readings).index(part) + 1

    def owner(self, segment_id: str) -> tuple[str, int] | None:
        """The picture part and line a segment id names, if it is a picture's."""
        part, _, line = segment_id.rpartition("#l")
        return (part, int(line) - 1) if part in self.readings and line.isdigit() else None

    def covers(self, changes: Sequence[Change]) -> dict[str, list[Cover]]:
        """What ``changes`` cover in each picture: a name (with whatever letters are glued
        to it) gets its replacement written in, anything else a blank."""
        covers: dict[str, list[Cover]] = {}
        for c in changes:
            where = self.owner(c.segment_id)
            if where is not None:
                written = c.replacement if c.kind is ChangeKind.PERSON else ""
                start, end = whole_words(self.readings[where[0]].lines[where[1]].text, c.start, c.end) \
                    if c.kind is ChangeKind.PERSON else (c.start, c.end)
                covers.setdefault(where[0], []).append(Cover(where[1], start, end, written))
        return covers

    def render(self, pkg: Package, changes: Sequence[Change], edits: Sequence[PictureEdit],
               revisions: Revisions | None) -> None:
        """Cover, verify and put back every picture ``changes`` or ``edits`` touch."""
        covers = self.covers(changes)
        drawn: dict[str, list[Drawn]] = {}
        removed = {e.part for e in edits if e.box is None and e.part in self.readings}
        for e in edits:
            if e.part not in self.readings:
                raise RedactorError(f"{self.name}: a picture decision names a picture this document does not have")
            if e.box is not None:
                if self.readings[e.part].format in pictures.METAFILES:
                    raise RedactorError(f"{self.name}: a box cannot be drawn on picture {self.number(e.part)} "
                                        "(a metafile: its text is covered as text)")
                drawn.setdefault(e.part, []).append(Drawn(e.box, e.replacement))
        new: dict[str, bytes] = {}
        for part in self.readings:
            if part in removed or (part not in covers and part not in drawn):
                continue
            blob = self._covered(pkg, part, covers.get(part, []), drawn.get(part, []), changes)
            if blob is None:
                removed.add(part)
            else:
                new[part] = blob
        if revisions is None:
            for part, blob in new.items():
                pkg.data[part] = blob
            for part in removed:
                remove_with_owners(pkg, part)
        elif new or removed:
            _track(pkg, new, removed, revisions)

    def views(self, pkg: Package, changes: Sequence[Change]) -> list[PictureView]:
        """Each picture before and after ``changes``, with the box each change covers."""
        covers = self.covers(changes)
        out = []
        for part, reading in self.readings.items():
            mine = [c for c in changes if (self.owner(c.segment_id) or ("",))[0] == part]
            after = self._covered(pkg, part, covers[part], [], changes) if part in covers else pkg.data[part]
            boxes = {} if reading.format in pictures.VECTOR else {
                c.id: cover_box(reading, cover)[0] for c, cover in zip(mine, covers.get(part, []), strict=True)}
            out.append(PictureView(part, self.number(part), reading.format, reading.size, reading.doubts,
                                   pictures.preview(pkg.data[part]), pictures.preview(after) if after else None,
                                   boxes))
        return out

    def _covered(self, pkg: Package, part: str, covers: list[Cover], drawn: list[Drawn],
                 changes: Sequence[Change]) -> bytes | None:
        """The covered picture, read again: None (remove it) or a refusal if a name or
        anything removed from it is still read."""
        names = _name_tokens(changes)
        key = (part, tuple(covers), tuple(drawn), frozenset(names))
        if key not in self.covered:
            reading = self.readings[part]
            try:
                blob = pictures.cover(pkg.data[part], reading, covers, drawn)
            except Unreadable:
                raise RedactorError(f"{self.name}: picture {self.number(part)} could not be covered; "
                                    "not processed") from None
            ids = {line_id(part, c.line) for c in covers}
            forbidden = names | {t for c in changes if c.segment_id in ids
                                 for t in tokens(c.original) - tokens(c.replacement)}
            if pictures.still_read_in(blob, pictures.expected(reading, covers), forbidden):
                if not self.remove_failed:
                    raise RedactorError(f"{self.name}: in picture {self.number(part)}, a name or detail is still "
                                        "read after covering it; not processed (--remove-embedded removes such "
                                        "a picture)")
                self.covered[key] = None
                self.failed.add(part)
            else:
                self.covered[key] = blob
        return self.covered[key]


def _name_tokens(changes: Sequence[Change]) -> set[str]:
    """The words of every name a change replaces, but for those its replacement keeps
    (a title: "Doctor" of "Doctor Smith" -> "Doctor S")."""
    return {t for c in changes if c.kind is ChangeKind.PERSON for t in tokens(c.original) - tokens(c.replacement)}


def read_pictures(pkg: Package, kinds: dict[str, Kind], remove: bool,
                  on_stage: Callable[[str], None] | None = None) -> tuple[Pictures, list[str]]:
    """Clean and read every picture part, in the order the document shows them; one that
    cannot be read refuses the file, or with ``remove`` is removed. Returns the
    pictures and the findings (counts, never text). ``on_stage`` hears "Reading pictures…"."""
    parts = _in_document_order(pkg, {p for p, kind in kinds.items() if kind.says == "image"})
    if parts and on_stage is not None:
        on_stage(f"Reading pictures… ({len(parts)})")
    found = Pictures(pkg.name, remove_failed=remove)
    gone = 0
    for part in parts:
        try:
            pkg.data[part] = pictures.clean(pkg.data[part])
            found.readings[part] = pictures.read(pkg.data[part])
        except Unreadable:
            if not remove:
                raise RedactorError(f"{pkg.name}: a picture is damaged, too large, loads other content or is in a "
                                    "format redactor cannot read; not processed (--remove-embedded removes "
                                    "such pictures)") from None
            remove_with_owners(pkg, part)
            gone += 1
        except RedactorError as e:  # the OCR engine cannot load
            if not remove:
                raise RedactorError(f"{pkg.name}: holds pictures, but {e}") from None
            remove_with_owners(pkg, part)
            gone += 1
    findings = []
    if found.readings:
        lines = sum(len(r.lines) for r in found.readings.values())
        findings.append(f"{len(found.readings)} picture(s) read: {lines} line(s) of text found in them, "
                        "covered where they identify someone; metadata removed")
        doubtful = sum(1 for r in found.readings.values() if r.doubts)
        if doubtful:
            findings.append(f"{doubtful} picture(s) could not all be read with confidence: check them on the "
                            "review page")
    if gone:
        findings.append(f"{gone} picture(s) that could not be read removed")
    return found, findings


def _in_document_order(pkg: Package, images: set[str]) -> list[str]:
    """The ``images`` ``pkg`` holds, in the order the main document, then the other parts,
    point at them."""
    images = images & pkg.data.keys()
    if not images:
        return []  # a document without pictures skips the search for them
    order: list[str] = []
    sources = sorted((p for p in pkg.xml_parts() if not p.endswith(".rels")), key=lambda p: p != "word/document.xml")
    for source in sources:
        rels = pkg.rels(source)
        if not rels:
            continue
        for value in _RELATED(pkg.xml(source), ns=NS["r"]):  # relationship-id attributes, in document order
            if value in rels and rels[value].get("TargetMode") != "External":
                part = target(rels_of(source), rels[value].get("Target", ""))
                if part not in order:
                    order.append(part)
    return [p for p in order + [p for p in pkg.order if p not in order] if p in images]


def _track(pkg: Package, new: dict[str, bytes], removed: set[str], revisions: Revisions) -> None:
    """Each changed picture as a tracked change: the run showing the old one deleted, a
    copy showing the new one (a new part) inserted; a removed picture's run deleted.
    Where no run shows it (a chart's picture), the new picture replaces it outright."""
    added = {part: _add_part(pkg, part, blob) for part, blob in new.items()}
    next_shape = 1 + max((int(v) for p in pkg.xml_parts() for el in pkg.xml(p).iter(q("wp:docPr"))
                          if (v := el.get("id", "")).isdigit()), default=0)
    for source in [p for p in pkg.xml_parts() if not p.endswith(".rels")]:
        rels = pkg.rels(source)
        old_ids = {rid: target(rels_of(source), r.get("Target", "")) for rid, r in rels.items()
                   if r.get("TargetMode") != "External"}
        mapping = {rid: _add_rel(pkg, source, rels[rid], added[part]) for rid, part in old_ids.items()
                   if part in added}
        gone = {rid for rid, part in old_ids.items() if part in removed}
        if not mapping and not gone:
            continue
        runs: list = []
        for el in pkg.xml(source).iter():
            if any(k.startswith(_R) and v in mapping.keys() | gone for k, v in el.attrib.items()):
                run = next((a for a in el.iterancestors(q("w:r"))), None)
                if run is None:  # not in Word text: replaced outright
                    for k, v in el.attrib.items():
                        if k.startswith(_R) and v in mapping:
                            el.set(k, mapping[v])
                elif run not in runs:
                    runs.append(run)
        for run in runs:
            if run.getparent() is not None and run.getparent().tag == q("w:del"):
                continue  # already deleted in the input: stays as it was
            insert = deepcopy(run)
            removed_here = any(v in gone for el in run.iter() for k, v in el.attrib.items() if k.startswith(_R))
            deletion = revisions.element("w:del")
            run.addprevious(deletion)
            deletion.append(run)
            for child in run.iter():
                child.tag = DELETED_TAG.get(child.tag, child.tag)
            if removed_here:
                continue
            for el in insert.iter():
                for k, v in el.attrib.items():
                    if k.startswith(_R) and v in mapping:
                        el.set(k, mapping[v])
                if el.tag == q("wp:docPr"):
                    el.set("id", str(next_shape))
                    next_shape += 1
            insertion = revisions.element("w:ins")
            insertion.append(insert)
            deletion.addnext(insertion)


def _add_part(pkg: Package, part: str, blob: bytes) -> str:
    """A new part beside ``part`` holding ``blob``, with its content type."""
    folder, base = posixpath.split(part)
    stem, dot, ext = base.rpartition(".")
    n = 1
    while (name := posixpath.join(folder, f"{stem}-redacted{n if n > 1 else ''}{dot}{ext}")) in pkg.data:
        n += 1
    pkg.data[name] = blob
    pkg.order.append(name)
    types = pkg.xml("[Content_Types].xml")
    for o in types.findall(q("ct:Override")):
        if o.get("PartName", "").lstrip("/") == part:
            copy = deepcopy(o)
            copy.set("PartName", "/" + name)
            types.append(copy)
    return name


def _add_rel(pkg: Package, source: str, rel, part: str) -> str:
    """A relationship of ``source`` like ``rel`` pointing at ``part``; its id."""
    rels = pkg.xml(rels_of(source))
    ids = {r.get("Id") for r in rels}
    n = 1
    while f"rIdRedacted{n}" in ids:
        n += 1
    new = deepcopy(rel)
    new.set("Id", f"rIdRedacted{n}")
    new.set("Target", posixpath.relpath(part, posixpath.dirname(source)) if not rel.get("Target", "").startswith("/")
            else "/" + part)
    rels.append(new)
    return f"rIdRedacted{n}"


def read_as_they_are(pkg: Package, types: dict[str, str]) -> tuple[list[Segment], list[tuple[str, str]]]:
    """For the gate: every picture of ``pkg`` read as it is (nothing cleaned), its lines
    as segments, and (where, why) for each picture that cannot be read, or not with
    confidence. RedactorError if the OCR engine cannot load."""
    from redactor.document.docx.inventory import IMAGE_TYPES

    segments: list[Segment] = []
    doubts: list[tuple[str, str]] = []
    for n, part in enumerate(_in_document_order(pkg, {p for p, kind in types.items() if kind in IMAGE_TYPES}), 1):
        read, unsure = pictures.found_in(pkg.data[part], f"{part}#", f"picture {n}", part)
        segments += read
        doubts += unsure
    return segments, doubts
