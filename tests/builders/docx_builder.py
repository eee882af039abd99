"""Builds .docx fixtures holding known personal data in every place Word can hide text.

``DocxBuilder`` wraps a python-docx Document; each ``add_*`` method puts the known data
in one place (python-docx where it can, lxml XML injection and zip edits where it
cannot). ``every_place()`` uses them all. ``SECRETS`` are the strings a redaction must
remove; ``FRAGMENTS`` are pieces of them (bookmark names, file paths) that only the
document layer's own clean-up removes."""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable

from docx import Document
from docx.enum.section import WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt, RGBColor
from lxml import etree

from redactor.types import Change, Kind, Segment
from tests.builders.xlsx_builder import XLSX_TYPE

NAME = "Joanna Pemberton-Whyte"
STREET = "14 Larkspur Avenue"
POSTCODE = "M21 9QX"
DOB = "12/04/1984"
EMAIL = "joanna.pw@example.org"
SECRETS = (NAME, STREET, POSTCODE, DOB, EMAIL)
FRAGMENTS = ("Pemberton", "Larkspur", "joanna.pw")
SENTENCE = f"{NAME} lived at {STREET}, {POSTCODE}; born {DOB}."
STORE_ID = "{5B7C2D4E-1F3A-4B5C-8D9E-0A1B2C3D4E5F}"

NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
    'xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xml(fragment: str) -> etree._Element:
    """Parse one element written with the usual prefixes (declared here)."""
    name_end = min(i for i in (fragment.find(" "), fragment.find(">"), fragment.find("/>")) if i > 0)
    return etree.fromstring(fragment[:name_end] + " " + NSDECL + fragment[name_end:])


def run(text: str, props: str = "", tag: str = "w:t") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<{tag} xml:space="preserve">{text}</{tag}></w:r>'


def png() -> bytes:
    """A 1x1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def zipped(parts: dict[str, bytes]) -> bytes:
    """A zip of ``parts`` (name -> bytes), in order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in parts.items():
            zf.writestr(name, blob)
    return out.getvalue()


