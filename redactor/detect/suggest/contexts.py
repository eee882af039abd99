"""Capitalised words where the text uses them as a person, listed or not: after a
family word ("son Aleksy"), before a person's verb ("Kendal attended"), owning a family
member ("Kendal's mother"), after "in relation to", "known as", a review's title
("Serious Case Review: Maisie"), either side of "v" ("R v Thornbury"), in attendance
lists ("Present: Amy Tate – Head of Service; Ben Ola"), after a title of several people
("Councillors Hargreaves, Okonedo and Pilbeam"), before their initials in brackets ("Amy
Tate (AT)", "P March (PM)"), before a judge's letters ("Harker J"), owning an action ("Priya to
book the room"), before an age between commas or in brackets ("Winiarska, 45, of Leeds"), in
capitals after a title ("MR JUSTICE GIBBS"), a title and a name in quotes after "known as"
("known as “Mrs Asda”"); and, weakest, words on the name lists that open no sentence. The plan changes
most of these already; what it keeps is suggested. Each text is scanned once for runs of
capitalised words; the contexts are matched beside each run. Wording: rules/people.yaml
and rules/suggestions.yaml."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

import regex

from redactor.detect.suggest.base import (
    GAP,
    NAME_RUN,
    NameWords,
    Read,
    name_part,
    opens_sentence,
    phrases,
    word_before,
)
from redactor.detect.suggest.wording import Wording
from redactor.names import CALENDAR, NAME_WORD, NEXT_NAME_WORD, NUMBER_WORDS, in_a_date, words
from redactor.rules import Rules
from redactor.types import Kind

STRONG, PLAIN, LISTED, LISTED_SURNAME, UNKNOWN, LISTED_WORD, UNKNOWN_THING = 0.3, 0.25, 0.15, 0.1, 0.07, 0.05, 0.04
REACH = 60  # characters before a run searched for the words that open its context
_RUNS = regex.compile(NAME_RUN)
_LONG_RUNS = regex.compile(rf"{NAME_WORD}(?:{GAP}{NAME_WORD})*")  # capitalised words, however many
_WORDS = regex.compile(NAME_WORD)
_GAP = regex.compile(r"[ \t]+")
_INITIAL_GAP = regex.compile(r"\.?[ \t]+|\.")  # between initials, or initials and a name: "P March", "A.B. Smith"
_NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")  # a capitalised word goes on after the run
_BRACKETED = regex.compile(r"\([^()\n]*\)")  # a role in brackets in a list: "(Vice-Chairman)"
# a contraction, a capital inside a word but after Mc, Mac or O' ("DfE", "SABs"), a digit
_SHAPES_OF_NO_NAME = regex.compile(r"['’]\p{Ll}{1,2}$|(?<!^Ma?c|^O['’]|-)(?<=.)\p{Lu}|\d")
_YEAR_AFTER = regex.compile(r"/\d")  # a review's subject, however ordinary the word, before "/2020"
_AND = r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]*and[ \t]+)"


class PersonContexts:
    """Person contexts read for any capitalised word."""

    def __init__(self, rules: Rules, names: NameWords, wording: Wording) -> None:
        self.names = names
        context = rules.people.context
        offices = "|".join(regex.escape(o) for o in sorted(wording.offices, key=len, reverse=True))
        # matched where a run ends, each alternative a named group: (group, why, score, places)
        after = (
            ("verb", rf"[ \t]+(?:(?:had|has|have|then|also|later|never|had[ \t]+not)[ \t]+)?"
                     rf"{phrases(context.after + context.after_personal)}(?!\w)", "a person's verb after it",
             PLAIN, True),
            ("owns", rf"['’]s[ \t]+{phrases(context.possessed)}(?!\w)", "a person's possession after it", STRONG, True),
            ("office", rf"[ \t]+(?:{offices})(?![\w.]|\.\w)", "a judge's or officer's letters after it", PLAIN, True),
            ("party", rf"[ \t]+v\.?[ \t]+\p{{Lu}}|,[ \t]*R\.?[ \t]+v\b|[ \t]*(?:\(\d{{1,2}}\)[ \t]*)?\n[ \t\n]*"
                      rf"(?-i:{'|'.join(regex.escape(w) for w in wording.party_words)})\b"
                      # "McfEtrich, R (on the application of) v"
                      r"|,[ \t]*R[ \t]*\((?i:on the application of|oao)[^)\n]*\)[ \t]*v\b",
             "a party to a case", STRONG, True),
            ("others", r"[ \t]*(?:&|and)[ \t]+(?i:ors|others|anor|another)\.?[ \t]+v\b",  # "Last & Ors v R"
             "a party to a case", STRONG, True),
            ("counsel", rf"[ \t]*[,(][ \t]*{phrases(wording.counsel_after)}(?!\w)", "counsel's role after it",
             PLAIN, True),
            ("action", rf"[ \t]+(?:{phrases(wording.action_after)}(?!\w)|(?:to|will|should)[ \t]+\p{{Ll}}{{3,}})",
             "owns an action", PLAIN, False),
            # an age between commas or in brackets: "Winiarska, 45, of Leeds", "Caitlin (29)"; not a place alone
            ("age", rf"[ \t]*,[ \t]*(?:aged[ \t]+)?(?:\d{{1,2}}|{NUMBER_WORDS})[ \t]*,"
                    r"|[ \t]*\((?:aged[ \t]+)?\d{1,2}\)",
             "an age after it", PLAIN, False),
            ("initials", r"[ \t]*\((?P<letters>\p{Lu}(?:\.?[ \t]?\p{Lu}){1,3})\.?\)", "", STRONG, True),
        )
        self.after = regex.compile("|".join(f"(?P<{group}>{p})" for group, p, *_ in after))
        self.after_why: dict[str, tuple[str, float, bool]] = {group: (why, score, places)
                                                               for group, _, why, score, places in after}
        # searched just before a run starts, ending where it starts
        before = (
            ("kin", rf"(?<!\w){phrases(context.kin)},?[ \t]+", "a family word before it", STRONG),
            ("alias", rf"(?<!\w){phrases([p for p in wording.alias_before if p not in context.before])}"
                      r"[ \t]+[“\"‘']?", "a nickname or alias after it", STRONG),
            ("context", rf"(?<!\w){phrases(context.before)}[ \t]+", "a person's context before it", STRONG),
            ("party", r"(?<!\w)v\.?[ \t]+", "a party to a case", STRONG),
            ("counsel", r"(?<![\w.])(?:QC|KC|SC|BL|Q\.C\.|K\.C\.|(?i:counsel))[ \t]+for[ \t]+", "a party to a case",
             STRONG),
            ("about", rf"(?<!\w){phrases(wording.person_before)}[ \t]+", "a person's context before it", PLAIN),
        )
        self.before = regex.compile("(?:" + "|".join(f"(?P<{group}>{p})" for group, p, *_ in before) + ")$")
        self.before_why: dict[str, tuple[str, float]] = {group: (why, score) for group, _, why, score in before}
        phrases_before = context.kin + context.before + wording.alias_before + wording.person_before + ["v", "for"]
        self.before_last = {p.split()[-1].lower().rstrip(".") for p in phrases_before}  # only these end a context
        # a review's subject ends its title: "Serious Case Review: Maisie", "Review Sofia (2015)", "Case Kitty/2020"
        self.titled = regex.compile(rf"(?<!\w){phrases(wording.heading_words)}(?:[ \t]*[:–—-][ \t]*|[ \t]+)"
                                    rf"(?P<name>{NAME_RUN})(?=[ \t]*(?:$|[(:,.;–—-]|\d|\n)|/\d)")
        self.office = regex.compile(rf"[ \t]+(?:{offices})$")  # "Harker J": letters closing the run
        one = "|".join(regex.escape(t) for t in sorted(rules.titles.honorifics, key=len, reverse=True))
        # between two items: a role in brackets, a comma (a line may break after it) or "and", a title
        item_gap = rf"(?:[ \t]*\([^()\n]{{1,40}}\))?(?:{_AND}|[ \t]*,[ \t]*\n[ \t]*)(?:(?:{one})\.?[ \t]+)?"
        self.plural = regex.compile(
            rf"(?<!\w){phrases(wording.plural_titles)}[ \t]+(?P<list>{NAME_RUN}(?:{item_gap}{NAME_RUN})*)")
        self.date_before = {w.lower() for w in wording.date_before}
        titles = "|".join(regex.escape(t) for t in sorted(rules.titles.honorifics + rules.titles.ranks, key=len,
                                                          reverse=True))
        dotted = "|".join(regex.escape(t) for t in rules.titles.abbreviated)
        self.honorific = regex.compile(rf"(?<![\w.])(?:{titles})(?:(?<=\b(?:{dotted}))\.)?[ \t]+(?=\p{{Lu}})")
        # an honorific in capitals, perhaps an office, initials, a surname in capitals: "MISS A SEHAT",
        # "MR J O'NEILL", "MR JUSTICE GIBBS", "LORD JUSTICE BEAN"
        capitals = "|".join(regex.escape(t.upper()) for t in rules.titles.honorifics if len(t) > 1)
        self.in_capitals = regex.compile(rf"(?<![\w.])(?:{capitals})\.?[ \t]+(?:(?P<office>\p{{Lu}}{{2,}})[ \t]+)?"
                                         rf"(?P<name>(?:\p{{Lu}}\.?[ \t]+){{0,3}}"
                                         rf"\p{{Lu}}{{2,}}(?:['’-]\p{{Lu}}+)*)(?![\w.'’-])")
        # a nickname or maiden name in quotes after a first name: "Margaret “Matthews”", "Anthony 'Tony' Smith"
        self.quoted = regex.compile(rf"(?P<first>{NAME_WORD})[ \t]+[“\"‘']"
                                    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})?)[”\"’']")
        # a title and a name in quotes after "known as", "called"…, whatever the name also is: "known as “Mrs Asda”"
        self.titled_alias = regex.compile(rf"(?<!\w){phrases(wording.alias_before)}[ \t]+[“\"‘']"
                                          rf"(?P<name>(?:{titles})\.?[ \t]+{NAME_RUN})[”\"’']")
        self.labelled = regex.compile(rf"(?m)^[ \t]*{phrases(wording.list_labels)}[ \t]*:[ \t]*(?P<rest>.+)$")

    def read(self, text: str, things: Sequence[tuple[int, int]] = ()) -> Iterator[Read]:
        """The readings of ``text`` but its titled lists (``titled_lists``, read over lines);
        ``things``: where NER names a thing, not a person."""
        for run in _LONG_RUNS.finditer(text):  # contexts at the ends of the whole run, words by pieces of it
            yield from self._beside(text, run.start(), run.end())
            for piece in _RUNS.finditer(text, run.start(), run.end()):
                span = name_part(text, piece.start(), piece.end(), self.names, places=False)
                if span is not None:  # its name words, found once for both readings
                    yield from self._listed_words(text, span)
                    yield from self._unknown_words(text, span, things)
                yield from self._calendar_name(text, piece.start(), piece.end())
        yield from self._listed(text)
        for m in self.honorific.finditer(text):  # "Councillor Amy Tate", read even inside an agency's pattern
            named = _LONG_RUNS.match(text, m.end())
            span = name_part(text, m.end(), named.end(), self.names, places=False, first=True) if named else None
            if span is not None and not text[span[0]:span[1]].isupper():  # "Chief Constable PSNI"
                yield Read(*self._surname_after(text, span), Kind.PERSON, STRONG, "a capitalised word after a title",
                           titled=True)
        v = self.names.vocabulary
        for m in self.in_capitals.finditer(text):
            if not v.is_title_word(m.group("name").split()[-1]):  # "MR JUSTICE"
                office = m.group("office")  # "JUSTICE" of "MR JUSTICE GIBBS", a first name ("MR JOHN SMITH")
                span = m.span("name") if office is None or len(office) > 3 and v.is_title_word(office) else \
                    (m.start("office"), m.end("name")) if v.in_first_names(office.title()) else m.span("office")
                yield Read(*span, Kind.PERSON, STRONG, "a name in capitals after a title", titled=True)
        for m in self.titled_alias.finditer(text):  # read over an allow-listed word (``Suggester._admitted``)
            yield Read(*m.span("name"), Kind.PERSON, STRONG, "a title and a name in quotes, a nickname", titled=True)
        for m in self.quoted.finditer(text):
            if self.names.vocabulary.in_first_names(m.group("first")):
                yield Read(*m.span("name"), Kind.PERSON, STRONG, "a name in quotes after a first name")
        for m in self.titled.finditer(text):
            span = name_part(text, *m.span("name"), self.names)
            if span is not None and (not self._ordinary(text, *span) or _YEAR_AFTER.match(text, span[1])):
                yield Read(*span, Kind.PERSON, PLAIN, "a capitalised word, the subject of a review's title")

    def titled_lists(self, text: str) -> Iterator[Read]:
        """Each item of a list after a title of several people, over lines too: "Councillors
        Hargreaves, Okonedo and Pilbeam", "Councillors Noakes (Vice-Chairman), Mrs Cobbold,⏎Patterson"."""
        v = self.names.vocabulary
        for m in self.plural.finditer(text):
            roles = [b.span() for b in _BRACKETED.finditer(text, m.start("list"), m.end("list"))]
            for item in _RUNS.finditer(text, m.start("list"), m.end("list")):
                if any(a <= item.start() < b for a, b in roles):
                    continue
                span = name_part(text, *item.span(), self.names)
                if span is None and not any(v.is_title_word(w) for w in words(item.group())):
                    span = item.span()  # a surname that is also a word: "Ward and Webb"
                if span is not None:
                    yield Read(*span, Kind.PERSON, STRONG, "a capitalised word in a list after a title")

    def _beside(self, text: str, start: int, end: int) -> Iterator[Read]:
        """The readings of one run of capitalised words, from the words either side of it."""
        names = self.names
        after = self.after.match(text, end)
        if after and after.lastgroup:  # "Kendal attended", "Kendal's mother", "Harker J", "Smith v", "Priya to
            group = after.lastgroup     # book", "Amy Tate (AT)"
            why, score, places = self.after_why[group]
            if group == "initials":
                yield from self._initials_after(text, start, end, after.group("letters"))
            elif group != "action" or opens_sentence(text, start):
                span = name_part(text, start, end, names, places, last=group != "action")
                if span is None and group == "others":  # any word names the first party: "Last & Ors v R"
                    word = list(_WORDS.finditer(text, start, end))[-1]
                    span = None if names.vocabulary.is_title_word(word.group()) else word.span()
                if span is not None and group == "age" and any(names.vocabulary.in_places(w)
                                                               for w in words(text[span[0]:span[1]])):
                    span = None  # "Kent, 15, and Surrey": a count by place
                if span is not None and not (group in ("verb", "action", "counsel", "age")
                                             and self._ordinary(text, *span)):
                    yield Read(*span, Kind.PERSON, score, f"a capitalised word, {why}",
                               titled=group in ("office", "counsel"))
        before = self.before.search(text, max(0, start - REACH), start) \
            if word_before(text, start) in self.before_last else None
        if before and before.lastgroup:
            why, score = self.before_why[before.lastgroup]
            about = before.lastgroup == "about"
            span = name_part(text, start, end, names, places=not about, first=True)
            alias = _RUNS.match(text, start) if span is None and before.lastgroup == "alias" else None
            if alias and not self._ordinary(text, *alias.span()):
                span = alias.span()  # any words but English ones alone: "Granny Valley"
            if span is not None and not (about and self._ordinary(text, *span)):
                yield Read(*self._surname_after(text, span), Kind.PERSON, score, f"a capitalised word, {why}")
        office = self.office.search(text, start, end)
        if office and not _NAME_AFTER.match(text, end):  # "Harker J", "MORGAN LCJ"; not "Alderman S P Porter"
            span = name_part(text, start, office.start(), names, last=True)
            if span is not None:
                yield Read(*span, Kind.PERSON, PLAIN, "a capitalised word, a judge's or officer's letters after it",
                           titled=True)

    def _surname_after(self, text: str, span: tuple[int, int]) -> tuple[int, int]:
        """A first name after a title or a person's context with the capitalised word after
        it, whatever that word is but a title, a word in lower case after a hyphen ("Co-opted")
        or a body's word that a name goes on after ("PC Martin Norwood Police Scotland";
        "represented by John Service, District Procurator Fiscal")."""
        after = NEXT_NAME_WORD.match(text, span[1])
        v = self.names.vocabulary
        if after and len(words(text[span[0]:span[1]])) == 1 and v.in_first_names(text[span[0]:span[1]]) \
                and not after.group(1).isupper() and not v.is_title_word(after.group(1)) \
                and not after.group(1).rsplit("-", 1)[-1].islower() \
                and not (v.is_body_word(after.group(1)) and NEXT_NAME_WORD.match(text, after.end())):
            return span[0], after.end()
        return span

    def _ordinary(self, text: str, start: int, end: int) -> bool:
        """Are all the words of the span English words on no name list ("Witnesses said",
        "Intending to", "Review: Self Neglect")?"""
        return all(self.names.ordinary(w) for w in words(text[start:end]))

    def _calendar_name(self, text: str, start: int, end: int) -> Iterator[Read]:
        """A month or day that is a first name, alone and in no date: "For June, my mother in law"."""
        word = text[start:end]
        if word in CALENDAR and self.names.vocabulary.in_first_names(word) and not in_a_date(text, start, end) \
                and word_before(text, start) not in self.date_before:
            yield Read(start, end, Kind.PERSON, LISTED, "a month or day that is a first name, in no date")

    def _initials_after(self, text: str, start: int, end: int, letters: str) -> Iterator[Read]:
        """A name before its own initials in brackets: "Amy Tate (AT)", "CCG P Manjit Seale (MS)";
        initials and a surname whose letters are all the bracket's, whatever the surname also
        means ("P March (PM)", "D Court (DC)"; not "Adult B (AB)", a letter after a word)."""
        letters = regex.sub(r"[^\p{Lu}]", "", letters)
        found = list(_WORDS.finditer(text, max(0, start - REACH), end))  # the run may have been cut at 3 words
        initialled = self._initialled(text, found, letters)
        if initialled is not None:
            yield Read(initialled, end, Kind.PERSON, STRONG, "initials and a name before their initials in brackets",
                       titled=True)
            return
        for n in range(min(len(found), len(letters)), 1, -1):
            tail = found[-n:]
            if tail[0].group()[0] == letters[0] and tail[-1].group()[0] == letters[-1] \
                    and all(_GAP.fullmatch(text, a.end(), b.start()) for a, b in pairwise(tail)) \
                    and all(self.names.fits(w.group(), True, after_name=i > 0) for i, w in enumerate(tail)):
                yield Read(tail[0].start(), end, Kind.PERSON, STRONG, "a name before its initials in brackets")
                return

    def _initialled(self, text: str, found: list[regex.Match], letters: str) -> int | None:
        """Where initials and the words after them, written just before a bracket of their
        letters ("P March" before "(PM)", "D Court (DC)"), start: a letter or more, then words
        no title's or capitals' (not "Adult B", "LA C"), joined by blanks or full stops."""
        tail = found[-len(letters):]
        shown = [w.group() for w in tail]
        lone = next((i for i, w in enumerate(shown) if len(w) > 1), len(shown))
        v = self.names.vocabulary
        if len(tail) < len(letters) or not 0 < lone < len(shown) or any(len(w) == 1 for w in shown[lone:]) \
                or "".join(w[0] for w in shown) != letters \
                or any(w.isupper() or v.is_title_word(w) for w in shown[lone:]) \
                or not all(_INITIAL_GAP.fullmatch(text, a.end(), b.start()) for a, b in pairwise(tail)):
            return None
        return tail[0].start()

    def _listed_words(self, text: str, span: tuple[int, int]) -> Iterator[Read]:
        """Words on the name lists, the name words of a run (``span``, no places), that open
        no sentence ("that Kendal must", "with Sofia"), or a listed first name no dictionary knows
        opening one ("– Ian dirt buster –" in an action's line): the weakest reading, ranked last, and
        words that are also English words or places lowest ("Room", "Hopkins", "Northern Ireland")."""
        found = [w for w in words(text[span[0]:span[1]]) if len(w) > 2]
        hits = [w for w in found if self.names.listed(w)]
        if not hits or opens_sentence(text, span[0]) and len(found) == 1 \
                and not (self.names.vocabulary.in_first_names(found[0]) and not self.names.plain(found[0])):
            return
        first = any(self.names.vocabulary.in_first_names(w) for w in hits)
        score = LISTED_WORD if all(self.names.plain(w) for w in found) \
            else LISTED if first or len(found) > 1 else LISTED_SURNAME
        yield Read(*span, Kind.PERSON, score, "a capitalised word on the name lists", weak=True)

    def _unknown_words(self, text: str, span: tuple[int, int], things: Sequence[tuple[int, int]]) -> Iterator[Read]:
        """Capitalised words no list and no dictionary knows among the name words of a run
        (``span``), which names on no list are ("Honeyford", "Pomell", "Satinder"): ranked
        under every other reading, and lowest inside an entity NER names a thing (``things``:
        "Torbay" as a place)."""
        found = list(_WORDS.finditer(text, *span))
        for first, last in pairwise(found):  # "Liz Frankis Citizens Advice": a first name, a surname no list knows
            if self.names.vocabulary.in_first_names(first.group()) and not self.names.plain(first.group()) \
                    and _GAP.fullmatch(text, first.end(), last.start()) and self._unknown(last.group()):
                yield Read(first.start(), last.end(), Kind.PERSON, PLAIN, "a first name and a surname no list knows")
        if any(self._unknown(w.group()) for w in found):
            thing = any(a < span[1] and span[0] < b for a, b in things)
            yield Read(*span, Kind.PERSON, UNKNOWN_THING if thing else UNKNOWN,
                       "a capitalised word no name list or dictionary knows", weak=True)

    def _unknown(self, word: str) -> bool:
        """A word of four letters or more in title case that no name list, dictionary or
        place list has, and no contraction ("I've"), mixed capitals ("DfE", "SABs"), court
        abbreviation ("Crim") or joining of words ("Multi-agency", "Self-Neglect")."""
        names = self.names
        return len(word) > 3 and not names.listed(word) and not names.plain(word) \
            and not _SHAPES_OF_NO_NAME.search(word) and not names.vocabulary.court.fullmatch(word) \
            and not ("-" in word and all(names.plain(p) or len(p) < 2 for p in word.split("-")))

    def _listed(self, text: str) -> Iterator[Read]:
        """Name-shaped items after a list label: "Present: Amy Tate – Head of Service, …; Ben Ola"."""
        for m in self.labelled.finditer(text):
            for item in _RUNS.finditer(text, m.start("rest"), m.end("rest")):
                span = name_part(text, *item.span(), self.names, places=False)
                if span is None:
                    continue
                found = words(text[span[0]:span[1]])
                if len(found) > 1 or self.names.listed(found[0]):
                    yield Read(*span, Kind.PERSON, STRONG if len(found) > 1 else PLAIN,
                               "a name-shaped item of a list of people")
