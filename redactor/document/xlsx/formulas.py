"""Spreadsheet formulas as text: where their string literals are (text a reader may see,
redacted like any other) and their references to sheets, defined names and table
columns (renamed with the sheet, name or column they point at, so a redacted sheet name
leaves no trace in a formula and every reference still works)."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

# one token at a time: a string literal, a sheet reference ('Sheet 1'! or Sheet1!), a
# bracketed part (a structured reference to a table column, an external book index), a
# name (functions, defined names, cells, TRUE), or any other character
_TOKENS = regex.compile(r"""
    (?P<literal>"(?:[^"]|"")*")
  | (?P<sheet>'(?:[^']|'')*'(?=!)|[^\W\d][\w.]*(?=!))
  | (?P<bracket>\[(?:[^\[\]]|\[[^\[\]]*\])*\])
  | (?P<name>[^\W\d][\w.\\?]*)
  | (?P<other>.)
""", regex.VERBOSE | regex.DOTALL)
_COLUMN = regex.compile(r"\[(?P<at>@?)(?P<name>(?:'.|[^\[\]'])*)\]")
_BARE_SHEET = regex.compile(r"^[^\W\d][\w.]*$")
_CELL_LIKE = regex.compile(r"^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|true|false)$", regex.IGNORECASE)
SHEET_FORBIDDEN = regex.compile(r"[\[\]:*?/\\]")
SHEET_MAX = 31


def tokens(formula: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of every token; the kinds are the groups of ``_TOKENS``."""
    for m in _TOKENS.finditer(formula):
        kind = m.lastgroup or "other"
        yield kind, m.start(), m.end()


def literals(formula: str) -> list[str]:
    """The text of each string literal, unescaped ("" is one quote)."""
    return [formula[s + 1:e - 1].replace('""', '"') for k, s, e in tokens(formula) if k == "literal"]


def worded(literal: str) -> bool:
    """Is a literal (of a formula or a number format) text a reader sees: does it hold letters?"""
    return any(ch.isalpha() for ch in literal)


def worded_literals(formula: str) -> list[int]:
    """The numbers of the literals of ``formula`` that are text (``worded``)."""
    return [n for n, text in enumerate(literals(formula)) if worded(text)]


def set_literal(formula: str, n: int, text: str) -> str:
    """``formula`` with its ``n``-th string literal holding ``text``."""
    found = [(s, e) for k, s, e in tokens(formula) if k == "literal"]
    s, e = found[n]
    return formula[:s] + '"' + text.replace('"', '""') + '"' + formula[e:]


def sheets(formula: str) -> list[str]:
    """The sheet names referred to, unquoted."""
    return [_unquote(formula[s:e]) for k, s, e in tokens(formula) if k == "sheet"]


def rename_sheet(formula: str, old: str, new: str) -> str:
    """References to sheet ``old`` (any case) made references to ``new``."""
    return _rewrite(formula, "sheet", lambda t: quote_sheet(new) if _unquote(t).casefold() == old.casefold() else t)


def rename_names(formula: str, names: dict[str, str]) -> str:
    """Names (defined names, table names; keys in lower case) replaced, not where they are
    a function (before '(') or part of a sheet reference."""
    return _rewrite(formula, "name", lambda t: names.get(t.casefold(), t), lambda end: formula[end:end + 1] != "(")


def rename_column(formula: str, old: str, new: str) -> str:
    """Structured references to a table column named ``old`` (any case) made to ``new``."""
    def swap(bracket: str) -> str:
        return _COLUMN.sub(lambda m: f"[{m['at']}{_escape_column(new)}]"
                           if _unescape_column(m["name"]).casefold() == old.casefold() else m.group(), bracket)
    return _rewrite(formula, "bracket", swap)


def columns(formula: str) -> list[str]:
    """The table column names in the formula's structured references."""
    return [_unescape_column(m["name"]) for k, s, e in tokens(formula) if k == "bracket"
            for m in _COLUMN.finditer(formula[s:e])]


def quote_sheet(name: str) -> str:
    """A sheet name as a formula writes it: bare when it can be, else in single quotes."""
    if _BARE_SHEET.match(name) and not _CELL_LIKE.match(name):
        return name
    return "'" + name.replace("'", "''") + "'"


def sheet_name(text: str, taken: set[str]) -> str:
    """``text`` made a valid sheet name no other sheet has (case-insensitive): characters
    Excel forbids become brackets' neighbours, at most 31 characters, a number added on a clash."""
    base = SHEET_FORBIDDEN.sub(lambda m: "(" if m.group() == "[" else ")" if m.group() == "]" else "-", text)
    base = base.strip("'").strip()[:SHEET_MAX] or "Sheet"
    name, n = base, 1
    while name.casefold() in taken:
        n += 1
        name = f"{base[:SHEET_MAX - len(str(n)) - 1]} {n}"
    return name


def _rewrite(formula: str, kind: str, swap: Callable[[str], str],
             where: Callable[[int], bool] = lambda end: True) -> str:
    """``formula`` with each token of ``kind`` (ending where ``where`` allows) swapped."""
    out, pos = [], 0
    for k, s, e in tokens(formula):
        if k == kind and where(e):
            out += [formula[pos:s], swap(formula[s:e])]
            pos = e
    return "".join(out) + formula[pos:]


def _unquote(token: str) -> str:
    return token[1:-1].replace("''", "'") if token.startswith("'") else token


def _unescape_column(name: str) -> str:
    return regex.sub(r"'(.)", r"\1", name)


def _escape_column(name: str) -> str:
    return regex.sub(r"([\[\]'#@])", r"'\1", name)
