"""Which parts and places are examined, as Segments with their targets.

Segment ids are ``<part>#p<n>`` (n = the paragraph's position among the part's
paragraphs) with ``.del``, ``.instr``, ``.delinstr`` for a paragraph's deleted text and
field codes, ``<part>#<kind><n>`` for values (alt text, captions, chart labels), and
``<rels part>#<rId>`` for link targets: the same input always gives the same ids."""
from __future__ import annotations

import posixpath
import re

from redactor.document.docx.charts import is_label
from redactor.document.docx.embedded.documents import index_embedded
from redactor.document.docx.inventory import CORE_SEGMENTS
from redactor.document.docx.ns import q
from redactor.document.docx.package import Package, target
from redactor.document.docx.runs import DRAWING, MATH, TextMap
from redactor.document.docx.segment_index import Index
from redactor.document.docx.stories import CHANNELS, STORY_ROOTS, Attr, Equation, Para, story
from redactor.document.docx.targets import RunText, Value

_CHANNEL_ID = {"text": "", "deleted": ".del", "instr": ".instr", "delinstr": ".delinstr"}
_CHANNEL_SAYS = {"text": "", "deleted": " (deleted text)", "instr": " (field code)",
                 "delinstr": " (deleted field code)"}
_DRAWING_ROOTS = {q("dgm:dataModel"): "SmartArt data", q("dsp:drawing"): "SmartArt drawing",
                  q("c:chartSpace"): "chart", q("cx:chartSpace"): "chart"}


def index(pkg: Package) -> Index:
    """Every text a reader (or a metadata viewer) could see, part by part."""
    out = Index()
    labels = _story_labels(pkg)
    parts = pkg.xml_parts()
    tags = {p: pkg.root_tag(p) for p in parts}  # a part nothing is read from is not parsed (the styles)
    for part in sorted(parts, key=lambda p: (p != "word/document.xml", tags[p] == q("dsp:drawing"))):
        tag = tags[part]
        if tag in STORY_ROOTS:
            _story(out, part, pkg.xml(part), labels.get(part) or _fallback_label(part))
        elif tag in _DRAWING_ROOTS:
            _drawing(out, part, pkg.xml(part), f"{_DRAWING_ROOTS[tag]} {_number(part)}")
        elif tag == q("w:numbering"):
            for n, el in enumerate(pkg.xml(part).iter(q("w:lvlText")), 1):
                out.add_value(part, "level", Value(el, q("w:val")), f"numbering, list label {n}", format_code=True)
        elif part == "docProps/core.xml":
            for name, says in CORE_SEGMENTS:
                for el in pkg.xml(part).iter(q(name)):
                    out.add(f"{part}#{says}", Value(el), f"document properties, {says}", part)
        elif part.endswith(".rels"):
            for rel in pkg.xml(part):
                if rel.get("TargetMode") == "External":
                    out.add(f"{part}#{rel.get('Id')}", Value(rel, "Target"),
                            f"link target ({posixpath.basename(part)[:-5]}, {rel.get('Id')})", part)
    index_embedded(out, pkg)
    return out


def _story(out: Index, part: str, root, label: str) -> None:
    ids = {p: n for n, p in enumerate(root.iter(q("w:p")), 1)}
    items = list(story(root, label))
    seen = {i.p for i in items if isinstance(i, Para)}
    # a safety net: a paragraph in a structure the walk does not know is still a segment
    items += [Para(p, f"{label}, paragraph {n} (other)") for p, n in ids.items() if p not in seen]
    maths = 0
    for item in items:
        if isinstance(item, Attr):
            out.add_value(part, item.kind, Value(item.element, item.attr), item.location)
            continue
        if isinstance(item, Equation):
            maths += 1
            out.add(f"{part}#math{maths}", RunText(item.element, "text", MATH), item.location, part)
            continue
        for ch in CHANNELS:
            primary = f"{part}#p{ids[item.mirror_of]}{_CHANNEL_ID[ch]}" if item.mirror_of is not None else None
            if primary in out.targets:
                out.targets[primary].append(RunText(item.p, ch))
            else:
                out.add(f"{part}#p{ids[item.p]}{_CHANNEL_ID[ch]}", RunText(item.p, ch),
                        item.location + _CHANNEL_SAYS[ch], part, item.labels)


def _drawing(out: Index, part: str, root, name: str) -> None:
    """Chart and SmartArt text. A SmartArt drawing cache paragraph with the same text as a
    data paragraph is a mirror of it."""
    data = {s.text: s.id for s in out.segments if s.location.startswith("SmartArt data")}
    for n, p in enumerate(root.iter(q("a:p")), 1):
        text = TextMap(p, "text", DRAWING).text
        if root.tag == q("dsp:drawing") and text in data:
            out.targets[data[text]].append(RunText(p, "text", DRAWING))
        else:
            out.add(f"{part}#p{n}", RunText(p, "text", DRAWING), f"{name}, paragraph {n}", part)
    labels = (el for el in root.iter(q("c:v"), q("cx:pt")) if is_label(el))
    for n, v in enumerate(labels, 1):
        out.add_value(part, "label", Value(v), f"{name}, label {n}")


def _story_labels(pkg: Package) -> dict[str, str]:
    """'header (section 1, first)' and the like, from the body's section properties."""
    rels = pkg.rels("word/document.xml")
    out: dict[str, str] = {}
    body = pkg.xml("word/document.xml")
    for s, sect in enumerate(body.iter(q("w:sectPr")), 1):
        for ref in sect:
            kind = {q("w:headerReference"): "header", q("w:footerReference"): "footer"}.get(ref.tag)
            rel = rels.get(ref.get(q("r:id")))
            if kind and rel is not None:
                part = target("word/_rels/document.xml.rels", rel.get("Target", ""))
                out.setdefault(part, f"{kind} (section {s}, {ref.get(q('w:type'), 'default')})")
    return out


def _fallback_label(part: str) -> str:
    base = posixpath.basename(part)[:-4]
    known = {"footnotes": "footnotes", "endnotes": "endnotes", "comments": "comments"}
    if part.startswith("word/glossary/"):
        return "AutoText"
    return known.get(base) or re.sub(r"\d+$", lambda m: f" {m.group()}", base)


def _number(part: str) -> str:
    m = re.search(r"(\d+)\.xml$", part)
    return m.group(1) if m else "1"
