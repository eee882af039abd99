"""Every zip entry and relationship of a package, classified by the inventory before
anything else is read: the main document found through the package relationships (its
content type must agree), refused kinds refused, removed kinds removed with the elements
that show them, external targets replaced, entries nothing points at dropped. Messages
name kinds of things in our words, never a name or type taken from the file."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from redactor.document.docx.embedded.previews import previews
from redactor.document.docx.inventory import (
    EXTERNAL_PLACEHOLDER,
    MACRO_MAIN_TYPES,
    MAILTO,
    MAIN_TYPES,
    OWNERS,
    PARTS,
    REDACTABLE,
    RELATIONSHIPS,
    WEB_SCHEMES,
    Action,
    Kind,
)
from redactor.document.docx.ns import NS, q
from redactor.document.docx.package import Package, rels_of, target
from redactor.errors import RedactorError

MAIN = "word/document.xml"
PLAIN_NAME = re.compile(r"^[A-Za-z0-9_.\-/\[\]]{1,160}$")  # what Word and LibreOffice write
TYPES = "[Content_Types].xml"
_RELATED = etree.XPath("//@r:*", namespaces=NS)  # attributes naming a relationship


@dataclass
class Classified:
    """What the package holds, part by part (after removals)."""

    kinds: dict[str, Kind]
    unknown: set[str]  # parts of unknown type kept under the waiver
    findings: list[str]


def classify(pkg: Package, remove_embedded: bool = False, allow_unknown: bool = False) -> Classified:
    """Check and classify ``pkg`` in place; raises RedactorError for anything refused."""
    types = content_types(pkg)
    _check_main(pkg, types)
    kinds: dict[str, Kind] = {}
    unknown: list[str] = []
    for part, rtype in reachable(pkg):
        ctype = types.get(part, "")
        kind = REDACTABLE.get((rtype, ctype)) or RELATIONSHIPS.get(rtype) or PARTS.get(ctype)
        if kind is not None and kind.roots and _root(pkg, part) not in kind.roots:
            kind = None  # content that does not match its declared type
        if kind is None:
            unknown.append(part)
        else:
            kinds.setdefault(part, kind)
    kinds.update(previews(pkg, kinds))
    findings = _refuse_or_remove(pkg, kinds, remove_embedded)
    if unknown and not allow_unknown:
        raise RedactorError(f"{pkg.name}: holds {len(unknown)} part(s) of a type redactor does not know, "
                            "so their content cannot be checked; not processed (--allow-unknown-parts "
                            "keeps them unchecked)")
    if unknown:
        findings.append(f"{len(unknown)} part(s) of unknown type kept unchecked (--allow-unknown-parts)")
    dropped = drop_unused(pkg)
    if dropped:
        findings.append(f"{dropped} zip entr(ies) nothing in the document uses removed")
    if not allow_unknown and any(not PLAIN_NAME.match(p) for p in pkg.order):
        raise RedactorError(f"{pkg.name}: holds a part whose name is not a plain name (spaces or unusual "
                            "characters), so it cannot be checked; not processed (--allow-unknown-parts keeps it)")
    used = set(pkg.order)
    return Classified({p: k for p, k in kinds.items() if p in used}, set(unknown) & used, findings)


def drop_unused(pkg: Package) -> int:
    """Remove the entries no relationship reaches (and content types for parts gone);
    returns how many went."""
    used = {p for p, _ in reachable(pkg)}
    dropped = [p for p in pkg.order if p not in used and p != TYPES
               and not (p.endswith(".rels") and _rels_source(p) in used | {""})]
    for part in dropped:
        pkg.remove(part)
    _tidy_types(pkg)
    return len(dropped)


def _tidy_types(pkg: Package) -> None:
    """Content types only for the parts kept."""
    root = pkg.xml(TYPES)
    parts = {p.lower() for p in pkg.order}
    extensions = {p.rpartition(".")[2].lower() for p in parts}
    for el in list(root):
        if (el.tag == q("ct:Override") and el.get("PartName", "").lstrip("/").lower() not in parts) or \
                (el.tag == q("ct:Default") and el.get("Extension", "").lower() not in extensions) or \
                el.tag not in (q("ct:Override"), q("ct:Default")):
            root.remove(el)


def content_types(pkg: Package) -> dict[str, str]:
    """Each part's content type (lower case) from [Content_Types].xml."""
    root = pkg.xml(TYPES)
    if root.tag != q("ct:Types"):
        raise RedactorError(f"{pkg.name}: not a valid Word document (its content types are damaged)")
    defaults = {d.get("Extension", "").lower(): d.get("ContentType", "").lower() for d in root.iter(q("ct:Default"))}
    overrides = {o.get("PartName", "").lstrip("/").lower(): o.get("ContentType", "").lower()
                 for o in root.iter(q("ct:Override"))}
    return {p: overrides.get(p.lower(), defaults.get(p.rpartition(".")[2].lower(), "")) for p in pkg.order}


