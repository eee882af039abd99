"""Whole-document clean-up done once at load, before segments are built: revision ids
(rsids) and reviewer names out, bookmarks renamed, custom XML data cleared.
Content-control bindings are refilled from the
redacted controls at render time (``sync_bindings``)."""
from __future__ import annotations

import re

from lxml import etree

from redactor.document.docx.ns import NS, local, q
from redactor.document.docx.package import Package, rels_of, target
from redactor.document.docx.places import is_custom_item
from redactor.document.docx.runs import WORD, TextMap
from redactor.document.docx.stories import STORY_ROOTS

REVIEWER, REVIEWER_INITIALS = "Reviewer", "R"
_RSID = f"{{{NS['w']}}}rsid"
_FIELD_TEXT = (q("w:instrText"), q("w:delInstrText"))
_VML = f"{{{NS['v']}}}"
WORD_BOOKMARK = re.compile(r"^_(Toc|Ref|Hlk|Hlt|GoBack)\d*$")



def story_parts(pkg: Package) -> list[str]:
    return [p for p in pkg.xml_parts() if pkg.xml(p).tag in STORY_ROOTS]


def strip_rsids_and_authors(pkg: Package) -> list[str]:
    """Remove rsid attributes and style rsids everywhere; revision and comment authors become 'Reviewer'
    (initials 'R'), people.xml likewise without presence information."""
    renamed = False
    for part in [p for p in pkg.xml_parts() if p.startswith("word/") and not p.endswith(".rels")]:
        for el in list(pkg.xml(part).iter()):
            for key in [k for k in el.attrib if k.startswith(_RSID)]:
                del el.attrib[key]
            for key, value in ((q("w:author"), REVIEWER), (q("w:initials"), REVIEWER_INITIALS),
                               (q("w15:author"), REVIEWER)):
                if el.get(key) not in (None, value):
                    el.set(key, value)
                    renamed = True
            if el.tag in (q("w15:presenceInfo"), q("w:rsid")):
                el.getparent().remove(el)
    return ["comment and revision author names replaced by 'Reviewer'"] if renamed else []


def neutral_names(pkg: Package) -> None:
    """Drawing object names (often a file name or a person's name) become 'Picture <id>';
    the copy LibreOffice writes on VML shapes (``ID``) likewise."""
    for part in pkg.xml_parts():
        for el in pkg.xml(part).iter():
            if local(el.tag) in ("docPr", "cNvPr") and el.get("name"):
                el.set("name", f"Picture {el.get('id', '')}".strip())
                pkg.safe.add((el, "name"))
            elif isinstance(el.tag, str) and el.tag.startswith(_VML) and el.get("ID"):
                el.set("ID", "Picture")


def rename_bookmarks(pkg: Package) -> None:
    """Every bookmark but Word's own (_Toc123, _Ref123, _Hlk123, _GoBack) becomes _bm1,
    _bm2... in document order, with links, REF/PAGEREF fields and form fields following."""
    parts = story_parts(pkg)
    names: dict[str, str] = {}
    for part in parts:
        for start in pkg.xml(part).iter(q("w:bookmarkStart")):
            name = start.get(q("w:name"), "")
            if not WORD_BOOKMARK.match(name):
                names.setdefault(name.lower(), f"_bm{len(names) + 1}")
            pkg.safe.add((start, q("w:name")))
    names.pop("", None)
    if not names:
        return
    alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    token = re.compile(rf"(?<![\w])({alternation})(?![\w])", re.IGNORECASE)
    new = lambda m: names[m.group(1).lower()]  # noqa: E731
    for part in parts:
        for el in pkg.xml(part).iter():
            if el.tag == q("w:bookmarkStart") and el.get(q("w:name"), "").lower() in names:
                el.set(q("w:name"), names[el.get(q("w:name")).lower()])
            elif el.tag == q("w:name") and el.getparent().tag == q("w:ffData") and \
                    el.get(q("w:val"), "").lower() in names:
                el.set(q("w:val"), names[el.get(q("w:val")).lower()])
            elif el.tag == q("w:hyperlink") and el.get(q("w:anchor"), "").lower() in names:
                el.set(q("w:anchor"), names[el.get(q("w:anchor")).lower()])
            elif el.tag in _FIELD_TEXT and el.text:
                el.text = token.sub(new, el.text)
            elif el.tag == q("w:fldSimple") and el.get(q("w:instr")):
                el.set(q("w:instr"), token.sub(new, el.get(q("w:instr"))))


def bound_items(pkg: Package) -> set[str]:
    """The custom XML parts some content control is bound to."""
    stores = _stores(pkg)
    return {stores[key] for part in story_parts(pkg) for b in pkg.xml(part).iter(q("w:dataBinding"))
            if (key := (b.get(q("w:storeItemID")) or "").upper()) in stores}


def sync_bindings(pkg: Package) -> None:
    """Write each data-bound content control's (redacted) text into its custom XML node,
    so Word, which refills controls from that node, shows the redacted text."""
    stores = _stores(pkg)
    for part in story_parts(pkg):
        for binding in pkg.xml(part).iter(q("w:dataBinding")):
            item = stores.get((binding.get(q("w:storeItemID")) or "").upper())
            sdt = binding.getparent().getparent()
            content = sdt.find(q("w:sdtContent"))
            if item is None or content is None:
                continue
            _set_bound(pkg.xml(item), binding, _control_text(content))


def _stores(pkg: Package) -> dict[str, str]:
    """Custom XML parts by their store item id (upper case)."""
    stores = {}
    for part in [p for p in pkg.xml_parts() if is_custom_item(p)]:
        for rel in pkg.rels(part).values():
            props = target(rels_of(part), rel.get("Target", ""))
            if props in pkg.data and pkg.xml(props).get(q("ds:itemID")):
                stores[pkg.xml(props).get(q("ds:itemID"), "").upper()] = part
    return stores


def _control_text(content: etree._Element) -> str:
    paragraphs = content.findall(q("w:p"))
    if paragraphs:
        return "\n".join(TextMap(p, "text", WORD).text for p in paragraphs)
    return TextMap(content, "text", WORD).text


def _set_bound(item: etree._Element, binding: etree._Element, text: str) -> None:
    mappings = dict(re.findall(r"xmlns:(\w+)\s*=\s*['\"]([^'\"]*)['\"]", binding.get(q("w:prefixMappings")) or ""))
    try:
        found = item.getroottree().xpath(binding.get(q("w:xpath")) or "", namespaces=mappings)
    except etree.XPathError:
        return
    for node in found if isinstance(found, list) else []:
        if isinstance(node, etree._Element):
            node.text = text
        elif getattr(node, "attrname", None):
            node.getparent().set(node.attrname, text)
