"""Short names a document defines for its bodies: capitals in brackets after a body's name
("Mid and West Wales Safeguarding Board (CYSUR)", "CHILDREN BOARD (SLSCB)"), or capitals
before the words they stand for ("MALAP (Multi Agency Looked After Partnership)"). Such a
word names a body everywhere in the document, never a person."""
from __future__ import annotations

from collections.abc import Iterable

import regex

_ABBREVIATION = r"\p{Lu}{2,8}s?"
# a body's name, then its short name in brackets: the name's last word is read
_AFTER_NAME = regex.compile(rf"(?P<last>\p{{L}}[\p{{L}}'’-]*)[ \t]*\([ \t]*(?P<short>{_ABBREVIATION})[ \t]*\)")
# capitals, then the words they stand for in brackets
_BEFORE_WORDS = regex.compile(rf"(?<![\w'’-])(?P<short>{_ABBREVIATION})[ \t]*\((?P<long>[^()\n]{{5,120}})\)")
_CAPITALISED = regex.compile(r"(?<![\w'’])\p{Lu}[\p{L}'’]*(?:-[ \t]*\p{L}+)*")


def defined_abbreviations(texts: Iterable[str], bodies: Iterable[str]) -> frozenset[str]:
    """The short names ``texts`` define: after a name whose last word is one of ``bodies``
    (agency words: "Board", "Council"; any case), or before capitalised words whose initials
    they are (two or more words, small words between them skipped)."""
    body_words = {w.lower() for w in bodies}
    found: set[str] = set()
    for text in texts:
        if "(" not in text:
            continue
        found |= {m.group("short") for m in _AFTER_NAME.finditer(text) if m.group("last").lower() in body_words}
        for m in _BEFORE_WORDS.finditer(text):
            short = m.group("short").removesuffix("s") if m.group("short")[-1] == "s" else m.group("short")
            initials = "".join(w[0] for w in _CAPITALISED.findall(m.group("long")))
            if len(initials) >= 2 and initials.upper() == short:
                found.add(m.group("short"))
    return frozenset(found)
