"""Word .docx: every place text hides, as Segments; changes applied outright (``render``)
or as Word tracked changes (``render_tracked``).

First every zip entry and relationship is classified by the inventory (``inventory.py``,
applied by ``classify.py``): read, rewritten, removed or refused; unknown kinds are refused
unless waived. Pictures are re-encoded without metadata (``images.py``).

Segments (same detection and decisions as the body): paragraphs of the body, tables
(nested too, with column/row labels), headers and footers of every kind and section,
footnotes, endnotes, comments, text boxes (the VML fallback copy mirrors its DrawingML
twin), deleted text and field codes (own segments per
paragraph), content controls, hidden text, SmartArt data (its drawing cache mirrors it),
chart titles and labels, alt text and image titles (docPr, pic:cNvPr, VML), table
captions and descriptions, simple-field instructions, link tooltips, dropdown items,
web link targets (http, https), the core title, subject, keywords,
comments and category; and embedded workbooks and imported HTML chunks (``embedded/``).

Cleared or removed at load (no learning worth keeping): authors and last-modified-by;
company, manager, template, hyperlink base, titles of parts; custom properties; the
thumbnail; document variables, mail merge and attached template; rsids; comment and
revision authors ('Reviewer', initials 'R') and people.xml presence; drawing object
names ('Picture <id>'); bookmark names ('_bm<n>', links and REF fields follow); custom
XML data (bound nodes refilled from the redacted control at render). Removed: the glossary
(AutoText), custom properties, thumbnail, printer settings, signatures; embedded objects,
workbooks and chunks redactor cannot redact, and pictures, only with ``remove_embedded``
(else refused).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redactor.document.docx.document import DocxDocument

__all__ = ["DocxDocument"]


def __getattr__(name: str) -> Any:
    """``DocxDocument`` on first use: the rooms of embedded documents use this package's zip,
    inventory and run modules, so importing the package must not import the whole loader."""
    if name == "DocxDocument":
        from redactor.document.docx.document import DocxDocument

        return DocxDocument
    raise AttributeError(name)
