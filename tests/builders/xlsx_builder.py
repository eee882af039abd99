"""Builds .xlsx workbooks as Excel writes them (shared strings, a style sheet with a date
format, tables, legacy and threaded comments with their shapes and people, headers and
footers, defined names, document properties), to embed in Word fixtures. Cells are given
as Python values: str (a shared string), int or float (a number), ``datetime.date`` (a
number shown as a date), ``Rich`` (a shared string in runs) or ``Formula``."""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
XLSX_TYPE = SML + "sheet"
# what Excel 2016 and later declare and write beside the cells
EXCEL_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
            'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" mc:Ignorable="x14ac xr"')
THEME = ('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
         '<a:themeElements>'
         '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr '
         'val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr '
         'val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/>'
         '</a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>'
         '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink>'
         '<a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
         '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" '
         'panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '</a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
         '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>'
         '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/><a:extLst><a:ext '
         'uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
         'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="Office Theme" '
         'id="{62F939B6-93AF-4DB8-9C6B-D6C7DFDC589F}" vid="{4A3C46E8-61CC-4603-A589-7422A47A8E4A}"/></a:ext>'
         '</a:extLst></a:theme>')


@dataclass
class Rich:
    runs: tuple[str, ...]  # the first run is bold


@dataclass
class Formula:
    formula: str
    cached: str | float


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]
    table: bool = False  # an Excel table over all rows, the first its header
    comments: dict[str, str] = field(default_factory=dict)  # cell ref -> legacy comment text
    threads: dict[str, str] = field(default_factory=dict)  # cell ref -> threaded comment text
    header: str = ""  # the sheet's header, with codes (&L, &C…)
    extra: str = ""  # XML put after sheetData (data validations, hyperlinks…)
    drawing: str = ""  # a chart titled this (over the sheet's first two columns) and a text box saying it


