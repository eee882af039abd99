"""Malformed, hostile and tricky Word files, each redacted for real (spaCy and every
recognizer): either a clean output, where no entry of the zip (names, comments, XML and
binary content alike) holds a planted identifier, or a refusal in one line that quotes
nothing from the file and writes nothing."""
from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from redactor.api import Redactor
from redactor.cli import app
from redactor.errors import RedactorError
from tests.builders.docx_builder import (
    EMAIL,
    FRAGMENTS,
    NAME,
    OFFICE_RELS,
    SECRETS,
    DocxBuilder,
    Package,
    chart_workbook_docx,
    emf_with_text,
    html_chunk_docx,
    png,
    run,
    spreadsheet_docx,
)
from tests.builders.xlsx_builder import SML, XLSX_TYPE, Sheet, XlsxBuilder
from tests.builders.zips import found_in

pytestmark = pytest.mark.model
PLANTED = tuple(s.lower().encode() for s in (*SECRETS, *FRAGMENTS, "Joanna"))
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
IMAGE_REL = f"{OFFICE_RELS}/image"


def plain() -> DocxBuilder:
    b = DocxBuilder()
    b.add_paragraph()
    return b


def with_edit(edit: Callable[[Package], None]) -> Callable[[], bytes]:
    return lambda: plain().edit(edit).build()


def leaks(blob: bytes) -> list[str]:
    """Every planted identifier found in the zip: raw bytes (names, comments), entry names and
    every entry's content, as UTF-8 or UTF-16, in zips inside it too (embedded workbooks)."""
    return [s.decode() for s in PLANTED if s in blob.lower()] + found_in(blob, tuple(s.decode() for s in PLANTED))


def picture_part(data: bytes, content_type: str = "image/png", name: str = "word/media/photo.png",
                 link: bool = False) -> Callable[[Package], None]:
    """A picture in the body: an embedded part, or (``link``) an external file."""
    def edit(pkg: Package) -> None:
        if link:
            rid = pkg.relate("word/document.xml", IMAGE_REL, f"file:///C:/Users/{NAME}/Pictures/{NAME}.jpg", True)
            attr = f'r:link="{rid}"'
        else:
            rid = pkg.add(name, data, content_type, "word/document.xml", IMAGE_REL)
            attr = f'r:embed="{rid}"'
        pkg.edit_xml("word/document.xml", lambda root: root[0].insert(0, _xml(
            '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="7" name="p"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
            f'<pic:cNvPr id="7" name="p"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip {attr}/>'
            '</pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')))
    return edit


def _xml(fragment: str):
    from tests.builders.docx_builder import xml
    return xml(fragment)


def png_with_text() -> bytes:
    """A PNG with tEXt and iTXt chunks naming the victim."""
    base = png()
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    text = chunk(b"tEXt", b"Author\x00" + NAME.encode()) + chunk(b"iTXt", b"Title\x00\x00\x00\x00\x00" + NAME.encode())
    return base[:-12] + text + base[-12:]


def jpeg_with_exif() -> bytes:
    img = Image.new("RGB", (4, 4), "white")
    exif = Image.Exif()
    exif[0x013B] = NAME  # Artist
    exif[0x010E] = f"{NAME}, {EMAIL}"  # ImageDescription
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif, comment=NAME.encode())
    return out.getvalue()