class Package:
    """The saved zip's parts, for edits python-docx does not offer."""

    def __init__(self, blob: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            self.parts = {n: zf.read(n) for n in zf.namelist()}
        self.comment = b""  # the zip archive comment
        self.entry_comments: dict[str, bytes] = {}

    def root(self, part: str) -> etree._Element:
        return etree.fromstring(self.parts[part])

    def put(self, part: str, root: etree._Element | str | bytes) -> None:
        if isinstance(root, str):
            root = xml(root)
        self.parts[part] = root if isinstance(root, bytes) else etree.tostring(
            root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def add(self, part: str, content: etree._Element | str | bytes, content_type: str | None,
            source: str | None = None, rel_type: str | None = None) -> str:
        """Add a part with its content type and a relationship from ``source`` (a part, or
        '' for the package); returns the relationship id."""
        self.put(part, content)
        if content_type:
            types = self.root("[Content_Types].xml")
            etree.SubElement(types, "{http://schemas.openxmlformats.org/package/2006/content-types}Override",
                             PartName="/" + part, ContentType=content_type)
            self.put("[Content_Types].xml", types)
        if rel_type is None or source is None:
            return ""
        base = "" if source == "" else source.rsplit("/", 1)[0] + "/"
        return self.relate(source, rel_type, part[len(base):] if part.startswith(base) else "/" + part)

    def relate(self, source: str, rel_type: str, ref: str, external: bool = False) -> str:
        folder, _, name = source.rpartition("/")
        rels_part = f"{folder + '/' if folder else ''}_rels/{name}.rels"
        ns = "http://schemas.openxmlformats.org/package/2006/relationships"
        rels = self.root(rels_part) if rels_part in self.parts \
            else etree.Element(f"{{{ns}}}Relationships", nsmap={None: ns})
        rid = f"rIdX{len(rels) + 1}"
        attrs = {"Id": rid, "Type": rel_type, "Target": ref}
        if external:
            attrs["TargetMode"] = "External"
        etree.SubElement(rels, f"{{{ns}}}Relationship", attrs)
        self.put(rels_part, rels)
        return rid

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.comment = self.comment
            for name, blob in self.parts.items():
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.comment = self.entry_comments.get(name, b"")
                zf.writestr(info, blob)
        return out.getvalue()

    def set_type(self, part: str, content_type: str) -> None:
        """Declare ``part``'s content type (an Override replacing any earlier one)."""
        types = self.root("[Content_Types].xml")
        for o in types:
            if o.get("PartName", "").lower() == "/" + part.lower():
                types.remove(o)
        etree.SubElement(types, "{http://schemas.openxmlformats.org/package/2006/content-types}Override",
                         PartName="/" + part, ContentType=content_type)
        self.put("[Content_Types].xml", types)

    def edit_xml(self, part: str, edit: Callable[[etree._Element], None]) -> None:
        root = self.root(part)
        edit(root)
        self.put(part, root)


class DocxBuilder:
    """A document under construction; call ``add_*`` methods, then ``build()``."""

    def __init__(self) -> None:
        self.doc = Document()
        self._edits: list[Callable[[Package], None]] = []

    def build(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        pkg = Package(out.getvalue())
        for edit in self._edits:
            edit(pkg)
        return pkg.to_bytes()

    def edit(self, edit: Callable[[Package], None]) -> DocxBuilder:
        """Run ``edit`` on the saved package's parts (python-docx offers no way)."""
        self._edits.append(edit)
        return self

    def add_body_xml(self, fragment: str) -> etree._Element:
        """Append a body-level element written as XML (before the final section properties)."""
        el = xml(fragment)
        self.doc.element.body.sectPr.addprevious(el)
        return el

    # body text -----------------------------------------------------------------------
    def add_paragraph(self, text: str = SENTENCE) -> None:
        self.doc.add_paragraph(text)

    def add_formatted(self) -> None:
        """Untouched bold, italic, coloured and styled text around the name."""
        p = self.doc.add_paragraph(style="Heading 2")
        p.add_run("Bold lead ").bold = True
        p.add_run("italic middle ").italic = True
        red = p.add_run("red words ")
        red.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        red.font.size = Pt(14)
        p.add_run(NAME)
        p.add_run(" plain tail")

    def add_split_name(self) -> None:
        """The name across three runs with different formatting, a bookmark and a proofErr."""
        first, middle, last = NAME[:3], NAME[3:10], NAME[10:]
        underline = run(last, '<w:u w:val="single"/>')
        self.add_body_xml(
            f'<w:p>{run("Split: ")}{run(first, "<w:b/>")}<w:proofErr w:type="spellStart"/>'
            f'<w:bookmarkStart w:id="90" w:name="_Split"/>{run(middle, "<w:i/>")}<w:bookmarkEnd w:id="90"/>'
            f'<w:proofErr w:type="spellEnd"/>{underline}{run(" end.")}</w:p>')

    def add_hidden_text(self) -> None:
        self.add_body_xml(f"<w:p>{run('Visible. ')}{run(SENTENCE, '<w:vanish/>')}</w:p>")

    def add_tables(self) -> None:
        """A labelled table with a nested table in a cell, caption and description."""
        table = self.doc.add_table(rows=2, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table._cells, ("Name", "Date of Birth", "Address", NAME, DOB, ""), strict=False):
            cell.text = text
        inner = table.cell(1, 2).add_table(rows=1, cols=2)
        inner.cell(0, 0).text = STREET
        inner.cell(0, 1).text = POSTCODE
        props = table._tbl.tblPr
        props.append(xml(f'<w:tblCaption w:val="Details of {NAME}"/>'))
        props.append(xml(f'<w:tblDescription w:val="{SENTENCE}"/>'))

    def add_hyperlink(self) -> None:
        rid = self.doc.part.relate_to(f"mailto:{EMAIL}", RT.HYPERLINK, is_external=True)
        link = run(NAME, '<w:color w:val="0563C1"/>')
        self.add_body_xml(f'<w:p>{run("Write to ")}<w:hyperlink r:id="{rid}" w:tooltip="Email {NAME}">'
                     f'{link}</w:hyperlink></w:p>')

    def add_fields(self) -> None:
        """A complex field (code and cached result), a simple field, and a REF field to a
        bookmark whose name holds the surname."""
        self.add_body_xml(
            '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> QUOTE "{NAME} {STREET} {POSTCODE} {DOB}" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{run(SENTENCE)}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
        self.add_body_xml(f'<w:p><w:fldSimple w:instr=" QUOTE &quot;{NAME}&quot; ">{run(NAME)}</w:fldSimple></w:p>')
        self.add_body_xml(f'<w:p><w:bookmarkStart w:id="91" w:name="PembertonDOB"/>{run(DOB)}'
                     '<w:bookmarkEnd w:id="91"/></w:p>')
        self.add_body_xml('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     '<w:r><w:instrText xml:space="preserve"> REF PembertonDOB \\h </w:instrText></w:r>'
                     f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(DOB)}'
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')

    def add_tracked(self) -> None:
        self.add_body_xml(
            f'<w:p><w:ins w:id="201" w:author="{NAME}" w:date="2024-01-02T03:04:05Z">{run(SENTENCE)}</w:ins>'
            f'<w:del w:id="202" w:author="{NAME}" w:date="2024-01-02T03:04:05Z">'
            f'{run("Deleted: " + SENTENCE, tag="w:delText")}</w:del></w:p>')

    def add_text_box(self) -> None:
        """A text box in DrawingML with its VML fallback copy, both holding the sentence."""
        body = f'<w:txbxContent><w:p>{run(SENTENCE)}</w:p></w:txbxContent>'
        self.add_body_xml(
            f'<w:p>{run("Box: ")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="4572000" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="101" name="Box for {NAME}" descr="{SENTENCE}"/>'
            '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4572000" cy="457200"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            f'<wps:txbx>{body}</wps:txbx><wps:bodyPr wrap="square" anchor="t"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
            f'style="position:absolute;width:360pt;height:36pt" alt="{SENTENCE}"><v:textbox>{body}</v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')

    def add_picture(self) -> None:
        """An image with alt text, title and names holding the name."""
        shape = self.doc.add_picture(io.BytesIO(png()))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", f"Photograph of {NAME} outside {STREET}")
        doc_pr.set("title", NAME)
        doc_pr.set("name", NAME)
        for c_nv_pr in shape._inline.iter("{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"):
            c_nv_pr.set("name", f"{NAME}.png")
            c_nv_pr.set("descr", f"Photograph of {NAME} outside {STREET}")

    def add_content_control(self) -> None:
        """A content control bound to a custom XML part that holds the name and address."""
        self.add_body_xml(
            f'<w:p>{run("Victim: ")}<w:sdt><w:sdtPr><w:alias w:val="Victim"/><w:id w:val="55"/>'
            f'<w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:dhr\'" w:xpath="/ns0:case[1]/ns0:victim[1]" '
            f'w:storeItemID="{STORE_ID}"/><w:text/></w:sdtPr><w:sdtContent>{run(NAME)}</w:sdtContent></w:sdt></w:p>')

        def edit(pkg: Package) -> None:
            item = f'<case xmlns="urn:dhr"><victim>{NAME}</victim><address>{STREET}, {POSTCODE}</address></case>'
            pkg.add("customXml/item9.xml", item.encode(), None, "word/document.xml", f"{OFFICE_RELS}/customXml")
            props = ('<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" '
                     f'ds:itemID="{STORE_ID}"><ds:schemaRefs/></ds:datastoreItem>')
            pkg.add("customXml/itemProps9.xml", props.encode(),
                    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                    "customXml/item9.xml", f"{OFFICE_RELS}/customXmlProps")
        self._edits.append(edit)

    def add_chart(self) -> None:
        """A chart whose title, series name and category label hold personal data."""
        def edit(pkg: Package) -> None:
            rid = pkg.add("word/charts/chart1.xml", chart_xml(),
                          "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                          "word/document.xml", f"{OFFICE_RELS}/chart")
            root = pkg.root("word/document.xml")
            body = root.find(f"{{{W}}}body")
            body.find(f"{{{W}}}sectPr").addprevious(xml(
                '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="3000000" cy="2000000"/>'
                '<wp:docPr id="301" name="Chart 1"/><a:graphic><a:graphicData '
                f'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="{rid}"/>'
                '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'))
            pkg.put("word/document.xml", root)
        self._edits.append(edit)

    def add_smartart(self) -> None:
        """SmartArt data and its drawing cache (parts related to the body)."""
        def edit(pkg: Package) -> None:
            para = f'<a:p><a:r><a:rPr lang="en-GB"/><a:t>{SENTENCE}</a:t></a:r></a:p>'
            data = (f'<dgm:dataModel><dgm:ptLst><dgm:pt modelId="{{1}}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
                    f'{para}</dgm:t></dgm:pt></dgm:ptLst><dgm:cxnLst/></dgm:dataModel>')
            drawing = (f'<dsp:drawing><dsp:spTree><dsp:sp modelId="{{2}}"><dsp:txBody><a:bodyPr/>{para}'
                       '</dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>')
            pkg.add("word/diagrams/data1.xml", data,
                    "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                    "word/document.xml", f"{OFFICE_RELS}/diagramData")
            pkg.add("word/diagrams/drawing1.xml", drawing, "application/vnd.ms-office.drawingml.diagramDrawing+xml",
                    "word/document.xml", "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing")
        self._edits.append(edit)

    def add_ole_object(self) -> None:
        """An embedded OLE package whose bytes hold the name."""
        def edit(pkg: Package) -> None:
            rid = pkg.add("word/embeddings/oleObject1.bin", b"OLE " + NAME.encode(),
                          "application/vnd.openxmlformats-officedocument.oleObject",
                          "word/document.xml", f"{OFFICE_RELS}/oleObject")
            root = pkg.root("word/document.xml")
            root.find(f"{{{W}}}body").find(f"{{{W}}}sectPr").addprevious(xml(
                '<w:p><w:r><w:object w:dxaOrig="1440" w:dyaOrig="1440"><v:shape id="_x0000_i1025" '
                'style="width:72pt;height:72pt" o:ole=""/><o:OLEObject Type="Embed" ProgID="Package" '
                f'ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1" r:id="{rid}"/></w:object></w:r></w:p>'))
            pkg.put("word/document.xml", root)
        self._edits.append(edit)

    def add_chart_workbook(self, workbook: bytes, sheet: str, categories: tuple[str, ...], series: str,
                           values: tuple[float, ...], title: str = "Contacts") -> None:
        """A bar chart whose data is an embedded workbook (``c:externalData``), as Word makes
        one: the series name in B1, categories in A2:A<n>, values in B2:B<n> of ``sheet``,
        each cached in the chart."""
        def edit(pkg: Package) -> None:
            rid = pkg.add("word/charts/chart7.xml", data_chart_xml(sheet, categories, series, values, title),
                          "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                          "word/document.xml", f"{OFFICE_RELS}/chart")
            pkg.add("word/embeddings/Microsoft_Excel_Worksheet.xlsx", workbook, XLSX_TYPE, "word/charts/chart7.xml",
                    f"{OFFICE_RELS}/package")
            pkg.edit_xml("word/charts/chart7.xml", lambda root: root.append(xml(
                '<c:externalData r:id="rIdX1"><c:autoUpdate val="0"/></c:externalData>')))
            pkg.edit_xml("word/document.xml", lambda root: root.find(f"{{{W}}}body").find(f"{{{W}}}sectPr")
                         .addprevious(xml('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/>'
                                          '<wp:docPr id="307" name="Chart 7"/><a:graphic><a:graphicData '
                                          'uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
                                          f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline>'
                                          '</w:drawing></w:r></w:p>')))
        self._edits.append(edit)

    def add_spreadsheet_object(self, workbook: bytes, preview: bytes, embed: bool = False) -> None:
        """A pasted spreadsheet: an embedded workbook shown by its preview picture (EMF);
        ``embed`` writes the object as ``w:objectEmbed`` rather than VML's ``o:OLEObject``."""
        def edit(pkg: Package) -> None:
            image = pkg.add("word/media/image9.emf", preview, "image/x-emf", "word/document.xml",
                            f"{OFFICE_RELS}/image")
            rid = pkg.add("word/embeddings/Microsoft_Excel_Worksheet1.xlsx", workbook, XLSX_TYPE,
                          "word/document.xml", f"{OFFICE_RELS}/package")
            pkg.edit_xml("word/document.xml", lambda root: root.find(f"{{{W}}}body").find(f"{{{W}}}sectPr")
                         .addprevious(xml(
                             '<w:p><w:r><w:object w:dxaOrig="5760" w:dyaOrig="1440"><v:shape id="_x0000_i1025" '
                             'type="#_x0000_t75" style="width:288pt;height:72pt" o:ole=""><v:imagedata '
                             f'r:id="{image}" o:title=""/></v:shape>' + (
                                 f'<w:objectEmbed w:drawAspect="content" r:id="{rid}" w:progId="Excel.Sheet.12" '
                                 'w:shapeId="_x0000_i1025" w:fieldCodes=""/>' if embed else
                                 '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
                                 f'DrawAspect="Content" ObjectID="_1770000001" r:id="{rid}"/>')
                             + '</w:object></w:r></w:p>')))
        self._edits.append(edit)

    def add_alt_chunk(self, html: bytes, content_type: str = "text/html", name: str = "word/afchunk.htm") -> None:
        """An imported chunk (``w:altChunk``) holding ``html``, here in the body."""
        marker = f"altChunk {name}"
        self.doc.add_paragraph(marker)

        def edit(pkg: Package) -> None:
            rid = pkg.add(name, html, content_type, "word/document.xml", f"{OFFICE_RELS}/aFChunk")

            def place(root: etree._Element) -> None:
                p = next(p for p in root.iter(f"{{{W}}}p") if "".join(p.itertext()) == marker)
                p.getparent().replace(p, xml(f'<w:altChunk r:id="{rid}"/>'))
            pkg.edit_xml("word/document.xml", place)
        self._edits.append(edit)

    def add_embedded(self) -> None:
        """A chart drawn from an embedded workbook holding the data (a sheet named after the
        victim, cells, a comment, a date of birth stored as a date, properties) and an
        imported HTML chunk holding the sentence."""
        import datetime as dt

        from tests.builders.xlsx_builder import Sheet, XlsxBuilder

        rows: list[list[object]] = [["Name", "Visits"], [NAME, 3], [STREET, 4], [POSTCODE, 5],
                                    [dt.date(1984, 4, 12), 6]]
        book = XlsxBuilder([Sheet(NAME, rows, table=True, comments={"A2": SENTENCE})], author=NAME, title=NAME)
        self.add_chart_workbook(book.build(), NAME, (NAME, STREET, POSTCODE, DOB), "Visits", (3, 4, 5, 6))
        self.add_alt_chunk(f"<html><head><title>{NAME}</title></head><body><p>{SENTENCE}</p></body></html>".encode())

    def add_equation(self) -> None:
        """An OMML equation whose text is the name."""
        m = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
        self.add_body_xml(f'<w:p>{run("Equation: ")}<m:oMath {m}><m:r><m:t>{NAME}</m:t></m:r><m:r><m:t>+1</m:t>'
                          '</m:r></m:oMath></w:p>')

    def add_form_field(self) -> None:
        """A legacy text form field: its name, default, help and status text hold the data."""
        self.add_body_xml(
            f'<w:p><w:bookmarkStart w:id="95" w:name="Pemberton1"/><w:r><w:fldChar w:fldCharType="begin">'
            f'<w:ffData><w:name w:val="Pemberton1"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:helpText w:type="text" w:val="Ask {NAME}"/><w:statusText w:type="text" w:val="{STREET}"/>'
            f'<w:entryMacro w:val="Pemberton"/><w:textInput><w:default w:val="{NAME}"/></w:textInput></w:ffData>'
            '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(NAME)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:bookmarkEnd w:id="95"/></w:p>')

    def add_control_properties(self) -> None:
        """A block-level content control whose title, tag and placeholder name the victim."""
        self.add_body_xml(
            f'<w:sdt><w:sdtPr><w:alias w:val="{NAME}"/><w:tag w:val="{NAME}"/><w:id w:val="56"/>'
            f'<w:placeholder><w:docPart w:val="{NAME.replace(" ", "")}"/></w:placeholder></w:sdtPr>'
            f'<w:sdtContent><w:p>{run("Controlled text.")}</w:p></w:sdtContent></w:sdt>')

    def add_person_bookmarks(self) -> None:
        """Bookmarks named after the victim (one with Word's leading underscore) and REF
        fields pointing at them."""
        for n, name in enumerate(("JoannaPembertonWhyte", "_JoannaPemberton"), 96):
            self.add_body_xml(f'<w:p><w:bookmarkStart w:id="{n}" w:name="{name}"/>{run("Marked")}'
                              f'<w:bookmarkEnd w:id="{n}"/><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                              f'<w:r><w:instrText xml:space="preserve"> REF {name} \\h </w:instrText></w:r>'
                              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                              f'{run("Marked")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')

    def add_styles(self) -> None:
        """A custom style named after the victim with an alias, and a latent style entry."""
        def edit(pkg: Package) -> None:
            def change(root: etree._Element) -> None:
                root.append(xml(f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="Victim">'
                                f'<w:name w:val="{NAME}"/><w:aliases w:val="{NAME},{STREET}"/>'
                                '<w:basedOn w:val="Normal"/></w:style>'))
                latent = root.find(f"{{{W}}}latentStyles")
                latent.append(xml(f'<w:lsdException w:name="{NAME}" w:uiPriority="1"/>'))
            pkg.edit_xml("word/styles.xml", change)
        self._edits.append(edit)
        self.doc.add_paragraph(SENTENCE).style = self.doc.styles["Normal"]

    def add_numbering(self) -> None:
        """A list whose level text (the visible label) names the victim."""
        def edit(pkg: Package) -> None:
            numbering = (f'<w:numbering><w:abstractNum w:abstractNumId="7"><w:name w:val="{NAME}"/>'
                         f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                         f'<w:lvlText w:val="{NAME} %1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                         '<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num></w:numbering>')
            pkg.put("word/numbering.xml", numbering)
        self._edits.append(edit)
        self.add_body_xml(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr>'
                          f'{run("Listed item.")}</w:p>')

    def add_web_settings(self) -> None:
        """A frameset in the web settings naming the victim's file."""
        def edit(pkg: Package) -> None:
            pkg.edit_xml("word/webSettings.xml", lambda root: root.append(xml(
                f'<w:frameset><w:frame><w:name w:val="{NAME}"/><w:title w:val="{NAME}"/></w:frame></w:frameset>')))
        self._edits.append(edit)

    def add_unbound_custom_xml(self) -> None:
        """A custom XML part no control is bound to: text, attributes and a comment."""
        def edit(pkg: Package) -> None:
            item = (f'<?xml version="1.0"?><!-- {NAME} --><b:Sources xmlns:b="urn:biblio" b:Author="{NAME}">'
                    f'<b:Source b:Tag="{NAME}">{SENTENCE}</b:Source></b:Sources>')
            pkg.add("customXml/item8.xml", item.encode(), None, "word/document.xml", f"{OFFICE_RELS}/customXml")
        self._edits.append(edit)

    def add_more_properties(self) -> None:
        """Core and app properties beyond author and title."""
        def edit(pkg: Package) -> None:
            def core(root: etree._Element) -> None:
                cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
                for name, value in (("contentStatus", f"Draft by {NAME}"), ("version", NAME),
                                    ("lastPrinted", "2024-01-01T00:00:00Z")):
                    etree.SubElement(root, f"{{{cp}}}{name}").text = value
                etree.SubElement(root, "{http://purl.org/dc/elements/1.1/}identifier").text = EMAIL

            def app(root: etree._Element) -> None:
                ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
                vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
                for name, value in (("Company", STREET), ("Manager", NAME), ("HyperlinkBase", f"file:///{NAME}/")):
                    etree.SubElement(root, f"{{{ep}}}{name}").text = value
                links = etree.SubElement(root, f"{{{ep}}}HLinks")
                vector = etree.SubElement(links, f"{{{vt}}}vector", size="1", baseType="variant")
                etree.SubElement(etree.SubElement(vector, f"{{{vt}}}variant"), f"{{{vt}}}lpwstr").text = \
                    f"mailto:{EMAIL}"
                titles = root.find(f"{{{ep}}}TitlesOfParts")
                if titles is not None:
                    root.remove(titles)
                titles = etree.SubElement(root, f"{{{ep}}}TitlesOfParts")
                vector = etree.SubElement(titles, f"{{{vt}}}vector", size="1", baseType="lpstr")
                etree.SubElement(vector, f"{{{vt}}}lpstr").text = NAME
            pkg.edit_xml("docProps/core.xml", core)
            pkg.edit_xml("docProps/app.xml", app)
        self._edits.append(edit)

    # other stories -------------------------------------------------------------------
    def add_watermark(self) -> None:
        """A VML WordArt watermark in the header whose text is the name."""
        header = self.doc.sections[0].header
        header.is_linked_to_previous = False
        header._element.append(xml(
            f'<w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
            'style="position:absolute;width:400pt;height:100pt" fillcolor="silver" stroked="f">'
            f'<v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{NAME}"/></v:shape>'
            '</w:pict></w:r></w:p>'))

    def add_headers_footers(self) -> None:
        """Default, first-page and even headers and footers in section 1; a second section
        with its own default header and footer."""
        self.doc.settings.odd_and_even_pages_header_footer = True
        first = self.doc.sections[0]
        first.different_first_page_header_footer = True
        for story in (first.header, first.footer, first.first_page_header, first.first_page_footer,
                      first.even_page_header, first.even_page_footer):
            story.paragraphs[0].text = SENTENCE
        second = self.doc.add_section(WD_SECTION.NEW_PAGE)
        for story in (second.header, second.footer):
            story.is_linked_to_previous = False
            story.paragraphs[0].text = SENTENCE
        self.doc.add_paragraph("Second section.")

    def add_comment(self) -> None:
        p = self.doc.add_paragraph("Commented text.")
        self.doc.add_comment(p.runs, text=SENTENCE, author=NAME, initials="JPW")

        def edit(pkg: Package) -> None:
            people = (f'<w15:people><w15:person w15:author="{NAME}"><w15:presenceInfo w15:providerId="AD" '
                      f'w15:userId="{EMAIL}"/></w15:person></w15:people>')
            pkg.add("word/people.xml", people,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml", "word/document.xml", "http://schemas.microsoft.com/office/2011/relationships/people")
        self._edits.append(edit)

    def add_notes(self) -> None:
        """One footnote and one endnote, referenced from the body."""
        self.add_body_xml(f'<w:p>{run("Noted.")}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                     '<w:footnoteReference w:id="1"/></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                     '</w:rPr><w:endnoteReference w:id="1"/></w:r></w:p>')

        def edit(pkg: Package) -> None:
            for kind in ("footnote", "endnote"):
                notes = (f'<w:{kind}s><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                         f'</w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                         f'<w:continuationSeparator/></w:r></w:p></w:{kind}><w:{kind} w:id="1"><w:p>{run(SENTENCE)}'
                         f'</w:p></w:{kind}></w:{kind}s>')
                pkg.add(f"word/{kind}s.xml", notes,
                        f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
                        "word/document.xml", f"{OFFICE_RELS}/{kind}s")
        self._edits.append(edit)

    def add_glossary(self) -> None:
        def edit(pkg: Package) -> None:
            glossary = ('<w:glossaryDocument><w:docParts><w:docPart><w:docPartPr><w:name w:val="Victim"/>'
                        '<w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category>'
                        '<w:guid w:val="{11111111-2222-3333-4444-555555555555}"/></w:docPartPr>'
                        f'<w:docPartBody><w:p>{run(SENTENCE)}</w:p></w:docPartBody></w:docPart></w:docParts>'
                        '</w:glossaryDocument>')
            pkg.add("word/glossary/document.xml", glossary,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
                    "word/document.xml", f"{OFFICE_RELS}/glossaryDocument")
        self._edits.append(edit)

    # metadata and settings -----------------------------------------------------------
    def add_properties(self) -> None:
        """Core, app and custom properties holding the data."""
        core = self.doc.core_properties
        core.author = core.last_modified_by = NAME
        core.title, core.subject = f"Review into the death of {NAME}", STREET
        core.keywords, core.comments, core.category = POSTCODE, SENTENCE, DOB

        def edit(pkg: Package) -> None:
            app = pkg.root("docProps/app.xml")
            ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
            for name, value in (("Company", STREET), ("Manager", NAME), ("Template", f"{NAME}.dotm")):
                etree.SubElement(app, f"{{{ep}}}{name}").text = value
            pkg.put("docProps/app.xml", app)
            custom = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Victim">'
                      f'<vt:lpwstr>{NAME}</vt:lpwstr></property></Properties>')
            pkg.add("docProps/custom.xml", custom.encode(),
                    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    "", f"{OFFICE_RELS}/custom-properties")
            pkg.put("docProps/thumbnail.jpeg", b"\xff\xd8\xff\xe0" + NAME.encode() + b"\xff\xd9")
        self._edits.append(edit)

    def add_settings(self) -> None:
        """Document variables, a mail-merge source and an attached template."""
        def edit(pkg: Package) -> None:
            rid = pkg.relate("word/settings.xml", f"{OFFICE_RELS}/attachedTemplate",
                             "file:///C:/Users/Joanna%20Pemberton-Whyte/Templates/DHR.dotm", external=True)
            settings = pkg.root("word/settings.xml")
            settings.insert(0, xml(f'<w:attachedTemplate r:id="{rid}"/>'))
            settings.append(xml(f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/>'
                                f'<w:query w:val="SELECT * FROM {NAME}"/></w:mailMerge>'))
            settings.append(xml(f'<w:docVars><w:docVar w:name="victim" w:val="{SENTENCE}"/></w:docVars>'))
            pkg.put("word/settings.xml", settings)
        self._edits.append(edit)


def chart_xml() -> str:
    def text(v: str) -> str:
        return f'<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{v}</c:v></c:pt></c:strCache>'
    return (
        f'<c:chartSpace><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Visits by {NAME}</a:t></a:r>'
        '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser>'
        f'<c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f>{text(STREET)}</c:strRef></c:tx>'
        f'<c:cat><c:strRef><c:f>Sheet1!$A$2</c:f>{text(DOB)}</c:strRef></c:cat><c:val><c:numRef>'
        '<c:f>Sheet1!$B$2</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="1"/>'
        '<c:pt idx="0"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/>'
        '<c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/>'
        '</c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/>'
        '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>'
        '<c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>')


def data_chart_xml(sheet: str, categories: tuple[str, ...], series: str, values: tuple[float, ...],
                   title: str) -> str:
    """A Word bar chart drawing one series from ``sheet`` (its references quoted as Excel
    writes them), with every value cached."""
    ref = "'" + sheet.replace("'", "''") + "'" if not re.fullmatch(r"[A-Za-z_]\w*", sheet) else sheet
    last = len(categories) + 1
    cats = "".join(f'<c:pt idx="{i}"><c:v>{c}</c:v></c:pt>' for i, c in enumerate(categories))
    nums = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values))
    return (
        '<c:chartSpace><c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/><c:chart><c:title><c:tx>'
        f'<c:rich><a:bodyPr/><a:p><a:r><a:t>{title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>'
        '<c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx>'
        f'<c:strRef><c:f>{ref}!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{series}</c:v></c:pt>'
        '</c:strCache></c:strRef></c:tx><c:invertIfNegative val="0"/><c:cat><c:strRef>'
        f'<c:f>{ref}!$A$2:$A${last}</c:f><c:strCache><c:ptCount val="{len(categories)}"/>{cats}</c:strCache>'
        f'</c:strRef></c:cat><c:val><c:numRef><c:f>{ref}!$B$2:$B${last}</c:f><c:numCache>'
        f'<c:formatCode>General</c:formatCode><c:ptCount val="{len(values)}"/>{nums}</c:numCache></c:numRef>'
        '</c:val></c:ser><c:gapWidth val="219"/><c:axId val="11"/><c:axId val="12"/></c:barChart><c:catAx>'
        '<c:axId val="11"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="b"/><c:crossAx val="12"/></c:catAx><c:valAx><c:axId val="12"/><c:scaling>'
        '<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="11"/>'
        '</c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
        '<c:plotVisOnly val="1"/></c:chart></c:chartSpace>')


def emf_with_text(text: str, width: int = 400, height: int = 100) -> bytes:
    """An EMF picture that draws ``text`` (an EMR_EXTTEXTOUTW record), as a preview of an
    embedded object shows its cells."""
    chars = text.encode("utf-16-le")
    pad = (-len(chars)) % 4
    dx = struct.pack(f"<{len(text)}i", *([8] * len(text)))
    body = (struct.pack("<4iIff", 0, 0, width, height, 1, 1.0, 1.0)
            + struct.pack("<2iIII4iI", 10, 10, len(text), 76, 0, 0, 0, width, height, 76 + len(chars) + pad)
            + chars + b"\x00" * pad + dx)
    text_record = struct.pack("<2I", 84, 8 + len(body)) + body
    eof = struct.pack("<5I", 14, 20, 0, 16, 20)
    size = 88 + len(text_record) + len(eof)
    header = struct.pack("<2I4i4i2I2I2H3I2i2i", 1, 88, 0, 0, width, height, 0, 0, width * 26, height * 26,
                         0x464D4520, 0x10000, size, 3, 1, 0, 0, 0, 0, 1920, 1080, 508, 286)
    return header + text_record + eof


OTHER = "Marcus Oyelaran"  # a second person of the embedded fixtures


def chart_workbook_docx(*more: Callable[[DocxBuilder], None]) -> bytes:
    """A chart whose data workbook names two people, the sheet named after the victim
    (and whatever ``more`` adds)."""
    from tests.builders.xlsx_builder import Sheet, XlsxBuilder

    b = DocxBuilder()
    b.add_paragraph(f"{NAME} was seen by her GP, Dr {OTHER}.")
    sheet = Sheet(NAME, [["Person", "Visits"], [NAME, 3], [OTHER, 5]], table=True)
    book = XlsxBuilder([sheet], defined_names={"Victim": f"'{NAME}'!$A$2"}, author=NAME, title=f"Visits by {NAME}")
    b.add_chart_workbook(book.build(), NAME, (NAME, OTHER), "Visits", (3, 5))
    for add in more:
        add(b)
    return b.build()


def spreadsheet_docx() -> bytes:
    """A pasted chronology workbook (``add_chronology``) after a paragraph naming its people."""
    b = DocxBuilder()
    b.add_paragraph(f"{NAME} was seen by her GP, Dr {OTHER}.")
    add_chronology(b)
    return b.build()


def add_chronology(b: DocxBuilder) -> None:
    """A pasted chronology workbook shown by a preview picture that draws the victim's name:
    names, dates of birth stored as dates, addresses, a rich-text cell, a formula, comments
    (legacy and threaded), a header, properties and a defined name."""
    import datetime as dt

    from tests.builders.xlsx_builder import Formula, Rich, Sheet, XlsxBuilder

    rows: list[list[object]] = [
        ["Chronology of contact"], [],
        ["Date", "Name", "Date of Birth", "Address", "Event"],
        [dt.date(2020, 3, 2), NAME, dt.date(1984, 4, 12), f"{STREET}, {POSTCODE}", Rich(("Joanna ", "attended"))],
        [dt.date(2020, 3, 9), OTHER, dt.date(1979, 1, 5), "2 Mill Lane", Formula('"Seen by "&B5', f"Seen by {OTHER}")],
    ]
    sheet = Sheet("Chronology", rows, comments={"B4": f"Checked with {NAME}"}, threads={"E4": f"Ask {OTHER}"},
                  header=f"&LReview of {NAME}&RPage &P")
    book = XlsxBuilder([sheet], defined_names={"Victim": "Chronology!$B$4"}, author=NAME,
                       title=f"Chronology for {NAME}")
    b.add_spreadsheet_object(book.build(), emf_with_text(f"{NAME} {DOB}"))


CHUNK = (f"<html><head><meta charset='utf-8'><title>Notes on {NAME}</title><style>/* {NAME} */ table "
         "{ border-collapse: collapse } td { border: 1px solid black }</style>"
         f"<script>var victim = '{NAME}';</script></head><body><h1>Chronology</h1>"
         f"<p>On 3 March <b>Joanna</b> Pemberton-Whyte told <i>{OTHER}</i> she was afraid.<br>She lived at "
         f"{STREET}, {POSTCODE}.</p><!-- {NAME} --><table><tr><th>Name</th><th>Date of Birth</th><th>Event</th></tr>"
         f"<tr><td>{NAME}</td><td>{DOB}</td><td><p>Seen by GP.</p><p>Referred to <a href='mailto:{EMAIL}' "
         f"title='Write to {OTHER}'>MARAC</a>.</p></td></tr></table><img src='file:///C:/{NAME}.jpg' alt='{NAME}'>"
         f"<p id='Pemberton' onclick='alert(1)'>{OTHER} agreed.</p></body></html>")


def html_chunk_docx(html: str = CHUNK, content_type: str = "text/html") -> bytes:
    """An imported HTML chunk naming two people, between body paragraphs naming them too."""
    b = DocxBuilder()
    b.add_paragraph(f"{NAME} was seen by her GP, Dr {OTHER}.")
    b.add_alt_chunk(html.encode(), content_type)
    b.add_paragraph("After the chunk.")
    return b.build()


def paragraphs_docx(path, *paragraphs: str) -> None:
    """A plain .docx at ``path`` holding one paragraph per string."""
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)


def changes_for(segments: list[Segment], strings: tuple[str, ...] = SECRETS, replacement: str = "[X]"
                ) -> list[Change]:
    """Without any NLP: every occurrence of ``strings`` in every segment becomes a Change
    (earlier strings win where occurrences overlap)."""
    out: list[Change] = []
    for seg in segments:
        taken: list[tuple[int, int]] = []
        for s in strings:
            for m in re.finditer(re.escape(s), seg.text):
                if all(m.end() <= a or m.start() >= b for a, b in taken):
                    taken.append(m.span())
                    out.append(Change(f"c{len(out)}", seg.id, m.start(), m.end(), s, replacement,
                                      Kind.OTHER, "test", 1.0))
    return out


def every_place() -> bytes:
    """A document with the known data in every place the document layer examines."""
    b = DocxBuilder()
    for add in (b.add_paragraph, b.add_formatted, b.add_split_name, b.add_hidden_text, b.add_tables,
                b.add_hyperlink, b.add_fields, b.add_tracked, b.add_text_box, b.add_picture,
                b.add_content_control, b.add_chart, b.add_smartart, b.add_comment, b.add_notes,
                b.add_glossary, b.add_properties, b.add_settings, b.add_equation, b.add_form_field,
                b.add_control_properties, b.add_person_bookmarks, b.add_styles, b.add_numbering,
                b.add_web_settings, b.add_unbound_custom_xml, b.add_more_properties, b.add_watermark,
                b.add_embedded, b.add_headers_footers):
        add()
    return b.build()
