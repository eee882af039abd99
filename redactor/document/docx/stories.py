"""Walking a WordprocessingML story (body, header, footer, note, comment, AutoText entry,
text box) in reading order: every paragraph with a human location and its table labels,
and every string attribute a paragraph owns (alt text, captions, field instructions).

Text boxes are stored twice (DrawingML ``wps:txbx`` and a VML fallback in
``mc:AlternateContent``): a fallback paragraph with the same text as its DrawingML twin is
a *mirror* (same segment, changes applied to both); one that differs is its own segment."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from lxml import etree

from redactor.document.docx.ns import NS, q
from redactor.document.docx.runs import WORD, TextMap
from redactor.document.tables import CellLabels, label_cells

CHANNELS = ("text", "deleted", "instr", "delinstr")
W_P, W_TBL, W_TR, W_TC = q("w:p"), q("w:tbl"), q("w:tr"), q("w:tc")
W_TXBX, W_SDT_PR, M_OMATH = q("w:txbxContent"), q("w:sdtPr"), q("m:oMath")
_WRAPPERS = (q("w:sdt"), q("w:sdtContent"), q("w:customXml"), q("w:smartTag"))
_NOTE_SKIP = ("separator", "continuationSeparator", "continuationNotice")

# (element, attribute, kind, what the location says); kinds sharing text are one segment.
# Any VML element (the fallback copy of a shape or picture) is examined for _VML_VALUES.
OWNED_VALUES = (
    (q("wp:docPr"), "descr", "alt", "alt text"),
    (q("wp:docPr"), "title", "title", "image title"),
    (q("pic:cNvPr"), "descr", "alt", "alt text"),
    (q("pic:cNvPr"), "title", "title", "image title"),
    (q("w:fldSimple"), q("w:instr"), "field", "field code"),
    (q("w:hyperlink"), q("w:tooltip"), "tooltip", "link tooltip"),
    (q("w:hyperlink"), q("w:tgtFrame"), "tooltip", "link tooltip"),
    (q("w:hyperlink"), q("w:docLocation"), "tooltip", "link location"),
    (q("w:listItem"), q("w:displayText"), "item", "content control list item"),
    (q("w:listItem"), q("w:value"), "item", "content control list item"),
    (q("w:alias"), q("w:val"), "control", "content control title"),
    (q("w:tag"), q("w:val"), "control", "content control tag"),
    (q("w:docPartGallery"), q("w:val"), "control", "content control gallery"),
    (q("w:docPartCategory"), q("w:val"), "control", "content control gallery"),
    (q("w:name"), q("w:val"), "formfield", "form field name"),
    (q("w:default"), q("w:val"), "formfield", "form field default"),
    (q("w:helpText"), q("w:val"), "formfield", "form field help text"),
    (q("w:statusText"), q("w:val"), "formfield", "form field status text"),
    (q("w:listEntry"), q("w:val"), "formfield", "form field list entry"),
    (q("w:format"), q("w:val"), "formfield", "form field format"),
    (q("a:hlinkClick"), "tooltip", "tooltip", "link tooltip"),
)

_OWNED: dict[str, list[tuple[str, str, str]]] = {}
for _tag, _attr, _kind, _what in OWNED_VALUES:
    _OWNED.setdefault(_tag, []).append((_attr, _kind, _what))
_VML = f"{{{NS['v']}}}"
_VML_VALUES = (("alt", "alt", "alt text"), ("title", "title", "image title"), (q("o:title"), "title", "image title"),
               ("string", "wordart", "WordArt text"))


@dataclass
class Para:
    p: etree._Element
    location: str
    labels: CellLabels | None = None
    mirror_of: etree._Element | None = None


@dataclass
class Equation:
    """An OMML equation (``m:oMath``): its ``m:t`` text is a segment of its own."""

    element: etree._Element
    location: str


@dataclass
class Attr:
    element: etree._Element
    attr: str | None
    kind: str
    location: str


Item = Para | Attr | Equation


def story(root: etree._Element, label: str) -> Iterator[Item]:
    """Every paragraph and owned value of a story part's root."""
    tag = root.tag
    if tag == q("w:document"):
        yield from blocks(root.find(q("w:body")), "")
    elif tag in (q("w:hdr"), q("w:ftr")):
        yield from blocks(root, f"{label}, ")
    elif tag in (q("w:footnotes"), q("w:endnotes")):
        kind = "footnote" if tag == q("w:footnotes") else "endnote"
        for note in root:
            if note.get(q("w:type")) not in _NOTE_SKIP:
                yield from blocks(note, f"{kind} {note.get(q('w:id'))}, ")
    elif tag == q("w:comments"):
        for comment in root.iter(q("w:comment")):
            yield from blocks(comment, f"comment {comment.get(q('w:id'))}, ")
    elif tag == q("w:glossaryDocument"):
        for n, body in enumerate(root.iter(q("w:docPartBody")), 1):
            yield from blocks(body, f"AutoText entry {n}, ")


STORY_ROOTS = tuple(q(t) for t in ("w:document", "w:hdr", "w:ftr", "w:footnotes", "w:endnotes",
                                   "w:comments", "w:glossaryDocument"))