@dataclass
class XlsxBuilder:
    sheets: list[Sheet] = field(default_factory=list)
    defined_names: dict[str, str] = field(default_factory=dict)
    author: str = "Author"
    title: str = ""
    # part name -> (bytes, content type, relationship type from the workbook part or "")
    extra_parts: dict[str, tuple[bytes, str, str]] = field(default_factory=dict)

    def build(self) -> bytes:
        parts: dict[str, bytes] = {}
        types = {"/xl/workbook.xml": SML + "sheet.main+xml", "/xl/styles.xml": SML + "styles+xml",
                 "/xl/sharedStrings.xml": SML + "sharedStrings+xml",
                 "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                 "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml"}
        strings: list = []
        book_rels = []
        tables = 0
        for n, sheet in enumerate(self.sheets, 1):
            rels, tail = [], ""
            if sheet.comments:
                rels.append((f"{OFFICE_RELS}/comments", f"../comments{n}.xml"))
                rels.append((f"{OFFICE_RELS}/vmlDrawing", f"../drawings/vmlDrawing{n}.vml"))
                parts[f"xl/comments{n}.xml"] = _comments_xml(sheet, self.author).encode()
                parts[f"xl/drawings/vmlDrawing{n}.vml"] = _vml(sheet).encode()
                types[f"/xl/comments{n}.xml"] = SML + "comments+xml"
                tail += f'<legacyDrawing r:id="rId{len(rels)}"/>'
            if sheet.drawing:
                rels.append((f"{OFFICE_RELS}/drawing", f"../drawings/drawing{n}.xml"))
                parts[f"xl/drawings/drawing{n}.xml"] = _drawing_xml(sheet).encode()
                parts[f"xl/drawings/_rels/drawing{n}.xml.rels"] = _rels([(f"{OFFICE_RELS}/chart",
                                                                          f"../charts/chart{n}.xml")]).encode()
                parts[f"xl/charts/chart{n}.xml"] = _chart_xml(sheet).encode()
                types[f"/xl/drawings/drawing{n}.xml"] = "application/vnd.openxmlformats-officedocument.drawing+xml"
                types[f"/xl/charts/chart{n}.xml"] = ("application/vnd.openxmlformats-officedocument."
                                                     "drawingml.chart+xml")
                tail = f'<drawing r:id="rId{len(rels)}"/>' + tail
            if sheet.table:
                tables += 1
                rels.append((f"{OFFICE_RELS}/table", f"../tables/table{tables}.xml"))
                parts[f"xl/tables/table{tables}.xml"] = _table_xml(sheet, tables).encode()
                types[f"/xl/tables/table{tables}.xml"] = SML + "table+xml"
                tail += f'<tableParts count="1"><tablePart r:id="rId{len(rels)}"/></tableParts>'
            body = _sheet_xml(sheet, strings, n, tail)
            if sheet.threads:
                rels.append(("http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
                             f"../threadedComments/threadedComment{n}.xml"))
                parts[f"xl/threadedComments/threadedComment{n}.xml"] = _threads_xml(sheet).encode()
                types[f"/xl/threadedComments/threadedComment{n}.xml"] = "application/vnd.ms-excel.threadedcomments+xml"
            parts[f"xl/worksheets/sheet{n}.xml"] = body.encode()
            types[f"/xl/worksheets/sheet{n}.xml"] = SML + "worksheet+xml"
            if rels:
                parts[f"xl/worksheets/_rels/sheet{n}.xml.rels"] = _rels(rels).encode()
            book_rels.append((f"{OFFICE_RELS}/worksheet", f"worksheets/sheet{n}.xml"))
        if any(s.threads for s in self.sheets):
            parts["xl/persons/person.xml"] = (
                f'<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
                f'<person displayName={quoteattr(self.author)} id="{{00000000-0000-0000-0000-000000000001}}" '
                f'userId={quoteattr(self.author + "@example.org")} providerId="AD"/></personList>').encode()
            types["/xl/persons/person.xml"] = "application/vnd.ms-excel.person+xml"
            book_rels.append(("http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"))
        book_rels += [(f"{OFFICE_RELS}/styles", "styles.xml"), (f"{OFFICE_RELS}/sharedStrings", "sharedStrings.xml"),
                      (f"{OFFICE_RELS}/theme", "theme/theme1.xml")]
        parts["xl/theme/theme1.xml"] = THEME.encode()
        types["/xl/theme/theme1.xml"] = "application/vnd.openxmlformats-officedocument.theme+xml"
        for name, (blob, content_type, rel_type) in self.extra_parts.items():
            parts[name] = blob
            types["/" + name] = content_type
            if rel_type:
                book_rels.append((rel_type, name.removeprefix("xl/")))
        parts["xl/workbook.xml"] = self._workbook_xml().encode()
        parts["xl/_rels/workbook.xml.rels"] = _rels(book_rels).encode()
        parts["xl/sharedStrings.xml"] = _strings_xml(strings).encode()
        parts["xl/styles.xml"] = STYLES.encode()
        parts["docProps/core.xml"] = (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.author)}</dc:creator>'
            f'<cp:lastModifiedBy>{escape(self.author)}</cp:lastModifiedBy></cp:coreProperties>').encode()
        titles = "".join(f"<vt:lpstr>{escape(s.name)}</vt:lpstr>" for s in self.sheets)
        parts["docProps/app.xml"] = (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Application>Microsoft Excel</Application><Company>{escape(self.author)}</Company>'
            f'<TitlesOfParts><vt:vector size="{len(self.sheets)}" baseType="lpstr">{titles}</vt:vector>'
            '</TitlesOfParts></Properties>').encode()
        parts["_rels/.rels"] = _rels([(f"{OFFICE_RELS}/officeDocument", "xl/workbook.xml"),
                                      ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                       "core-properties", "docProps/core.xml"),
                                      (f"{OFFICE_RELS}/extended-properties", "docProps/app.xml")]).encode()
        overrides = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in types.items())
        defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml",
                    "vml": "application/vnd.openxmlformats-officedocument.vmlDrawing"}
        content_types = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         + "".join(f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in defaults.items())
                         + f'{overrides}</Types>')
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", content_types)
            for name, blob in parts.items():
                zf.writestr(name, blob)
        return out.getvalue()

    def _workbook_xml(self) -> str:
        sheets = "".join(f'<sheet name={quoteattr(s.name)} sheetId="{n}" r:id="rId{n}"/>'
                         for n, s in enumerate(self.sheets, 1))
        names = "".join(f"<definedName name={quoteattr(k)}>{escape(v)}</definedName>"
                        for k, v in self.defined_names.items())
        path = f"C:\\Users\\{self.author}\\Documents\\"  # where Excel last saved it: Excel writes it here
        return (f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE_RELS}" {EXCEL_NS} '
                'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
                '<workbookPr defaultThemeVersion="166925"/><mc:AlternateContent><mc:Choice Requires="x15">'
                '<x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" '
                f'url={quoteattr(path)}/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" '
                'documentId="13_ncr:1_{8C5F6A1B-2D3E-4F50-8A9B-0C1D2E3F4A5B}"/>'
                f'<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16000" windowHeight="9000"/>'
                f'</bookViews><sheets>{sheets}</sheets>'
                + (f"<definedNames>{names}</definedNames>" if names else "") + '<calcPr calcId="191029"/></workbook>')