def _check_main(pkg: Package, types: dict[str, str]) -> None:
    """The package relationships name the main document, and only its content type is a
    main document's."""
    docs = [r for r in pkg.rels("") .values() if rel_type(r) == "officedocument" and not _external(r)]
    mains = [p for p, t in types.items() if t in MAIN_TYPES + MACRO_MAIN_TYPES]
    if any(types[p] in MACRO_MAIN_TYPES for p in mains):
        raise RedactorError(f"{pkg.name}: a macro-enabled document (.docm) renamed .docx; not processed "
                            "(save it in Word as a Word Document without macros)")
    if len(docs) != 1 or target("_rels/.rels", docs[0].get("Target", "")) != MAIN or mains != [MAIN]:
        raise RedactorError(f"{pkg.name}: not a valid Word document (its relationships and content types "
                            "disagree about where the main document is)")


def reachable(pkg: Package) -> list[tuple[str, str]]:
    """(part, relationship type) for every internal part reachable from the package
    relationships, in order; external targets are rewritten and dangling ones dropped."""
    seen: dict[str, str] = {}
    queue = [""]
    while queue:
        source = queue.pop(0)
        rels_part = rels_of(source) if source else "_rels/.rels"
        if rels_part not in pkg.data:
            continue
        for rel in list(pkg.xml(rels_part)):
            if rel.tag != q("pr:Relationship"):
                rel.getparent().remove(rel)
            elif _external(rel):
                _rewrite_external(rel)
            else:
                part = target(rels_part, rel.get("Target", ""))
                if part not in pkg.data or part == TYPES or part.endswith(".rels"):
                    pkg.xml(rels_part).remove(rel)
                elif part not in seen:
                    seen[part] = rel_type(rel)
                    queue.append(part)
    return list(seen.items())


def _rewrite_external(rel) -> None:
    ref = rel.get("Target", "")
    if rel_type(rel) == "hyperlink" and ref.lower().startswith(WEB_SCHEMES):
        return  # read: a segment of its own (parts.py)
    rel.set("Target", MAILTO if ref.lower().startswith(MAILTO) else EXTERNAL_PLACEHOLDER)


def _refuse_or_remove(pkg: Package, kinds: dict[str, Kind], remove_embedded: bool) -> list[str]:
    refused = [k.says for k in kinds.values() if k.action is Action.REFUSE]
    if refused:
        raise RedactorError(f"{pkg.name}: holds {refused[0]}, which redactor never processes; not processed")
    embedded = Counter(k.says for k in kinds.values() if k.action is Action.EMBEDDED)
    if embedded and not remove_embedded:
        raise RedactorError(f"{pkg.name}: holds {_counted(embedded)} whose content cannot be checked; "
                            "not processed (--remove-embedded removes them)")
    removed: Counter[str] = Counter()
    for part, kind in list(kinds.items()):
        if kind.action in (Action.REMOVE, Action.EMBEDDED) and part in pkg.data:
            remove_with_owners(pkg, part)
            removed[kind.says] += 1
    return [f"{says} removed" + (f" ({n})" if n > 1 else "") for says, n in removed.items()]


def remove_with_owners(pkg: Package, part: str) -> None:
    """Remove ``part`` and, in every part pointing at it, the element that shows it."""
    for source in [p for p in pkg.order if pkg.is_xml(p) and not p.endswith(".rels")]:
        ids = {rid for rid, rel in pkg.rels(source).items()
               if not _external(rel) and target(rels_of(source), rel.get("Target", "")) == part}
        if not ids:
            continue
        pointing = (a.getparent() for a in _RELATED(pkg.xml(source)) if a in ids)
        for el in list(dict.fromkeys(pointing)):  # in document order, each once
            _remove_owner(el)
    pkg.remove(part)


def _remove_owner(el) -> None:
    owners = OWNERS.get(el.tag, (el.tag,))
    node = el
    while node is not None and node.tag not in owners:
        node = node.getparent()
    node = node if node is not None else el
    if node.getparent() is not None:
        node.getparent().remove(node)


def _rels_source(rels_part: str) -> str:
    folder, _, base = rels_part.rpartition("/_rels/") if "/_rels/" in rels_part else ("", "", rels_part[6:])
    return (f"{folder}/" if folder else "") + base[:-5] if base.endswith(".rels") else "?"


def _root(pkg: Package, part: str) -> str | None:
    """The tag of an XML part's root (parsed: a damaged part fails here), or of a part held
    as read before; None for any other part."""
    if part in pkg.held:
        return pkg.held[part].tag
    return pkg.xml(part).tag if pkg.is_xml(part) else None


def rel_type(rel) -> str:
    return rel.get("Type", "").rstrip("/").rpartition("/")[2].lower()


def _external(rel) -> bool:
    return rel.get("TargetMode") == "External"


def _counted(counts: Counter) -> str:
    return ", ".join(f"{n} {says}(s)" for says, n in counts.items())
