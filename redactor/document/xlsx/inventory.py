"""The inventory of a workbook embedded in a Word file: every kind of part and what is done
with it, and, for the audit (``audit.py``), every element and attribute that may hold text.
Data, not code, in the manner of the Word inventory (``document/docx/inventory.py``), whose
DrawingML, document-property and relationship entries apply here too.

Actions (``Kind.action``): read (every text a segment), rewrite (cleaned to known safe
values), remove, and ``embedded``: something in the workbook that redactor does not
understand (macros, links to other files, pivot caches, objects inside it, unknown parts),
so the workbook cannot be redacted: refused unless ``--remove-embedded`` removes it."""
from __future__ import annotations

import regex

from redactor.document.docx import inventory as word
from redactor.document.docx.inventory import IMAGE_TYPES, Action, Kind
from redactor.document.xlsx.ns import SPREADSHEET, q

R, W, X, E = Action.READ, Action.REWRITE, Action.REMOVE, Action.EMBEDDED
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_OFFICE = "application/vnd.openxmlformats-officedocument."
_MS = "application/vnd.ms-excel."

WORKBOOK_TYPES = (_SML + "sheet", _SML + "template")  # an .xlsx (or .xltx) as a part of a Word file
MACROS = Kind(E, "macros")
UNKNOWN = Kind(E, "parts of a kind redactor does not know")
EMBEDDED_OBJECTS = Kind(E, "embedded objects")

# content type (lower case) -> kind
PARTS: dict[str, Kind] = {t.lower(): k for t, k in {
    _SML + "sheet.main+xml": Kind(R, "workbook", (q("x:workbook"),)),
    _SML + "template.main+xml": Kind(R, "workbook", (q("x:workbook"),)),
    _SML + "worksheet+xml": Kind(R, "worksheet", (q("x:worksheet"),)),
    _SML + "chartsheet+xml": Kind(R, "chart sheet", (q("x:chartsheet"),)),
    _SML + "sharedstrings+xml": Kind(R, "shared strings", (q("x:sst"),)),
    _SML + "comments+xml": Kind(R, "comments", (q("x:comments"),)),
    _SML + "table+xml": Kind(R, "table", (q("x:table"),)),
    _MS + "threadedcomments+xml": Kind(R, "threaded comments", (q("tc:ThreadedComments"),)),
    _MS + "person+xml": Kind(W, "comment authors", (q("tc:personList"),)),
    _SML + "styles+xml": Kind(W, "styles", (q("x:styleSheet"),)),
    _SML + "sheetmetadata+xml": Kind(W, "cell metadata", (q("x:metadata"),)),
    _SML + "calcchain+xml": Kind(X, "calculation chain"),
    _SML + "printersettings": Kind(X, "printer settings"),
    _OFFICE + "vmldrawing": Kind(W, "comment shapes", ("xml",)),
    _OFFICE + "drawing+xml": Kind(R, "drawing", (q("xdr:wsDr"),)),
    _OFFICE + "drawingml.chart+xml": Kind(R, "chart", (q("c:chartSpace"),)),
    "application/vnd.ms-office.chartstyle+xml": Kind(W, "chart style", (q("cs:chartStyle"),)),
    "application/vnd.ms-office.chartcolorstyle+xml": Kind(W, "chart colours", (q("cs:colorStyle"),)),
    _OFFICE + "theme+xml": Kind(W, "theme", (q("a:theme"),)),
    "application/vnd.openxmlformats-package.core-properties+xml": Kind(W, "core properties",
                                                                        (q("cp:coreProperties"),)),
    _OFFICE + "extended-properties+xml": Kind(W, "app properties", (q("ep:Properties"),)),
    _OFFICE + "custom-properties+xml": Kind(X, "custom document properties"),
    _OFFICE + "customxmlproperties+xml": Kind(X, "custom XML properties"),
    "application/vnd.openxmlformats-package.relationships+xml": Kind(W, "relationships", (q("pr:Relationships"),)),
    "application/vnd.ms-office.vbaproject": MACROS,
    _MS + "sheet.macroenabled.main+xml": MACROS,
    _MS + "template.macroenabled.main+xml": MACROS,
    _MS + "macrosheet+xml": MACROS,
    _MS + "intlmacrosheet+xml": MACROS,
    _SML + "dialogsheet+xml": MACROS,
    _SML + "externallink+xml": Kind(E, "links to other files"),
    _SML + "pivotcachedefinition+xml": Kind(E, "a pivot table's source data"),
    _SML + "pivotcacherecords+xml": Kind(E, "a pivot table's source data"),
    _SML + "pivottable+xml": Kind(E, "a pivot table's source data"),
    _SML + "connections+xml": Kind(E, "data connections"),
    _SML + "querytable+xml": Kind(E, "data queries"),
    _SML + "revisionheaders+xml": Kind(E, "a change history"),
    _SML + "revisionlog+xml": Kind(E, "a change history"),
    _SML + "usernames+xml": Kind(E, "a change history"),
    _OFFICE + "oleobject": EMBEDDED_OBJECTS,
    _OFFICE + "package": EMBEDDED_OBJECTS,
    "application/vnd.ms-office.activex+xml": Kind(E, "controls"),
    _MS + "controlproperties+xml": Kind(E, "controls"),
    _MS + "slicer+xml": Kind(E, "slicers"),
    _MS + "slicercache+xml": Kind(E, "slicers"),
}.items()}
for _t in IMAGE_TYPES:  # text inside them is not read here: refused, or removed with --remove-embedded
    PARTS[_t] = Kind(E, "pictures")

