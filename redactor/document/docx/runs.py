"""The run layer: a character map over one paragraph's text nodes, and the one primitive
that splits runs so a character range is covered by whole runs (python-docx issues #30,
#980, "isolate_run"). Rendering and tracked changes both work on the runs it returns.

A paragraph holds several *channels* that are never glued together: its visible text
(``w:t`` plus tabs and breaks), deleted text (``w:delText``), field codes
(``w:instrText``) and deleted field codes. DrawingML paragraphs (charts, SmartArt) have
one channel of ``a:t``."""
from __future__ import annotations

import itertools
from copy import deepcopy
from dataclasses import dataclass

from lxml import etree

from redactor.document.docx.ns import NS, q

XML_SPACE = q("xml:space")


@dataclass(frozen=True)
class Dialect:
    """The element names of one markup family (one of ``DIALECTS``, pickled by its name:
    targets compare dialects by identity)."""

    name: str
    runs: frozenset[str]
    props: frozenset[str]
    text: dict[str, str]  # text element tag -> channel
    atoms: dict[str, str]  # one-character element tag -> the character
    skip: frozenset[str]  # subtrees that belong to another paragraph or copy
    deleted: frozenset[str]  # containers whose atoms are deleted text

    def tag(self, channel: str) -> str:
        """The text element written for ``channel``."""
        return next(t for t, c in self.text.items() if c == channel)

    @property
    def bearing(self) -> frozenset[str]:
        return frozenset(self.text) | frozenset(self.atoms) | {q("w:softHyphen")}

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return dialect, (self.name,)


WORD = Dialect(
    name="word",
    runs=frozenset({q("w:r")}),
    props=frozenset({q("w:rPr")}),
    text={q("w:t"): "text", q("w:delText"): "deleted", q("w:instrText"): "instr",
          q("w:delInstrText"): "delinstr"},
    atoms={q("w:tab"): "\t", q("w:br"): "\n", q("w:cr"): "\n", q("w:noBreakHyphen"): "-"},
    skip=frozenset({q("w:txbxContent"), q("mc:Fallback"), q("w:pPr"), q("w:rPr"), q("w:p")}),
    deleted=frozenset({q("w:del"), q("w:moveFrom")}),
)
DRAWING = Dialect(
    name="drawing",
    runs=frozenset({q("a:r"), q("a:fld")}),
    props=frozenset({q("a:rPr"), q("a:pPr")}),
    text={q("a:t"): "text"},
    atoms={},
    skip=frozenset({q("a:pPr"), q("a:endParaRPr")}),
    deleted=frozenset(),
)
MATH = Dialect(name="math", runs=frozenset({q("m:r")}), props=frozenset({q("m:rPr"), q("w:rPr")}),
               text={q("m:t"): "text"}, atoms={}, skip=frozenset(), deleted=frozenset())
DIALECTS = {d.name: d for d in (WORD, DRAWING, MATH)}


def dialect(name: str) -> Dialect:
    return DIALECTS[name]
UNMAPPED_BREAK = q("a:br")


@dataclass(frozen=True)
class Piece:
    """``length`` characters of a channel held by ``node`` (a text element or an atom)
    inside ``run``; ``run`` is None for a character with no run (a DrawingML break)."""

    run: etree._Element | None
    node: etree._Element
    start: int
    length: int

    @property
    def end(self) -> int:
        return self.start + self.length


class TextMap:
    """Characters of one channel of ``container`` mapped to their text nodes."""

    def __init__(self, container: etree._Element, channel: str, dialect: Dialect) -> None:
        self.container, self.channel, self.dialect = container, channel, dialect
        self.pieces: list[Piece] = []
        self._chars: list[str] = []
        self._walk(container, False)
        self.text = "".join(self._chars)

    def _walk(self, el: etree._Element, deleted: bool) -> None:
        d = self.dialect
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in d.skip:
                continue
            if tag in d.runs:
                self._run(child, deleted)
            elif tag == UNMAPPED_BREAK and self.channel == "text":
                self._add(None, child, "\n")
            else:
                self._walk(child, deleted or tag in d.deleted)

    def _run(self, run: etree._Element, deleted: bool) -> None:
        d = self.dialect
        atom_channel = "deleted" if deleted else "text"
        for node in run:
            if d.text.get(node.tag) == self.channel:
                self._add(run, node, node.text or "")
            elif node.tag in d.atoms and atom_channel == self.channel:
                self._add(run, node, d.atoms[node.tag])

    def _add(self, run: etree._Element | None, node: etree._Element, chars: str) -> None:
        if chars:
            self.pieces.append(Piece(run, node, len(self._chars), len(chars)))
            self._chars.extend(chars)


