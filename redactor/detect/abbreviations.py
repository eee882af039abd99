"""Names a document gives its bodies besides their English names: capitals in brackets after
a body's name ("Mid and West Wales Safeguarding Board (CYSUR)", "CHILDREN BOARD (SLSCB)"),
capitals before the words they stand for ("MALAP (Multi Agency Looked After Partnership)"),
and the body's name in its own language in brackets after it ("Warsaw Court of Appeal (Sąd
Apelacyjny)", "Higher Education Council (Yüksek Öğretim Kurulu – "the Council")"). Such a
word names a body everywhere in the document, never a person."""
from __future__ import annotations

from collections.abc import Iterable

import regex

from redactor.detect.vocabulary import Vocabulary

_ABBREVIATION = r"\p{Lu}{2,8}s?"
# a body's name, then its short name in brackets: the name's last word is read
_AFTER_NAME = regex.compile(rf"(?P<last>\p{{L}}[\p{{L}}'’-]*)[ \t]*\([ \t]*(?P<short>{_ABBREVIATION})[ \t]*\)")
# capitals, then the words they stand for in brackets
_BEFORE_WORDS = regex.compile(rf"(?<![\w'’-])(?P<short>{_ABBREVIATION})[ \t]*\((?P<long>[^()\n]{{5,120}})\)")
_CAPITALISED = regex.compile(r"(?<![\w'’])\p{Lu}[\p{L}'’]*(?:-[ \t]*\p{L}+)*")
# a body's name, then words in brackets up to a dash or comma: its name in another language
_NAMED_AGAIN = regex.compile(r"(?P<last>\p{L}[\p{L}'’-]*)[ \t]*\((?P<name>\p{Lu}[\p{L}'’ \t-]{2,60}?)"
                             r"[ \t]*(?:[)–,;]|-[ \t])")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")


def names_in_another_language(texts: Iterable[str], bodies: Iterable[str], vocabulary: Vocabulary) -> frozenset[str]:
    """The words of a body's name given again in brackets just after it ("(Sąd Apelacyjny)"),
    after a name whose last word is one of ``bodies``: up to six words, every capitalised one
    on no name list and no title ("the Panel (Amy Tate, Chair)" and "the Court (Judge Orme)"
    give no name)."""
    body_words = {w.lower() for w in bodies}
    found: set[str] = set()
    for text in texts:
        if "(" not in text:
            continue
        for m in _NAMED_AGAIN.finditer(text):
            named = _WORD.findall(m.group("name"))
            if m.group("last").lower() in body_words and len(named) <= 6 and not any(
                    w[0].isupper() and (vocabulary.is_listed(w) or vocabulary.is_title_word(w)) for w in named):
                found |= {w for w in named if w[0].isupper()}
    return frozenset(found)


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
