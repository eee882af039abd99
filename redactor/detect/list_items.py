"""Names in a list of names: in a line listing three or more items shaped like a name
("19 - Kenichi Shimokawa, 2 - Hiroshige Yanagimoto, 3 - Naoki Soma"), or in three or more
lines running on, each a bulleted name alone ("• Christine Galloway", "• Briege McQuitty"),
when a third or more of them were found as people, the others of the same shape are people too.
A list may go on over a line break ("Councillors Noakes, Backhouse, ⏎ Patterson, Scholes and
Webb", "David Adams, Judy ⏎ McDowall, Gillian Brock"); an item may be a single name word where
half the single words are people or all are listed first names ("Joyce, David, Ann, Rose and
Dan", "Bethan, Enfys and Cathryn"; not a firm after counsel,
"Moir, Cahill; Fleming and Reid"), and two items are a list after a family word, the other a
listed name ("Daughter of Fredrick and Hannah"), or a listed first name before "and" and a full name found
("to Alice and Michael O'Connell"). In a line where three full names or more were found (a
flattened attendance list), a listed first name and a listed surname after the end of an item
are a person too ("Nottinghamshire County Council Joe Foley Group Manager", "ACAS Andrew Way ACAS"), and so
is a pair before a dash where the line writes its people so ("Asia Bartsch- City of Edinburgh Council").
Two name words joined by "and" to a person found are a person beside a person ("assaulted ES and Timka
Horvath"), and a line holding only a name is one among lines of people found so (a members' table
flattened to lines). Two single words or more and a comma, each a listed first name or a person found who is
no place, are people after no word of place, a first name that is also a town too ("Thanks to Ann, Tom and
Social Services")."""
from __future__ import annotations

from collections.abc import Container, Sequence

import regex

from redactor.detect.line_runs import runs
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, PARTICLE, words
from redactor.recognizer_names import LIST_ITEM
from redactor.types import Detection, Kind, Segment

SCORE = 0.75
WORDED_SCORE = 0.9  # strong: a surname that is a word ("Court") is kept whole, never trimmed as an ordinary word
MIN_ITEMS = 3
_ITEM = regex.compile(
    # after a word in lower case, a single word opening a list of single words ("tones of Bethan, Enfys and")
    rf"(?:^|(?<=[,;:(])|(?<=[ \t](?:and|&))"
    rf"|(?<=\p{{Ll}}[ \t])(?=\p{{Lu}}\p{{Ll}}+,[ \t]+\p{{Lu}}\p{{Ll}}+(?:,|[ \t]+and[ \t])))"
    rf"[ \t]*(?:\d{{1,3}}[ \t]*[-–][ \t]*)?"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{0,2}})"
    # an item opening a bracket ("(Real Madrid)", "(Democratic ⏎ Services Officer)") is no name
    # a single word after "and" closes the list before the sentence goes on ("Enfys and Cathryn brought")
    rf"(?=[ \t]*(?:[,;)(]|[ \t]\d|\.?$)|[ \t]+(?:and|&)[ \t]"
    rf"|(?<=[ \t](?:and|&)[ \t]+\p{{Lu}}\p{{Ll}}+)[ \t]+\p{{Ll}})")
# what stands between two items of one list: a comma, semicolon, "and", an aside in brackets, a number
_LINK = regex.compile(r"(?:[ \t]*\([^()]{0,40}\))?[ \t]*(?:[,;]|,?[ \t]*(?:and|&))[ \t]*(?:\d{1,3}[ \t]*[-–][ \t]*)?")
_LIST_GOES_ON = regex.compile(r"(?:,|[ \t](?:and|&)|\p{L})$")  # a line ending mid-list
_AND_AT_END = regex.compile(r"[ \t](?:and|&)[ \t]*$")
_ITEM_OPENS = regex.compile(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})?[ \t]*[,;]")  # "McDowall, " opening a line
_WORDS = regex.compile(r"[\w'’-]+")
# two names joined by "and", each maybe with an age in brackets: "Caitlin (29) and Mena (23)"
_PAIR = regex.compile(rf"(?<![\w'’-])(?P<a>{NAME_WORD})(?:[ \t]*\(\d{{1,3}}\))?[ \t]+(?:and|&)[ \t]+"
                      rf"(?P<b>{NAME_WORD})(?![\w'’-])")
