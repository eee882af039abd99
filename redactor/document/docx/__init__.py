"""Word .docx: every story part and every place text hides, as Segments; changes applied
outright or as tracked changes. See ``parts`` for what is examined and ``cleanup`` and
``metadata`` for what is cleared at load."""
from redactor.document.docx.document import DocxDocument

__all__ = ["DocxDocument"]
