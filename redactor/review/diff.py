"""``redactor diff``: a word-level diff of an original and its redacted copy, for a
quick look in the terminal. It prints document text: the user asked for it."""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

from rich.console import Console
from rich.text import Text

from redactor.document import load_document
from redactor.errors import RedactorError
from redactor.files import read_input

# one token each: a [placeholder]; a word with inner @ . ' - (e-mails, hyphenated names);
# a run of spaces; a punctuation mark
_TOKEN = re.compile(r"\[[^\]\n]*\]|[\w@.'-]*\w|\s+|[^\w\s]")


def document_text(path: Path) -> str:
    """A text file's text, or a Word file's segments one per line."""
    if path.suffix.lower() == ".docx":
        return "\n".join(s.text for s in load_document(path).segments)
    try:
        return read_input(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RedactorError(f"{path.name}: not UTF-8 text") from None


def _words(before: str, after: str) -> list[tuple[str, str]]:
    """(op, text) pieces: op is "=" kept, "-" removed, "+" inserted."""
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    pieces = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("+", "".join(b[j1:j2])))
    return pieces


def word_diff(before: str, after: str) -> list[list[tuple[str, str]]]:
    """The changed lines, each as (op, text) pieces. Lines are matched first, then
    words within each changed block, so long documents stay fast."""
    a, b = before.splitlines(), after.splitlines()
    out: list[list[tuple[str, str]]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        lines: list[list[tuple[str, str]]] = [[]]
        for kind, text in _words("\n".join(a[i1:i2]), "\n".join(b[j1:j2])):
            for k, part in enumerate(text.split("\n")):
                if k:
                    lines.append([])
                if part:
                    lines[-1].append((kind, part))
        out += [line for line in lines if any(kind != "=" for kind, _ in line)]
    return out


def print_word_diff(original: Path, redacted: Path, console: Console) -> int:
    """Print each changed line with removals struck through in red and insertions in
    green (``[-old-]{+new+}`` without colour); returns the number of changed lines."""
    plain = console.no_color or console.color_system is None
    changed = word_diff(document_text(original), document_text(redacted))
    for line in changed:
        out = Text()
        for op, text in line:
            if op == "=":
                out.append(text)
            elif plain:
                out.append(f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
            else:
                out.append(text, style="red strike" if op == "-" else "green")
        console.print(out)
    console.print(Text(f"{len(changed)} changed lines", style="dim"))
    return len(changed)
