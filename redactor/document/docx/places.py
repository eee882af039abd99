"""The places of the inventory that are rewritten to known safe values at load: document
properties kept only where listed, style names outside Word's built-in set, list-definition
names, theme names, custom XML data, content-control placeholders, form-field macros and VML
shape copies (``o:gfxdata``). Every value written here is recorded in ``pkg.safe`` so the
audit knows it."""
from __future__ import annotations

import re
from importlib.resources import files

from lxml import etree

from redactor.document.docx.classify import drop_unused, remove_with_owners
from redactor.document.docx.inventory import APP_KEPT, CORE_KEPT, REMOVED_ELEMENTS
from redactor.document.docx.ns import q
from redactor.document.docx.package import Package

THEME_NAME = "Office"
_TOKEN = re.compile(r"^[\w.:+-]{0,64}$")
_STYLE_ROOT = q("w:styles")
_THEME_FAMILY = "{http://schemas.microsoft.com/office/thememl/2012/main}themeFamily"
_GFXDATA = q("o:gfxdata")
W_NAME, W_VAL, W_STYLE, W_LSD_EXCEPTION, W_ABSTRACT_NUM = (q("w:name"), q("w:val"), q("w:style"),
                                                           q("w:lsdException"), q("w:abstractNum"))


def builtin_styles() -> frozenset[str]:
    text = files("redactor.document.docx").joinpath("builtin_styles.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def rewrite_places(pkg: Package, bound_items: set[str]) -> list[str]:
    """Rewrite every listed place in ``pkg``; ``bound_items`` are the custom XML parts a
    content control is bound to (the others are removed). Returns findings."""
    findings = properties(pkg)
    builtin = builtin_styles()
    for part in pkg.xml_parts():
        root = pkg.xml(part)
        if root.tag == _STYLE_ROOT:
            _styles(pkg, root, builtin)
        elif root.tag == q("a:theme"):
            neutral_theme(root)
        for el in list(root.iter(*REMOVED_ELEMENTS)):
            el.getparent().remove(el)
        for definition in list(root.iter(W_ABSTRACT_NUM)):  # a list definition's name
            for el in definition.findall(W_NAME):
                definition.remove(el)
        etree.strip_attributes(root, _GFXDATA)
    findings += _custom_xml(pkg, bound_items)
    drop_unused(pkg)  # what only removed parts pointed at (a custom XML part's properties)
    return findings


def neutral_theme(root: etree._Element) -> None:
    """The theme's names (which may be anything its author typed) become 'Office', also the
    theme family name Office 2013 and later write ("Office Theme")."""
    for el in root.iter(q("a:theme"), q("a:clrScheme"), q("a:fontScheme"), q("a:fmtScheme"), _THEME_FAMILY):
        el.set("name", THEME_NAME)


def properties(pkg: Package) -> list[str]:
    """Core and app properties: only listed elements stay; read ones become segments,
    kept ones must be short tokens (dates, counts, versions)."""
    dropped = 0
    for part, kept in (("docProps/core.xml", CORE_KEPT), ("docProps/app.xml", APP_KEPT)):
        if part not in pkg.data:
            continue
        root = pkg.xml(part)
        for el in list(root):
            read = kept.get(el.tag)
            if read is None or (read is False and (len(el) or not _TOKEN.match((el.text or "").strip()))):
                root.remove(el)
                dropped += bool((el.text or "").strip() or len(el))
    return [f"{dropped} document propert(ies) removed (company, manager, status, identifier…)"] if dropped else []


def _styles(pkg: Package, root: etree._Element, builtin: frozenset[str]) -> None:
    """Built-in style names stay; others become 'Style <n>'; aliases and latent entries for
    styles Word does not know go."""
    n = 0
    for el in list(root.iter(W_STYLE, W_LSD_EXCEPTION)):  # in document order: styles numbered in theirs
        if el.tag == W_LSD_EXCEPTION:
            if (el.get(W_NAME) or "").lower() in builtin:
                pkg.safe.add((el, W_NAME))
            else:
                el.getparent().remove(el)
            continue
        name = el.find(W_NAME)
        if name is not None and (name.get(W_VAL) or "").lower() not in builtin:
            n += 1
            name.set(W_VAL, f"Style {n}")
        if name is not None:
            pkg.safe.add((name, W_VAL))


def _custom_xml(pkg: Package, bound: set[str]) -> list[str]:
    """Custom XML data a control is bound to: every text and attribute value emptied
    (``sync_bindings`` refills bound nodes from the redacted controls); other data removed."""

    items = [p for p in pkg.xml_parts() if is_custom_item(p)]
    for part in items:
        if part not in bound:
            remove_with_owners(pkg, part)
            continue
        for el in pkg.xml(part).iter():
            el.text = "" if el.text and el.text.strip() else el.text
            el.tail = "" if el.tail and el.tail.strip() else el.tail
            for key in el.attrib:
                el.set(key, "")
    return [f"{len(items)} custom XML data part(s) cleared or removed"] if items else []


def is_custom_item(part: str) -> bool:
    folder, _, base = part.rpartition("/")
    return folder == "customXml" and base.startswith("item") and not base.startswith("itemProps") \
        and base.endswith(".xml")
