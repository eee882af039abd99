"""Workbooks (.xlsx) embedded in a Word file: a chart's data, a pasted spreadsheet. Read with
lxml over the workbook's own XML (not openpyxl: it would drop the parts it does not model,
so nothing would say what it did not read, and rewrite formatting it does), opened with the
Word file's zip limits (``workbook.py``), cleaned (``clean.py``), read into places with table
labels (``places.py``, ``cells.py``, ``formulas.py``, ``targets.py``) and audited against
an inventory (``inventory.py``, ``audit.py``)."""
