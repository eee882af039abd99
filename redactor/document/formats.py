"""Which files redactor reads, and the one line that tells a person what any other file is
and what to do with it (never anything from inside the file)."""
from __future__ import annotations

from pathlib import Path

from redactor.document.compound import entry_names
from redactor.errors import RedactorError

SUPPORTED = (".docx", ".txt", ".md")
_READS = "redactor reads .docx, .txt and .md"
_SAVE = "open it in Word and save it as .docx"
_WORD_97 = f"is a Word 97-2003 document: {_SAVE}"
_SPREADSHEET = f"is a spreadsheet: {_READS}; paste its table into a Word document to redact it"
_PRESENTATION = f"is a presentation: {_READS}; paste its text into a Word document to redact it"
_BY_SUFFIX = {
    ".doc": _WORD_97,
    ".dot": f"is a Word 97-2003 template: {_SAVE}",
    ".docm": f"is a Word document with macros: {_SAVE} (Word Document, without macros)",
    ".dotx": f"is a Word template: {_SAVE}",
    ".dotm": f"is a Word template with macros: {_SAVE}",
    ".rtf": f"is a Rich Text document: {_SAVE}",
    ".odt": "is an OpenDocument text: open it in Word or LibreOffice and save it as .docx",
    ".wpd": f"is a WordPerfect document: {_SAVE}",
    ".pdf": "is a PDF: redact the Word document it was made from (`redactor check` can check a PDF)",
    **dict.fromkeys((".xls", ".xlsx", ".xlsm", ".xlsb", ".ods", ".csv"), _SPREADSHEET),
    **dict.fromkeys((".ppt", ".pptx", ".odp"), _PRESENTATION),
}


def not_read(path: Path, shown: str | None = None) -> str | None:
    """Why redactor does not read ``path`` (named ``shown``, by default its name), judged by
    its suffix, or None when it does."""
    suffix, name = path.suffix.lower(), shown or path.name
    if suffix in SUPPORTED:
        return None
    if suffix in _BY_SUFFIX:
        return f"{name} {_BY_SUFFIX[suffix]}"
    return f"{name}: unsupported file type '{suffix or 'none'}' ({_READS})"


def compound_file_refusal(name: str, data: bytes) -> RedactorError:
    """The refusal of a compound file given as a .docx: a password-protected .docx (Word
    encrypts into a compound file holding EncryptionInfo and EncryptedPackage), a Word
    97-2003 document, workbook or presentation renamed, or something else."""
    names = entry_names(data) or set()
    if {"EncryptionInfo", "EncryptedPackage"} <= names:
        return RedactorError(f"{name}: the file is password-protected (encrypted); "
                             "remove the password in Word and save it again")
    if "WordDocument" in names:
        return RedactorError(f"{name} {_WORD_97}")
    if names & {"Workbook", "Book"}:
        return RedactorError(f"{name} {_SPREADSHEET}")
    if "PowerPoint Document" in names:
        return RedactorError(f"{name} {_PRESENTATION}")
    return RedactorError(f"{name}: not a valid Word document (an Office 97-2003 file that is damaged or of "
                         f"another kind); {_SAVE}")