HALF = 2  # a single word is a person where one single word in HALF is one (a town too, in a list of more than
# MIN_ITEMS single words: "Patterson, Scholes, Sloan, Smith"; not "Mitchell, Brown; Pryde & Co SSC, Edinburgh")


BORN_BEFORE = 60  # characters before "to" searched for "born" ("born in Waterford on May 6th, 1932 to")
_LETTER_WORD = regex.compile(r"(?<![\w'’])\p{L}[\w'’-]*")
CAPITALISED = 3 / 2  # two words in three capitalised: a list, not prose
CROWD = 3  # full names found on one line: a list of people, whatever separates them
_TWO_NAME_WORDS = regex.compile(r"(?<![\w'’&.-])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+)(?![\w'’]|-\w)(?![ \t]*&)")
_TOKEN_BEFORE = regex.compile(r"([\w'’]+)[ \t]*(,?)[ \t]*$")
_PAIR_WORDS = r"(?P<first>\p{Lu}\p{Ll}+)[ \t]+(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
_AND_PAIR_AFTER = regex.compile(rf"[ \t]+(?:and|&)[ \t]+{_PAIR_WORDS}(?![\w'’-]|[ \t]+\p{{Lu}})")
_PAIR_AND_BEFORE = regex.compile(rf"(?<![\w'’-]|\p{{Lu}}\p{{Ll}}*[ \t]+){_PAIR_WORDS}[ \t]+(?:and|&)[ \t]+$")
_NAME_LINE = regex.compile(rf"[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})[ \t]*")
_DASH_SLOT = regex.compile(r"[ \t]*[-–][ \t]*\p{Lu}")  # a dash and a body after an item's person: "Ann Hayne- NHS"
_BULLETED = regex.compile(rf"[ \t]*[•·▪●◦○■□➢►*\-–—][ \t]+(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*"
                          rf"{NAME_WORD}){{1,2}})[ \t]*")


def list_runs(segments: Sequence[Segment]) -> list[list[Segment]]:
    """The segments in runs of lines that one list goes on over (``_list_goes_on``)."""
    return runs(segments, _list_goes_on)


def _list_goes_on(line: Segment, segment: Segment) -> bool:
    """Does ``segment`` go on with the list of the line before it: a line opening with a capital
    that wraps onto one ending in a comma, "and" or "&", or, in a list of two commas or more, in a
    word when the line opens with an item ("Judy ⏎ McDowall, Gillian Brock")?"""
    before = line.text.rstrip()
    mid_list = _LIST_GOES_ON.search(before) is not None and (
        before.endswith(",") or _AND_AT_END.search(before) is not None
        or before.count(",") > 1 and _ITEM_OPENS.match(segment.text.lstrip()) is not None)
    return segment.wraps and mid_list and segment.text.lstrip()[:1].isupper()


def fellow_items(run: Sequence[Segment], people: Sequence[Detection], vocabulary: Vocabulary,
                 english: Container[str] = frozenset()) -> list[Detection]:
    """The name-shaped items of a list not yet found, when enough of their fellows were: the list
    of a line, or of the lines of a run (``list_runs``), read as one text, an item broken over a
    line break read whole and found in its pieces; none named for a place (``_named_for_a_place``:
    ``english``, the words a dictionary knows)."""
    starts = [0]
    for segment in run[:-1]:
        starts.append(starts[-1] + len(segment.text) + 1)
    text = " ".join(s.text for s in run)
    matches = [m for m in _ITEM.finditer(text) if not text[:m.start("name")].rstrip().endswith("(")]
    items = [_without_title(text, *m.span("name"), vocabulary) for m in matches]
    pieces = [[_trimmed(s, max(a, at) - at, min(b, at + len(s.text)) - at) for s, at in zip(run, starts, strict=True)
               if a < at + len(s.text) and at < b] for a, b in items]
    # the line's items of two words or more, wherever they stand, not after "and"; single words only in
    # a list of items one after another ("Joyce, David, Ann and Dan"; not "Rights and Fundamental
    # Freedoms" in a sentence), where a piece of a name broken over a line break is one too
    lines = [p for p, m in zip(pieces, matches, strict=True)
             if len(words(m.group("name"))) > 1 and not _AND_AT_END.search(text, 0, m.start())]
    lists: list[list[list[tuple[Segment, int, int]]]] = []
    opens: list[int] = []  # where each list opens in ``text``
    for i, (m, p) in enumerate(zip(matches, pieces, strict=True)):
        if i and _LINK.fullmatch(text, matches[i - 1].end("name"), m.start()):
            lists[-1].append(p)
        else:
            lists.append([p])
            opens.append(m.start("name"))
    pairs = [[[(s, *m.span(name))] for name in ("a", "b")] for s in run for m in _PAIR.finditer(s.text)
             if _after_kin(s.text, m.start(), vocabulary) or _before_full_name(s, m, people, vocabulary)]
    found = _fellows(lines, people, vocabulary, english=english) \
        + [d for one in lists for d in _fellows(one, people, vocabulary) if " " not in d.text] \
        + [d for p in pairs for d in _fellows(p, people, vocabulary, True)] \
        + [d for one, at in zip(lists, opens, strict=True) if _comma_listed(text, at, one, vocabulary)
           for d in _first_names_beside(one, people, vocabulary)]
    return list({(d.segment_id, d.start, d.end): d for d in found}.values())