def blocks(container: etree._Element | None, prefix: str, labels: CellLabels | None = None,
           single: bool = False) -> Iterator[Item]:
    """Paragraphs and tables of a block container; ``single`` names a lone paragraph by
    the container's location alone (a table cell)."""
    if container is None:
        return
    items = list(_flatten(container))
    lone = single and sum(1 for el in items if el.tag == W_P) == 1
    n_p = n_t = 0
    for el in items:
        if el.tag == W_P:
            n_p += 1
            where = prefix.rstrip(", ") if lone else f"{prefix}paragraph {n_p}"
            yield Para(el, where, labels)
            own = list(_own(el))
            yield from _owned_values(own, where)
            maths = [m for m in own if m.tag == M_OMATH and m.getparent().tag != M_OMATH]
            yield from (Equation(m, f"{where}, equation {n}") for n, m in enumerate(maths, 1))
            yield from _text_boxes(el, own, where)
        elif el.tag == W_TBL:
            n_t += 1
            yield from _table(el, f"{prefix}table {n_t}")
        elif el.tag == W_SDT_PR:  # a block-level content control's title, tag, gallery
            yield from _owned_values(_own(el), f"{prefix}content control")


def texts(p: etree._Element) -> tuple[str, ...]:
    return tuple(TextMap(p, ch, WORD).text for ch in CHANNELS)


def _table(tbl: etree._Element, where: str) -> Iterator[Item]:
    props = tbl.find(q("w:tblPr"))
    for name, kind, what in (("w:tblCaption", "caption", "caption"),
                             ("w:tblDescription", "description", "description")):
        el = props.find(q(name)) if props is not None else None
        if el is not None:
            yield Attr(el, q("w:val"), kind, f"{where} {what}")
    rows = [[c for c in _flatten(r) if c.tag == W_TC] for r in _flatten(tbl) if r.tag == W_TR]
    controls = [el for r in _flatten(tbl) for el in ([r] if r.tag != W_TR else _flatten(r)) if el.tag == W_SDT_PR]
    for el in controls:  # content controls around rows and cells
        yield from _owned_values(_own(el), f"{where} content control")
    labels = label_cells([[_cell_text(c) for c in row] for row in rows])
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            lab = replace(labels[r][c], row=f"{where}, row {r + 1}")
            col = f"column '{lab.column_header}'" if lab.column_header else f"column {c + 1}"
            yield from blocks(cell, f"{where}, row {r + 1}, {col}, ", lab, single=True)


def _cell_text(cell: etree._Element) -> str:
    return "\n".join(TextMap(p, "text", WORD).text for p in _flatten(cell) if p.tag == W_P)


def _flatten(container: etree._Element) -> Iterator[etree._Element]:
    """Children, looking through content controls, custom XML and smart tags, and taking
    the first choice of markup-compatibility blocks."""
    for child in container:
        if child.tag in _WRAPPERS:
            yield from _flatten(child)
        elif child.tag == q("mc:AlternateContent"):
            choice = child.find(q("mc:Choice"))
            if choice is not None:
                yield from _flatten(choice)
        elif isinstance(child.tag, str):
            yield child


def _own(el: etree._Element) -> Iterator[etree._Element]:
    """Descendants of a paragraph, not entering text boxes (they are walked on their own)."""
    for child in el:
        if isinstance(child.tag, str):
            yield child
            if child.tag != W_TXBX:
                yield from _own(child)


def _owned_values(own: Iterable[etree._Element], where: str) -> Iterator[Attr]:
    """The values ``own`` (the descendants a paragraph or control owns) hold."""
    for el in own:
        found = _OWNED.get(el.tag, [])
        if el.tag.startswith(_VML):
            found = found + list(_VML_VALUES)
        for attr, kind, what in found:
            if el.get(attr):
                yield Attr(el, attr, kind, f"{where}, {what}")


def _text_boxes(p: etree._Element, own: list[etree._Element], where: str) -> Iterator[Item]:
    boxes = [el for el in own if el.tag == W_TXBX]
    fallback = [b for b in boxes if _choice_or_fallback(b, p) == q("mc:Fallback")]
    primary = [b for b in boxes if b not in fallback]
    for n, box in enumerate(primary, 1):
        yield from blocks(box, f"{where}, text box {n}, ")
    for n, box in enumerate(fallback, 1):
        items = list(blocks(box, f"{where}, text box {n} (VML copy), "))
        twin = _twin(box, p)
        if twin is not None:
            mine = [i for i in items if isinstance(i, Para)]
            theirs = [i for i in blocks(twin, "") if isinstance(i, Para)]
            if len(mine) == len(theirs) and all(texts(a.p) == texts(b.p) for a, b in zip(mine, theirs, strict=True)):
                for a, b in zip(mine, theirs, strict=True):
                    a.mirror_of = b.p
        yield from items


def _choice_or_fallback(box: etree._Element, p: etree._Element) -> str | None:
    el = box.getparent()
    while el is not None and el is not p:
        if el.tag in (q("mc:Choice"), q("mc:Fallback")):
            return el.tag
        el = el.getparent()
    return None


def _twin(box: etree._Element, p: etree._Element) -> etree._Element | None:
    """The DrawingML box matching a VML fallback box (same position in the same block)."""
    fallback = next(a for a in box.iterancestors(q("mc:Fallback")))
    choice = fallback.getparent().find(q("mc:Choice"))
    if choice is None:
        return None
    mine = [b for b in _own(fallback) if b.tag == W_TXBX]
    theirs = [b for b in _own(choice) if b.tag == W_TXBX]
    i = mine.index(box)
    return theirs[i] if i < len(theirs) else None
