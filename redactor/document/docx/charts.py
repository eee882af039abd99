"""Which values of a chart part are text (series names, category labels), not numbers."""
from __future__ import annotations

from lxml import etree

from redactor.document.docx.ns import q


def is_label(el: etree._Element) -> bool:
    """Chart text values (series names, categories), not numbers."""
    if el.tag == q("cx:pt"):
        return el.getparent().tag == q("cx:lvl") and el.getparent().getparent().tag == q("cx:strDim")
    parent = el.getparent()
    return parent.tag == q("c:tx") or (parent.tag == q("c:pt") and parent.getparent().tag
                                       in (q("c:strCache"), q("c:strLit"), q("c:lvl")))
