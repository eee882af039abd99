"""Text that redactor writes into an output (a replacement from a case file or a reviewer):
what a text file and Word's XML can hold, checked where it is read, so a bad character is
one line naming the field rather than a failure while writing."""
from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator


def check_writable(value: str) -> str:
    """``value``, if it holds no control character (NUL, ESC, a line break...), lone
    surrogate or non-character."""
    bad = next((c for c in value if unicodedata.category(c) in ("Cc", "Cs") or c in "\ufffe\uffff"), None)
    if bad is not None:
        raise ValueError(f"must not hold a control character (U+{ord(bad):04X})")
    return value


Writable = Annotated[str, AfterValidator(check_writable)]
