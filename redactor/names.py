"""How a personal name is written: the word shapes shared by recognizers and by
the linking of mentions into people (no NLP here, only patterns)."""
from __future__ import annotations

import regex

# A capitalised name word: Smith, O'Neill, MacLeod, Smith-Jones, Wiśniewski, JOE.
NAME_WORD = r"\p{Lu}(?:\p{Ll}|\p{Lu}|\p{M})*(?:['’\-]\p{Lu}?(?:\p{Ll}|\p{Lu}|\p{M})+)*"
# Lower-case particles inside surnames: Van der Berg, de la Cruz, bin Laden, al-Hassan.
PARTICLE = r"(?:van|von|der|den|de|da|di|du|del|della|le|la|bin|ibn|al|el|ap|ter|ten|dos|das)"
# One or more name words, particles allowed between them (not first, not last).
NAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_WORD}){{0,3}}"
POSSESSIVE = regex.compile(r"['’]s?$")
INITIALS = regex.compile(r"^(?:\p{Lu}{1,3}|(?:\p{Lu}\.){1,3})$")
_WORD = regex.compile(NAME_WORD)
_TOKEN = regex.compile(rf"{NAME_WORD}|{PARTICLE}\b|\S+")


def words(name: str) -> list[str]:
    """The capitalised words of a name ("Van der Berg" -> ["Van", "Berg"])."""
    return _WORD.findall(name)


def split_name(name: str) -> tuple[str | None, str | None]:
    """(first, last) of a written name; a lone word is returned as (None, word).
    Particles stay with the surname: "Piet van der Berg" -> ("Piet", "van der Berg")."""
    tokens = _TOKEN.findall(name.strip())
    if not tokens:
        return None, None
    if len(tokens) == 1:
        return None, tokens[0]
    last_start = len(tokens) - 1
    while last_start > 1 and regex.fullmatch(PARTICLE, tokens[last_start - 1]):
        last_start -= 1
    return tokens[0], " ".join(tokens[last_start:])


def is_initials(text: str) -> bool:
    """True for text that is already initials: "KM", "J.B.", "AB CD"."""
    parts = text.split()
    return bool(parts) and all(INITIALS.match(p) for p in parts)


def initial(part: str) -> str:
    """The initial of a name part as written ("van der Berg" -> "V", "O'Neill" -> "O")."""
    return part[:1].upper()
