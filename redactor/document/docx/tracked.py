"""Word revisions: writing a change as a tracked deletion plus insertion, and accepting
the revisions already in an input."""
from __future__ import annotations

from copy import deepcopy
from datetime import datetime, timezone

from lxml import etree

from redactor.document.docx.ns import q
from redactor.document.docx.runs import WORD, text_node

DELETED_TAG = {q("w:t"): q("w:delText"), q("w:instrText"): q("w:delInstrText")}
_INSERTIONS = (q("w:ins"), q("w:moveTo"))
_UNWRAP = ("w:ins", "w:moveTo")
_REMOVE = ("w:del", "w:moveFrom", "w:rPrChange", "w:pPrChange", "w:sectPrChange", "w:tblPrChange",
           "w:trPrChange", "w:tcPrChange", "w:tblGridChange", "w:tblPrExChange", "w:numberingChange",
           "w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd",
           "w:cellIns", "w:cellDel")


class Revisions:
    """Makes ``w:ins``/``w:del`` elements with unique ids, one author and one date."""

    def __init__(self, author: str, first_id: int, date: str | None = None) -> None:
        self.author = author
        self.date = date or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next = first_id

    def element(self, name: str) -> etree._Element:
        el = etree.Element(q(name), {q("w:id"): str(self._next), q("w:author"): self.author,
                                     q("w:date"): self.date})
        self._next += 1
        return el

    def track(self, runs: list[etree._Element], text: str, channel: str) -> None:
        """Wrap ``runs`` (from ``isolate``) in deletions and insert ``text`` after the
        first, in a new run with the first run's properties."""
        first = None
        for run in runs:
            deletion = self.element("w:del")
            run.addprevious(deletion)
            deletion.append(run)
            for child in run:
                child.tag = DELETED_TAG.get(child.tag, child.tag)
            first = first if first is not None else deletion
        if not text or first is None:
            return
        new = etree.Element(q("w:r"))
        props = runs[0].find(q("w:rPr"))
        if props is not None:
            new.append(deepcopy(props))
            for old in new[0].findall(q("w:rPrChange")):
                new[0].remove(old)
        new.append(text_node(WORD.tag(channel), text))
        if first.getparent().tag in _INSERTIONS:  # already inside someone's insertion
            first.addnext(new)
        else:
            insertion = self.element("w:ins")
            insertion.append(new)
            first.addnext(insertion)


def accept_all(root: etree._Element) -> None:
    """Accept every revision in a story part: insertions kept, deletions dropped,
    formatting changes settled, deleted paragraph marks merged, deleted rows dropped."""
    for mark in list(root.iter(q("w:rPr"))):
        if mark.getparent() is None or mark.getparent().tag != q("w:pPr"):
            continue
        for el in mark.findall("*"):
            if el.tag in (q("w:ins"), q("w:moveTo"), q("w:del"), q("w:moveFrom")):
                mark.remove(el)
                if el.tag in (q("w:del"), q("w:moveFrom")):
                    _merge_with_next(mark.getparent().getparent())
    for props in list(root.iter(q("w:trPr"))):
        if props.find(q("w:del")) is not None:
            _drop(props.getparent())
        for ins in props.findall(q("w:ins")):
            props.remove(ins)
    for name in _REMOVE:
        for el in list(root.iter(q(name))):
            _drop(el)
    for name in _UNWRAP:
        for el in list(root.iter(q(name))):
            _unwrap(el)


def _merge_with_next(p: etree._Element) -> None:
    """A deleted paragraph mark: the next paragraph's content joins this one."""
    nxt = p.getnext()
    if p.tag != q("w:p") or nxt is None or nxt.tag != q("w:p"):
        return
    p.extend(c for c in list(nxt) if c.tag != q("w:pPr"))
    _drop(nxt)


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    for child in list(el):
        el.addprevious(child)
    parent.remove(el)


def _drop(el: etree._Element) -> None:
    if el.getparent() is not None:
        el.getparent().remove(el)
