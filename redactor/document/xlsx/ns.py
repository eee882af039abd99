"""SpreadsheetML namespaces, added to the Word layer's (DrawingML, relationships and
document properties are shared): ``q("x:c")`` is ``{...spreadsheetml/2006/main}c``."""
from __future__ import annotations

from functools import cache

from redactor.document.docx.ns import NS as WORD_NS

SPREADSHEET = {
    "x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "tc": "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments",
    "xm": "http://schemas.microsoft.com/office/excel/2006/main",
    "x14": "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
    "x14ac": "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
    "x15": "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main",
    "x15ac": "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac",
    "xv": "urn:schemas-microsoft-com:office:excel",
}
NS = {**WORD_NS, **SPREADSHEET}


@cache
def q(name: str) -> str:
    """Clark notation for a prefixed name (Word's prefixes and the spreadsheet ones)."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"
