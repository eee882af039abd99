"""The last check at load: every element, attribute and text of every XML part is on the
inventory. Text a reader sees (``FREE_TEXT``, ``FREE_ATTRIBUTES``) must be a segment, a
value redactor wrote, or empty; other values must be short tokens without spaces (a few
structural attributes, fonts and formulas, may hold spaces); elements and attributes must
belong to a known namespace. Anything else refuses the file, unless waived.

Most nodes of a part cannot fail, and the check does not visit them one by one. The part as
it will be written (lxml's serialisation of the cleaned tree, where '<' and '>' are only
markup and every text lies between a '>' and a '<') shows whether it may hold a comment, a
processing instruction or an entity reference, an element without a prefix, a namespace
redactor does not know, or a text that is not white space; lxml's own iteration (tag
filters, compiled XPath) then picks out, in C, the nodes these could be, and the elements
that may hold free text or spaced values in attributes. Every attribute value is read at once
(one XPath), and each long or spaced one must be one of those. Only the nodes picked get
the per-element check (``_problems``). Each pick is a superset of the nodes that fail: a
part none of whose picked nodes fails has no node that fails; where one fails, the part is
checked again in document order, so the counts and the first problem are what checking
every element one by one gives."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from xml.sax.saxutils import unescape

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
from redactor.document.docx.ns import NS, namespace
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

# Where attributes that may hold spaces or free text sit: elements of these tags, elements
# of these namespaces, and owners of attributes of these namespaces (any element).
_EXEMPT_TAGS = tuple({tag for tag, _ in FREE_ATTRIBUTES} | {a[0] for a in SPACED_ATTRIBUTES if isinstance(a, tuple)})
_EXEMPT_NAMESPACES = frozenset({*SPACED_BY_NAMESPACE, NS["v"]})
# attributes allowed spaces on any element: (the name, its local part as written, a path to each)
_EXEMPT_ANYWHERE = tuple((a, a.rpartition("}")[2].encode(),
                          etree.XPath("//@p:" + a.rpartition("}")[2], namespaces={"p": namespace(a)}) if namespace(a)
                          else etree.XPath(f"//@{a}"))
                         for a in SPACED_ATTRIBUTES if isinstance(a, str))
_TEXT = etree.XPath("//text()[normalize-space()]")  # XML white space only: a superset of Python's non-blank
_VALUES = etree.XPath("//@*", smart_strings=False)
_SPACE = re.compile(r"\s")
# In a part as written (see the module's docstring), where '<' and '>' are only markup and an
# attribute value holds no '"'. Each may also match inside a text (never across a tag), which
# only makes the check look at more.
_ENTITY = re.compile(rb"&(?!lt;|gt;|amp;|quot;|#)")
_UNPREFIXED_TAG = re.compile(rb"<[^\s/>:!?]+[\s/>]")
_DECLARATION = re.compile(rb' xmlns(?::[^\s="<>]+)?="([^"<>]*)"')
_TEXT_BETWEEN_TAGS = re.compile(rb">[ \t\r\n]*[^ \t\r\n<]")
_ESCAPES = {"&quot;": '"', "&#9;": "\t", "&#10;": "\n", "&#13;": "\r"}


def audited_parts(pkg: Package, skip: set[str]) -> list[str]:
    """The XML parts the audit checks: all but custom XML data (emptied at load) and ``skip``
    (parts kept unchecked under the waiver)."""
    return [p for p in pkg.xml_parts() if p not in skip and not is_custom_item(p)]


def audit(pkg: Package, idx: Index, written: Package, parts: list[str], allow_unknown: bool) -> list[str]:
    """Check ``parts`` of ``pkg``, which ``written`` holds as they will be written; raises
    RedactorError on the first problem, or returns findings when waived."""
    texts, values = _covered(idx)
    safe: dict[etree._Element, set[etree._Element]] = {}
    for el, _ in pkg.safe:
        safe.setdefault(el.getroottree().getroot(), set()).add(el)
    problems: dict[str, int] = {}
    for part in parts:
        root = pkg.xml(part)
        suspects = _suspects(root, written.data[part], texts, values, safe.get(root, set()), pkg.safe)
        if not any(_problems(el, texts, values, pkg.safe) for el in suspects):
            continue
        for el in root.iter():
            if el not in suspects:
                continue
            for problem in _problems(el, texts, values, pkg.safe):
                problems[problem] = problems.get(problem, 0) + 1
                if not allow_unknown:
                    raise RedactorError(f"{pkg.name}: holds {problem}, so it cannot be checked; not processed "
                                        "(--allow-unknown-parts keeps it unchecked)")
    return [f"{n} place(s) of {p} kept unchecked (--allow-unknown-parts)" for p, n in problems.items()]


def _suspects(root: etree._Element, written: bytes, texts: set, values: set, safe_here: set,
              safe: set) -> set[etree._Element]:
    """Every node of ``root``'s tree that ``_problems`` might find fault with; ``written``
    is the part as it will be written."""
    found: set[etree._Element] = set()
    if b"<!--" in written or written.count(b"<?") > 1 or (b"&" in written and _ENTITY.search(written)):
        found.update(root.iter(etree.Comment, etree.PI, etree.Entity))
    if _UNPREFIXED_TAG.search(written):
        found.update(root.iter("{}*"))  # elements of no namespace
    # an element or attribute of an unknown namespace has a declaration of it in the part
    declared = {_unescape(uri) for uri in _DECLARATION.findall(written)}
    if declared - KNOWN_NAMESPACES:
        for uri in {uri for _, (_, uri) in etree.iterwalk(root, events=("start-ns",))} - KNOWN_NAMESPACES - {""}:
            found.update(root.iter(f"{{{uri}}}*"))
            found.update(a.getparent() for a in etree.XPath("//@u:*", namespaces={"u": uri})(root))
    if _TEXT_BETWEEN_TAGS.search(written) or b"<![CDATA[" in written:
        for text in _TEXT(root):
            owner = text.getparent()
            if text.is_tail or owner not in texts:
                found.add(owner)
    # attribute values: each long or spaced one must be one allowed spaces or free text
    exempt: Counter[str] = Counter()
    for el in _exempt_candidates(root, written, declared, safe_here):
        tag = el.tag
        for attr, value in el.items():
            if not (_exempt(tag, attr) or (el, attr) in safe):
                continue
            if _not_token(value):
                exempt[value] += 1
            if _attribute_problem(el, attr, value, values, safe):
                found.add(el)
    if exempt != _not_tokens(_VALUES(root)):
        found.update(el for el in root.iter(etree.Element) if len(el.attrib))  # a code that is not one
    return found


def _exempt_candidates(root: etree._Element, written: bytes, declared: set[str], safe_here: set
                       ) -> set[etree._Element]:
    """Elements that may hold an attribute allowed spaces or free text (a superset), in a part
    that declares no namespace but ``declared``."""
    found = set(root.iter(*_EXEMPT_TAGS, *(f"{{{uri}}}*" for uri in _EXEMPT_NAMESPACES & declared)))
    for name, local, path in _EXEMPT_ANYWHERE:
        on_root = name in root.attrib
        if written.count(local) > on_root:  # written elsewhere than on the root
            found.update(a.getparent() for a in path(root))
        elif on_root:
            found.add(root)
    return found | safe_here


def _not_tokens(values: list[str]) -> Counter[str]:
    """The values that are long or hold white space, counted."""
    out = Counter(v for v in values if len(v) > TOKEN_MAX) if max(map(len, values), default=0) > TOKEN_MAX \
        else Counter()
    joined = "\x00".join(values)  # NUL: no XML value holds it
    pos = 0
    while m := _SPACE.search(joined, pos):
        start = joined.rfind("\x00", 0, m.start()) + 1
        end = joined.find("\x00", m.start())
        end = len(joined) if end < 0 else end
        if end - start <= TOKEN_MAX:
            out[joined[start:end]] += 1
        pos = end + 1
    return out


def _unescape(value: bytes) -> str:
    return unescape(value.decode("utf-8", "replace"), _ESCAPES)


def _not_token(value: str) -> bool:
    return len(value) > TOKEN_MAX or _SPACE.search(value) is not None


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
    if namespace(el.tag) not in KNOWN_NAMESPACES:
        out.append(UNKNOWN_MARKUP)
    if el.tail and el.tail.strip():
        out.append(UNREAD_TEXT)
    text = el.text or ""
    if text.strip() and el not in texts:
        if el.tag in FREE_TEXT:
            out.append(UNREAD_TEXT)
        elif not _token(text, el.tag in SPACED_TEXT):
            out.append(LONG_VALUE)
    out += [p for attr, value in el.items() if (p := _attribute_problem(el, attr, value, values, safe))]
    return out


def _attribute_problem(el: etree._Element, attr: str, value: str, values: set, safe: set) -> str | None:
    if "}" in attr and namespace(attr) not in KNOWN_NAMESPACES:
        return UNKNOWN_MARKUP
    if _free(el.tag, attr):
        if value.strip() and (el, attr) not in values and (el, attr) not in safe:
            return UNREAD_TEXT
    elif (el, attr) not in safe and not _token(value, _spaced(el.tag, attr)):
        return LONG_VALUE
    return None


@lru_cache(maxsize=4096)
def _exempt(tag: str, attr: str) -> bool:
    """An attribute that may hold free text or spaces."""
    return _free(tag, attr) or _spaced(tag, attr)


def _free(tag: str, attr: str) -> bool:
    return (tag, attr) in FREE_ATTRIBUTES or (tag.startswith(_VML) and attr in VML_FREE_ATTRIBUTES)


def _spaced(tag: str, attr: str) -> bool:
    return attr in SPACED_ATTRIBUTES or (tag, attr) in SPACED_ATTRIBUTES or \
        attr in SPACED_BY_NAMESPACE.get(namespace(tag), ())


def _token(value: str, spaces: bool) -> bool:
    return len(value) <= TOKEN_MAX * (4 if spaces else 1) and (spaces or _SPACE.search(value) is None)
