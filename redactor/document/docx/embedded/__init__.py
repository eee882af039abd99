"""Embedded content a Word file carries and redactor redacts instead of refusing: workbooks
(a chart's data, a pasted spreadsheet; ``document/xlsx/``) and imported HTML chunks
(``w:altChunk``; ``document/html/``). Their texts are segments of the Word document, with the
same detection, the same case and the same review as the body.

At load (``prepare``) each is opened, cleaned and audited; one that holds something redactor
does not understand refuses the file, or, with ``--remove-embedded``, is removed with the
object or chunk that shows it. The preview picture of an embedded workbook is blanked
(``previews.py``). Binary OLE objects, other packages and RTF or MHT chunks are not read here:
the inventory leaves them "embedded" (refused unless removed)."""
