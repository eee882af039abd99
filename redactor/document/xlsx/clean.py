"""What a workbook loses at load, before its texts are read: parts never worth keeping
(calculation chain, printer settings, custom properties, thumbnail, custom XML), document
properties beyond the listed ones (as the Word file's), theme names, phonetic guides, saved
paths, personal views and shared-workbook user names; comment authors become 'Reviewer'
(also in the 'Author:' line Excel writes into a legacy comment); custom defined names, table
names and style names become neutral ones (formulas follow); object names become
'Picture N'. Shared strings are unshared, so each text cell holds
its own string and a change to one cell changes no other."""
from __future__ import annotations

import copy

from lxml import etree

from redactor.document.docx import cleanup
from redactor.document.docx.classify import drop_unused, remove_with_owners
from redactor.document.docx.places import neutral_theme, properties
from redactor.document.inner import read, write
from redactor.document.xlsx import formulas
from redactor.document.xlsx.inventory import AUTHOR, BUILTIN_NAME, DEFINED_NAME_TEXT, REMOVED_ELEMENTS, Action
from redactor.document.xlsx.ns import q
from redactor.document.xlsx.workbook import Workbook


def clean(wb: Workbook) -> list[str]:
    """Clean ``wb`` in place; returns findings (no personal data in them)."""
    removed = [p for p, k in wb.kinds.items() if k.action is Action.REMOVE and p in wb.pkg.data]
    for part in removed:
        remove_with_owners(wb.pkg, part)
    properties(wb.pkg)
    for part in wb.xml_parts():
        root = wb.xml(part)
        if root.tag == q("a:theme"):
            neutral_theme(root)
        for el in list(root.iter(*REMOVED_ELEMENTS)):
            el.getparent().remove(el)
        for el in list(root.iter(q("mc:AlternateContent"))):
            if not any(len(choice) for choice in el):
                el.getparent().remove(el)
    _rename_names(wb)
    _rename_styles(wb)
    _unshare_strings(wb)
    authors = _authors(wb)
    cleanup.neutral_names(wb.pkg)
    drop_unused(wb.pkg)
    return ["an embedded workbook's comment authors replaced by 'Reviewer'"] if authors else []


def _rename_names(wb: Workbook) -> None:
    """Defined names (other than Excel's own) become Name1, Name2…, tables Table1…; their
    free-text attributes go; every formula follows."""
    names: dict[str, str] = {}
    for el in wb.xml(wb.book).iter(q("x:definedName")):
        for attr in DEFINED_NAME_TEXT:
            el.attrib.pop(attr, None)
        name = el.get("name") or ""
        if not name.startswith(BUILTIN_NAME):
            names.setdefault(name.casefold(), f"Name{len(names) + 1}")
            el.set("name", names[name.casefold()])
        wb.pkg.safe.add((el, "name"))
    for n, part in enumerate(wb.parts_of("table"), 1):
        table = wb.xml(part)
        for attr in ("name", "displayName"):
            names.setdefault((table.get(attr) or "").casefold(), f"Table{n}")
            table.set(attr, f"Table{n}")
            wb.pkg.safe.add((table, attr))
    names.pop("", None)
    if names:
        for _, slot in wb.formulas():
            write(slot, formulas.rename_names(read(slot), names))


def _rename_styles(wb: Workbook) -> None:
    """Cell styles that are not Excel's built-in ones become 'Style N'; custom table styles
    'Table Style N', with the tables and defaults that name them."""
    for part in wb.parts_of("styles"):
        root = wb.xml(part)
        for n, style in enumerate((s for s in root.iter(q("x:cellStyle")) if s.get("builtinId") is None), 1):
            style.set("name", f"Style {n}")
        for style in root.iter(q("x:cellStyle")):
            wb.pkg.safe.add((style, "name"))
        renamed = {}
        for n, style in enumerate(root.iter(q("x:tableStyle")), 1):
            renamed[style.get("name") or ""] = f"Table Style {n}"
            style.set("name", f"Table Style {n}")
            wb.pkg.safe.add((style, "name"))
        if not renamed:
            continue
        for el in root.iter(q("x:tableStyles")):
            for attr in ("defaultTableStyle", "defaultPivotStyle"):
                if el.get(attr) in renamed:
                    el.set(attr, renamed[el.get(attr) or ""])
                    wb.pkg.safe.add((el, attr))
        for table in wb.parts_of("table"):
            for info in wb.xml(table).iter(q("x:tableStyleInfo")):
                if info.get("name") in renamed:
                    info.set("name", renamed[info.get("name") or ""])
                    wb.pkg.safe.add((info, "name"))


def _unshare_strings(wb: Workbook) -> None:
    """One shared string per text cell, in reading order; strings no cell uses go."""
    shared = wb.related(wb.book, "sharedStrings")
    if not shared:
        return
    sst, strings = wb.xml(shared[0]), wb.strings()
    fresh: list[etree._Element] = []
    for sheet in wb.sheets():
        for v in wb.xml(sheet.part).iter(q("x:v")):
            cell = v.getparent()
            if cell.tag != q("x:c") or cell.get("t") != "s":
                continue
            try:
                si = strings[int(v.text or "")]
            except (ValueError, IndexError):
                continue
            v.text = str(len(fresh))
            fresh.append(copy.deepcopy(si))
    for si in strings:
        sst.remove(si)
    sst.extend(fresh)
    sst.set("count", str(len(fresh)))
    sst.set("uniqueCount", str(len(fresh)))


def _authors(wb: Workbook) -> bool:
    """Legacy comment authors and the people of threaded comments become 'Reviewer'
    (their user ids and providers go); True if any was named otherwise."""
    renamed = False
    for part in wb.parts_of("comments"):
        root = wb.xml(part)
        authors = [a.text or "" for a in root.iter(q("x:author"))]
        for el in root.iter(q("x:author")):
            renamed |= el.text not in (None, "", AUTHOR)
            el.text = AUTHOR
            wb.pkg.safe.add((el, "text"))
        for comment in root.iter(q("x:comment")):
            _reviewer_line(comment, authors)
    for part in wb.parts_of("comment authors"):
        for person in wb.xml(part).iter(q("tc:person")):
            renamed |= person.get("displayName") not in (None, "", AUTHOR)
            person.set("displayName", AUTHOR)
            wb.pkg.safe.add((person, "displayName"))
            for attr in ("userId", "providerId"):
                person.attrib.pop(attr, None)
    return renamed


def _reviewer_line(comment: etree._Element, authors: list[str]) -> None:
    """The 'Author:' text Excel puts at the start of a legacy comment, made 'Reviewer:'."""
    first = comment.find(f"{q('x:text')}/{q('x:r')}/{q('x:t')}")
    try:
        author = authors[int(comment.get("authorId") or "")]
    except (ValueError, IndexError):
        return
    if first is not None and author and (first.text or "").startswith(f"{author}:"):
        first.text = AUTHOR + (first.text or "")[len(author):]
