"""Whole-document clean-up done once at load, before segments are built: revision ids
(rsids) and reviewer names out, bookmarks renamed, custom XML data cleared.
Content-control bindings are refilled from the
redacted controls at render time (``sync_bindings``)."""
from __future__ import annotations

import re

from lxml import etree

from redactor.document.docx.inventory import KNOWN_NAMESPACES
from redactor.document.docx.ns import NS, local, q
from redactor.document.docx.package import Package, rels_of, target
from redactor.document.docx.places import is_custom_item
from redactor.document.docx.runs import WORD, TextMap
from redactor.document.docx.stories import STORY_ROOTS

REVIEWER, REVIEWER_INITIALS = "Reviewer", "R"
_RSID = f"{{{NS['w']}}}rsid"
_VML = f"{{{NS['v']}}}"
WORD_BOOKMARK = re.compile(r"^_(Toc|Ref|Hlk|Hlt|GoBack)\d*$")
W_BOOKMARK_START, W_NAME, W_VAL, W_FF_DATA = q("w:bookmarkStart"), q("w:name"), q("w:val"), q("w:ffData")
W_HYPERLINK, W_ANCHOR, W_FLD_SIMPLE, W_INSTR = q("w:hyperlink"), q("w:anchor"), q("w:fldSimple"), q("w:instr")
_FIELD_TEXT = (q("w:instrText"), q("w:delInstrText"))
# Revision ids under the names Word gives them are stripped in C; any other word beginning 'rsid'
# in a part's bytes (a name or a text) has every attribute of the part looked at.
_RSID_NAMES = ("rsidR", "rsidRPr", "rsidRDefault", "rsidP", "rsidDel", "rsidSect", "rsidTr", "rsid", "rsids",
               "rsidRoot")
_RSID_WORD = re.compile(rb"rsid[^\s=/>]*")  # up to what ends a name in markup
_KNOWN_RSID = {n.encode() for n in _RSID_NAMES}
_RSID_STRIPPED = tuple(q(f"w:{n}") for n in _RSID_NAMES)
_RSID_ATTRIBUTES = etree.XPath("//@*[starts-with(local-name(), 'rsid')]")
_AUTHORS = {q("w:author"): REVIEWER, q("w:initials"): REVIEWER_INITIALS, q("w15:author"): REVIEWER}
_AUTHOR_ATTRIBUTES = etree.XPath("//@w:author | //@w:initials | //@w15:author", namespaces=NS)
_DROPPED = (q("w15:presenceInfo"), q("w:rsid"))
_OBJECTS = ("{*}docPr", "{*}cNvPr", f"{_VML}*")


def story_parts(pkg: Package) -> list[str]:
    return [p for p in pkg.xml_parts() if pkg.xml(p).tag in STORY_ROOTS]


def strip_rsids_and_authors(pkg: Package) -> list[str]:
    """Remove rsid attributes and style rsids everywhere; revision and comment authors become 'Reviewer'
    (initials 'R'), people.xml likewise without presence information."""
    renamed = False
    for part in [p for p in pkg.xml_parts() if p.startswith("word/") and not p.endswith(".rels")]:
        root, source = pkg.xml(part), pkg.source(part)
        etree.strip_attributes(root, *_RSID_STRIPPED)
        if source is None or any(w not in _KNOWN_RSID for w in _RSID_WORD.findall(source)):
            for attr in _RSID_ATTRIBUTES(root):
                if attr.attrname.startswith(_RSID):
                    del attr.getparent().attrib[attr.attrname]
        if source is None or b"author" in source or b"initials" in source:
            for attr in _AUTHOR_ATTRIBUTES(root):
                if attr != _AUTHORS[attr.attrname]:
                    attr.getparent().set(attr.attrname, _AUTHORS[attr.attrname])
                    renamed = True
        etree.strip_elements(root, *_DROPPED)
    return ["comment and revision author names replaced by 'Reviewer'"] if renamed else []


def neutral_names(pkg: Package) -> None:
    """Drawing object names (often a file name or a person's name) become 'Picture <id>';
    the copy LibreOffice writes on VML shapes (``ID``) likewise."""
    for part in pkg.xml_parts():
        declared = pkg.declared(part)
        for el in pkg.xml(part).iter(*(_OBJECTS if declared is None or NS["v"] in declared else _OBJECTS[:2])):
            if local(el.tag) in ("docPr", "cNvPr") and el.get("name"):
                el.set("name", f"Picture {el.get('id', '')}".strip())
                pkg.safe.add((el, "name"))
            elif el.tag.startswith(_VML) and el.get("ID"):
                el.set("ID", "Picture")


def rename_bookmarks(pkg: Package) -> None:
    """Every bookmark but Word's own (_Toc123, _Ref123, _Hlk123, _GoBack) becomes _bm1,
    _bm2... in document order, with links, REF/PAGEREF fields and form fields following."""
    parts = story_parts(pkg)
    names: dict[str, str] = {}
    for part in parts:
        for start in pkg.xml(part).iter(W_BOOKMARK_START):
            name = start.get(W_NAME, "")
            if not WORD_BOOKMARK.match(name):
                names.setdefault(name.lower(), f"_bm{len(names) + 1}")
            pkg.safe.add((start, W_NAME))
    names.pop("", None)
    if not names:
        return
    alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    token = re.compile(rf"(?<![\w])({alternation})(?![\w])", re.IGNORECASE)
    new = lambda m: names[m.group(1).lower()]  # noqa: E731
    for part in parts:
        for el in pkg.xml(part).iter(W_BOOKMARK_START, W_NAME, W_HYPERLINK, W_FLD_SIMPLE, *_FIELD_TEXT):
            if el.tag == W_BOOKMARK_START and el.get(W_NAME, "").lower() in names:
                el.set(W_NAME, names[el.get(W_NAME).lower()])
            elif el.tag == W_NAME and el.getparent().tag == W_FF_DATA and el.get(W_VAL, "").lower() in names:
                el.set(W_VAL, names[el.get(W_VAL).lower()])
            elif el.tag == W_HYPERLINK and el.get(W_ANCHOR, "").lower() in names:
                el.set(W_ANCHOR, names[el.get(W_ANCHOR).lower()])
            elif el.tag in _FIELD_TEXT and el.text:
                el.text = token.sub(new, el.text)
            elif el.tag == W_FLD_SIMPLE and el.get(W_INSTR):
                el.set(W_INSTR, token.sub(new, el.get(W_INSTR)))


def unused_namespaces(pkg: Package, parts: list[str]) -> None:
    """Namespace declarations nothing in ``parts`` uses go (those of a known namespace on a
    part's root stay)."""
    for part in parts:
        root = pkg.xml(part)
        etree.cleanup_namespaces(root, keep_ns_prefixes=[p for p, uri in root.nsmap.items()
                                                         if p and uri in KNOWN_NAMESPACES])


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
