"""An imported HTML chunk (``w:altChunk``, text/html or application/xhtml+xml): decoded,
parsed safely (lxml: no network, no DTD, no entity expansion for XHTML, comments and
processing instructions dropped) and cleaned at load: what runs, fetches or shows content
redactor does not read is removed (``inventory.REMOVED``), unlisted attributes go, styles
keep plain formatting, link targets are read or replaced as in Word. Written back as UTF-8
with its markup otherwise as it was."""
from __future__ import annotations

import codecs
import re

from lxml import etree, html

from redactor.document.docx.inventory import EXTERNAL_PLACEHOLDER, MAILTO, WEB_SCHEMES
from redactor.document.docx.ns import local as local_name
from redactor.document.docx.package import PARSER as XML_PARSER
from redactor.document.html import css
from redactor.document.html.inventory import CODES, LINK, READ, REMOVED, SPACED
from redactor.document.inner import NotRedactable

XHTML = "application/xhtml+xml"
_HTML_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")


def local(el: etree._Element) -> str:
    """An element's name without namespace, in lower case ('' for anything but an element);
    HTML saved by Word keeps its prefixes ("o:p", "st1:place"), and so does this."""
    return local_name(el.tag).lower()


class Chunk:
    """The chunk's parsed tree (``root`` is its html element)."""

    def __init__(self, root: etree._Element, xhtml: bool) -> None:
        self.root, self.xhtml = root, xhtml

    @classmethod
    def open(cls, blob: bytes, content_type: str) -> Chunk:
        try:
            if content_type == XHTML:
                root = etree.fromstring(blob, XML_PARSER)
            else:
                text = _XML_DECLARATION.sub("", _decode(blob))
                root = html.document_fromstring(text, parser=_HTML_PARSER) if text.strip() else None
        except (etree.XMLSyntaxError, etree.ParserError, ValueError):
            root = None
        if root is None or local(root) != "html":
            raise NotRedactable("is damaged (not readable HTML)")
        return cls(root, content_type == XHTML)

    def trees(self) -> dict[str, etree._Element]:
        return {"": self.root}

    def tree(self, name: str) -> etree._Element:
        return self.root

    def to_bytes(self) -> bytes:
        if self.xhtml:
            return etree.tostring(self.root, xml_declaration=True, encoding="UTF-8")
        return etree.tostring(self.root, method="html", encoding="UTF-8", doctype="<!DOCTYPE html>")

    def clean(self) -> int:
        """Remove what redactor does not read, rewrite attributes; returns how many elements went."""
        removed = [el for el in self.root.iter() if local(el) in REMOVED or not isinstance(el.tag, str)]
        for el in removed:
            if el.getparent() is not None:
                drop(el)
        for el in self.root.iter():
            if local(el) == "style":
                el.text = css.sheet(el.text or "")
            for attr in list(el.attrib):
                name = etree.QName(attr).localname.lower() if attr.startswith("{") else attr.lower()
                if (attr not in CODES or not CODES[attr].match(el.get(attr) or "")) and \
                        name not in SPACED | READ | {LINK}:
                    del el.attrib[attr]
                elif name == "style":
                    el.set(attr, css.declarations(el.get(attr) or ""))
                elif name == LINK:
                    _link(el, attr)
        head = next((el for el in self.root if local(el) == "head"), None)
        if head is None:
            head = etree.Element(etree.QName(etree.QName(self.root).namespace, "head").text
                                 if self.xhtml else "head")
            self.root.insert(0, head)
        if not self.xhtml:
            head.insert(0, etree.Element("meta", charset="utf-8"))
        return len(removed)


def drop(el: etree._Element) -> None:
    """Remove ``el`` and what it holds, keeping the text that follows it."""
    parent, tail = el.getparent(), el.tail
    previous = el.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _link(el: etree._Element, attr: str) -> None:
    ref = (el.get(attr) or "").strip()
    if ref.lower().startswith(WEB_SCHEMES):
        return  # read: a place of its own
    if ref.startswith("#") or not ref:
        del el.attrib[attr]
    else:
        el.set(attr, MAILTO if ref.lower().startswith(MAILTO) else EXTERNAL_PLACEHOLDER)


def _decode(blob: bytes) -> str:
    """The chunk's text: a byte-order mark, else the charset it declares, else UTF-8, else
    Windows-1252 (which reads any byte)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if blob.startswith(bom):
            return blob.decode(codec)
    declared = _CHARSET.search(blob[:4096])
    for codec in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8"]:
        try:
            return blob.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return blob.decode("cp1252", errors="replace")