def rezip(blob: bytes, rename: dict[str, str] | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """The zip with entries renamed or added (names a builder cannot write)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in zin.namelist():
            zout.writestr((rename or {}).get(name, name), zin.read(name))
        for name, data in (extra or {}).items():
            zout.writestr(zipfile.ZipInfo(name), data)
    return out.getvalue()


def main_type(content_type: str) -> Callable[[Package], None]:
    return lambda pkg: pkg.set_type("word/document.xml", content_type)


def moved_main(pkg: Package) -> None:
    """[Content_Types].xml says the main document is another part (holding harmless text)."""
    pkg.put("word/other.xml", pkg.parts["word/document.xml"].replace(NAME.encode(), b"Nobody"))
    pkg.set_type("word/other.xml", WML + "document.main+xml")
    pkg.set_type("word/document.xml", "application/xml")


def rels_main_elsewhere(pkg: Package) -> None:
    pkg.put("word/other.xml", pkg.parts["word/document.xml"].replace(NAME.encode(), b"Nobody"))
    pkg.parts["_rels/.rels"] = pkg.parts["_rels/.rels"].replace(b'Target="word/document.xml"',
                                                                b'Target="word/other.xml"')


def unknown_part(pkg: Package) -> None:
    pkg.add("word/extra.xml", f"<x:data xmlns:x='urn:x'>{NAME}</x:data>", "application/vnd.example.data+xml",
            "word/document.xml", "http://example.org/relationships/data")


def wrong_root(pkg: Package) -> None:
    """A part declared as a header whose content is something else."""
    pkg.add("word/header9.xml", f"<x:data xmlns:x='urn:x'>{NAME}</x:data>", WML + "header+xml",
            "word/document.xml", f"{OFFICE_RELS}/header")


def alt_chunk(pkg: Package, content: bytes | None = None, content_type: str = "text/html") -> None:
    content = f"<html><body>{NAME}</body></html>".encode() if content is None else content
    rid = pkg.add("word/afchunk.htm", content, content_type, "word/document.xml", f"{OFFICE_RELS}/aFChunk")
    pkg.edit_xml("word/document.xml", lambda root: root[0].insert(0, _xml(f'<w:altChunk r:id="{rid}"/>')))


def chunk(content: str, content_type: str = "text/html") -> Callable[[Package], None]:
    return lambda pkg: alt_chunk(pkg, content.encode(), content_type)


def workbook(pkg: Package, content: bytes = b"PK" + NAME.encode(), preview: bytes | None = None) -> None:
    """An embedded workbook shown as an object (``content``: not a zip by default), with a
    preview picture if given."""
    rid = pkg.add("word/embeddings/Sheet1.xlsx", content, XLSX_TYPE, "word/document.xml", f"{OFFICE_RELS}/package")
    shape = ""
    if preview is not None:
        image = pkg.add("word/media/preview.svg", preview, "image/svg+xml", "word/document.xml", IMAGE_REL)
        shape = f'<v:shape id="s1" style="width:72pt;height:72pt"><v:imagedata r:id="{image}"/></v:shape>'
    pkg.edit_xml("word/document.xml", lambda root: root[0].insert(0, _xml(
        f'<w:p><w:r><w:object>{shape}<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="s1" '
        f'r:id="{rid}"/></w:object></w:r></w:p>')))


def book(*extra: tuple[str, bytes, str, str], sheet: str = "") -> Callable[[Package], None]:
    """An embedded workbook naming the victim in a cell, with ``extra`` parts (name, bytes,
    content type, relationship type from the workbook) and ``sheet`` XML after its cells."""
    built = XlsxBuilder([Sheet("Sheet1", [["Name"], [NAME]], extra=sheet)],
                        extra_parts={name: (blob, ctype, rel) for name, blob, ctype, rel in extra}).build()
    return lambda pkg: workbook(pkg, built)


def zip_bomb() -> bytes:
    """A workbook whose sheet is 3 MB of spaces (over 200:1 compressed)."""
    return XlsxBuilder([Sheet("Sheet1", [["Name"], [NAME]], extra=" " * 3_000_000)]).build()


MACROS = ("xl/vbaProject.bin", b"VBA" + NAME.encode(), "application/vnd.ms-office.vbaProject",
          "http://schemas.microsoft.com/office/2006/relationships/vbaProject")
INNER_BOOK = ("xl/embeddings/Book2.xlsx", XlsxBuilder([Sheet("Sheet1", [[NAME]])]).build(), XLSX_TYPE,
              f"{OFFICE_RELS}/package")
EXTERNAL_LINK = ("xl/externalLinks/externalLink1.xml", f'<externalLink xmlns="http://schemas.openxmlformats.org/'
                 f'spreadsheetml/2006/main"><externalBook><sheetNames><sheetName val="{NAME}"/></sheetNames>'
                 '</externalBook></externalLink>'.encode(), SML + "externalLink+xml", f"{OFFICE_RELS}/externalLink")
PIVOT = ("xl/pivotCache/pivotCacheDefinition1.xml", f'<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/'
         f'spreadsheetml/2006/main"><cacheFields count="1"><cacheField name="{NAME}"/></cacheFields>'
         '</pivotCacheDefinition>'.encode(), SML + "pivotCacheDefinition+xml", f"{OFFICE_RELS}/pivotCacheDefinition")


def macros(pkg: Package) -> None:
    pkg.add("word/vbaProject.bin", b"VBA" + NAME.encode(), "application/vnd.ms-office.vbaProject",
            "word/document.xml", "http://schemas.microsoft.com/office/2006/relationships/vbaProject")


def dangling(pkg: Package) -> None:
    """A relationship to a part that does not exist, its target naming the victim."""
    pkg.relate("word/document.xml", f"{OFFICE_RELS}/header", f"{NAME}.xml")


def stray_entry(pkg: Package) -> None:
    """An entry nothing points at, its name and content naming the victim."""
    pkg.parts[f"word/{NAME}.xml"] = f"<notes>{NAME}</notes>".encode()


def comments_and_pis(pkg: Package) -> None:
    for part in ("word/document.xml", "word/styles.xml", "[Content_Types].xml", "_rels/.rels"):
        blob = pkg.parts[part]
        at = blob.index(b"?>") + 2
        pkg.parts[part] = blob[:at] + f"<!-- {NAME} --><?note {NAME}?>".encode() + blob[at:].replace(
            b"</", f"<!-- {NAME} --></".encode(), 1)


def zip_comments(pkg: Package) -> None:
    pkg.comment = NAME.encode()
    pkg.entry_comments["word/document.xml"] = NAME.encode()


def mailto(pkg: Package) -> None:
    rid = pkg.relate("word/document.xml", f"{OFFICE_RELS}/hyperlink",
                     f"mailto:{EMAIL.replace('@', '%40')}?subject={NAME}", external=True)
    pkg.edit_xml("word/document.xml", lambda root: root[0].insert(0, _xml(
        f'<w:p><w:hyperlink r:id="{rid}" w:tooltip="Write to {NAME}">{run("write")}</w:hyperlink></w:p>')))


def file_link(pkg: Package) -> None:
    rid = pkg.relate("word/document.xml", f"{OFFICE_RELS}/hyperlink",
                     f"file:///C:/Users/JPW/Documents/{NAME.replace(' ', '%20')}.docx", external=True)
    pkg.edit_xml("word/document.xml", lambda root: root[0].insert(0, _xml(
        f'<w:p><w:hyperlink r:id="{rid}">{run("notes")}</w:hyperlink></w:p>')))


def printer_settings(pkg: Package) -> None:
    pkg.add("word/printerSettings/printerSettings1.bin", b"\x00" + NAME.encode("utf-16-le"),
            WML + "printerSettings", "word/settings.xml", f"{OFFICE_RELS}/printerSettings")


def signature(pkg: Package) -> None:
    pkg.add("_xmlsignatures/origin.sigs", b"", "application/vnd.openxmlformats-package.digital-signature-origin",
            "", "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin")
    pkg.add("_xmlsignatures/sig1.xml", f"<Signature>{NAME}</Signature>",
            "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml", "_xmlsignatures/origin.sigs",
            "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature")


def odd_relationship(pkg: Package) -> None:
    """A foreign element inside the relationships part."""
    pkg.parts["word/_rels/document.xml.rels"] = pkg.parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f"<Note>{NAME}</Note></Relationships>".encode())


def body_xml(fragment: str) -> Callable[[], bytes]:
    """A document with ``fragment`` (XML) added to its body."""
    def build() -> bytes:
        b = plain()
        b.add_body_xml(fragment)
        return b.build()
    return build


def place(*adds: str) -> Callable[[], bytes]:
    """A document with the data in the builder's places ``adds`` (method names)."""
    def build() -> bytes:
        b = plain()
        for add in adds:
            getattr(b, add)()
        return b.build()
    return build


def named_part(pkg: Package) -> None:
    """A header whose part name is the victim's name, properly related and typed."""
    rid = pkg.add(f"word/{NAME}.xml", f'<w:hdr><w:p>{run("Header")}</w:p></w:hdr>',
                  WML + "header+xml", "word/document.xml", f"{OFFICE_RELS}/header")
    pkg.edit_xml("word/document.xml", lambda root: root[0][-1].insert(0, _xml(
        f'<w:headerReference w:type="default" r:id="{rid}"/>')))


def case_duplicates() -> bytes:
    return rezip(plain().build(), extra={"Word/Document.xml": b"<x/>"})


CLEAN: dict[str, tuple[Callable[[], bytes], dict]] = {
    "zip archive and entry comments": (with_edit(zip_comments), {}),
    "XML comments and processing instructions": (with_edit(comments_and_pis), {}),
    "an entry nothing points at": (with_edit(stray_entry), {}),
    "a dangling relationship": (with_edit(dangling), {}),
    "PNG text chunks": (with_edit(picture_part(png_with_text())), {}),
    "JPEG EXIF and comment": (with_edit(picture_part(jpeg_with_exif(), "image/jpeg", "word/media/p.jpeg")), {}),
    "a linked picture": (with_edit(picture_part(b"", link=True)), {}),
    "pictures removed": (with_edit(picture_part(png_with_text())), {"remove_embedded": True}),
    "a mailto: link and its tooltip": (with_edit(mailto), {}),
    "a link to a local file": (with_edit(file_link), {}),
    "printer settings": (with_edit(printer_settings), {}),
    "a digital signature": (with_edit(signature), {}),
    "a foreign element among relationships": (with_edit(odd_relationship), {}),
    "an HTML chunk": (with_edit(alt_chunk), {}),
    "an HTML chunk under --remove-embedded (redacted, not removed)": (with_edit(alt_chunk), {"remove_embedded": True}),
    "an HTML chunk with scripts, styles, comments, pictures and links": (html_chunk_docx, {}),
    "an XHTML chunk": (with_edit(chunk(f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{NAME}</title>'
                                       f'</head><body><p title="{NAME}">{NAME}</p></body></html>',
                                       "application/xhtml+xml")), {}),
    "an HTML chunk in Windows-1252 with entities": (with_edit(lambda pkg: alt_chunk(
        pkg, f"<html><body><p>Caf&eacute; with {NAME} &amp; {EMAIL}</p></body></html>".encode("cp1252"))), {}),
    "an RTF chunk removed": (with_edit(chunk(rf"{{\rtf1 {NAME}}}", "application/rtf")), {"remove_embedded": True}),
    "a chart and its workbook (sheet named after the victim)": (chart_workbook_docx, {}),
    "a pasted workbook with comments, properties and a preview": (spreadsheet_docx, {}),
    "a pasted workbook written as w:objectEmbed": (lambda: _embed().build(), {}),
    "a workbook with a chart and a text box naming the victim": (with_edit(lambda pkg: workbook(pkg, XlsxBuilder(
        [Sheet(NAME, [["Name", "Visits"], [NAME, 3]], drawing=f"Visits of {NAME}")]).build())), {}),
    "an embedded workbook that is not a zip removed": (with_edit(workbook), {"remove_embedded": True}),
    "a workbook with macros removed": (with_edit(book(MACROS)), {"remove_embedded": True}),
    "a zip bomb workbook removed": (with_edit(lambda pkg: workbook(pkg, zip_bomb())), {"remove_embedded": True}),
    "an OLE object removed": (lambda: _ole().build(), {"remove_embedded": True}),
    "the glossary": (lambda: _glossary().build(), {}),
    "custom properties and thumbnail": (lambda: _props().build(), {}),
    "core and app properties beyond author and title": (place("add_more_properties"), {}),
    "an unbound custom XML part (text, attributes, comment)": (place("add_unbound_custom_xml"), {}),
    "a bound custom XML part": (place("add_content_control"), {}),
    "web settings frames": (place("add_web_settings"), {}),
    "style names and aliases": (place("add_styles"), {}),
    "numbering level text": (place("add_numbering"), {}),
    "an equation": (place("add_equation"), {}),
    "legacy form-field default and help text": (place("add_form_field"), {}),
    "a WordArt watermark in the header": (place("add_watermark"), {}),
    "content-control title, tag and placeholder": (place("add_control_properties"), {}),
    "bookmarks named after the victim and REF fields": (place("add_person_bookmarks"), {}),
    "a picture's link tooltip": (body_xml(
        f'<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="9" name="x">'
        f'<a:hlinkClick r:id="" tooltip="{NAME}"/></wp:docPr></wp:inline></w:drawing></w:r></w:p>'), {}),
    "a text box holding the data": (place("add_text_box"), {}),
    "a chart and SmartArt": (place("add_chart", "add_smartart"), {}),
}

REFUSED: dict[str, tuple[Callable[[], bytes], str, dict]] = {
    "macro-enabled renamed .docx": (with_edit(main_type("application/vnd.ms-word.document.macroEnabled.main+xml")),
                                    "macro-enabled", {}),
    "content types point the main document elsewhere": (with_edit(moved_main), "disagree", {}),
    "package relationships point the main document elsewhere": (with_edit(rels_main_elsewhere), "disagree", {}),
    "member name with ..": (lambda: rezip(plain().build(), extra={f"../{NAME}.xml": b"x"}), "climbs out", {}),
    "absolute member name": (lambda: rezip(plain().build(), extra={f"/tmp/{NAME}.xml": b"x"}), "absolute", {}),
    "backslash member name": (lambda: rezip(plain().build(), extra={f"..\\{NAME}.xml": b"x"}), "absolute", {}),
    "member names differing only in case": (case_duplicates, "duplicate", {}),
    "a part of unknown type": (with_edit(unknown_part), "does not know", {}),
    "a header that is not a header": (with_edit(wrong_root), "does not know", {}),
    "an RTF chunk": (with_edit(chunk(rf"{{\rtf1 {NAME}}}", "application/rtf")), "--remove-embedded", {}),
    "an MHT chunk": (with_edit(chunk(f"MIME-Version: 1.0\n\n{NAME}", "message/rfc822")), "--remove-embedded", {}),
    "an HTML chunk with markup redactor does not know": (with_edit(chunk(
        f"<html><body><x-note>{NAME}</x-note></body></html>")), "markup of a kind redactor does not know", {}),
    "an embedded workbook that is not a zip": (with_edit(workbook), "--remove-embedded", {}),
    "a zip bomb workbook": (with_edit(lambda pkg: workbook(pkg, zip_bomb())), "possible zip bomb", {}),
    "a workbook with macros": (with_edit(book(MACROS)), "holds macros", {}),
    "a workbook inside a workbook": (with_edit(book(INNER_BOOK)), "embedded objects", {}),
    "a workbook linking to other files": (with_edit(book(EXTERNAL_LINK)), "links to other files", {}),
    "a workbook with a pivot cache": (with_edit(book(PIVOT)), "pivot table", {}),
    "a workbook with markup of an unknown namespace": (with_edit(book(
        sheet=f'<x:note xmlns:x="urn:x">{NAME}</x:note>')), "markup of a kind redactor does not know", {}),
    "a workbook with text where a code belongs": (with_edit(book(sheet=f"<printOptions>{NAME}</printOptions>")),
                                                  "not the short code", {}),
    "a workbook preview redactor cannot blank": (with_edit(lambda pkg: workbook(
        pkg, XlsxBuilder([Sheet("Sheet1", [["x"]])]).build(), f"<svg><text>{NAME}</text></svg>".encode())),
        "cannot blank", {}),
    "an OLE object": (lambda: _ole().build(), "--remove-embedded", {}),
    "macros in a .docx": (with_edit(macros), "macros", {}),
    "an EMF picture": (with_edit(picture_part(b"\x01\x00\x00\x00" + NAME.encode(), "image/x-emf",
                                              "word/media/p.emf")), "--remove-embedded", {}),
    "a damaged PNG": (with_edit(picture_part(png()[:30] + NAME.encode())), "picture is damaged", {}),
    "no package relationships": (lambda: rezip(plain().build(), rename={"_rels/.rels": "_rels/other"}),
                                 "disagree", {}),
    "an element of an unknown namespace": (body_xml(f'<w:p><x:note xmlns:x="urn:x">{NAME}</x:note></w:p>'),
                                           "does not know", {}),
    "an attribute of an unknown namespace": (body_xml(f'<w:p xmlns:x="urn:x" x:who="{NAME}"/>'), "does not know", {}),
    "text loose between runs": (body_xml(f'<w:p>{run("a")}{NAME}{run("b")}</w:p>'), "does not read", {}),
    "text in an element that never holds text": (body_xml(f'<w:p><w:pPr><w:jc>{NAME}</w:jc></w:pPr></w:p>'),
                                                 "not the short code", {}),
    "a style reference holding a sentence": (body_xml(f'<w:p><w:pPr><w:pStyle w:val="{NAME}"/></w:pPr></w:p>'),
                                             "not the short code", {}),
    "a run of text outside any paragraph": (body_xml(f'<w:r><w:t>{NAME}</w:t></w:r>'), "does not read", {}),
    "a part named after the victim": (with_edit(named_part), "not a plain name", {}),
    "content-control title in the styles part": (with_edit(lambda pkg: pkg.edit_xml(
        "word/styles.xml", lambda root: root.append(_xml(f'<w:alias w:val="{NAME}"/>')))), "does not read", {}),
}


def _ole() -> DocxBuilder:
    b = plain()
    b.add_ole_object()
    return b


def _embed() -> DocxBuilder:
    b = plain()
    b.add_spreadsheet_object(XlsxBuilder([Sheet("Sheet1", [["Name"], [NAME]])]).build(), emf_with_text(NAME),
                             embed=True)
    return b


def _glossary() -> DocxBuilder:
    b = plain()
    b.add_glossary()
    return b


def _props() -> DocxBuilder:
    b = plain()
    b.add_properties()
    return b


@pytest.fixture
def redact(engine: Redactor, tmp_path: Path):
    def go(data: bytes, **options: bool) -> Path:
        source = tmp_path / "imr.docx"
        source.write_bytes(data)
        engine.forget_people()
        saved = (engine.remove_embedded, engine.allow_unknown_parts)
        engine.remove_embedded = options.get("remove_embedded", False)
        engine.allow_unknown_parts = options.get("allow_unknown_parts", False)
        try:
            return engine.redact_file(source, tmp_path / "out" / "imr.docx", review=False).output
        finally:
            engine.remove_embedded, engine.allow_unknown_parts = saved
    return go


@pytest.mark.parametrize("case", CLEAN)
def test_redacted_with_nothing_planted_left(case: str, redact) -> None:
    build, options = CLEAN[case]
    source = build()
    assert leaks(source), "the input must hold the planted data"
    assert leaks(redact(source, **options).read_bytes()) == []


@pytest.mark.parametrize("case", REFUSED)
def test_refused_in_one_line_with_nothing_written(case: str, redact, tmp_path: Path) -> None:
    build, says, options = REFUSED[case]
    with pytest.raises(RedactorError) as err:
        redact(build(), **options)
    message = str(err.value)
    assert message.startswith("imr.docx: ") and says in message and "\n" not in message
    assert not any(s.decode() in message.lower() for s in PLANTED)
    assert not (tmp_path / "out").exists()


def test_the_waiver_keeps_unknown_parts_and_is_recorded(engine: Redactor, tmp_path: Path) -> None:
    source = tmp_path / "imr.docx"
    source.write_bytes(with_edit(unknown_part)())
    engine.forget_people()
    engine.allow_unknown_parts = True
    try:
        done = engine.redact_file(source, tmp_path / "out" / "imr.docx", review_dir=tmp_path / "review")
    finally:
        engine.allow_unknown_parts = False
    assert "1 part(s) of unknown type kept unchecked (--allow-unknown-parts)" in done.findings
    with zipfile.ZipFile(done.output) as zf:
        assert "word/extra.xml" in zf.namelist()
    decisions = json.loads((tmp_path / "review" / "decisions.json").read_text())
    assert decisions["options"]["allow_unknown_parts"] is True
    assert "--allow-unknown-parts" in (tmp_path / "review" / "review.html").read_text()


@pytest.mark.parametrize("case", ["macro-enabled renamed .docx", "member name with ..", "a part of unknown type",
                                  "an OLE object", "text loose between runs"])
def test_the_command_exits_2_with_one_line_and_writes_nothing(case: str, tmp_path: Path) -> None:
    source = tmp_path / "imr.docx"
    source.write_bytes(REFUSED[case][0]())
    result = CliRunner().invoke(app, ["redact", str(source)])
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("error: imr.docx: ")
    assert "Traceback" not in result.output and not any(s.decode() in result.output.lower() for s in PLANTED)
    assert [p.name for p in tmp_path.iterdir()] == ["imr.docx"]


def test_same_input_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    """Output and tracked.docx are byte-identical across runs (fixed zip times, order, revision date)."""
    source = tmp_path / "imr.docx"
    source.write_bytes(place("add_tables", "add_comment", "add_picture")())
    runs = []
    for n in (1, 2):
        out = tmp_path / f"run{n}"
        result = CliRunner().invoke(app, ["redact", str(source), "-o", str(out / "imr.docx"), "--review",
                                          str(out / "review")])
        assert result.exit_code == 0, result.output
        runs.append(((out / "imr.docx").read_bytes(), (out / "review" / "tracked.docx").read_bytes()))
    assert runs[0] == runs[1]


def test_at_least_forty_distinct_inputs() -> None:
    assert len(CLEAN) + len(REFUSED) >= 40
