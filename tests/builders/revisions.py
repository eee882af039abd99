"""Accept or reject every tracked change of a .docx (a test oracle), and read back
every story paragraph's text with python-docx."""
from __future__ import annotations

import io
import zipfile

import docx
from lxml import etree

from redactor.document.docx.ns import q

STORIES = ("word/document.xml", "word/header", "word/footer", "word/footnotes.xml", "word/endnotes.xml",
           "word/comments.xml")
TO_CURRENT = {q("w:delText"): q("w:t"), q("w:delInstrText"): q("w:instrText")}


def settle(blob: bytes, accept: bool) -> bytes:
    """Accept (or reject) every w:ins/w:del in every story part."""
    keep, drop = ("w:ins", "w:del") if accept else ("w:del", "w:ins")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name.startswith(STORIES) and name.endswith(".xml"):
                root = etree.fromstring(data)
                for el in list(root.iter(q(drop))):
                    el.getparent().remove(el)
                for el in list(root.iter(q(keep))):
                    for child in el.iter():
                        child.tag = TO_CURRENT.get(child.tag, child.tag)
                    for child in list(el):
                        el.addprevious(child)
                    el.getparent().remove(el)
                data = etree.tostring(root)
            zout.writestr(name, data)
    return out.getvalue()


def texts(blob: bytes, codes: bool = True) -> list[str]:
    """Every story paragraph's text (and field codes), reloaded with python-docx."""
    tags = (q("w:t"), q("w:instrText")) if codes else (q("w:t"),)
    document = docx.Document(io.BytesIO(blob))
    parts = [document.part] + [rel.target_part for rel in document.part.rels.values()
                               if not rel.is_external and rel.target_part.partname.startswith(
                                   tuple("/" + s for s in STORIES))]
    out = [p.text for p in document.paragraphs]
    for part in parts:
        root = part.element if hasattr(part, "element") else etree.fromstring(part.blob)
        out += ["".join(t.text or "" for t in p.iter(*tags)) for p in root.iter(q("w:p"))]
    return out