def _comma_listed(text: str, at: int, items: Sequence[list[tuple[Segment, int, int]]], vocabulary: Vocabulary) -> bool:
    """Are ``items`` two single words or more, the first followed by a comma, with no word of place just
    before the list ("Thanks to Ann, Tom and Social Services"; not "lived in Chester, Florence and")?"""
    return len(items) > 1 and all(len(item) == 1 and " " not in item[0][0].text[item[0][1]:item[0][2]]
                                  for item in items) \
        and items[0][0][0].text[items[0][0][2]:].lstrip(" \t").startswith(",") \
        and not vocabulary.list_place_before.search(text, max(0, at - 20), at) \
        and not vocabulary.place_lead.search(text, max(0, at - 30), at)


def _first_names_beside(items: Sequence[list[tuple[Segment, int, int]]], people: Sequence[Detection],
                        vocabulary: Vocabulary) -> list[Detection]:
    """In a short list of single words, each a listed first name or a person found, one found that is no
    place: the others are people too, a town's name among them ("Ann, Tom and Social Services for": Tom
    found; "Chester" too, which a list of three counts no item of people)."""
    spans = [item[0] for item in items]
    found = [any(d.segment_id == s.id and d.start < b and a < d.end for d in people) for s, a, b in spans]
    if not any(f and not vocabulary.in_places(s.text[a:b]) for f, (s, a, b) in zip(found, spans, strict=True)) \
            or not all(f or vocabulary.is_first_name(s.text[a:b]) and not vocabulary.is_kept(s.text, a)
                       for f, (s, a, b) in zip(found, spans, strict=True)):
        return []
    return [Detection(s.id, a, b, s.text[a:b], Kind.PERSON, SCORE, LIST_ITEM,
                      "a listed first name in a list of single names beside a person found")
            for f, (s, a, b) in zip(found, spans, strict=True) if not f]


def _trimmed(segment: Segment, start: int, end: int) -> tuple[Segment, int, int]:
    """A piece of an item in its segment, without the blanks a line opens or ends with."""
    piece = segment.text[start:end]
    return segment, start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def _without_title(text: str, a: int, b: int, vocabulary: Vocabulary) -> tuple[int, int]:
    """An item's name without the titles and words that are no name opening it ("Hall" of "Dr Hall",
    "Bolt" of "Cllrs Mrs Bolt")."""
    parts = list(regex.finditer(NAME_WORD, text, pos=a, endpos=b))
    while len(parts) > 1 and not vocabulary.is_name_word(parts[0].group()):
        parts.pop(0)
    return parts[0].start() if parts else a, b


def _after_kin(text: str, start: int, vocabulary: Vocabulary) -> bool:
    """Is one of the three words before ``start`` a family word ("Daughter of ", "children ",
    "grand daughters ", "brothers and sisters ")?"""
    return any(w in vocabulary.kin or w.removesuffix("s") in vocabulary.kin or w.endswith("children")
               for w in _WORDS.findall(text[max(0, start - 40):start].lower())[-3:])


