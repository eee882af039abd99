"""The inventory of a .docx: every kind of zip entry, relationship and free-text place,
and what is done with it. Data, not code: ``classify.py`` (parts and relationships) and
``audit.py`` (elements and attributes) consult these tables; anything not on them is
refused unless the user waives it with ``--allow-unknown-parts``.

Actions:
  read      every text is a segment, redacted with the same decisions as the body
  rewrite   cleaned to a known safe value (names cleared, structure kept)
  remove    dropped, with its relationships and the elements that show it
  embedded  content that cannot be checked: refused unless --remove-embedded removes it
  refuse    never processed
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from redactor.document.docx.ns import NS, q


class Action(str, Enum):
    READ = "read"
    REWRITE = "rewrite"
    REMOVE = "remove"
    EMBEDDED = "embedded"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Kind:
    """One kind of part: what is done with it, what it is called in messages and, for XML
    parts, the root elements it may have (anything else is refused as unknown)."""

    action: Action
    says: str
    roots: tuple[str, ...] = ()


_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_DML = "application/vnd.openxmlformats-officedocument.drawingml."
_OFFICE = "application/vnd.openxmlformats-officedocument."
_MS = "application/vnd.ms-office."
R, W, E, X, F = Action.READ, Action.REWRITE, Action.EMBEDDED, Action.REMOVE, Action.REFUSE

MAIN_TYPES = (_WML + "document.main+xml", _WML + "template.main+xml")
MACRO_MAIN_TYPES = ("application/vnd.ms-word.document.macroenabled.main+xml",
                    "application/vnd.ms-word.template.macroenabledtemplate.main+xml")

# content type -> kind (types compared in lower case)
PARTS: dict[str, Kind] = {
    MAIN_TYPES[0]: Kind(R, "main document", (q("w:document"),)),
    MAIN_TYPES[1]: Kind(R, "main document", (q("w:document"),)),
    MACRO_MAIN_TYPES[0]: Kind(F, "macro-enabled document"),
    MACRO_MAIN_TYPES[1]: Kind(F, "macro-enabled document"),
    _WML + "header+xml": Kind(R, "header", (q("w:hdr"),)),
    _WML + "footer+xml": Kind(R, "footer", (q("w:ftr"),)),
    _WML + "footnotes+xml": Kind(R, "footnotes", (q("w:footnotes"),)),
    _WML + "endnotes+xml": Kind(R, "endnotes", (q("w:endnotes"),)),
    _WML + "comments+xml": Kind(R, "comments", (q("w:comments"),)),
    _WML + "commentsextended+xml": Kind(W, "comment threads", (q("w15:commentsEx"),)),
    _WML + "commentsids+xml": Kind(W, "comment ids", (q("w16cid:commentsIds"),)),
    _WML + "commentsextensible+xml": Kind(W, "comment dates", (q("w16cex:commentsExtensible"),)),
    _WML + "people+xml": Kind(W, "reviewers", (q("w15:people"),)),
    _WML + "styles+xml": Kind(W, "styles", (q("w:styles"),)),
    "application/vnd.ms-word.styleswitheffects+xml": Kind(W, "styles", (q("w:styles"),)),
    _WML + "numbering+xml": Kind(R, "numbering", (q("w:numbering"),)),
    _WML + "settings+xml": Kind(W, "settings", (q("w:settings"),)),
    _WML + "websettings+xml": Kind(W, "web settings", (q("w:webSettings"),)),
    _WML + "fonttable+xml": Kind(W, "font table", (q("w:fonts"),)),
    _WML + "document.glossary+xml": Kind(X, "AutoText (glossary)"),
    _WML + "printersettings": Kind(X, "printer settings"),
    _OFFICE + "theme+xml": Kind(W, "theme", (q("a:theme"),)),
    _OFFICE + "themeoverride+xml": Kind(W, "theme", (q("a:themeOverride"),)),
    "application/vnd.openxmlformats-package.core-properties+xml": Kind(W, "core properties", (q("cp:coreProperties"),)),
    _OFFICE + "extended-properties+xml": Kind(W, "app properties", (q("ep:Properties"),)),
    _OFFICE + "custom-properties+xml": Kind(X, "custom document properties"),
    _OFFICE + "customxmlproperties+xml": Kind(W, "custom XML properties", (q("ds:datastoreItem"),)),
    _DML + "chart+xml": Kind(R, "chart", (q("c:chartSpace"),)),
    _MS + "chartex+xml": Kind(R, "chart", (q("cx:chartSpace"),)),
    _MS + "chartstyle+xml": Kind(W, "chart style", (q("cs:chartStyle"),)),
    _MS + "chartcolorstyle+xml": Kind(W, "chart colours", (q("cs:colorStyle"),)),
    _DML + "diagramdata+xml": Kind(R, "SmartArt data", (q("dgm:dataModel"),)),
    _MS + "drawingml.diagramdrawing+xml": Kind(R, "SmartArt drawing", (q("dsp:drawing"),)),
    _DML + "diagramlayout+xml": Kind(W, "SmartArt layout", (q("dgm:layoutDef"),)),
    _DML + "diagramstyle+xml": Kind(W, "SmartArt style", (q("dgm:styleDef"),)),
    _DML + "diagramcolors+xml": Kind(W, "SmartArt colours", (q("dgm:colorsDef"),)),
    "application/vnd.openxmlformats-package.relationships+xml": Kind(W, "relationships", (q("pr:Relationships"),)),
    _OFFICE + "oleobject": Kind(E, "embedded object"),
    _OFFICE + "obfuscatedfont": Kind(X, "embedded font"),
    "application/x-font-ttf": Kind(X, "embedded font"),
    "application/vnd.ms-office.vbaproject": Kind(F, "macros"),
    "application/vnd.ms-word.vbadata+xml": Kind(F, "macros"),
    "application/vnd.ms-word.keymapcustomizations+xml": Kind(X, "key customisations"),
    "application/vnd.ms-word.attachedtoolbars": Kind(X, "toolbars"),
    _MS + "activex+xml": Kind(E, "ActiveX control"),
    _MS + "activex": Kind(E, "ActiveX control"),
    _MS + "webextension+xml": Kind(X, "add-in data"),
    _MS + "webextensiontaskpanes+xml": Kind(X, "add-in data"),
    _MS + "intelligence2+xml": Kind(X, "editor data"),
    "application/vnd.openxmlformats-package.digital-signature-origin": Kind(X, "digital signature"),
    "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml": Kind(X, "digital signature"),
    "application/vnd.openxmlformats-package.digital-signature-certificate": Kind(X, "digital signature"),
}
# pictures: their text is read and covered (document/pictures/, docx/pictures.py)
IMAGE_TYPES = ("image/png", "image/jpeg", "image/jpg", "image/gif", "image/bmp", "image/tiff", "image/x-png",
               "image/x-emf", "image/x-wmf", "image/emf", "image/wmf", "image/svg+xml")
for _t in IMAGE_TYPES:
    PARTS[_t] = Kind(W, "image")
for _t in ("image/x-pict", "image/webp"):
    PARTS[_t] = Kind(E, "picture redactor cannot read")
PARTS = {t.lower(): kind for t, kind in PARTS.items()}  # content types compare in lower case

# relationship type (its last path segment, lower case) -> kind of the part it points at,
# overriding the content type's (a thumbnail is an image/jpeg that is removed)
RELATIONSHIPS: dict[str, Kind] = {
    "thumbnail": Kind(X, "thumbnail picture"),
    "customxml": Kind(W, "custom XML data"),
    "glossarydocument": Kind(X, "AutoText (glossary)"),
    "oleobject": Kind(E, "embedded object"),
    "package": Kind(E, "embedded workbook or document"),
    "afchunk": Kind(E, "imported file chunk (altChunk)"),
    "control": Kind(E, "ActiveX control"),
    "activexcontrolbinary": Kind(E, "ActiveX control"),
    "printersettings": Kind(X, "printer settings"),
    "custom-properties": Kind(X, "custom document properties"),
    "attachedtemplate": Kind(X, "attached template"),
    "mailmergesource": Kind(X, "mail-merge data"),
    "mailmergeheadersource": Kind(X, "mail-merge data"),
    "recipientdata": Kind(X, "mail-merge data"),
    "vbaproject": Kind(F, "macros"),
    "digital-signature": Kind(X, "digital signature"),
    "origin": Kind(X, "digital signature"),
    "signature": Kind(X, "digital signature"),
}

# embedded content redactor reads (document/docx/embedded/), by (relationship type,
# content type): workbooks (a chart's data, a pasted spreadsheet) and imported HTML chunks;
# every other embedded package, binary OLE object and RTF or MHT chunk stays "embedded";
# the picture an embedded workbook shows until it is opened is blanked (it shows the old cells)
REDACTABLE: dict[tuple[str, str], Kind] = {
    ("package", _OFFICE + "spreadsheetml.sheet"): Kind(R, "embedded workbook"),
    ("package", _OFFICE + "spreadsheetml.template"): Kind(R, "embedded workbook"),
    ("afchunk", "text/html"): Kind(R, "imported HTML chunk"),
    ("afchunk", "application/xhtml+xml"): Kind(R, "imported HTML chunk"),
}
PREVIEW = Kind(W, "preview picture of an embedded workbook")

# external targets: hyperlinks to web pages are read (redacted as text); mailto: links
# become "mailto:"; every other external target (linked pictures, templates, data
# sources, linked objects, other schemes) is replaced by EXTERNAL_PLACEHOLDER
WEB_SCHEMES = ("http://", "https://")
EXTERNAL_PLACEHOLDER = "about:blank"
MAILTO = "mailto:"

# elements that point at a part through a relationship id, and the element removed with
# that part (a picture's whole drawing, an OLE object, an imported chunk)
OWNERS: dict[str, tuple[str, ...]] = {
    q("a:blip"): (q("w:drawing"), q("w:pict")),
    q("v:imagedata"): (q("w:pict"), q("w:object")),
    q("o:OLEObject"): (q("w:object"),),
    q("w:objectEmbed"): (q("w:object"),),
    q("w:control"): (q("w:object"), q("w:pict")),
    q("w:altChunk"): (q("w:altChunk"),),
    q("c:externalData"): (q("c:externalData"),),
    q("c:userShapes"): (q("c:userShapes"),),
    q("w:embedRegular"): (q("w:embedRegular"),),
    q("w:embedBold"): (q("w:embedBold"),),
    q("w:embedItalic"): (q("w:embedItalic"),),
    q("w:embedBoldItalic"): (q("w:embedBoldItalic"),),
    q("w:attachedTemplate"): (q("w:attachedTemplate"),),
    q("w:printerSettings"): (q("w:printerSettings"),),
}

# Places rewritten at load (places.py) ---------------------------------------------------
# core and app properties: only these stay; True = read (a segment), False = kept when a
# short token (a date, a count, a version); everything else (creator, company, manager,
# status, identifier, version, hyperlink base, titles of parts, HLinks...) is removed
CORE_KEPT = {q("dc:title"): True, q("dc:subject"): True, q("cp:keywords"): True, q("dc:description"): True,
             q("cp:category"): True, q("dcterms:created"): False, q("dcterms:modified"): False,
             q("cp:revision"): False, q("dc:language"): False}
APP_KEPT = {q(f"ep:{n}"): False for n in ("TotalTime", "Pages", "Words", "Characters", "Lines", "Paragraphs",
                                         "CharactersWithSpaces", "DocSecurity", "ScaleCrop", "LinksUpToDate",
                                         "SharedDoc", "HyperlinksChanged", "AppVersion")}
# core properties read as segments, and what a location calls them
CORE_SEGMENTS = (("dc:title", "title"), ("dc:subject", "subject"), ("cp:keywords", "keywords"),
                 ("dc:description", "comments"), ("cp:category", "category"))
# properties that name people, places or paths (not kept above; `redactor check` reports them)
NAMING_PROPERTIES = ("dc:creator", "cp:lastModifiedBy", "cp:contentStatus", "dc:identifier", "cp:version",
                     "ep:Company", "ep:Manager", "ep:Template", "ep:HyperlinkBase")
# elements removed wherever they are: content-control placeholders (they name AutoText
# entries), form-field macros, style aliases, web frames
REMOVED_ELEMENTS = (q("w:placeholder"), q("w:entryMacro"), q("w:exitMacro"), q("w:aliases"), q("w:frameset"))

# The audit (audit.py) ---------------------------------------------------------------------
# namespaces whose elements and attributes may appear (anything else: unknown)
KNOWN_NAMESPACES = frozenset({
    *(NS[p] for p in NS),
    "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "http://schemas.microsoft.com/office/word/2006/wordml",
    "http://schemas.microsoft.com/office/word/2015/wordml/symex",
    "http://schemas.microsoft.com/office/word/2018/wordml",
    "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
    "http://schemas.microsoft.com/office/word/2023/wordml/word16du",
    "http://schemas.microsoft.com/office/word/2016/wordml/cid",
    "urn:schemas-microsoft-com:office:word",
    "urn:schemas-microsoft-com:office:excel",
    "http://schemas.microsoft.com/office/drawing/2010/main",
    "http://schemas.microsoft.com/office/drawing/2014/main",
    "http://schemas.microsoft.com/office/drawing/2016/ink",
    "http://schemas.microsoft.com/office/drawing/2017/model3d",
    "http://schemas.microsoft.com/office/drawing/2016/SVG/main",
    "http://schemas.microsoft.com/office/drawing/2007/8/2/chart",
    "http://schemas.microsoft.com/office/drawing/2012/chart",
    "http://schemas.microsoft.com/office/drawing/2014/chart",
    "http://schemas.microsoft.com/office/drawing/2010/diagram",
    "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing",
    "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    "http://schemas.microsoft.com/office/thememl/2012/main",
    "http://purl.org/dc/dcmitype/",
    "http://www.w3.org/2001/XMLSchema-instance",
    "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "http://schemas.openxmlformats.org/package/2006/relationships",
    "http://schemas.microsoft.com/office/2019/extlst",
    "http://schemas.microsoft.com/office/mac/office/2008/main",
    "urn:schemas-microsoft-com:mac:vml",
    "http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock",
    "http://schemas.microsoft.com/office/drawing/2015/06/chart",
    "http://schemas.microsoft.com/office/drawing/2017/03/chart",
    "http://schemas.microsoft.com/office/drawing/2010/chartDrawing",
    *(f"http://schemas.microsoft.com/office/drawing/{d}/chartex" for d in (
        "2015/9/8", "2015/10/21", "2016/5/9", "2016/5/10", "2016/5/11", "2016/5/12", "2016/5/13", "2016/5/14")),
})
# elements whose text a reader sees: each must be a segment (read) or empty
FREE_TEXT = frozenset({q("w:t"), q("w:delText"), q("w:instrText"), q("w:delInstrText"), q("a:t"), q("m:t"),
                       q("dc:title"), q("dc:subject"), q("cp:keywords"), q("dc:description"), q("cp:category")})
# attributes that hold free text: each must be a segment, a value redactor wrote, or empty
FREE_ATTRIBUTES = frozenset({
    (q("wp:docPr"), "descr"), (q("wp:docPr"), "title"), (q("pic:cNvPr"), "descr"), (q("pic:cNvPr"), "title"),
    (q("w:fldSimple"), q("w:instr")), (q("w:hyperlink"), q("w:tooltip")), (q("w:hyperlink"), q("w:docLocation")),
    (q("w:listItem"), q("w:displayText")), (q("w:listItem"), q("w:value")), (q("w:alias"), q("w:val")),
    (q("w:tag"), q("w:val")), (q("w:helpText"), q("w:val")), (q("w:statusText"), q("w:val")),
    (q("w:lvlText"), q("w:val")), (q("w:tblCaption"), q("w:val")), (q("w:tblDescription"), q("w:val")),
    (q("v:textpath"), "string"), (q("a:hlinkClick"), "tooltip"), (q("w:name"), q("w:val")),
    (q("w:lsdException"), q("w:name")), (q("w:bookmarkStart"), q("w:name")),
    (q("w:docPartGallery"), q("w:val")), (q("w:docPartCategory"), q("w:val")), (q("w:default"), q("w:val")),
    (q("w:listEntry"), q("w:val")),
})
# structural attributes whose values may contain spaces (fonts, styles, formulas, bindings);
# every other attribute value must be a short token without spaces
# font names: structural, kept as written (a font named after a person would survive)
FONT_ATTRIBUTES = frozenset({*((q("w:rFonts"), q(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia", "cs")),
                             (q("w:font"), q("w:name")), (q("w:altName"), q("w:val"))})
SPACED_ATTRIBUTES = frozenset({
    q("mc:Ignorable"), q("mc:ProcessContent"), q("mc:MustUnderstand"), q("mc:Requires"), *FONT_ATTRIBUTES,
    (q("w:dataBinding"), q("w:prefixMappings")), (q("w:dataBinding"), q("w:xpath")),
    (q("w:dateFormat"), q("w:val")), (q("m:mathFont"), q("m:val")), (q("w:format"), q("w:val")),
})
VML_FREE_ATTRIBUTES = frozenset({"alt", "title", q("o:title")})  # on any VML element
# unqualified attributes with spaces allowed only on elements of one namespace
SPACED_BY_NAMESPACE = {NS["v"]: frozenset({"style", "eqn", "coordsize"}), NS["a"]: frozenset({"typeface"})}
# element text that may contain spaces without being read (chart formulas and formats)
SPACED_TEXT = frozenset({q("c:f"), q("c:formatCode"), q("cx:f")})
TOKEN_MAX = 256
