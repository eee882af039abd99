"""What text a pattern cannot match without: the literal strings one of which every match of
it holds, read from the pattern itself (``required``), and a gate that searches a pattern
only in a text holding one of them (``Gated``).

A pattern no literal leads to ("(?:[A-Z][\\w'’-]*\\s+){0,2}(?:Baptist|Methodist|…)") is tried at
every character of every text; most texts hold none of its words, and a substring test for
them is far cheaper than its failing search. The strings are read from `regex`'s own parse of
the pattern: a run of case-sensitive characters is one; of a sequence, the most selective
element's (every element must match); of alternatives, the union of theirs (one of them must
match), none if one alternative has none; a repeat's only when it must occur; a positive
lookaround's (what it sees is in the text too); nothing else (classes, case-insensitive
parts, negative lookarounds) requires any. A pattern that cannot be read so has no gate:
it is searched as before. Its matches are the same either way: a text holding none of the
strings holds no match.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex
from regex import _regex_core

core: Any = _regex_core  # regex's own parser: internals its type stubs do not list

Required = frozenset[str] | None  # one of these strings is in every match; None: no string is


def required(pattern: regex.Pattern) -> Required:
    """The strings one of which every match of ``pattern`` holds (lookarounds' text included), or None."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        return _required(_parsed(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a parse this reading does not know: no gate, the pattern runs everywhere
        return None


def _parsed(text: str, flags: int) -> Any:
    """``regex``'s parse tree of a pattern, as its compiler makes it (the same retry for a global inline flag)."""
    while True:
        source = core.Source(text)
        info = core.Info(flags, source.char_type, {})
        info.guess_encoding = core.UNICODE
        source.ignore_space = bool(info.flags & core.VERBOSE)
        source.use_unicode_space(bool(info.flags & core.VERSION1))
        try:
            parsed = core._parse_pattern(source, info)
        except core._UnscopedFlagSet:
            flags = info.global_flags
            continue
        if not source.at_end():
            raise ValueError("unbalanced parenthesis")
        return parsed


def _literal(node: Any) -> str | None:
    """The text a case-sensitive character or string node matches, else None."""
    if type(node) is core.Character and node.positive and not node.zerowidth \
            and not node.case_flags & core.IGNORECASE:
        return chr(node.value)
    if type(node) in (core.String, core.Literal) and not node.case_flags & core.IGNORECASE:
        return "".join(chr(c) for c in node.characters)
    return None


def _required(node: Any) -> Required:
    kind = type(node)
    text = _literal(node)
    if text is not None:
        return frozenset({text})
    if kind is core.Sequence:
        return _best(_in_sequence(node.items))
    if kind is core.Branch:
        each = [_required(b) for b in node.branches]
        sure = [r for r in each if r is not None]
        return frozenset().union(*sure) if sure and len(sure) == len(each) else None
    if kind in (core.Group, core.Atomic):
        return _required(node.subpattern)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        return _required(node.subpattern) if node.min_count >= 1 else None
    if kind is core.LookAround:
        return _required(node.subpattern) if node.positive else None
    return None


def _in_sequence(items: list[Any]) -> Iterable[Required]:
    """Each requirement of a sequence's elements, a run of literal characters as one string."""
    run = ""
    for item in items:
        piece = _literal(item)
        if piece is not None:
            run += piece
            continue
        if run:
            yield frozenset({run})
            run = ""
        yield _required(item)
    if run:
        yield frozenset({run})


def _best(candidates: Iterable[Required]) -> Required:
    """The most selective requirement: the longest shortest string, then the fewest strings."""
    found = [c for c in candidates if c]
    return max(found, key=lambda c: (min(map(len, c)), -len(c))) if found else None


class Gated:
    """A pattern searched only in a text holding one of its required strings."""

    __slots__ = ("pattern", "_needs")

    def __init__(self, pattern: regex.Pattern) -> None:
        self.pattern = pattern
        needs = required(pattern)
        self._needs = tuple(sorted(needs)) if needs else None

    def search(self, text: str, pos: int, endpos: int) -> bool:
        """Does ``pattern`` match in ``text`` between ``pos`` and ``endpos``? (Its lookbehinds may see text
        before ``pos``: the required strings are looked for in the whole text.)"""
        if self._needs is not None and not any(s in text for s in self._needs):
            return False
        return self.pattern.search(text, pos, endpos) is not None