def _before_full_name(segment: Segment, pair: regex.Match, people: Sequence[Detection], vocabulary: Vocabulary) -> bool:
    """Is the pair's first a listed first name and its second the first name of a full name found, the
    surname theirs both ("to Alice and Michael O'Connell")? A first that is also a place is the place
    after a word of place, or after "to" or "from" with no birth nor family word before ("a trip to
    Chester and Michael Smith"; not "born in Waterford to Alice and Michael O'Connell")."""
    a = pair.group("a")
    if not vocabulary.is_first_name(a) or not any(
            d.segment_id == segment.id and d.start == pair.start("b") and d.end > pair.end("b") + 1
            and " " in d.text for d in people):
        return False
    if not vocabulary.in_places(a):
        return True
    text, start = segment.text, pair.start()
    to = vocabulary.place_or_parent_before.search(text, max(0, start - 20), start)
    return not vocabulary.list_place_before.search(text, max(0, start - 20), start) and (
        to is None or _after_kin(text, to.start(), vocabulary)
        or vocabulary.birth_word.search(text, max(0, to.start() - BORN_BEFORE), to.start()) is not None)


def crowded_line_names(segments: Sequence[Segment], people: Sequence[Detection],
                       vocabulary: Vocabulary, english: Container[str] = frozenset()) -> list[Detection]:
    """The names not yet found of a line where ``CROWD`` full names or more were and two words in
    three are capitalised (a flattened attendance list: "Nottinghamshire County Council Joe Foley
    Group Manager, …"; not prose naming three people): a listed
    first name and a listed surname, no body's word nor a place's name, after the end of an item
    (a comma, the line's start, a word in capitals, a body's word, a place, or a word in lower
    case that is no function word: "ACAS Andrew Way ACAS", "solicitors Joanne Chambers"), in no
    allow-listed phrase, no firm ("Peter Lynn & Partners"). The allow list's patterns read a
    body into such a line ("Joanne Chambers" as a set of chambers): only its phrases keep here.
    So is a pair of name words neither an English word nor a place before a listed surname no street's
    nor building's word ("Isy Hart"; not "Iscoed Chambers"), and a pair before a dash where the line
    writes ``CROWD`` of its people so ("Claudia Beamish- Joint Chair … Asia Bartsch- City of Edinburgh
    Council"), its last word no English word nor place."""
    full: dict[str, list[Detection]] = {}
    for d in people:
        if len(words(d.text)) > 1:
            full.setdefault(d.segment_id, []).append(d)
    out = []
    streets = vocabulary.street_words | vocabulary.body_words
    for segment in segments:
        found = full.get(segment.id, [])
        if len(found) < CROWD or not _mostly_capitalised(segment.text):
            continue
        text = segment.text
        kept = vocabulary.phrase_spans(text)
        dashed = sum(1 for d in found if _DASH_SLOT.match(text, d.end)) >= CROWD
        for m in _TWO_NAME_WORDS.finditer(text, overlapped=True):
            first, last = m.group(1), m.group(2)
            # the pair in the place where the line writes its people, before a dash: its item's end is its own
            slot = dashed and _DASH_SLOT.match(text, m.end()) is not None and vocabulary.is_name_word(first) \
                and _name_word(last, vocabulary, english)
            if any(d.start < m.end() and m.start() < d.end for d in found) \
                    or not (slot or vocabulary.in_surnames(last) and (
                        vocabulary.is_first_name(first)
                        or _name_word(first, vocabulary, english) and last.lower() not in streets)) \
                    or vocabulary.is_body_word(first) or vocabulary.is_body_word(last) \
                    or vocabulary.names_a_place(m.group()) \
                    or not slot and not _item_ends_before(text, m.start(), vocabulary, last.lower() in streets) \
                    or any(a < m.end() and m.start() < b for a, b in kept):
                continue
            out.append(Detection(segment.id, m.start(), m.end(), m.group(), Kind.PERSON, WORDED_SCORE, LIST_ITEM,
                                 "a name-shaped pair in a line of people"))
    return out


