"""Style sheets and style attributes of an HTML chunk reduced to plain formatting: only the
listed properties, with values of lower-case keywords, numbers, colours and lengths, in rules
that select elements by name. Quoted strings, url(), expression(), imports, comments,
generated content, classes and ids go (they can fetch, run, show text of their own or carry
a name)."""
from __future__ import annotations

import regex

from redactor.document.html.inventory import BLOCKS, CSS_PROPERTIES, INLINE, STRUCTURE

_VALUE = regex.compile(r"^[\w\s#%.,()+/!-]*$")
_HEX = regex.compile(r"#[0-9A-Fa-f]+")
_RULE = regex.compile(r"([^{}]*)\{([^{}]*)\}")
_SELECTOR = regex.compile(r"^[a-z0-9*]+(?:\s*[\s,>+~]\s*[a-z0-9*]+)*$")  # element names only
_COMMENT = regex.compile(r"/\*.*?\*/", regex.DOTALL)


def declarations(text: str) -> str:
    """The declarations of a style attribute that stay, in order."""
    kept = []
    for item in _COMMENT.sub("", text).split(";"):
        name, _, value = item.partition(":")
        name, value = name.strip().lower(), value.strip()
        low = value.lower()
        if name in CSS_PROPERTIES and value and _VALUE.match(value) and "url(" not in low and \
                "expression" not in low and not any(c.isupper() for c in _HEX.sub("", value)):
            kept.append(f"{name}: {value}")  # keywords are lower case: a capitalised word may be a name
    return "; ".join(kept)


def sheet(text: str) -> str:
    """A style element's rules whose selectors are plain, with their declarations cleaned."""
    out = []
    for m in _RULE.finditer(_COMMENT.sub("", regex.sub(r"@[^{;]*(;|\{[^{}]*\})", "", text))):
        selector, body = " ".join(m.group(1).split()), declarations(m.group(2))
        if selector and body and _SELECTOR.match(selector) and all(
                word in STRUCTURE | INLINE | BLOCKS | {"*"} for word in regex.findall(r"[a-z0-9*]+", selector)):
            out.append(f"{selector} {{ {body} }}")
    return "\n".join(out)
