"""Nicknames and other names of one person, as the document itself links them."""
from __future__ import annotations

import re
from collections.abc import Sequence

from redactor.names import words
from redactor.rules import Rules, normalise_label
from redactor.types import Detection, Segment

# the gap after a nickname between a first name and a surname: Alfred 'Alfie' Dear, William (Billy) Duffy
_NICK_CLOSES = re.compile(r"[\"”’']?[\"”’')][ \t]+")


def find_aliases(mentions: Sequence[Detection], segments: Sequence[Segment],
                 rules: Rules) -> list[tuple[Detection, Detection]]:
    """(full name, alias) pairs: written as "Abigail Okafor, known as Abi", or a lone
    name in a table cell labelled "Known as" after the full name above it."""
    texts = {s.id: s.text for s in segments}
    alias_cells = {s.id for s in segments
                   if any(re.fullmatch(rules.aliases.labels, normalise_label(x)) for x in s.labels)}
    patterns = [re.compile(p, re.IGNORECASE) for p in rules.aliases.between]
    pairs = []
    earlier: list[Detection] = []  # full names so far, in reading order
    for a, b in zip([None, *mentions], mentions, strict=False):
        if a is not None and len(words(a.text)) > 1:
            earlier.append(a)
        if len(words(b.text)) != 1:
            continue
        if a is not None and earlier and a is earlier[-1] and a.segment_id == b.segment_id \
                and any(p.fullmatch(texts[a.segment_id][a.end:b.start]) for p in patterns):
            pairs.append((a, b))
        elif b.segment_id in alias_cells and earlier:
            pairs.append((_likeliest_owner(b.text, earlier), b))
    return pairs


def _likeliest_owner(alias: str, earlier: list[Detection]) -> Detection:
    """Of the full names above a "Known as" cell, the nearest whose first name begins
    like the alias ("Maggie" for Margaret), else simply the nearest."""
    same = [d for d in earlier if d.text[:1].casefold() == alias[:1].casefold()]
    return (same or earlier)[-1]


def nicknamed(mentions: Sequence[Detection], texts: dict[str, str], rules: Rules) -> list[tuple[str, str]]:
    """(full name, nickname) pairs a document writes as a first name, a nickname in quotes or brackets
    that is a listed first name too or begins as the first name does, and a surname, each found as a
    name of its own: "Alfred 'Alfie' Dear" gives ("Alfred Dear", "Alfie"), so that "Alfred", "Alfie"
    and "Dear" are one person, and so does Patrick ‘Paddy’ McGuinness (a nickname of other words may
    name a thing too: Richard ‘Fflach’ Jones, "Fflach Stiwdios"); in brackets after the words of an
    alias any name ("Elizabeth (known as Betty) Smith")."""
    opens = re.compile(rf"[ \t]+(?:[\"“‘']|\((?P<said>{rules.aliases.lead})?)")
    return [(f"{first.text} {last.text}", nick.text)
            for first, nick, last in zip(mentions, mentions[1:], mentions[2:], strict=False)
            if first.segment_id == nick.segment_id == last.segment_id
            and all(len(words(d.text)) == 1 for d in (first, nick, last))
            and (gap := opens.fullmatch(texts[first.segment_id][first.end:nick.start]))
            and (nick.text in rules.first_names or nick.text[:1] == first.text[:1] or gap.group("said"))
            and _NICK_CLOSES.fullmatch(texts[first.segment_id][nick.end:last.start])]
