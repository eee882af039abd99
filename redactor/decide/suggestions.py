"""From hints to the suggestions a reviewer reads: the hints whose text the plan keeps,
one suggestion per written form, surest first, at most ``RATE`` per word of the
document (a reviewer stops reading a longer list). A short document may have ``LEAST``,
but not of the weakest readings (a listed word that is also an English word or a place,
an NER person of such words, an unknown word NER calls a thing: nearly always a thing);
a list of people read as such (a rank of ``SURE`` or more: "C Short A Waldie J Townsend",
"Case Kitty/2020") may go on to ``SURE_TIMES`` that many."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import regex

from redactor.names import NAME_WORD, in_a_date, is_initials, misspells, whole_words, words
from redactor.types import Change, Hint, Kind, Segment, Suggestion

RATE = 10 / 1000  # suggestions per word of the document, at most
LEAST = 10  # a document of fewer than 1,000 words may still have this many
AGREEING = 0.05  # each further reading of the same text adds this to its rank
WEAKEST = 0.05  # readings ranked at most this fill only the budget by words, not LEAST
SURE, SURE_TIMES = 0.25, 3  # readings ranked at least SURE may go on to SURE_TIMES the budget
_WORD = regex.compile(NAME_WORD)
_NEXT = regex.compile(rf"[ \t]({NAME_WORD})")
_PREVIOUS = regex.compile(rf"(?<![\w'’-])({NAME_WORD})[ \t]$")


def suggest(segments: Sequence[Segment], hints: Sequence[Hint], changes: Sequence[Change]) -> list[Suggestion]:
    """The suggestions of a plan whose changes are ``changes``."""
    changed: dict[str, list[tuple[int, int]]] = {}
    for c in changes:
        changed.setdefault(c.segment_id, []).append((c.start, c.end))

    def kept(segment_id: str, start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in changed.get(segment_id, ()))

    order = {s.id: i for i, s in enumerate(segments)}
    texts = {s.id: s.text for s in segments}
    found = [piece for h in hints for piece in _kept_pieces(h, texts[h.segment_id], changed.get(h.segment_id, []))]
    firsts: dict[str, Hint] = {}  # each form's first occurrence
    by_form: dict[str, list[Hint]] = {}  # the readings of each form
    for span, members in _overlapping(sorted(found, key=lambda h: (order[h.segment_id], h.start)), texts):
        firsts.setdefault(span.text, span)
        by_form.setdefault(span.text, []).extend(members)
    for more in (_words_of_names, _in_lower_case):  # each reads the forms found before it
        for h in more(segments, by_form, kept):
            firsts.setdefault(h.text, h)
            by_form.setdefault(h.text, []).append(h)
    ranks = {form: _rank(group) for form, group in by_form.items()}
    chosen = _budgeted(sorted(by_form, key=lambda form: (-ranks[form], order[firsts[form].segment_id],
                                                          firsts[form].start)),
                       ranks, sum(len(s.text.split()) for s in segments))
    counts = _occurrences(chosen, segments, kept)
    people = _people(changes)
    beside = _beside(changes, texts)
    out = []
    for form in chosen:
        first, readings = firsts[form], by_form[form]
        out.append(Suggestion(
            id=f"s:{first.segment_id}:{first.start}", segment_id=first.segment_id, start=first.start, end=first.end,
            original=form, kind=max(readings, key=lambda h: h.score).kind,
            reason=" | ".join(dict.fromkeys(h.reason for h in readings)), score=round(_rank(readings), 3),
            occurrences=max(1, counts.get(form, 0)),
            person_id=_person(form, people) or beside.get((first.segment_id, first.start, first.end))))
    return out


def _budgeted(ranked: list[str], ranks: dict[str, float], words: int) -> list[str]:
    """The first forms of ``ranked`` (surest first) a reviewer of ``words`` words reads."""
    by_words = int(words * RATE)
    budget = max(LEAST, by_words)
    return [form for i, form in enumerate(ranked)
            if i < by_words or i < budget and ranks[form] > WEAKEST or i < SURE_TIMES * budget and ranks[form] >= SURE]


def _kept_pieces(h: Hint, text: str, changed: list[tuple[int, int]]) -> list[Hint]:
    """The hint, or, where the plan changes part of it, the names left of it ("March" of
    "Ellen March" when "Ellen" is changed)."""
    inside = sorted((a, b) for a, b in changed if a < h.end and h.start < b)
    if not inside:
        return [h]
    if h.kind is not Kind.PERSON or any(a <= h.start and h.end <= b for a, b in inside):
        return []  # most hints lie wholly inside a change: the readings of the names it found
    pieces, at = [], h.start
    for a, b in [*inside, (h.end, h.end)]:
        names = [m.span() for m in _WORD.finditer(text, at, min(a, h.end)) if len(m.group()) > 1]
        if names and not is_initials(text[names[0][0]:names[-1][1]]):
            start, end = names[0][0], names[-1][1]
            pieces.append(replace(h, start=start, end=end, text=text[start:end]))
        at = max(at, b)
    return pieces


def _overlapping(hints: list[Hint], texts: dict[str, str]) -> list[tuple[Hint, list[Hint]]]:
    """Hints in reading order gathered where they overlap or only spaces part them, each
    group with a hint over the span of them all ("Ellen March" read as a name and "Ellen"
    as a name found elsewhere; "Una" and "Crown" read apart)."""
    groups: list[tuple[Hint, list[Hint]]] = []
    for h in hints:
        span = groups[-1][0] if groups else None
        text = texts[h.segment_id]
        if span is not None and span.segment_id == h.segment_id and span.kind is h.kind \
                and (h.start < span.end or not text[span.end:h.start].strip(" \t")):
            if h.end > span.end:
                span = replace(span, end=h.end, text=text[span.start:h.end])
            groups[-1] = (span, [*groups[-1][1], h])
        else:
            groups.append((h, [h]))
    return groups


def _words_of_names(segments: Sequence[Segment], by_form: dict[str, list[Hint]],
                    kept: Callable[[str, int, int], bool]) -> list[Hint]:
    """A word of a suggested name of two words or more, kept alone elsewhere and in no
    date ("French" after "Philip French", "June" after "June Richardson"): a form of its
    own, ranked a little under the name."""
    rank = {w: _rank(group) - AGREEING for f, group in by_form.items() if group[0].kind is Kind.PERSON
            for w in words(f) if len(w) > 2 and w not in by_form}
    pattern = whole_words(rank)
    out: list[Hint] = []
    if pattern is None:
        return out
    read: dict[str, list[tuple[int, int]]] = {}  # spans already suggested, by segment
    for group in by_form.values():
        for h in group:
            read.setdefault(h.segment_id, []).append((h.start, h.end))
    for s in segments:
        for start, end in pattern.spans(s.text):
            word = s.text[start:end]
            if word in rank and kept(s.id, start, end) and not in_a_date(s.text, start, end) \
                    and not any(a <= start < b for a, b in read.get(s.id, ())):
                out.append(Hint(s.id, start, end, word, Kind.PERSON, min(Hint.MAX_SCORE, max(0.0, rank[word])), "plan",
                                "a word of a suggested name"))
    return out


def _in_lower_case(segments: Sequence[Segment], by_form: dict[str, list[Hint]],
                   kept: Callable[[str, int, int], bool]) -> list[Hint]:
    """A suggested name written in lower case on a line all in lower case, as file names
    and web titles are ("serious case review sofia final report"): a form of its own,
    ranked just under the name ("Sofia")."""
    names = {f.lower(): f for f, group in by_form.items() if group[0].kind is Kind.PERSON and len(f) > 2}
    lower = [s for s in segments if s.text == s.text.lower() and any(c.isalpha() for c in s.text)]
    pattern = whole_words(names) if names and lower else None
    out: list[Hint] = []
    if pattern is None:
        return out
    for s in lower:
        for start, end in pattern.spans(s.text):
            if kept(s.id, start, end):
                score = max(0.0, max(h.score for h in by_form[names[s.text[start:end]]]) - 0.01)
                out.append(Hint(s.id, start, end, s.text[start:end], Kind.PERSON, score, "plan",
                                "a suggested name, in lower case"))
    return out


def _rank(group: list[Hint]) -> float:
    """The surest reading of a form, raised a little for each other reading that agrees."""
    readings = {h.reason for h in group}
    return min(1.0, max(h.score for h in group) + AGREEING * (len(readings) - 1))


def _occurrences(forms: list[str], segments: Sequence[Segment], kept: Callable[[str, int, int], bool]
                 ) -> dict[str, int]:
    """How often each form is kept in the document, as written or in capitals (as
    ``apply`` replaces an added string: never in a date)."""
    counts: dict[str, int] = {}
    pattern = whole_words(forms)
    if pattern is None:
        return counts
    wanted = set(forms)
    capitals: dict[str, str] = {}  # each form in capitals, the first form so written
    for f in forms:
        capitals.setdefault(f.upper(), f)
    for s in segments:
        for start, end in pattern.spans(s.text):
            text = s.text[start:end]
            form = text if text in wanted else capitals.get(text)
            if form is not None and kept(s.id, start, end) and not in_a_date(s.text, start, end):
                counts[form] = counts.get(form, 0) + 1
    return counts


def _people(changes: Sequence[Change]) -> dict[str, str]:
    """Each word of a person's changed forms, and the person's id (the last one's, if shared)."""
    return {w: c.person_id for c in changes if c.kind is Kind.PERSON and c.person_id for w in words(c.original)}


def _person(text: str, people: dict[str, str]) -> str | None:
    """The person each word of a suggested name is a form or a misspelling of, if exactly one is."""
    ids = None
    for f in words(text):
        mine = {pid for w, pid in people.items() if w == f or misspells(f, w)}
        ids = mine if ids is None else ids & mine
    return ids.pop() if ids and len(ids) == 1 else None


def _beside(changes: Sequence[Change], texts: dict[str, str]) -> dict[tuple[str, int, int], str]:
    """A person's id by the spans of kept words just after (or before) one of their
    changes, a space between: "March" of "Ellen March" when "Ellen" is changed."""
    out: dict[tuple[str, int, int], str] = {}
    for c in changes:
        if c.kind is not Kind.PERSON or not c.person_id:
            continue
        text = texts[c.segment_id]
        after = _NEXT.match(text, c.end)
        if after:
            out[(c.segment_id, after.start(1), after.end(1))] = c.person_id
        before = _PREVIOUS.search(text, max(0, c.start - 40), c.start)
        if before:
            out.setdefault((c.segment_id, before.start(1), before.end(1)), c.person_id)
    return out
