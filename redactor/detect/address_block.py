"""Address blocks of letters and signatures: the lines above a postcode that belong
to it. A postcode ending a line is strong evidence that the lines just before it
are an address; the block is read upwards, line by line and comma by comma, across
paragraphs (or lines of one paragraph):

    County Hall,        a building (rules/addresses.yaml building_words)
    Topsham Road,       a street, with or without a house number
    Exeter, Devon       up to three towns or counties: they stay
    EX2 4QD             the postcode

Towns link a postcode to the street or building above them but stay, as every town
of a report does ("Strand, London, WC2A 2LL" keeps "London", "LONDON EC4Y 8JX" too); below a
building a name there that is no known town (rules/names/places.txt, localities.txt) is a street
without a street word, and goes ("Hendon Town Hall, The Burroughs, London NW4 4BQ"), but below a
street one of one or two words is a village or a district, and stays ("22 The Green, Thringstone,
LE67 8NR"; "169-173 Stockton Street\nMiddlehaven\nMiddlesbrough"). The first line that is
none of these ends the block ("Devon County Council" stays). A house number alone is
an address line only just above its street ("12,\nMill Lane"), never the year ending
a date line above a venue. A street that is a whole line, or a whole piece between
commas, is an address line too, with any building above or before it. A forces postal
number ("Normandy Barracks,\nBFPO 16") or an Irish Eircode ("D07 X2Y3") anchors a block as a
postcode does, and a Dublin postal district ("Dublin 7") as a town that stays; a postcode inside
a line ("lived at 14 Broadway, Oldham OL1 3AB with her partner") only the pieces before it in
its line and sentence. Above either, a house number and a name are a street without a street word
("117 Botchergate"), unless the name is of common words ("3 Agencies"). Pure text, no NLP; a
recognizer's pattern reads what two lines of a text break (``across_lines``)."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex
from presidio_analyzer import PatternRecognizer

from redactor.detect.recognizers.street_address import (
    DUBLIN_DISTRICT,
    EIRCODE,
    MISTYPED_INWARD,
    NAME_AFTER_NUMBER,
    OUTWARD,
    POSTCODE,
    WORD,
    AddressParts,
    StreetAddressRecognizer,
    of_common_words,
    organisation_words,
)
from redactor.rules import Rules
from redactor.types import Segment

MAX_PARTS = 8
MAX_TOWNS = 3
# a postcode or a forces postal number ("BFPO 16"); one ending its line may have lines above it
_POSTCODE = regex.compile(rf"(?<![\w-])(?:{POSTCODE}|{EIRCODE}|BFPO[ \t]*\d{{1,4}})(?!\w)(?:(?=[\s.,;)]*$)(?P<end>))?",
                       regex.MULTILINE)
# a Dublin postal district below a street line: the town of the address, it stays
_DISTRICT = regex.compile(rf"(?<![\w-]){DUBLIN_DISTRICT}(?:(?=[\s.,;)]*$)(?P<end>))?", regex.MULTILINE)
_DISTRICT_LINE = regex.compile(DUBLIN_DISTRICT)
_SEPARATOR = regex.compile(r"[,\n\r\v]", regex.REVERSE)  # ends an address part: a comma or a line
_HOUSE_NUMBER = regex.compile(r"\d{1,4}[A-Za-z]?")
_GLUE = regex.compile(r"[\s,]*")  # what may stand between two lines of one address
_NAME = regex.compile(rf"(?:The[ \t]+)?{WORD}(?:[ \t]+{WORD}){{0,2}}")  # a house's name above its street
_OPENS_NAME = regex.compile(r"[:;–—|)(-][ \t]*$")  # what a name of its own follows inside a longer piece
_LOOK_BACK = 200  # characters of a long part searched for the building or street that ends it
_TOWN = regex.compile(rf"{WORD}\.?(?:(?:\s+|-)(?:upon|on|in|under|le|by|the|en|cum|{WORD}\.?)){{0,3}}")
# a postcode's outward half after a town, ending a line of an address: "London, WC2", "Strand, Leeds LS1",
# with a mistyped inward half too ("London, N9 9P4"; a whole postcode is _POSTCODE's)
_MISTYPED = rf"[ \t]+(?![0-9][ABD-HJLNP-UW-Z]{{2}}\b){MISTYPED_INWARD}"
_OUTWARD = regex.compile(rf"(?:^|(?<=,))[ \t]*(?P<town>{WORD}(?:[ \t]+{WORD}){{0,2}}),?[ \t]+"
                         rf"(?P<code>{OUTWARD}(?:{_MISTYPED})?)[ \t.,]*$", regex.MULTILINE)


@dataclass(frozen=True, order=True)
class BlockSpan:
    """A span of an address block in segment ``segment``; ``alone`` when it is only a
    street line with no house number, building nor postcode ("Wall Street, since the bid,
    has…" opens a sentence like an address line): weaker evidence."""

    segment: int
    start: int
    end: int
    alone: bool


@dataclass(frozen=True)
class _Part:
    """A piece of an address line: a line, or the text between two commas."""

    segment: int
    start: int
    end: int


class AddressBlocks:
    """Finds address blocks in a document's segments, built once from the rules."""

    def __init__(self, rules: Rules) -> None:
        p = AddressParts.from_rules(rules)
        line = rf"{p.unit}(?:{p.number})?"
        # above a postcode a house number needs no street name: "165 Street, London EC4A 2DY"
        self.street = regex.compile(rf"{line}{p.street}|{p.unit}{p.number}{p.street_type}")
        # ... nor a numbered street a street word, but for a name of common words ("3 Agencies",
        # "2 Children", "Team 4 Manager"): "117 Botchergate, Carlisle CA1 1RD"
        self.numbered = regex.compile(p.numbered_name)
        self.common = rules.common_words
        self.building = regex.compile(rf"{line}{p.building}|{p.flat}")
        # a street that is a whole line or a whole piece between commas: "Topsham Road,",
        # "offices at Civic Centre, Burnley Road, Todmorden", "Flat 2, 14 Lime Grove"
        street = rf"{p.unit}(?:{p.number}{p.street}|{p.bare_street})"
        self.street_piece = regex.compile(rf"(?:^|(?<=,))[ \t]*(?P<street>{street})[ \t]*(?=,|[.;]?[ \t]*$)",
                                          regex.MULTILINE)
        # the end of a longer piece: "… and lived at Flat 6", "Devon County Council County Hall"
        self.tail = regex.compile(rf"(?<![\w/])(?:{line}(?:{WORD}\s+){{0,3}}{WORD}|{p.flat})\s*$")
        self.places = rules.towns
        self.names = rules.first_names | rules.surnames
        self.organisations = organisation_words(rules)
        self.prefixes = frozenset(rules.addresses.place_prefixes)  # "Old Palace": a prefix opens a house's name too
        self.capitals = frozenset(t.upper() for t in rules.towns)  # "LONDON", "STEVENAGE"
        rooms = "|".join(regex.escape(w) for w in rules.addresses.room_words) or "(?!)"
        self.named_room = regex.compile(rf"(?<![\w'’-])\p{{Lu}}\p{{Ll}}+[ \t]+(?:{rooms})[ \t]+\d{{1,4}}[A-Za-z]?"
                                        r"[ \t]*$")

    def find(self, segments: Sequence[Segment]) -> list[BlockSpan]:
        """Every address block: one span per segment and block, overlapping spans and
        spans only commas and spaces apart joined."""
        spans: dict[int, list[BlockSpan]] = {}
        for i, segment in enumerate(segments):
            blocks = []
            # a postcode goes with the lines above it; a Dublin district, a town, stays
            for anchor, goes in ((_POSTCODE, True), (_DISTRICT, False)):
                for m in anchor.finditer(segment.text):
                    # inside a line ("lived at 14 Broadway, Oldham OL1 3AB with her partner") only its own line
                    parts = self._block(segments, i, m.start(), within_line=m.group("end") is None)
                    if parts:
                        blocks.append(([*parts, *([_Part(i, m.start(), m.end())] if goes else [])], False))
            for m in _OUTWARD.finditer(segment.text):
                if self._known(m.group("town")):
                    blocks.append(([*self._block(segments, i, m.start("code")), _Part(i, *m.span("code"))], False))
            for m in self.street_piece.finditer(segment.text):
                parts = self._block(segments, i, m.start("street"), premises=True)
                alone = not parts and not m.group("street")[0].isdigit()
                if alone and self._towns_court(m.group("street")):
                    continue  # "Dungannon Court" as a heading: the town's court of law, no street
                blocks.append(([*parts, _Part(i, m.start("street"), m.end("street"))], alone))
            for block, alone in blocks:
                for part in block:
                    spans.setdefault(part.segment, []).append(BlockSpan(part.segment, part.start, part.end, alone))
        return [b for i in sorted(spans) for b in _joined(spans[i], segments[i].text)]

    def _block(self, segments: Sequence[Segment], index: int, end: int, premises: bool = False,
               within_line: bool = False) -> list[_Part]:
        """The parts above a postcode (or, with ``premises``, above a street line) that
        belong to its address; with ``within_line``, only those on the postcode's line."""
        taken: list[_Part] = []
        towns: list[_Part] = []
        street_below = premises  # the part just below is a street: a house number alone may open it
        for part in _parts_before(segments, index, end, within_line):
            text = segments[part.segment].text[part.start:part.end]
            if self._is_premises(text, street_below):
                # a name between a building and the postcode that is no known place is a street:
                # "Hendon Town Hall, The Burroughs, London NW4 4BQ"
                taken += self._unknown_towns(segments, towns, text) + [part]
                premises, towns, street_below = True, [], self._is_street(text)
            elif not premises and len(towns) < MAX_TOWNS and (_TOWN.fullmatch(text) or _DISTRICT_LINE.fullmatch(text)):
                towns.append(part)
                street_below = False
            elif street_below and self._house_name(text):
                taken.append(part)  # a house's name above its street: "The Archdeaconry, Pett Lane, Charing"
                break
            elif self.named_room.search(text):
                break  # a venue's room above its building: "Committee Room 1, County Hall, Glenfield" (the room stays)
            else:
                recent = max(0, len(text) - _LOOK_BACK)
                tail = self.tail.search(text, recent)
                if tail is None:
                    if not premises:  # a line ending in a colon opens a name of its own below it, as inside a line
                        own = towns[-1] if towns and _OPENS_NAME.search(text) else None
                        taken += self._streets_above_towns(segments, towns, own)
                    break
                tail_part = _Part(part.segment, part.start + tail.start(), part.end)
                # a name of its own ends the piece, after a colon or a dash ("Miller: The Archdeaconry"), not the last
                # word of a longer one ("the Today Fish and Grill", "Swyddfeydd y Cyngor")
                alone = _OPENS_NAME.search(text, 0, tail.start()) is not None
                if self._is_premises(tail.group(), street_below):
                    taken += self._unknown_towns(segments, towns, tail.group())
                    taken.append(tail_part)
                elif alone and street_below and self._house_name(tail.group()):
                    taken.append(tail_part)  # "… Darren Miller: The Archdeaconry, Pett Lane, Charing, TN27 0DL"
                elif not premises:
                    # a name ending a longer piece, read as a line of its own would be: "… Willmott: Old Palace,
                    # Canterbury CT12EE"
                    own = tail_part if alone and _TOWN.fullmatch(tail.group()) else None
                    taken += self._streets_above_towns(segments, [*towns, *([own] if own else [])], own)
                break
        return taken

    def _house_name(self, text: str) -> bool:
        """A house's name: one to three capitalised words, "The" before them or not, no known place, no listed
        name, place, common or organisation's word, not in capitals ("The Archdeaconry"; not "Victim Support",
        "Jane Smith", "Tring Supermarket", "THE QUEENS HEAD": a pub's, as capitals name premises)."""
        words = text.removeprefix("The ").split()
        return bool(_NAME.fullmatch(text)) and not text.isupper() and not self._known(text) and not any(
            w in self.names or w in self.places or w in self.organisations
            or w in self.common and w not in self.prefixes for w in words)

    def _unknown_towns(self, segments: Sequence[Segment], towns: list[_Part], premises: str) -> list[_Part]:
        """The town lines below ``premises`` that name no known place: a street without a street word,
        unless ``premises`` is a street and the name of one or two words, a village or a district
        ("7 Church Lane, Little Eversden, CB23 1HQ")."""
        below_street = self._is_street(premises)
        return [t for t in towns if not self._known(text := segments[t.segment].text[t.start:t.end])
                and not (below_street and len(text.split()) <= 2)]

    def _towns_court(self, street: str) -> bool:
        """Is ``street`` a known town and "Court", its court of law ("Dungannon Court"; not "Belmont Court, BT4")?"""
        town, _, court = street.strip().rpartition(" ")
        return court == "Court" and town in self.places

    def _known(self, text: str) -> bool:
        """A known town or county in any case ("Leeds", "LEEDS", "Co. Dublin") or a Dublin postal
        district ("Dublin 7")."""
        name = text.removeprefix("Co. ").removeprefix("County ")
        return name in self.places or name.isupper() and name in self.capitals \
            or bool(_DISTRICT_LINE.fullmatch(text))

    def _streets_above_towns(self, segments: Sequence[Segment], towns: list[_Part],
                             own: _Part | None = None) -> list[_Part]:
        """The names between a line above and a known town (``towns`` nearest first) that are no
        known place and of no common word but a place's prefix: a street without a street word ("Royal
        Courts of Justice\nStrand\nLondon, WC2", "The Strand"); "Devon County Council\nLondon" holds none,
        nor "Royal Courts of Justice\nFamily Division\nLondon, WC2". A name of its own (``own``, after a
        colon in its line or ending the line above) may be of common words: "Bishop: Ann Lee: Old Palace,
        Canterbury CT1 2EE"."""
        texts = [segments[t.segment].text[t.start:t.end] for t in towns]
        known = [i for i, text in enumerate(texts) if self._known(text)]
        if not known:
            return []
        return [t for t, text in zip(towns[known[-1] + 1:], texts[known[-1] + 1:], strict=True)
                if not self._known(text) and len(text.split()) <= 2
                and not self._of_common_words(text, own=t == own)]

    def _of_common_words(self, text: str, own: bool) -> bool:
        """Is ``text`` of common words, a place's prefix aside ("Old Palace"), or, a name of its own, of an
        organisation's ("Children Services")?"""
        words = [w for w in text.split() if w not in self.prefixes]
        return bool(self.organisations.intersection(words)) if own else of_common_words(" ".join(words), self.common)

    def _is_premises(self, text: str, street_below: bool) -> bool:
        """A street or a building line, with or without a flat and a house number; a house
        number alone only just above its street."""
        return bool(self._is_street(text) or self.building.fullmatch(text)
                    or street_below and _HOUSE_NUMBER.fullmatch(text))

    def _is_street(self, text: str) -> bool:
        """A street line, with or without a flat, a house number or a street word."""
        if self.street.fullmatch(text):
            return True
        name = NAME_AFTER_NUMBER.search(text) if self.numbered.fullmatch(text) else None
        return name is not None and not of_common_words(name.group(), self.common)


def _parts_before(segments: Sequence[Segment], index: int, end: int, within_line: bool = False) -> Iterator[_Part]:
    """Non-empty parts before ``end`` in segment ``index``, nearest first, then those of
    the segments before it while they continue the same text (same story part, no table);
    with ``within_line``, only those of the line and sentence ``end`` is in. Read backwards lazily: a
    block never looks further back than MAX_PARTS parts."""
    count = 0
    for i in range(index, -1, -1):
        text = segments[i].text
        if i < index and (within_line or not continues(segments[i], segments[i + 1])):
            return
        pos = end if i == index else len(text)
        while True:
            sep = _SEPARATOR.search(text, 0, pos)
            a, b = stripped(text, sep.end() if sep else 0, pos)
            if within_line and "." in text[b:pos]:
                return  # the sentence ends before the postcode: "County Hall, Carmarthen. SA31 1JP. View…"
            if a < b:
                count += 1
                if count > MAX_PARTS:
                    return
                yield _Part(i, a, b)
            if sep is None:
                break
            if within_line and sep.group() != ",":
                return
            pos = sep.start()


def stripped(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without spaces around it and full stops after it."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
        b -= 1
    return a, b


def _joined(spans: list[BlockSpan], text: str) -> list[BlockSpan]:
    """Spans sorted, overlapping ones joined, and those only commas and spaces apart."""
    out: list[BlockSpan] = []
    for span in sorted(spans):
        last = out[-1] if out else None
        if last is not None and (span.start < last.end or _GLUE.fullmatch(text, last.end, span.start)):
            out[-1] = BlockSpan(last.segment, last.start, max(last.end, span.end), last.alone and span.alone)
        else:
            out.append(span)
    return out


def across_lines(segments: Sequence[Segment], recognizer: PatternRecognizer | StreetAddressRecognizer,
                 piece: regex.Pattern) -> list[tuple[int, int, int]]:
    """What ``recognizer`` finds broken over two lines of one text (a street: "Mr Ali, of 15 Grange" /
    "Road, Bradford"; a phone number: "01652" / "251036"): each line's piece as (segment index,
    start, end), read over the two lines joined, when both pieces hold ``piece`` (a street broken
    inside its name, not a number ending a line of a table: "Huddersfield 22 7 28" / "Queens Park")."""
    out: set[tuple[int, int, int]] = set()
    for i in range(1, len(segments)):
        before, after = segments[i - 1], segments[i]
        if not (after.wraps and continues(before, after)):
            continue
        start = max(0, len(before.text) - _LOOK_BACK)
        if not (piece.search(before.text, start) and piece.search(after.text, 0, _LOOK_BACK)):
            continue  # a line's piece of a find lies in these: without ``piece`` in both, nothing could be kept
        cut = len(before.text) - start
        for r in recognizer.analyze(before.text[start:] + "\n" + after.text[:_LOOK_BACK],
                                    recognizer.supported_entities, None):
            first = stripped(before.text, start + r.start, len(before.text))
            second = stripped(after.text, 0, r.end - cut - 1)
            if r.start < cut < r.end and piece.search(before.text, *first) and piece.search(after.text, *second):
                out |= {(i - 1, *first), (i, *second)}
    return sorted(out)


def continues(before: Segment, after: Segment) -> bool:
    """Does ``after`` go on from ``before`` as the next paragraph or line of the same
    text (same story part, neither a table cell)?"""
    return before.part == after.part and not before.labels and not after.labels
