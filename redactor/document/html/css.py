"""Style sheets and style attributes of an HTML chunk reduced to plain formatting: only the
listed properties, with values of words, numbers, colours and lengths. Quoted strings,
url(), expression(), imports, comments and generated content go (they can fetch, run or
show text of their own)."""
from __future__ import annotations

import regex

from redactor.document.html.inventory import CSS_PROPERTIES

_VALUE = regex.compile(r"^[\w\s#%.,()+/!-]*$")
_RULE = regex.compile(r"([^{}]*)\{([^{}]*)\}")
_SELECTOR = regex.compile(r"^[\w\s.,#>:*+~-]+$")
_COMMENT = regex.compile(r"/\*.*?\*/", regex.DOTALL)


def declarations(text: str) -> str:
    """The declarations of a style attribute that stay, in order."""
    kept = []
    for item in _COMMENT.sub("", text).split(";"):
        name, _, value = item.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "font-family":
            value = value.replace('"', "").replace("'", "")
        low = value.lower()
        if name in CSS_PROPERTIES and value and _VALUE.match(value) and "url(" not in low and "expression" not in low:
            kept.append(f"{name}: {value}")
    return "; ".join(kept)


def sheet(text: str) -> str:
    """A style element's rules whose selectors are plain, with their declarations cleaned."""
    out = []
    for m in _RULE.finditer(_COMMENT.sub("", regex.sub(r"@[^{;]*(;|\{[^{}]*\})", "", text))):
        selector, body = " ".join(m.group(1).split()), declarations(m.group(2))
        if selector and body and _SELECTOR.match(selector):
            out.append(f"{selector} {{ {body} }}")
    return "\n".join(out)