def partners_of_people(segments: Sequence[Segment], people: Sequence[Detection], vocabulary: Vocabulary,
                       english: Container[str] = frozenset()) -> list[Detection]:
    """Two name words joined by "and" to a person found, before or after ("assaulted ES and Timka
    Horvath", "Zsofia Balogh and Dr Ellis"), each a word that can only be a name's (``_name_word``) or a
    listed first name then one such: a person beside a person. Not a place, a body nor a kept name."""
    texts = {s.id: s.text for s in segments}
    out = []
    for d in people:
        text = texts[d.segment_id]
        for m in (_AND_PAIR_AFTER.match(text, d.end), _PAIR_AND_BEFORE.search(text, 0, d.start)):
            if m is None:
                continue
            first, last = m.group("first"), m.group("last")
            if (vocabulary.is_first_name(first) or _name_word(first, vocabulary, english)) \
                    and _name_word(last, vocabulary, english) and not vocabulary.is_body_word(last) \
                    and not vocabulary.is_kept(text, m.start("first")) \
                    and not any(o.segment_id == d.segment_id and o.start < m.end("last") and m.start("first") < o.end
                                for o in people):
                start, end = m.start("first"), m.end("last")
                out.append(Detection(d.segment_id, start, end, text[start:end], Kind.PERSON, SCORE, LIST_ITEM,
                                     "a name-shaped pair joined by 'and' to a person"))
    return out


