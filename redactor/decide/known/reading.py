"""A known person's lone first name or surname: is it the person here, or the month,
day, place or thing the same word also names? This reading decides for every lone word
known from elsewhere in the document or case: where detection's second pass (which
only knows the word) would replace it, and where the audit finds it left in place.

The word is the person unless the text says otherwise. Inside a phrase the allow list
keeps ("Clare's Law") it is never the person; otherwise evidence for the person wins: a
title before it ("Mrs March"), "'s" after it, a family word before it ("her daughter
April"), the context words of ``rules/people.yaml`` ("April said", "in respect of Hope",
"the March family"). Otherwise a month or a day is the date next to a number ("2 March",
"April 2019"), after a date word ("in April", "last Sunday", "mid-March"; "until April."
but not "until April arrived"), before one ("Sunday morning") or in a range ("March to
May"); a place is the place after a place word ("moved to Kendal"); any of them names a
thing before a street, building or other ordinary capitalised word ("Church Street",
"Hope Centre", "Kendal Road"; in capitals only a street or building word; after "the",
any capitalised word on no name list: "the Young Carers service"), and a month, day or
ordinary word after "the" is the word ("the March meeting"; not "the March family", nor
"the Clinton administration"). The words are in ``rules/known_names.yaml``. A lone word
is only looked for as written, in capitals or capitalised: "no hope" and "in march" are
never read as names."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from redactor.names import APOSTROPHES, FIRM_END, PLACE_HYPHEN_AFTER, SAINT_BEFORE, acronyms, phrases, trie
from redactor.rules import Rules

USED_AS_A_NAME = "used as a name"
_POSSESSIVE = regex.compile(r"['’][sS](?!\w)")
_NUMBER_BEFORE = regex.compile(r"(?<!\w)\d{1,2}(?i:st|nd|rd|th)?(?:[ \t]+(?i:of))?[ \t,]+$")
_NUMBER_AFTER = regex.compile(r"[ \t]*,?[ \t]*['’]?\d")
_CLOSING = regex.compile(r"[ \t]*(?:[,.;:)\]]|$)")
_DETERMINER = regex.compile(r"(?<![\w'’])(?i:the)[ \t]+$")  # "the Summer term", "the Young Carers service"
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)")
_NEXT_LOWER = regex.compile(r"[ \t]+(\p{Ll}[\p{L}'’-]*)")
_WORD_BEFORE = regex.compile(r"(?<![\w.-])(?<!\w['’])(\p{Lu}\p{Ll}+)[ \t]+$")
_BRACKET_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+)\)[ \t]+$")  # "Protection (Scotland) Bill"
_AND_NAME = regex.compile(r"[ \t]+and[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)(?![\w'’-])")
_SENTENCE_START = regex.compile(r"(?:^|[.!?][\"'”’)]?[ \t]+)[\"'“‘(]?$")
_APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
# Every look-back is a few words just before the word read (a title, a family word, a date
# word, "the"), on its line: it is looked for in these last characters only, as any match
# but one padded with a hundred spaces fits. Searched from the start of the text, a
# reading cost as much as its paragraph was long (0.7 ms in 4,500 characters).
LOOK_BACK = 200


def _behind(pattern: regex.Pattern, text: str, start: int) -> regex.Match | None:
    """The match of ``pattern`` (which ends in ``$``) ending just before ``start``."""
    return pattern.search(text, max(0, start - LOOK_BACK), start)


def _phrases(items: Iterable[str]) -> str:
    """An alternation of phrases, longest first, any spaces between their words."""
    return phrases(items, r"[ \t]+")


def _before(items: Iterable[str], gap: str = r"[ \t]+") -> regex.Pattern:
    """One of ``items`` ending just before a position (search with endpos)."""
    return regex.compile(rf"(?<![\w-])(?i:{_phrases(items)}){gap}$")


@dataclass(frozen=True)
class Verdict:
    person: bool
    titled: bool  # a title stands before it: the lone-name policy applies ("Mrs M")
    why: str

    @property
    def evidence(self) -> bool:
        """Does the text itself say it is a person (not only nothing saying otherwise)?"""
        return self.person and self.why != USED_AS_A_NAME


def written_as(form: str, found: str) -> bool:
    """Is ``found`` the lone word ``form`` as written, in capitals or capitalised
    ("March", "MARCH"; never "march")?"""
    found, form = " ".join(found.translate(_APOSTROPHES).split()), " ".join(form.translate(_APOSTROPHES).split())
    return found in (form, form.upper(), form[:1].upper() + form[1:], form.title())


class LoneReading:
    """The rules' words compiled once per plan."""

    def __init__(self, rules: Rules) -> None:
        words = rules.known_names
        context = rules.people.context
        self.months = frozenset(w.lower() for w in words.month_words)
        self.days = frozenset(w.lower() for w in words.day_words)
        self.dates = self.months | self.days
        self.places = rules.places
        self.first_names, self.surnames = rules.first_names, rules.surnames
        addresses = rules.addresses
        self.streets_and_buildings = frozenset(
            w.lower() for w in (*addresses.street_types, *addresses.weak_street_types, *addresses.building_words))
        self.things = (frozenset(w.lower() for w in rules.common_words) | self.streets_and_buildings) - self.dates
        titles = [v for t in rules.all_titles for v in dict.fromkeys((t, t.upper()))]
        self.roles = frozenset(t.lower() for t in rules.all_titles if " " not in t)
        self.function_words = frozenset(w.lower() for w in rules.function_words)
        dot = "|".join(regex.escape(t) for t in rules.titles.abbreviated)
        self._title = regex.compile(rf"(?<![\w.])(?:{_phrases(titles)})"
                                    rf"(?:(?<=(?i:{dot or '(?!x)x'}))\.)?(?:[ \t]+\d{{2,7}})?[ \t]+$")
        self._kin = regex.compile(rf"(?<!\w)(?i:her|his|their|my|your|our)[ \t]+(?:[\w-]+[ \t]+)?"
                                  rf"(?i:{_phrases(context.kin)})[ \t]*,?[ \t]*$")
        self._context_before = _before(context.before, r"[ \t]*[,:]?[ \t]+")
        self._context_after = regex.compile(rf"[ \t]*,?[ \t]*(?i:{_phrases([*context.after, *context.after_personal])})"
                                            r"(?!\w)")
        self._date_before = _before(words.date_before, r"[ \t-]+")
        self._date_before_closing = _before(words.date_before_closing)
        self._day_before = _before(words.day_before)
        self._date_after = regex.compile(rf"[ \t]+(?i:{_phrases(words.date_after)})(?!\w)")
        joins = _phrases(words.date_joins)
        self._join_before = regex.compile(rf"(?<!\w)(\w+)[ \t]*(?i:{joins})[ \t]*$")
        self._join_after = regex.compile(rf"[ \t]*(?i:{joins})[ \t]*(\w+)")
        self._place_before = _before(words.place_before)
        # the allow list's phrases, not its patterns: those run greedily over the names before
        # a body's name ("Cllr Graham Carr-Jones Dorset Council")
        # (an acronym only as written: "Ed" of a known "Ed Balls" is his, "ED" the emergency department)
        capitals = acronyms(rules.allow.phrases)
        others = [p for p in rules.allow.phrases if p not in capitals]
        self._allow = regex.compile(rf"(?<!\w)(?:(?i:{trie(others, fold_case=True) if others else '(?!x)x'})"
                                    rf"|{trie(capitals) if capitals else '(?!x)x'})(?!\w)")
        self._kept: tuple[str | None, list[tuple[int, int]]] = (None, [])
        self._owned = regex.compile(rf"[ \t]+(?i:{_phrases(context.possessed)})(?!\w)")  # "the March family"
        # a firm's or trade's ending: a name the document gives is no longer name's before one ("Hale Associates")
        self._firm_after = regex.compile(rf"{FIRM_END.pattern}|[ \t]+(?:{trie(rules.allow.trade_words)}"
                                         rf"|{trie(addresses.organisation_words)})(?![\w'’-])")
        adverbs = rf"(?:[ \t]+(?i:{_phrases([*words.name_adverbs, *context.before_verb])}))*"
        verbs = [*context.after, *context.after_personal, *words.name_verbs]
        self._person_verb = regex.compile(rf"{adverbs}[ \t]+(?i:{_phrases(verbs)})(?!\w)")
        self._sentence_verb = regex.compile(rf"{adverbs}[ \t]+(?i:{_phrases(words.sentence_verbs)})(?!\w)")

    def also_a_word(self, word: str) -> bool:
        """Is this name also a month, day, place or ordinary capitalised word?"""
        return word.lower() in self.dates or word.lower() in self.things or self._is_place(word)

    def only_a_place(self, word: str) -> bool:
        """Is this word a listed place on no first name or surname list ("Nottinghamshire")?"""
        return self._is_place(word) and not self._is_name_word(word)

    def ends_a_body(self, text: str, start: int, end: int) -> bool:
        """Is the word at [start, end) a place on no name list just after a capitalised word that is no
        first name: the last word of a place's or body's name ("Police Scotland", "Greater Manchester")?"""
        before = _behind(_WORD_BEFORE, text, start)
        return before is not None and before.group(1) not in self.first_names and self.only_a_place(text[start:end])

    def first_name_before(self, text: str, start: int) -> int | None:
        """Where a listed first name in title case written just before a surname at ``start``
        begins ("Una" of "Una Crown", "Mary" of "Mary Page"): a first name goes with its surname."""
        before = _behind(_WORD_BEFORE, text, start)
        if before and before.group(1) in self.first_names and before.group(1)[1:].islower() \
                and before.group(1).lower() not in self.dates:
            return before.start(1)
        return None

    def titled(self, text: str, start: int) -> bool:
        return bool(_behind(self._title, text, start))

    def read(self, text: str, start: int, end: int) -> Verdict:
        """The person, or the date, place or thing the word at [start, end) also names."""
        if self.kept(text, start, end):
            return Verdict(False, False, "in an allow-listed phrase")
        if _behind(SAINT_BEFORE, text, start) or PLACE_HYPHEN_AFTER.match(text, end):
            return Verdict(False, False, "in a saint's or a place's name")  # "St John’s", "Ross-shire"
        if self.titled(text, start):
            return Verdict(True, True, "after a title")
        the = bool(_behind(_DETERMINER, text, start))
        if the and text[start:end].lower() in self.roles and not self._owned.match(text, end) \
                and not self._before_a_noun(text, end):
            return Verdict(False, False, "a title's word after 'the'")  # "the Judge said": the role, whoever
            # else the document or batch names Judge ("Ms Judge"); "the Judge family", "the Sheriff twins" theirs
        if _POSSESSIVE.match(text, end):
            return Verdict(True, False, "before 's")
        if _behind(self._kin, text, start):
            return Verdict(True, False, "after a family word")
        if _behind(self._context_before, text, start) or self._context_after.match(text, end):
            return Verdict(True, False, "in a person's context")
        if the and self._owned.match(text, end):
            return Verdict(True, False, "the … family")
        word = text[start:end].lower()
        if word in self.dates and self._is_date(text, start, end, word in self.days):
            return Verdict(False, False, "a date")
        if self._is_place(text[start:end]) and _behind(self._place_before, text, start):
            return Verdict(False, False, "a place")
        if self.names_a_thing(text, end, the):
            return Verdict(False, False, "names a thing")
        if the and (word in self.dates or word in self.things):
            return Verdict(False, False, "after 'the'")
        return Verdict(True, False, USED_AS_A_NAME)

    def _before_a_noun(self, text: str, end: int) -> bool:
        """Is the word ending at ``end`` followed by a lower-case word that is no function word, person's
        or sentence's verb nor past tense, as a surname before what the family has is ("the Sheriff twins",
        "the Sheriff household"; not "the Sheriff told him", "the Judge sentenced him", "the Judge had not",
        "the Judge in the case")?"""
        after = _NEXT_LOWER.match(text, end)
        return after is not None and after.group(1) not in self.function_words \
            and not after.group(1).endswith("ed") and not self._person_verb.match(text, end) \
            and not self._sentence_verb.match(text, end)

    def used_as_a_name(self, text: str, start: int, end: int) -> bool:
        """Is the word at [start, end) used as a name: before a person's verb ("June always
        said"), before "and" and a capitalised word that is no month or day ("June and PF
        went"), or opening a sentence before a verb ("June was always kind")?"""
        if self._person_verb.match(text, end):
            return True
        pair = _AND_NAME.match(text, end)
        if pair and pair.group(1).lower() not in self.dates:
            return True
        return bool(_behind(_SENTENCE_START, text, start)) and bool(self._sentence_verb.match(text, end))

    def _before_a_verb(self, text: str, end: int) -> bool:
        """Does a person's verb or a sentence's verb follow a word ending at ``end`` ("Hope was")?"""
        return bool(self._person_verb.match(text, end) or self._sentence_verb.match(text, end))

    def written_as_a_name(self, text: str, start: int, end: int) -> bool:
        """Is the word at [start, end), a lone word of a name given in full and read as the
        person, written as a name: a word on a name list, whatever other list it is on ("in
        Chelmsford, Mary found joy"); opening a sentence, where any word is capitalised, only
        before a verb ("Hope was kind"; "Young carers were" is the word). A name that is also a
        month, day, place or word is it only where it is used as a name ("Mary found joy"; "the
        Bath police" and "visits to Bath ended" stay)? The caller has found the word in no longer
        proper name (``in_a_longer_name``), as the audit does for every untitled lone word."""
        word = text[start:end]
        if not self._is_name_word(word):
            return False
        if _behind(_SENTENCE_START, text, start):
            return self._before_a_verb(text, end)
        return not self.also_a_word(word) or self.used_as_a_name(text, start, end)

    def in_a_longer_name(self, text: str, start: int, end: int, sure: bool = False) -> bool:
        """Is the word at [start, end) part of a longer proper name: a capitalised word just after
        it (not in capitals: an acronym is an item of its own; nor "Family": "The Wilson Family";
        nor a month or a day: "a referral for Wood August 2017" names her),
        a firm's ending after it ("T E Davies and Son"), or a capitalised word just before it
        (or one closing a bracket) that opens no sentence ("Queen Mary University", "Dunn Marsh
        Solicitors", "St Mary's", "the Adult Support and Protection (Scotland) Bill",
        another's full name "Blake Morgan", a flattened list's "Mark Hayward Bath and North East
        Somerset Council")? A ``sure`` name before a firm's or trade's ending is no longer name's
        ("Hale Associates" after "Mr Hale"). Before a ``sure`` name that word may be its unlisted first name ("Sgt
        Doc Nurse"): only a word on no name list before a street's or building's word makes a
        thing's name ("Iscoed Chambers"). (After a saint's word or before a place's hyphen, sure or
        not, ``read`` has already read the word as no person: "St John’s", "Ross-shire".)"""
        if sure and self._firm_after.match(text, end):
            return False  # "Hale Associates", "Hale Solicitors" after "Mr Hale": the firm's word stays, the name goes
        after = _NEXT_WORD.match(text, end)
        if after is not None and not after.group(1).isupper() and after.group(1).lower() not in self.dates \
                and not self._owned.match(text, end) or FIRM_END.match(text, end):
            return True
        before = _behind(_WORD_BEFORE, text, start) or _behind(_BRACKET_BEFORE, text, start)
        if before is None or _behind(_SENTENCE_START, text, before.start(1)):
            return False
        return not sure or not self._is_name_word(before.group(1)) \
            and text[start:end].lower() in self.streets_and_buildings

    def _is_name_word(self, word: str) -> bool:
        return any(w in self.first_names or w in self.surnames for w in (word, word.title()))

    def _is_date(self, text: str, start: int, end: int, day: bool) -> bool:
        if _NUMBER_AFTER.match(text, end) or self._opens_date(text, start, day):
            return True
        if _behind(self._date_before_closing, text, start) and _CLOSING.match(text, end):
            return True
        return bool(self._date_after.match(text, end)) or self._in_range(text, start, end, day)

    def _opens_date(self, text: str, start: int, day: bool) -> bool:
        """Does a number or a date word come just before ``start`` ("2 March", "in March")?"""
        return bool(_behind(_NUMBER_BEFORE, text, start) or _behind(self._date_before, text, start)
                    or day and _behind(self._day_before, text, start))

    def _in_range(self, text: str, start: int, end: int, day: bool) -> bool:
        """One end of a range of two months or two days that a date word or a number
        anchors: "between March and May", "from March to May", "March to May 2019" (not
        "Sunday and May were living together")."""
        kind = self.days if day else self.months
        after = self._join_after.match(text, end)
        if after is not None and after.group(1).lower() in kind:
            first, last = start, after.end(1)
        else:
            before = _behind(self._join_before, text, start)
            if before is None or before.group(1).lower() not in kind:
                return False
            first, last = before.start(1), end
        return self._opens_date(text, first, day) or bool(_behind(self._date_before_closing, text, first)) \
            or bool(_NUMBER_AFTER.match(text, last))

    def names_a_thing(self, text: str, end: int, the: bool = False) -> bool:
        """Does the capitalised word after a name ending at ``end`` make them the name of a
        thing ("Church Street", "Hope Centre", "St Pancras Hospital"; after "the", any word on
        no name list: "the Young Carers service")? In capitals, where every word is
        capitalised, only a street or building word does ("KENDAL ROAD"; not "ALBRIGHT AS")."""
        after = _NEXT_WORD.match(text, end)
        if after is None:
            return False
        word = after.group(1)
        if word.isupper() and len(word) > 1:
            return word.lower() in self.streets_and_buildings
        return word.lower() in self.things or the and word not in self.first_names and word not in self.surnames

    def kept(self, text: str, start: int, end: int) -> bool:
        """Does [start, end) overlap a phrase the allow list keeps ("Clare's Law", "Women's Aid")?"""
        return any(a < end and start < b for a, b in self._kept_spans(text))

    def _kept_spans(self, text: str) -> list[tuple[int, int]]:
        """The allow list's phrases in ``text``, found once for the words read in one text."""
        last = self._kept
        if last[0] is not text:
            last = self._kept = (text, [m.span() for m in self._allow.finditer(text)])
        return last[1]

    def _is_place(self, word: str) -> bool:
        return word in self.places or word.title() in self.places


_BUILT: dict[int, tuple[Rules, LoneReading]] = {}


def reading_for(rules: Rules) -> LoneReading:
    """The reading of ``rules``, compiled once for each rules object (a batch plans many documents)."""
    built = _BUILT.get(id(rules))
    if built is None or built[0] is not rules:
        built = _BUILT[id(rules)] = (rules, LoneReading(rules))
    return built[1]
