"""Bounded fuzzing of real Word files (Hypothesis, derandomised so CI sees the same
cases): mutations of the zip (entries renamed, dropped, duplicated, corrupted, added),
of the XML (text, attributes, elements, comments planted anywhere) and of the content
types and relationships; the same inside an embedded workbook, and markup planted in an
imported HTML chunk. Every mutation either redacts with the planted identifier nowhere in
the output zip (nor in a zip inside it), or fails with one RedactorError line that does not
quote it."""
from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from lxml import etree

from redactor.document.docx import DocxDocument
from redactor.document.docx.inventory import FONT_ATTRIBUTES, PARTS
from redactor.errors import RedactorError
from tests.builders.docx_builder import NSDECL, SECRETS, DocxBuilder, changes_for, zipped
from tests.builders.zips import entries as zip_entries

PLANT = "Zebulon Quartermaine-Vos"
PLANTED = (PLANT.lower().encode(), b"quartermaine")
PATH = Path("fuzz.docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
WORKBOOK_FONTS = (f"{{{X}}}name", f"{{{X}}}rFont")  # a workbook's font names, kept as written like Word's

TAGS = [f"{{{W}}}{t}" for t in ("t", "r", "p", "alias", "tag", "name", "jc", "foo", "instrText", "delText")] + [
    "{http://schemas.openxmlformats.org/drawingml/2006/main}t",
    "{http://schemas.openxmlformats.org/officeDocument/2006/math}t",
    "{urn:schemas-microsoft-com:vml}textpath", "{urn:unknown}data", "plain"]
ATTRIBUTES = [f"{{{W}}}val", f"{{{W}}}name", f"{{{W}}}tooltip", f"{{{W}}}instr", "descr", "title", "name", "string",
              "alt", "Target", "Type", "{urn:unknown}note", "style"]
CONTENT_TYPES = [*PARTS, "application/xml", "text/html", "application/x-unknown", PLANT]
NAMES = ["word/extra.xml", f"word/{PLANT}.xml", "../outside.xml", "/abs.xml", "word\\back.xml", "WORD/DOCUMENT.XML",
         "word/media/image9.png", "customXml/item7.xml", "docProps/custom.xml"]


@cache
def source() -> bytes:
    b = DocxBuilder()
    for add in (b.add_paragraph, b.add_tables, b.add_hyperlink, b.add_comment, b.add_notes, b.add_picture,
                b.add_text_box, b.add_content_control, b.add_equation, b.add_headers_footers):
        add()
    return b.build()


@cache
def entries() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(source())) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def xml_mutation():
    """(part, element index, what, tag or attribute, bytes to plant) on one XML part."""
    parts = sorted(n for n in entries() if n.endswith((".xml", ".rels")))
    return st.tuples(st.sampled_from(parts), st.integers(0, 10_000),
                     st.sampled_from(["text", "tail", "attribute", "child", "comment"]),
                     st.sampled_from(TAGS + ATTRIBUTES))


def zip_mutation():
    names = sorted(entries())
    return st.tuples(st.sampled_from(["rename", "drop", "add", "corrupt", "content type", "relationship"]),
                     st.sampled_from(names), st.sampled_from(NAMES), st.sampled_from(CONTENT_TYPES),
                     st.integers(0, 10_000))