# relationship type (last path segment, lower case) -> kind, overriding the content type's
RELATIONSHIPS: dict[str, Kind] = {
    "thumbnail": Kind(X, "thumbnail picture"),
    "printersettings": Kind(X, "printer settings"),
    "custom-properties": Kind(X, "custom document properties"),
    "customxml": Kind(X, "custom XML data"),
    "customxmlprops": Kind(X, "custom XML properties"),
    "vbaproject": MACROS,
    "oleobject": EMBEDDED_OBJECTS,
    "package": EMBEDDED_OBJECTS,
    "externallink": Kind(E, "links to other files"),
    "externallinkpath": Kind(E, "links to other files"),
}

# Clean-up at load (clean.py) ------------------------------------------------------------
# elements removed wherever they are: phonetic guides (a second copy of cell text), a
# saved file path, shared-workbook reservations and personal views (user names),
# protected-range names, web-publishing items, and the 'Author:' text of legacy comments
# is rewritten below
REMOVED_ELEMENTS = (q("x:rPh"), q("x:phoneticPr"), q("x15ac:absPath"), q("x:fileSharing"),
                    q("x:customWorkbookViews"), q("x:customSheetViews"), q("x:protectedRanges"),
                    q("x:webPublishItems"), q("x:webPublishObjects"), q("x:smartTags"), q("x:fileRecoveryPr"))
# defined-name attributes holding free text, removed
DEFINED_NAME_TEXT = ("comment", "description", "help", "statusBar", "customMenu")
BUILTIN_NAME = "_xlnm."  # Excel's own defined names (print areas, filters): kept
AUTHOR = "Reviewer"

# The audit (audit.py) ------------------------------------------------------------------
KNOWN_NAMESPACES = word.KNOWN_NAMESPACES | frozenset(SPREADSHEET.values()) | frozenset({
    *(f"http://schemas.microsoft.com/office/spreadsheetml/{v}" for v in (
        "2014/revision", "2015/revision2", "2016/revision3", "2016/revision5", "2016/revision6",
        "2016/revision9", "2016/revision10", "2016/revision16", "2015/02/main", "2018/calcfeatures",
        "2017/dynamicarray", "2019/extlinksprops", "2020/richdatawebimage")),
    "http://schemas.libreoffice.org/",  # LibreOffice's own settings (reference syntax)
    "",  # the unqualified root and text-box markup of legacy comment shapes (checked below)
})
UNQUALIFIED = frozenset({"xml", "div", "font", "br", "b", "i", "u"})  # legacy comment shapes only
# element text a reader sees: a segment, a value redactor wrote, or empty
FREE_TEXT = word.FREE_TEXT | frozenset({
    q("x:t"), q("tc:text"), q("x:author"),
    *(q(f"x:{n}") for n in ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")),
})
# formulas: their string literals must be segments; their references are renamed with
# what they point at (formulas.py)
FORMULA_TEXT = frozenset({q("x:f"), q("x:formula"), q("x:formula1"), q("x:formula2"), q("xm:f"),
                          q("x:definedName"), q("x:calculatedColumnFormula"), q("x:totalsRowFormula"),
                          q("c:f"), q("cx:f")})
FORMULA_ATTRIBUTES = frozenset({(q("x:hyperlink"), "location")})
# attributes holding free text: a segment, a value redactor wrote, or empty
FREE_ATTRIBUTES = word.FREE_ATTRIBUTES | frozenset({
    (q("x:sheet"), "name"), (q("x:hyperlink"), "display"), (q("x:hyperlink"), "tooltip"),
    *((q("x:dataValidation"), a) for a in ("promptTitle", "prompt", "errorTitle", "error")),
    (q("x:cfRule"), "text"), (q("x:filter"), "val"), (q("x:customFilter"), "val"),
    (q("x:tableColumn"), "name"), (q("x:tableColumn"), "totalsRowLabel"), (q("x:table"), "name"),
    (q("x:table"), "displayName"), (q("x:definedName"), "name"), (q("x:cellStyle"), "name"),
    (q("x:tableStyle"), "name"), (q("tc:person"), "displayName"), (q("xdr:cNvPr"), "name"),
    (q("xdr:cNvPr"), "descr"), (q("xdr:cNvPr"), "title"),
})
# a number format: a segment when it shows words of its own ("Seen by "@), else a code
NUMBER_FORMAT = (q("x:numFmt"), "formatCode")
# structural attributes that may hold spaces: fonts (kept as written, as in Word), number
# formats (words of their own are read: NUMBER_FORMAT)
SPACED_ATTRIBUTES = word.SPACED_ATTRIBUTES | word.FONT_ATTRIBUTES | frozenset({
    (q("x:name"), "val"), (q("x:rFont"), "val"), (q("x:numFmt"), "formatCode"),
})
# values with spaces that must have their own shape: lists of cell ranges, shape anchors,
# style declarations, chart number formats showing no words of their own
_RANGE = r"(?=[^ ]*[\d:])\$?[A-Z]{0,3}\$?\d{0,7}(?::\$?[A-Z]{0,3}\$?\d{0,7})?"  # a cell, a range
RANGES = regex.compile(rf"^{_RANGE}(?: {_RANGE})*$")
SHAPED_ATTRIBUTES = {"sqref": RANGES, "style": regex.compile(r"^(?:\s*[\w.-]+\s*:[^;:]*(?:;|$))*\s*$")}
SHAPED_TEXT = {q("xm:sqref"): RANGES, q("xv:Anchor"): regex.compile(r"^[-\d\s,]*$"),
               q("c:formatCode"): regex.compile(r'^(?:[^"]|"[^"\p{L}]*")*$')}