def isolate(container: etree._Element, channel: str, dialect: Dialect, start: int, end: int
            ) -> list[etree._Element]:
    """Split runs so characters [start, end) of the channel are exactly covered by whole
    runs holding only text, and return those runs in order. Runs may sit in different
    parents (a hyperlink, a content control, an insertion); zero-width content inside the
    range (a drawing, a field character, a bookmark) is moved to runs of its own."""
    _split_at(container, channel, dialect, end)
    _split_at(container, channel, dialect, start)
    tmap = TextMap(container, channel, dialect)
    covered = [p.run for p in tmap.pieces if p.run is not None and p.start < end and p.end > start]
    runs = list(dict.fromkeys(covered))
    return [r for run in runs for r in _text_only(run, dialect)]


def replace(runs: list[etree._Element], text: str, tag: str, dialect: Dialect) -> None:
    """Put ``text`` in the first run (keeping its properties) and drop the others' text."""
    if not runs:
        return
    for run in runs:
        for child in [c for c in run if c.tag in dialect.bearing]:
            run.remove(child)
    if text:
        runs[0].append(text_node(tag, text))
    for run in runs if not text else runs[1:]:
        if all(c.tag in dialect.props for c in run):
            run.getparent().remove(run)


def text_node(tag: str, text: str) -> etree._Element:
    node = etree.Element(tag)
    set_text(node, text)
    return node


def set_text(node: etree._Element, text: str) -> None:
    """Write ``text`` into a text element so Word reads every character: Word and
    LibreOffice drop the edge spaces of a ``w:t`` without ``xml:space="preserve"``
    (DrawingML ``a:t`` keeps them as they are)."""
    node.text = text
    if node.tag.startswith(f"{{{NS['w']}}}") and text != text.strip():
        node.set(XML_SPACE, "preserve")


def _split_at(container: etree._Element, channel: str, dialect: Dialect, pos: int) -> None:
    pieces = TextMap(container, channel, dialect).pieces
    for before, piece in zip([None, *pieces], pieces, strict=False):
        if piece.run is None:
            continue
        if piece.start < pos < piece.end:
            _split_run(piece.run, piece.node, pos - piece.start, dialect)
            return
        if piece.start == pos and before is not None and before.run is piece.run:
            _split_run(piece.run, piece.node, 0, dialect)
            return


def _split_run(run: etree._Element, node: etree._Element, offset: int, dialect: Dialect) -> None:
    """Move ``node`` from character ``offset`` on, and everything after it, to a new run
    with the same properties placed right after ``run``."""
    new = _empty_like(run, dialect)
    children = list(run)
    rest = children[children.index(node) + 1:]
    if offset:
        tail = etree.Element(node.tag, attrib=dict(node.attrib))
        set_text(tail, node.text[offset:])
        set_text(node, node.text[:offset])
        new.append(tail)
    else:
        rest.insert(0, node)
    for child in rest:
        new.append(child)
    run.addnext(new)


def _text_only(run: etree._Element, dialect: Dialect) -> list[etree._Element]:
    """``run`` split so text and other content (drawings, field characters) never share a
    run; returns the text runs."""
    content = [c for c in run if c.tag not in dialect.props]
    if all(c.tag in dialect.bearing for c in content):
        return [run]
    out, anchor = [], run
    for is_text, items in itertools.groupby(content, key=lambda c: c.tag in dialect.bearing):
        new = _empty_like(run, dialect)
        new.extend(items)
        anchor.addnext(new)
        anchor = new
        if is_text:
            out.append(new)
    run.getparent().remove(run)
    return out


def _empty_like(run: etree._Element, dialect: Dialect) -> etree._Element:
    new = etree.Element(run.tag, attrib=dict(run.attrib))
    new.extend(deepcopy(c) for c in run if c.tag in dialect.props)
    return new
