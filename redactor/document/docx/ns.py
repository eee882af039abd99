"""OOXML namespaces and a Clark-notation helper: ``q("w:t")`` is ``{...main}t``. Code that
walks whole parts names its tags once, at import (``W_T = q("w:t")``), not per element."""
from __future__ import annotations

from functools import cache

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "cx": "http://schemas.microsoft.com/office/drawing/2014/chartex",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "dsp": "http://schemas.microsoft.com/office/drawing/2008/diagram",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "w16cid": "http://schemas.microsoft.com/office/word/2016/wordml/cid",
    "w16cex": "http://schemas.microsoft.com/office/word/2018/wordml/cex",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "cs": "http://schemas.microsoft.com/office/drawing/2012/chartStyle",
    "dcterms": "http://purl.org/dc/terms/",
    "ds": "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
    "xml": "http://www.w3.org/XML/1998/namespace",
}

STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


@cache
def q(name: str) -> str:
    """Clark notation for a prefixed name."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def local(tag: object) -> str:
    """The local part of an element's tag ('' for comments and processing instructions)."""
    return tag.split("}")[-1] if isinstance(tag, str) else ""


def namespace(tag: str) -> str:
    """The namespace of a Clark-notation name ('' for none)."""
    return tag[1:].split("}")[0] if tag.startswith("{") else ""
