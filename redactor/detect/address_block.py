"""Address blocks of letters and signatures: the lines above a postcode that belong
to it. A postcode ending a line is strong evidence that the lines just before it
are an address; the block is read upwards, line by line and comma by comma, across
paragraphs (or lines of one paragraph):

    County Hall,        a building (rules/addresses.yaml building_words)
    Topsham Road,       a street, with or without a house number
    Exeter, Devon       up to three towns or counties
    EX2 4QD             the postcode

Towns join the block only with a street or building above them, or on the
postcode's own line; the first line that is none of these ends it ("Devon County
Council" stays). A street that is a whole line, or a whole piece between commas,
is an address line too, with any building above or before it. Pure text, no NLP."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from redactor.detect.recognizers.street_address import POSTCODE, WORD, AddressParts
from redactor.rules import Rules
from redactor.types import Segment

MAX_PARTS = 8
MAX_TOWNS = 3
_POSTCODE_AT_END = regex.compile(rf"(?<![\w-]){POSTCODE}(?=[\s.,;)]*$)", regex.MULTILINE)
_SEPARATOR = regex.compile(r"[,\n\r\v]", regex.REVERSE)  # ends an address part: a comma or a line
_LOOK_BACK = 200  # characters of a long part searched for the building or street that ends it
_TOWN_BEFORE = regex.compile(rf"(?<!\S)(?:{WORD}\.?\s+){{0,2}}{WORD}$")
_TOWN = regex.compile(rf"{WORD}\.?(?:(?:\s+|-)(?:upon|on|in|under|le|by|the|en|cum|{WORD}\.?)){{0,3}}")


@dataclass(frozen=True)
class _Part:
    """A piece of an address line: a line, or the text between two commas."""

    segment: int
    start: int
    end: int
    anchor_line: bool  # on the postcode's own line


class AddressBlocks:
    """Finds address blocks in a document's segments, built once from the rules."""

    def __init__(self, rules: Rules) -> None:
        p = AddressParts.from_rules(rules)
        line = rf"{p.unit}(?:{p.number})?"
        self.street = regex.compile(rf"{line}{p.street}")
        self.building = regex.compile(rf"{line}{p.building}|{p.flat}|\d{{1,4}}[A-Za-z]?")
        # a street that is a whole line or a whole piece between commas: "Topsham Road,",
        # "offices at Civic Centre, Burnley Road, Todmorden", "Flat 2, 14 Lime Grove"
        street = rf"{p.unit}(?:{p.number}{p.street}|{p.bare_street})"
        self.street_piece = regex.compile(rf"(?:^|(?<=,))[ \t]*(?P<street>{street})[ \t]*(?=,|[.;]?[ \t]*$)",
                                          regex.MULTILINE)
        self.tail = regex.compile(rf"{line}(?:{WORD}\s+){{0,3}}{WORD}\s*$")

    def find(self, segments: Sequence[Segment]) -> list[tuple[int, int, int]]:
        """(segment index, start, end) of every address block: one span per segment
        and block, overlapping spans joined."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for i, segment in enumerate(segments):
            blocks = []
            for m in _POSTCODE_AT_END.finditer(segment.text):
                parts = self._block(segments, i, m.start())
                if parts:
                    blocks.append([*parts, _Part(i, m.start(), m.end(), True)])
            for m in self.street_piece.finditer(segment.text):
                blocks.append([*self._block(segments, i, m.start("street"), premises=True),
                               _Part(i, m.start("street"), m.end("street"), True)])
            for block in blocks:
                for k in {p.segment for p in block}:
                    mine = [p for p in block if p.segment == k]
                    spans.setdefault(k, []).append((min(p.start for p in mine), max(p.end for p in mine)))
        return [(i, a, b) for i in sorted(spans) for a, b in _joined(spans[i])]

    def _block(self, segments: Sequence[Segment], index: int, end: int, premises: bool = False) -> list[_Part]:
        """The parts above a postcode (or, with ``premises``, above a street line) that
        belong to its address."""
        taken: list[_Part] = []
        towns: list[_Part] = []
        for n, part in enumerate(_parts_before(segments, index, end)):
            text = segments[part.segment].text[part.start:part.end]
            if self._is_premises(text):
                taken += towns + [part]
                towns, premises = [], True
            elif not premises and len(towns) < MAX_TOWNS and _TOWN.fullmatch(text):
                towns.append(part)
            else:
                recent = max(0, len(text) - _LOOK_BACK)
                tail = self.tail.search(text, recent)
                if tail and self._is_premises(tail.group()):
                    taken += towns + [_Part(part.segment, part.start + tail.start(), part.end, part.anchor_line)]
                    towns = []
                elif n == 0 and not premises and (town := _TOWN_BEFORE.search(text, recent)):  # "to Leeds LS1 4AB"
                    towns.append(_Part(part.segment, part.start + town.start(), part.end, True))
                break
        return taken + [t for t in towns if t.anchor_line]

    def _is_premises(self, text: str) -> bool:
        """A street or a building line, with or without a flat and a house number."""
        return bool(self.street.fullmatch(text) or self.building.fullmatch(text))


def _parts_before(segments: Sequence[Segment], index: int, end: int) -> Iterator[_Part]:
    """Non-empty parts before ``end`` in segment ``index``, nearest first, then those of
    the segments before it while they continue the same text (same story part, no table).
    Read backwards lazily: a block never looks further back than MAX_PARTS parts."""
    count = 0
    for i in range(index, -1, -1):
        text = segments[i].text
        if i < index and not continues(segments[i], segments[i + 1]):
            return
        pos, anchor = (end, True) if i == index else (len(text), False)
        while True:
            sep = _SEPARATOR.search(text, 0, pos)
            a, b = _stripped(text, sep.end() if sep else 0, pos)
            if a < b:
                count += 1
                if count > MAX_PARTS:
                    return
                yield _Part(i, a, b, anchor)
            if sep is None:
                break
            anchor = anchor and sep.group() == ","
            pos = sep.start()


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without spaces around it and full stops after it."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
        b -= 1
    return a, b


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def continues(before: Segment, after: Segment) -> bool:
    """Does ``after`` go on from ``before`` as the next paragraph or line of the same
    text (same story part, neither a table cell)?"""
    return before.part == after.part and not before.labels and not after.labels