def _name_word(word: str, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """A word that can only be a name's: a name word that is no English word nor place ("Isy", "Bartsch"),
    nor English words joined by a hyphen ("Sub-Committee")."""
    return vocabulary.is_name_word(word) and not _english(word, english) and not vocabulary.in_places(word)


def _english(word: str, english: Container[str]) -> bool:
    """An English word, or English words joined by hyphens ("Sub-Committee")."""
    return word in english or "-" in word and all(part in english for part in word.split("-") if part)


def _mostly_capitalised(text: str) -> bool:
    """Do most words of ``text`` open with a capital, as a list of names, roles and bodies does (not
    prose that names three people)?"""
    found = _LETTER_WORD.findall(text)
    return CAPITALISED * sum(1 for w in found if w[0].isupper()) >= len(found)


def _item_ends_before(text: str, start: int, vocabulary: Vocabulary, street: bool) -> bool:
    """Does an item of a flattened list end just before ``start``: the line's start, a comma, a word
    in capitals, a body's word, a place, or a word in lower case that is no function word? Before a
    ``street`` (a surname that is a street's or building's word: "Way", "Chambers", "Park") not the
    line's start nor a comma, where a list of places goes on ("…, Victoria Park")."""
    before = _TOKEN_BEFORE.search(text, 0, start)
    if before is None:
        return not street and not text[:start].strip()
    word = before.group(1)
    return bool(before.group(2)) and not street or word.isupper() or word.lower() in vocabulary.body_words \
        or vocabulary.in_places(word) or word.islower() and word not in vocabulary.function_words


def fellow_lines(segments: Sequence[Segment], people: Sequence[Detection],
                 vocabulary: Vocabulary) -> list[Detection]:
    """The bulleted names alone on their lines not yet found, in runs of such lines where
    enough of their fellows were ("• Christine Galloway" … "• Briege McQuitty")."""
    runs: list[list[tuple[Segment, int, int]]] = [[]]
    for segment in segments:
        m = _BULLETED.fullmatch(segment.text)
        if m is None:
            runs.append([])
        else:
            runs[-1].append((segment, *m.span("name")))
    return [d for run in runs for d in _fellows([[item] for item in run], people, vocabulary)]


def name_lines(segments: Sequence[Segment], people: Sequence[Detection], vocabulary: Vocabulary,
               english: Container[str] = frozenset()) -> list[Detection]:
    """The lines holding only a name, as a table of members flattened to lines writes them ("Eileen
    Flanagan ⏎ Violence Against Women Team ⏎ Artemis Pana ⏎ …"), not found, where ``CROWD`` or more of the
    document's lines of two or three name words, not all English words, were found as people and more than
    half of them: each whose
    last word can only be a name's (``_name_word``) or is a listed surname, no body's word nor a place."""
    taken = {d.segment_id for d in people}
    lines = [(s, m) for s in segments if (m := _NAME_LINE.fullmatch(s.text))
             and (s.id in taken or not all(_english(w, english) for w in words(m.group("name"))))]  # "Housing Team"
    if len(lines) < CROWD:
        return []
    found = [s.id in taken for s, _ in lines]
    if sum(found) < CROWD or HALF * sum(found) <= len(lines):
        return []
    out = []
    for (s, m), done in zip(lines, found, strict=True):
        parts = words(m.group("name"))
        last = parts[-1]
        if done or vocabulary.is_place(m.group("name")) or vocabulary.is_body_word(last) \
                or not (_name_word(last, vocabulary, english)
                        or vocabulary.in_surnames(last) and not _english(last, english)) \
                or not all(vocabulary.is_name_part(w) for w in parts) or vocabulary.is_kept(s.text, m.start("name")):
            continue
        out.append(Detection(s.id, *m.span("name"), m.group("name"), Kind.PERSON, SCORE, LIST_ITEM,
                             "a name alone on its line among lines of people"))
    return out


def _fellows(items: Sequence[list[tuple[Segment, int, int]]], people: Sequence[Detection],
             vocabulary: Vocabulary, kin: bool = False, english: Container[str] = frozenset()) -> list[Detection]:
    """The items (each in one piece, or two over a line break) not found of a list, when a third
    or more of them were found as people (of two items after a family word, one, and the other a
    listed name): the pieces of an
    item not found, a piece found making the item found ("Judy" of "Judy ⏎ McDowall")."""
    names = [" ".join(s.text[start:end] for s, start, end in item) for item in items]
    covered = [[any(d.segment_id == s.id and d.start < end and start < d.end for d in people) for s, start, end in item]
               for item in items]
    found = [any(c) for c in covered]
    counted = sum(1 for name, f in zip(names, found, strict=True) if f or not vocabulary.is_place(name))
    if counted < MIN_ITEMS and not kin or 3 * sum(found) < counted or not any(found):
        return []  # places are no items of a list of people ("Ann Lee, of Balbriggan, Co Dublin")
    # single words, not of a name the allow list keeps ("Co" of "Mackintosh, Ross; John Pryde & Co, Edinburgh")
    single = [f for item, f in zip(items, found, strict=True)
              if len(words(" ".join(s.text[a:b] for s, a, b in item))) == 1
              and not any(vocabulary.is_kept(s.text, a) for s, a, _ in item)]
    # "Joyce, Dilys, Ann": single words, half of them people; or all listed first names ("Bethan, Enfys and Cathryn")
    half = HALF * sum(single) >= len(single) or all(len(words(n)) == 1 and vocabulary.is_first_name(n) for n in names)
    most = HALF * sum(found) > counted  # more than half the items people
    out = []
    for item, pieces, name in zip(items, covered, names, strict=True):
        parts = words(name)
        glued = vocabulary.glued_full_name(name)  # a first name run into its surname is a full name: "TonyKillow"
        if len(parts) == 1 and glued:
            parts = list(glued)
        surname = len(parts) == 1 and half and vocabulary.in_surnames(name) and name[1:].islower()  # "Ward"
        worded = most and _worded_name(parts, vocabulary)
        shaped = surname or worded or all(vocabulary.is_name_word(w) and not w.isupper() for w in parts)
        if all(pieces) or not shaped or _named_for_a_place(parts, vocabulary, english) \
                or vocabulary.is_place(name) and not (len(parts) == 1 and half and (
                    len(single) > MIN_ITEMS or kin and vocabulary.in_surnames(name))) \
                or len(parts) == 1 and not (half and (vocabulary.is_listed(name) or not kin)) \
                or any(vocabulary.is_kept(s.text, start) for s, start, _ in item):
            continue
        out += [Detection(s.id, start, end, s.text[start:end], Kind.PERSON, WORDED_SCORE if worded else SCORE,
                          LIST_ITEM, "a name-shaped item of a list whose other items are people")
                for (s, start, end), done in zip(item, pieces, strict=True) if not done]
    return out


def _named_for_a_place(parts: list[str], vocabulary: Vocabulary, english: Container[str]) -> bool:
    """A body named for the nation, region or town it serves: its last word a place that is no first name,
    every word before it an English word on no name list ("Rape Crisis Scotland", "Street Pastors Wales";
    not "Naoki Soma", "Kelly Ireland", nor anything without a dictionary: ``english`` empty)."""
    return len(parts) > 1 and vocabulary.is_place(parts[-1]) \
        and all(w in english and not vocabulary.is_listed(w) for w in parts[:-1])


def _worded_name(parts: list[str], vocabulary: Vocabulary) -> bool:
    """A listed first name and a surname that is a word in title case, no title's nor a place's ("David
    Court", "Andrew Way"): a name where most of its list are people."""
    return len(parts) == 2 and vocabulary.is_first_name(parts[0]) and parts[1][1:].islower() \
        and not vocabulary.is_title_word(parts[1]) and parts[1].lower() not in vocabulary.function_words \
        and not vocabulary.is_place(parts[1])