def mutate_xml(parts: dict[str, bytes], mutation, tags: list[str] = TAGS, attributes: list[str] = ATTRIBUTES) -> None:
    part, at, what, name = mutation
    root = etree.fromstring(parts[part])
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    el = elements[at % len(elements)]
    if what == "text":
        el.text = (el.text or "") + PLANT
    elif what == "tail" and el is not root:
        el.tail = PLANT
    elif what == "attribute":
        el.set(name if name in attributes else "title", PLANT)
    elif what == "child":
        child = etree.SubElement(el, name if name in tags else "plain")
        child.text = PLANT
    else:
        el.append(etree.Comment(PLANT))
    parts[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def mutate_zip(parts: dict[str, bytes], mutation) -> None:
    what, name, new_name, content_type, at = mutation
    if what == "rename":
        parts[new_name] = parts.pop(name)
    elif what == "drop":
        parts.pop(name)
    elif what == "add":
        parts[new_name] = f'<w:document {NSDECL}><w:body><w:p><w:r><w:t>{PLANT}</w:t></w:r></w:p></w:body>' \
                          '</w:document>'.encode()
    elif what == "corrupt":
        blob = parts[name]
        parts[name] = blob[:at % max(len(blob), 1)] + PLANT.encode() + blob[at % max(len(blob), 1) + 8:]
    elif what == "content type":
        override = f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>'.encode()
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", override)
    else:
        rels = sorted(n for n in parts if n.endswith(".rels"))
        if rels:
            rel = rels[at % len(rels)]
            parts[rel] = parts[rel].replace(b'Target="', f'Target="{PLANT}/'.encode(), 1) if at % 2 else \
                parts[rel].replace(b'Type="', f'Type="{PLANT}/'.encode(), 1)



def planted_in(blob: bytes) -> bool:
    """The planted identifier anywhere in the zip or a zip inside it, but in a font name
    (structural by design: the README says so)."""
    return any(p in without_fonts(data).lower() if not path.endswith("#comment") else data != b""
               for path, data in zip_entries(blob) for p in PLANTED)


def without_fonts(data: bytes) -> bytes:
    try:
        root = etree.fromstring(data[data.find(b"<"):] if b"<" in data else data)
    except etree.XMLSyntaxError:
        return data
    for el in root.iter():
        for attr in [a for a in el.attrib if (el.tag, a) in FONT_ATTRIBUTES or a == "typeface"
                     or (el.tag in WORKBOOK_FONTS and a == "val")]:
            del el.attrib[attr]
    return etree.tostring(root)


def check(blob: bytes, remove_embedded: bool) -> None:
    try:
        document = DocxDocument.load(PATH, blob, remove_embedded=remove_embedded)
        output = document.render(changes_for(document.segments, (*SECRETS, PLANT)))
    except RedactorError as e:
        message = str(e)
        assert message.startswith(f"{PATH.name}: ") and "\n" not in message
        assert not any(p.decode() in message.lower() for p in PLANTED)
        return
    assert not planted_in(output)


FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                phases=[Phase.explicit, Phase.generate],  # no shrinking: bounded time, the case is printed
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(st.lists(xml_mutation(), min_size=1, max_size=3), st.booleans())
def test_xml_mutations_redact_or_refuse(mutations, remove_embedded) -> None:
    parts = dict(entries())
    for mutation in mutations:
        mutate_xml(parts, mutation)
    check(zipped(parts), remove_embedded)


@FUZZ
@given(st.lists(zip_mutation(), min_size=1, max_size=3), st.booleans())
def test_zip_mutations_redact_or_refuse(mutations, remove_embedded) -> None:
    parts = dict(entries())
    for mutation in mutations:
        if mutation[0] in ("rename", "drop", "corrupt") and mutation[1] not in parts:
            continue
        mutate_zip(parts, mutation)
    check(zipped(parts), remove_embedded)


WORKBOOK = "word/embeddings/Microsoft_Excel_Worksheet.xlsx"
WORKBOOK_TAGS = [f"{{{X}}}{t}" for t in ("t", "v", "f", "c", "row", "sheet", "comment", "author", "oddHeader",
                                         "definedName", "tableColumn", "formula1", "numFmt", "foo")] + [
    "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}text",
    "{http://schemas.openxmlformats.org/drawingml/2006/main}t", "{urn:unknown}data", "plain"]
WORKBOOK_ATTRIBUTES = ["name", "display", "tooltip", "prompt", "t", "s", "r", "ref", "location", "formatCode", "val",
                       "sqref", "displayName", "{urn:unknown}note", "Target", "Type"]
CHUNK_PLANTS = [PLANT, f"<x-note>{PLANT}</x-note>", f"<!--{PLANT}-->", f"<script>{PLANT}</script>",
                f'<a href="file:///{PLANT}">x</a>', f'<img alt="{PLANT}">', f'<p title="{PLANT}">y</p>',
                f'<style>@import "{PLANT}"; p {{ font-family: "{PLANT}" }}</style>', f"<o:p>{PLANT}</o:p>",
                f'<td abbr="{PLANT}">', f"<br>{PLANT}<br>", f"&lt;{PLANT}&gt;", "</table>", "<table><tr><td>"]


@cache
def embedded_source() -> bytes:
    b = DocxBuilder()
    b.add_paragraph()
    b.add_embedded()
    return b.build()


def inner(name: str) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(embedded_source())) as zf:
        outer = {n: zf.read(n) for n in zf.namelist()}
    if name == "":
        return outer
    with zipfile.ZipFile(io.BytesIO(outer[name])) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def workbook_mutation():
    parts = sorted(n for n in inner(WORKBOOK) if n.endswith((".xml", ".rels", ".vml")))
    return st.tuples(st.sampled_from(parts), st.integers(0, 10_000),
                     st.sampled_from(["text", "tail", "attribute", "child", "comment"]),
                     st.sampled_from(WORKBOOK_TAGS + WORKBOOK_ATTRIBUTES))


@FUZZ
@given(st.lists(workbook_mutation(), min_size=1, max_size=3), st.lists(zip_mutation(), max_size=1), st.booleans())
def test_workbook_mutations_redact_or_refuse(mutations, zip_mutations, remove_embedded) -> None:
    book = inner(WORKBOOK)
    for mutation in mutations:
        mutate_xml(book, mutation, WORKBOOK_TAGS, WORKBOOK_ATTRIBUTES)
    for mutation in zip_mutations:
        if mutation[1] in book:
            mutate_zip(book, mutation)
    check(zipped({**inner(""), WORKBOOK: zipped(book)}), remove_embedded)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(CHUNK_PLANTS)), min_size=1, max_size=3),
       st.booleans())
def test_chunk_mutations_redact_or_refuse(plants, remove_embedded) -> None:
    chunk = inner("")["word/afchunk.htm"].decode()
    for at, plant in sorted(((at % (len(chunk) + 1), plant) for at, plant in plants), reverse=True):
        chunk = chunk[:at] + plant + chunk[at:]  # from the end, so no plant splits another
    check(zipped({**inner(""), "word/afchunk.htm": chunk.encode()}), remove_embedded)


def test_the_unmutated_source_redacts_cleanly() -> None:
    """The base of the fuzzing redacts without refusal (mutations start from a good file)."""
    document = DocxDocument.load(PATH, source())
    assert not planted_in(document.render(changes_for(document.segments)))


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
