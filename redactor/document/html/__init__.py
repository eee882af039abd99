"""HTML chunks a Word file imports (``w:altChunk``, text/html or application/xhtml+xml):
parsed and cleaned (``chunk.py``, ``css.py``), read paragraph by paragraph with table labels
(``places.py``) and audited against an inventory (``inventory.py``, ``audit.py``)."""