STYLES = (f'<styleSheet xmlns="{MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/>'
          '</font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill>'
          '<patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/>'
          '<bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
          'borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
          'xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')


def column(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _sheet_xml(sheet: Sheet, strings: list, n: int, tail: str) -> str:
    rows = []
    for r, values in enumerate(sheet.rows, 1):
        cells = []
        for c, value in enumerate(values, 1):
            ref = f"{column(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, Rich):
                strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            elif isinstance(value, str):
                if value not in strings:
                    strings.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{strings.index(value)}</v></c>')
            elif isinstance(value, Formula):
                kind = ' t="str"' if isinstance(value.cached, str) else ""
                cells.append(f'<c r="{ref}"{kind}><f>{escape(value.formula)}</f><v>{escape(str(value.cached))}</v></c>')
            elif isinstance(value, dt.date):
                serial = (value - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        rows.append(f'<row r="{r}" spans="1:{max(len(values), 1)}" x14ac:dyDescent="0.25">{"".join(cells)}</row>')
    width = max((len(r) for r in sheet.rows), default=1)
    header = f'<headerFooter><oddHeader>{escape(sheet.header)}</oddHeader></headerFooter>' if sheet.header else ""
    selected = ' tabSelected="1"' if n == 1 else ""
    return (f'<worksheet xmlns="{MAIN}" xmlns:r="{OFFICE_RELS}" {EXCEL_NS} xr:uid="{{00000000-0001-0000-0000-'
            f'00000000000{n}}}"><sheetPr codeName="Sheet{n}"/><dimension ref="A1:{column(width)}{len(sheet.rows)}"/>'
            f'<sheetViews><sheetView workbookViewId="0"{selected}/></sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>{"".join(rows)}</sheetData>'
            f'{sheet.extra}'
            f'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>{header}'
            f'{tail}</worksheet>')


XDR = ('xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       f'xmlns:r="{OFFICE_RELS}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"')


def _drawing_xml(sheet: Sheet) -> str:
    anchor = ('<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff>'
              '</xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0'
              '</xdr:rowOff></xdr:to>')
    title = escape(sheet.drawing)
    return (f'<xdr:wsDr {XDR}><xdr:twoCellAnchor>{anchor}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>'
            f'<xdr:cNvPr id="2" name="Chart of {title}" descr={quoteattr(sheet.drawing)}/><xdr:cNvGraphicFramePr/>'
            '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/>'
            '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
            f'<xdr:twoCellAnchor>{anchor}<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="TextBox 2"/>'
            '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
            f'<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB"/><a:t>{title}</a:t></a:r></a:p>'
            '</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>')


def _chart_xml(sheet: Sheet) -> str:
    ref = "'" + sheet.name.replace("'", "''") + "'"
    rows = sheet.rows[1:]
    cats = "".join(f'<c:pt idx="{i}"><c:v>{escape(str(r[0]))}</c:v></c:pt>' for i, r in enumerate(rows))
    return (f'<c:chartSpace {XDR}><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{escape(sheet.drawing)}'
            '</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart>'
            '<c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat>'
            f'<c:strRef><c:f>{ref}!$A$2:$A${len(sheet.rows)}</c:f><c:strCache><c:ptCount val="{len(rows)}"/>{cats}'
            '</c:strCache></c:strRef></c:cat></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea>'
            '</c:chart></c:chartSpace>')


def _strings_xml(strings: list) -> str:
    items = []
    for s in strings:
        if isinstance(s, Rich):
            bold = '<rPr><b/><sz val="11"/></rPr>'
            runs = "".join(f'<r>{bold if i == 0 else ""}<t xml:space="preserve">{escape(t)}</t></r>'
                           for i, t in enumerate(s.runs))
            items.append(f"<si>{runs}</si>")
        else:
            items.append(f'<si><t xml:space="preserve">{escape(s)}</t></si>')
    return f'<sst xmlns="{MAIN}" count="{len(items)}" uniqueCount="{len(items)}">{"".join(items)}</sst>'


def _table_xml(sheet: Sheet, n: int) -> str:
    width = len(sheet.rows[0])
    cols = "".join(f'<tableColumn id="{i}" name={quoteattr(str(h))}/>' for i, h in enumerate(sheet.rows[0], 1))
    ref = f"A1:{column(width)}{len(sheet.rows)}"
    return (f'<table xmlns="{MAIN}" id="{n}" name="Table{n}" displayName="Table{n}" ref="{ref}" totalsRowShown="0">'
            f'<autoFilter ref="{ref}"/><tableColumns count="{width}">{cols}</tableColumns>'
            '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" '
            'showColumnStripes="0"/></table>')


def _comments_xml(sheet: Sheet, author: str) -> str:
    comments = "".join(
        f'<comment ref="{ref}" authorId="0"><text><r><rPr><b/><sz val="9"/></rPr><t>{escape(author)}:</t></r>'
        f'<r><rPr><sz val="9"/></rPr><t xml:space="preserve">\n{escape(text)}</t></r></text></comment>'
        for ref, text in sheet.comments.items())
    return (f'<comments xmlns="{MAIN}"><authors><author>{escape(author)}</author></authors>'
            f'<commentList>{comments}</commentList></comments>')


def _vml(sheet: Sheet) -> str:
    shapes = "".join(
        f'<v:shape id="_x0000_s{1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;'
        'margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" '
        'o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
        '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/>'
        '</v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
        f'<x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{i}</x:Row>'
        '<x:Column>1</x:Column></x:ClientData></v:shape>' for i, _ in enumerate(sheet.comments))
    return ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" '
            'data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
            f'o:connecttype="rect"/></v:shapetype>{shapes}</xml>')


def _threads_xml(sheet: Sheet) -> str:
    threads = "".join(
        f'<threadedComment ref="{ref}" dT="2024-01-02T03:04:05.00" personId="{{00000000-0000-0000-0000-000000000001}}" '
        f'id="{{00000000-0000-0000-0000-00000000001{i}}}"><text>{escape(text)}</text></threadedComment>'
        for i, (ref, text) in enumerate(sheet.threads.items()))
    return (f'<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
            f'xmlns:x="{MAIN}">{threads}</ThreadedComments>')


def _rels(rels: list[tuple[str, str]]) -> str:
    items = "".join(f'<Relationship Id="rId{n}" Type="{t}" Target="{target}"/>'
                    for n, (t, target) in enumerate(rels, 1))
    return f'<Relationships xmlns="{RELS}">{items}</Relationships>'
