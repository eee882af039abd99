"""redactor: offline anonymisation of UK Domestic Homicide Review documents.

    from pathlib import Path
    from redactor import Redactor

    result = Redactor.create().redact_file(Path("IMR.docx"))
    print(result.output, len(result.plan.changes), "changes to review in", result.review_dir)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redactor.errors import RedactorError
from redactor.regex_flags import plain_flags
from redactor.version import __version__

plain_flags()  # before any pattern is compiled: the same patterns, compiled faster

__all__ = ["Redactor", "RedactorError", "__version__"]

if TYPE_CHECKING:
    from redactor.api import Redactor


def __getattr__(name: str) -> Any:
    """``Redactor`` is imported on first use, so commands like ``--help`` stay quick."""
    if name == "Redactor":
        from redactor.api import Redactor

        return Redactor
    raise AttributeError(f"module 'redactor' has no attribute {name!r}")
