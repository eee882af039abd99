"""The last check at load: every element, attribute and text of every XML part is on the
inventory. Text a reader sees (``FREE_TEXT``, ``FREE_ATTRIBUTES``) must be a segment, a
value redactor wrote, or empty; other values must be short tokens without spaces (a few
structural attributes, fonts and formulas, may hold spaces); elements and attributes must
belong to a known namespace. Anything else refuses the file, unless waived."""
from __future__ import annotations

from lxml import etree

from redactor.document.docx.inventory import (
    FREE_ATTRIBUTES,
    FREE_TEXT,
    KNOWN_NAMESPACES,
    SPACED_ATTRIBUTES,
    SPACED_BY_NAMESPACE,
    SPACED_TEXT,
    TOKEN_MAX,
    VML_FREE_ATTRIBUTES,
)
from redactor.document.docx.ns import NS
from redactor.document.docx.package import Package
from redactor.document.docx.places import is_custom_item
from redactor.document.docx.runs import TextMap
from redactor.document.docx.segment_index import Index
from redactor.document.docx.targets import RunText, Value
from redactor.errors import RedactorError

_VML = f"{{{NS['v']}}}"
# what a refusal says, by kind of problem (never the value or its place)
UNREAD_TEXT = "text in a place redactor does not read"
UNKNOWN_MARKUP = "markup of a kind redactor does not know"
LONG_VALUE = "a value that is not the short code its place expects"


def audit(pkg: Package, idx: Index, skip: set[str], allow_unknown: bool) -> list[str]:
    """Check every XML part of ``pkg`` but ``skip`` (parts kept unchecked under the waiver);
    raises RedactorError on the first problem, or returns a finding when waived."""
    texts, values = _covered(idx)
    problems: dict[str, int] = {}
    for part in pkg.xml_parts():
        if part in skip or is_custom_item(part):
            continue
        root = pkg.xml(part)
        known = [p for p, uri in root.nsmap.items() if p and uri in KNOWN_NAMESPACES]
        etree.cleanup_namespaces(root, keep_ns_prefixes=known)  # unused declarations go
        for el in root.iter():
            for problem in _problems(el, texts, values, pkg.safe):
                problems[problem] = problems.get(problem, 0) + 1
                if not allow_unknown:
                    raise RedactorError(f"{pkg.name}: holds {problem}, so it cannot be checked; not processed "
                                        "(--allow-unknown-parts keeps it unchecked)")
    return [f"{n} place(s) of {p} kept unchecked (--allow-unknown-parts)" for p, n in problems.items()]


def _covered(idx: Index) -> tuple[set[etree._Element], set[tuple[etree._Element, str]]]:
    """The text elements and (element, attribute) values that are segments."""
    texts: set[etree._Element] = set()
    values: set[tuple[etree._Element, str]] = set()
    for targets in idx.targets.values():
        for t in targets:
            if isinstance(t, RunText):
                texts.update(p.node for p in TextMap(t.container, t.channel, t.dialect).pieces)
            elif isinstance(t, Value):
                (values.add((t.element, t.attr)) if t.attr else texts.add(t.element))
    return texts, values


def _problems(el: etree._Element, texts: set, values: set, safe: set) -> list[str]:
    if not isinstance(el.tag, str):
        return [UNKNOWN_MARKUP]
    out = []
    if _namespace(el.tag) not in KNOWN_NAMESPACES:
        out.append(UNKNOWN_MARKUP)
    if el.tail and el.tail.strip():
        out.append(UNREAD_TEXT)
    text = el.text or ""
    if text.strip() and el not in texts:
        if el.tag in FREE_TEXT:
            out.append(UNREAD_TEXT)
        elif not _token(text, el.tag in SPACED_TEXT):
            out.append(LONG_VALUE)
    for attr, value in el.attrib.items():
        if "}" in attr and _namespace(attr) not in KNOWN_NAMESPACES:
            out.append(UNKNOWN_MARKUP)
        elif (el.tag, attr) in FREE_ATTRIBUTES or (el.tag.startswith(_VML) and attr in VML_FREE_ATTRIBUTES):
            if value.strip() and (el, attr) not in values and (el, attr) not in safe:
                out.append(UNREAD_TEXT)
        elif (el, attr) not in safe and not _token(value, _spaced(el.tag, attr)):
            out.append(LONG_VALUE)
    return out


def _spaced(tag: str, attr: str) -> bool:
    return attr in SPACED_ATTRIBUTES or (tag, attr) in SPACED_ATTRIBUTES or \
        attr in SPACED_BY_NAMESPACE.get(_namespace(tag), ())


def _token(value: str, spaces: bool) -> bool:
    return len(value) <= TOKEN_MAX * (4 if spaces else 1) and (spaces or not any(c.isspace() for c in value))


def _namespace(tag: str) -> str:
    return tag[1:].split("}")[0] if tag.startswith("{") else ""
