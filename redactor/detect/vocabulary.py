"""Word sets built once from the rules: what can never be a name on its own, and
which phrases are always kept."""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import regex

from redactor.detect.bounded import made_once
from redactor.detect.literals import Gated
from redactor.detect.local_bodies import body_pattern, body_spans, department_pattern, department_spans
from redactor.names import FIRM_END, NAME_WORD, PARTICLE, acronyms, glued_name, line_before, trie
from redactor.rules import Rules

KEPT_TEXTS = 8192  # the texts whose allow-listed spans a vocabulary remembers (it reads each many times)
_RUN = regex.compile(rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD})*")
_WORD = regex.compile(NAME_WORD)
_TWO_WORDS = regex.compile(rf"(?<![\w'’-])({NAME_WORD})[ \t]+({NAME_WORD})[ \t]+(?=\p{{Lu}})")
_ANY_WORD = regex.compile(r"[\w'’-]+")
_WORD_BEFORE = regex.compile(r"([\w'’&-]+)[ \t,]*$")
_TITLED_BEFORE = regex.compile(rf"(?<![\w'’-])({NAME_WORD})[ \t]+$")  # the first name before a match
_INITIALS_BEFORE = regex.compile(r"(?<![\w'’.-])(?:\p{Lu}\.?[ \t]+){1,3}$")  # "B " of "Cllr B Cox ..."
_LAST_TWO = regex.compile(rf"(?<![\w'’-])({NAME_WORD})[ \t]+({NAME_WORD})$")  # pos/endpos: a match's end
_OWN_INITIALS = regex.compile(r"[ \t]*\((\p{Lu}{2,3}|\p{Ll}{2,3})\)")
_POSTCODE_AREA = regex.compile(r"\p{Lu}{1,2}\d")  # "NN" of "NN1 4YH" is no name word
_THREE_WORDS = regex.compile(rf"({NAME_WORD})[ \t]+({NAME_WORD})[ \t]+({NAME_WORD})")
_APOSTROPHES = str.maketrans("'’", "’'")
_NOTHING = regex.compile(r"(?!x)x")
_NEXT_WORD = regex.compile(rf"[ \t]+({NAME_WORD})(?![\w'’-])")
_TITLE_CASE = regex.compile(r"\p{Lu}\p{Ll}+")


def _fold(text: str) -> str:
    """Case and accents folded away, for comparing place names."""
    folded = text.casefold()
    if folded.isascii():  # no accent to take away (most words): the slow path would return the same
        return folded
    return _without_accents(folded)


def _without_accents(text: str) -> str:
    """``text`` without its accents, its case kept ("Llŷr" -> "Llyr", "Seán" -> "Sean")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _unaccented_name(word: str) -> str | None:
    """A name of four letters or more written with accents, without them: the name lists write most
    names without them. None for a shorter word or one without accents: without its accents a short
    word is too often another ("Sąd", a court, is no "Sad")."""
    return _without_accents(word).title() if len(word) > 3 and not word.isascii() else None


def facility_after(rules: Rules, appositive: bool = False) -> str:
    """A place's or service's word written just after a name (" refuge", " temporary
    accommodation"); with ``appositive``, also after a comma and "a" (", a sheltered housing scheme")."""
    a = rules.addresses
    if not a.facility_words:
        return r"(?!x)x"
    nouns = rf"(?i:{trie(a.facility_words, fold_case=True)})(?![\w'’-])"
    modifiers = rf"(?:(?i:{trie(a.facility_modifiers, fold_case=True)})[ \t]+){{0,2}}" if a.facility_modifiers else ""
    after = rf"[ \t]+{modifiers}{nouns}"
    return rf"{after}|,[ \t]+(?i:an?)[ \t]+(?:[\p{{Ll}}'’-]+[ \t]+){{0,3}}{nouns}" if appositive else after


def word_before(words: Iterable[str]) -> regex.Pattern:
    """One of ``words``, any case, a whole word ending just before a position, blanks after it
    (search with endpos): "in " of "lived in Chester"."""
    return regex.compile(rf"(?<![\w'’])(?i:{trie(words, fold_case=True)})[ \t]+$")


def no_name_words(rules: Rules, *more: Iterable[str]) -> frozenset[str]:
    """Lower-cased words no person's name holds: a job's, an agency's and a body's ("Officer",
    "Housing", "Trust"), and those of ``more`` (a building's, a street's: "Centre", "Road")."""
    evidence = rules.people.list_evidence
    return frozenset(w.lower() for group in (evidence.job_words, evidence.agency_words, rules.people.body_words, *more)
                     for w in group)


# a person as minutes list one: initials and a surname ("J Townsend", "A F Charles"); "A" or "I" alone is a word
_INITIALS_NAME = regex.compile(r"(?<![\w'’.&-])(?:(?![AI][ \t]+\p{Lu}\p{Ll})\p{Lu}(?:[ \t]+\p{Lu}){0,2})[ \t]+"
                               r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\w'’-])")


def _initials_of(initials: regex.Match | None, names: list[str]) -> bool:
    """Are ``initials`` (a match of _OWN_INITIALS) those of ``names``, in either case ("(jc)", "(JC)")?"""
    return initials is not None and initials.group(1).lower() == "".join(n[0] for n in names).lower()


@dataclass(frozen=True, eq=False)
class KeepReader:
    """The allow list's pattern (``whole``: its phrases, then its patterns) read as its phrases
    alone over a range of a text where none of its patterns (``alone``) matches: the same
    matches, for one search of each pattern instead of the whole alternation, which no literal
    leads to, at every character of the range; each searched only in a text holding one of the
    strings its every match holds (``Gated``)."""

    whole: regex.Pattern
    phrases: regex.Pattern
    alone: tuple[Gated, ...]

    @classmethod
    def of(cls, whole: regex.Pattern, phrases: regex.Pattern, patterns: list[str]) -> KeepReader | regex.Pattern:
        """The reader, or ``whole`` itself when a pattern has a group (numbered otherwise alone).
        Each is compiled with the flags of ``whole`` (a global flag of one is all of theirs there)."""
        alone = tuple(regex.compile(p, whole.flags) for p in patterns)
        return whole if any(p.groups for p in alone) else cls(whole, phrases, tuple(map(Gated, alone)))

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[regex.Match]:
        found = any(p.search(text, pos, endpos) for p in self.alone)
        return (self.whole if found else self.phrases).finditer(text, pos, endpos)


def _spans(pattern: regex.Pattern | KeepReader, titled: regex.Pattern, text: str, start: int = 0,
           end: int | None = None) -> list[tuple[int, int]]:
    """The matches holding no person's title; a match running over initials and a surname
    (a flattened attendance list: "Fire and Rescue Councillor C Short A Waldie J Townsend
    Derbyshire Probation") is read again between them, so that no person is kept; a company named
    with initials, a word and a firm's ending is no such list ("Q Coffee Ltd", "T E Davies and Son")."""
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        if titled.search(m.group()):
            continue
        people = list(_INITIALS_NAME.finditer(text, m.start(), m.end()))
        if not people or len(people) == 1 and people[0].start() == m.start() \
                and FIRM_END.fullmatch(text, people[0].end(), m.end()):
            spans.append(m.span())
            continue
        for a, b in zip([m.start()] + [p.end() for p in people], [p.start() for p in people] + [m.end()],
                        strict=True):
            spans += _spans(pattern, titled, text, a, b) if b > a else []
    return spans


@dataclass(frozen=True)
class Vocabulary:
    """Compiled views of the rules used by several recognizers."""

    not_names: frozenset[str]  # lower-cased words that are never a name on their own
    title_words: frozenset[str]  # lower-cased words of titles, ranks and roles
    keep: regex.Pattern  # allow-list phrases (case-insensitive, whole words) and patterns
    titled: regex.Pattern  # a person's title before a name: an allow-list match holding one is no body's name
    titles: regex.Pattern  # a title, rank or role word (no trailing dot)
    title_before: regex.Pattern  # a title ending just before a name: "DC 4471 "
    title_lead: regex.Pattern  # titles opening a span: "Det Sgt ", "Senior Coroner "
    title_dot: str  # pattern: the full stop an abbreviated title may end in ("Dr.")
    glued_title: str  # pattern: an abbreviated or plural title run into a name ("Cllrs" of "CllrsHuw")
    function_words: frozenset[str]  # never a name, not even after a title
    post_nominals: frozenset[str]  # lower-cased: "obe", "ba", "(hons)"
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]  # folded: "İzmir" and "Izmir" are one place
    court: regex.Pattern  # a word about a court or a law report's citation ("[2019]"): a text about a case
    court_parties: frozenset[str]  # in capitals: "REGINA", "THE QUEEN", "DPP": a party of a case, no person
    offices_after: frozenset[str]  # "J", "LJ": an office written after a judge's name, as written
    person_verb: regex.Pattern  # matched just after a word: what people do ("said", "was born")
    dates: frozenset[str] = frozenset()  # lower-cased months and days: names too ("April", "Sunday")
    keep_phrases: regex.Pattern = regex.compile(r"(?!x)x")  # the allow list's phrases alone, not its patterns
    keep_reader: regex.Pattern | KeepReader | None = None  # ``keep``, read faster (KeepReader); None: ``keep``
    place_prefix: regex.Pattern = regex.compile(r"(?!x)x")  # matched just before a word: "Higher " of "Higher Heath"
    name_opening: regex.Pattern = regex.compile(r"(?!x)x")  # a Welsh or Gaelic word opening a place's name: "Ynys"
    name_openings: frozenset[str] = frozenset()  # those words, as written: never looked for alone
    place_lead: regex.Pattern = regex.compile(r"(?!x)x")  # matched just before a word: "moved to " (of Glengormley)
    street_before: regex.Pattern = regex.compile(r"(?!x)x")  # a street's type and "in" or a comma: "Avenue in "
    code_name: regex.Pattern = regex.compile(r"(?!x)x")  # "Operation " before a code name, matched where it ends
    street_after: regex.Pattern = regex.compile(r"(?!x)x")  # just after a name: " Street" of "Queen Victoria Street"
    place_noun: regex.Pattern = regex.compile(r"(?!x)x")  # matched just after a word: " village" of "Blaenffos village"
    local_body: regex.Pattern = regex.compile(r"(?!x)x")  # places, then "Parish Council" (local_bodies.py)
    department: regex.Pattern = regex.compile(r"(?!x)x")  # fields, then "Services" (local_bodies.py)
    local_person: regex.Pattern = regex.compile(r"(?!x)x")  # matched just after a word: " man" of "a Hope man"
    body_words: frozenset[str] = frozenset()  # lower-cased words ending a body's or building's name: "centre", "hall"
    organisation_words: frozenset[str] = frozenset()  # lower-cased words ending an organisation's name: "museum"
    agency_words: frozenset[str] = frozenset()  # lower-cased words ending an agency's name: "housing", "commission"
    street_words: frozenset[str] = frozenset()  # lower-cased street types, strong and weak: "road", "way", "park"
    building_surnames: frozenset[str] = frozenset()  # lower-cased: "house" of "Grace House", a listed surname too
    dwelling_words: frozenset[str] = frozenset()  # lower-cased words ending a home's name: "house", "cottage"
    facility_after: regex.Pattern = regex.compile(r"(?!x)x")  # matched just after a name: " temporary accommodation"
    kin: frozenset[str] = frozenset()  # lower-cased family words: "mum", "daughter"
    place_suffixes: frozenset[str] = frozenset()  # lower-cased: "beach" of "Dyffryn Beach"
    honorifics: frozenset[str] = frozenset()  # lower-cased: "mr", "his honour judge": before a person, never an office
    jobs: frozenset[str] = frozenset()  # lower-cased job words that are no surname: "treasurer", "resident"
    ranks: frozenset[str] = frozenset()  # police ranks as written: "PC", "Det Sgt" (no body is named after one)
    term_endings: tuple[str, ...] = ()  # lower-cased endings of medical and legal terms: "ia" of "Asphyxia"
    thing_noun: regex.Pattern = regex.compile(r"(?!x)x")  # matched just after a name: " tractor", "-cross cow"
    acronyms: frozenset[str] = frozenset()  # the allow list's words in capitals, as written: "ED", "DASH"
    event_nouns: frozenset[str] = frozenset()  # as written: "Gala" of "Mohill Gala"
    feature_nouns: frozenset[str] = frozenset()  # as written: "Lake" of "Ogwen Lake"
    namesake_head: regex.Pattern = _NOTHING  # a body's head words after its namesake: "Hospital" of "George Eliot …"
    newspaper: regex.Pattern = _NOTHING  # a town's name before a masthead's word: "Spalding Guardian"
    place_word_openings: tuple[str, ...] = ()  # as written: "Llan" of "Llanasa"
    welsh_mutations: tuple[tuple[str, str], ...] = ()  # ("G", "C"): "Gaernarfon" is Caernarfon mutated
    firm_tail: regex.Pattern = regex.compile(r"(?!x)x")  # a firm's or trade's ending: " & Son", " Stores"
    trade_ends: frozenset[str] = frozenset()  # as written: "Stores", "Directors" (a trade's name's last word)
    generations: frozenset[str] = frozenset()  # as written: "Snr" of "Mr Wallace Snr"
    office_heads: frozenset[str] = frozenset()  # lower-cased: "bailiff", "director" (a role's last word)
    office_modifiers: frozenset[str] = frozenset()  # lower-cased: "deputy" of "Deputy Bailiff"
    place_prepositions: tuple[str, ...] = ()  # "in", "across": a lone place after one is the place
    nearness: regex.Pattern = _NOTHING  # just before a place near the one spoken of: "nearby "
    place_preposition: regex.Pattern = _NOTHING  # one of them just before a word: "in "
    list_place_before: regex.Pattern = _NOTHING  # just before a list of places: "lived in "
    place_or_parent_before: regex.Pattern = _NOTHING  # just before a place or parents: "to "
    birth_word: regex.Pattern = _NOTHING  # "born", "adopted" (before "to" and parents)
    _found: dict[tuple[str, str], list[tuple[int, int]]] = field(default_factory=dict, compare=False,
                                                                  repr=False)  # by reading and text
    _welsh: dict[tuple[str, bool], bool] = field(default_factory=dict, compare=False, repr=False)  # ``welsh_place``

    @classmethod
    def from_rules(cls, rules: Rules, extra_keep: Iterable[str] = ()) -> Vocabulary:
        title_words = {w.lower() for t in (*rules.all_titles, *rules.titles.family_plurals) for w in t.split()}
        phrases = {*rules.allow.phrases, *extra_keep}
        phrases |= {p.translate(_APOSTROPHES) for p in phrases}  # "Barnardo’s" as the web writes it
        alternatives = [rf"(?<!\w)(?i:{trie(phrases, fold_case=True)})(?!\w)"] if phrases else []
        # a pattern's match never opens with, nor follows, a person's title: "Mr Michael Chambers" is no chambers
        honorifics = "|".join(regex.escape(t) for t in sorted(rules.titles.honorifics, key=len, reverse=True))
        guard = rf"(?<!(?<!\w)(?:{honorifics})\.?[ \t]+)(?!(?:{honorifics})\.?[ \t])" if honorifics else ""
        # "Singh Stores", "Autumn Leaf Funeral Directors"; not a department before a job ("Amy Tate Stores Manager")
        trades = trie(rules.allow.trade_words)
        patterns = [*rules.allow.patterns, *([rf"(?:[A-Z][\w'’&-]*[ \t]+){{1,3}}{trades}\b(?![ \t]+\p{{Lu}})"]
                                             if rules.allow.trade_words else [])]
        if patterns:  # the guard checked once for them all: five times faster than once each
            alternatives.append(f"{guard}(?:{'|'.join(f'(?:{p})' for p in patterns)})")
        # nor holds one: "Coroners Counsel, Mr Chambers" (only titles no body's name holds: not "Youth Justice")
        personal = "|".join(regex.escape(t) for t in sorted(rules.titles.honorifics, key=len, reverse=True)
                            if t in rules.titles.abbreviated) or "(?!x)x"
        titles = "|".join(regex.escape(t) for t in sorted(rules.all_titles, key=len, reverse=True))
        abbreviated = "|".join(regex.escape(t) for t in rules.titles.abbreviated) or r"(?!x)x"
        dot = rf"(?:(?<=(?<![\w.])(?i:{abbreviated}))\.)?"
        # an abbreviated or plural title run into the name after it, as pages copied from PDFs write it
        # ("CllrsHuw Jones", "CllrDavies"): the title, then a capital opening a word in title case
        shorts = sorted({*rules.titles.abbreviated, *rules.titles.plurals}, key=len, reverse=True)
        glued = rf"(?:{'|'.join(regex.escape(t) for t in shorts)})(?=\p{{Lu}}\p{{Ll}})" if shorts else r"(?!x)x"
        post_nominals = {w.lower() for w in rules.people.post_nominals}
        # job words that are no surname: "Healthwatch Representative" names a role
        jobs = {w.lower() for w in rules.people.list_evidence.job_words if w.title() not in rules.surnames}
        verbs = {*rules.people.context.after, *rules.people.context.after_personal}
        weak_streets = {*rules.addresses.weak_street_types, "Court", "Place", "Way", "Walk", "Row", "Mews"}
        strong_streets = [t for t in rules.addresses.street_types if t not in weak_streets and len(t) > 3]
        court_words = "|".join(regex.escape(w) for w in rules.titles.court_words) or "(?!x)x"
        courts = {w.lower() for w in rules.titles.court_words if w[:1].isupper()}  # "Admin", "HCJAC", "Justiciary"
        keep = regex.compile("|".join(alternatives) or r"(?!x)x")
        keep_phrases = regex.compile(alternatives[0] if phrases else r"(?!x)x")
        openings = [w for w in rules.addresses.name_openings if w not in rules.first_names and w not in rules.surnames]
        return cls(
            # letters of capitals are no name as written ("OBE"); in title case a surname ("Ibidapo Obe")
            # so are the allow list's acronyms, but only in capitals: "Ed Balls", "Mrs Dash" are names
            not_names=frozenset({w.lower() for w in rules.common_words} | title_words
                                | {w.lower() for w in rules.people.post_nominals if not w.isupper()}
                                | {p.lower() for p in phrases if " " not in p and not p.isupper()} | jobs | courts),
            acronyms=acronyms(phrases),
            title_words=frozenset(title_words),
            keep=keep,
            titled=regex.compile(rf"(?<![\w'’-])(?:{personal})\.?[ \t]+\p{{Lu}}"),
            titles=regex.compile(titles),
            title_before=regex.compile(rf"(?<![\w.])(?P<title>{titles}){dot}(?:[ \t]+\d{{2,7}})?[ \t]+$"),
            title_lead=regex.compile(rf"(?:(?:{titles}){dot}(?:[ \t]+\d{{2,7}})?[ \t]+|{glued})+"),
            title_dot=dot,
            glued_title=glued,
            function_words=frozenset(w.lower() for w in rules.function_words),
            post_nominals=frozenset(post_nominals),
            first_names=rules.first_names,
            surnames=rules.surnames,
            places=frozenset(_fold(p) for p in rules.places),
            court=regex.compile(rf"(?<!\w)(?i:{court_words})(?!\w)|[\[(](?:1[89]|20)\d\d[\])]"),
            court_parties=frozenset(" ".join(p.upper().split()) for p in rules.people.court_parties),
            offices_after=frozenset(rules.titles.offices_after),
            person_verb=regex.compile(rf"[ \t]+(?i:{trie(verbs, fold_case=True)})(?!\w)"),
            dates=frozenset(w.lower() for w in (*rules.known_names.month_words, *rules.known_names.day_words)),
            keep_phrases=keep_phrases,
            keep_reader=KeepReader.of(keep, keep_phrases, patterns),
            firm_tail=regex.compile(rf"(?:{FIRM_END.pattern}|[ \t]+{trades})(?![\w'’-])"),
            trade_ends=frozenset(w.split()[-1] for w in rules.allow.trade_words),
            body_words=frozenset(w.lower() for w in (*rules.addresses.building_words,
                                                     *rules.people.list_evidence.agency_words)),
            agency_words=frozenset(w.lower() for w in rules.people.list_evidence.agency_words),
            organisation_words=frozenset(w.lower() for w in rules.addresses.organisation_words),
            street_words=frozenset(w.lower() for w in (*rules.addresses.street_types,
                                                       *rules.addresses.weak_street_types)),
            name_opening=regex.compile(rf"(?<![\w'’-])(?:{trie(openings)})(?:[ \t]+|-(?=\p{{Lu}}))"
                                       if openings else r"(?!x)x"),
            name_openings=frozenset(openings),
            place_prefix=regex.compile(rf"(?<![\w'’-])(?:{trie(rules.addresses.place_prefixes)})[ \t]+$"),
            street_before=regex.compile(rf"(?<![\w'’-])(?:{trie(strong_streets)})(?=[ \t]+in[ \t]|,)"
                                        r"[ \t,]+(?:in[ \t]+)?$"),
            place_lead=regex.compile(rf"(?<![\w'’-])(?i:{trie(rules.addresses.place_leads, fold_case=True)})[ \t]+$"),
            street_after=regex.compile(rf"[ \t]+(?:{trie(strong_streets)})(?![\w'’-])"),
            place_noun=regex.compile(rf"[ \t]+(?:{trie(rules.addresses.place_nouns)})(?![\w'’-])"),
            local_body=body_pattern(rules.addresses.local_body_heads),
            department=department_pattern(rules.addresses.department_heads),
            local_person=regex.compile(rf"[ \t]+(?:{trie(rules.addresses.local_people)})(?![\w'’-])"),
            code_name=regex.compile(rf"(?<![\w'’-])(?:{trie(rules.people.code_names)})\.?[ \t]+(?=\p{{Lu}})"),
            building_surnames=frozenset(w.lower() for w in rules.addresses.building_surnames),
            dwelling_words=frozenset(w.lower() for w in rules.addresses.dwelling_words),
            facility_after=regex.compile(facility_after(rules)),
            kin=frozenset(w.lower() for w in rules.people.context.kin),
            place_suffixes=frozenset(w.lower() for w in rules.addresses.place_suffixes),
            honorifics=frozenset(t.lower() for t in rules.titles.honorifics),
            jobs=frozenset(jobs),
            ranks=frozenset(rules.titles.ranks),
            term_endings=tuple(w.lower() for w in rules.allow.term_endings),
            event_nouns=frozenset(rules.allow.event_nouns),
            feature_nouns=frozenset(rules.allow.feature_nouns),
            namesake_head=regex.compile(rf"(?:{trie(rules.allow.namesake_heads)})(?![\w'’-])")
            if rules.allow.namesake_heads else _NOTHING,
            newspaper=regex.compile(rf"(?<![\w'’-])(?P<town>{NAME_WORD}(?:[ \t]+{NAME_WORD})?)[ \t]+"
                                    r"(?:(?:Evening|Daily|Weekly|Sunday)[ \t]+)?"
                                    rf"(?:{trie(rules.allow.mastheads)})(?![\w'’-])")
            if rules.allow.mastheads else _NOTHING,
            place_word_openings=tuple(rules.addresses.place_word_openings),
            welsh_mutations=tuple((m, r) for m, _, r in (p.partition(":") for p in rules.addresses.welsh_mutations)),
            generations=frozenset(rules.titles.generations),
            office_heads=frozenset(w.lower() for w in (*rules.titles.office_heads,
                                                       *(r.split()[-1] for r in rules.titles.roles))),
            office_modifiers=frozenset(w.lower() for w in rules.titles.office_modifiers),
            place_prepositions=tuple(rules.addresses.place_prepositions),
            nearness=word_before(rules.addresses.nearness_words),
            place_preposition=word_before(rules.addresses.place_prepositions),
            list_place_before=word_before(rules.people.list_evidence.place_words_before),
            place_or_parent_before=word_before(rules.people.list_evidence.place_or_parent_before),
            birth_word=regex.compile(
                rf"(?<!\w)(?i:{trie(rules.people.list_evidence.birth_words, fold_case=True)})(?!\w)"),
            thing_noun=regex.compile(rf"(?:-\p{{Ll}}+)?[ \t]+(?:{trie(rules.allow.thing_nouns)})s?(?![\w'’-])"
                                     if rules.allow.thing_nouns else r"(?!x)x"),
        )

    def is_name_word(self, word: str) -> bool:
        """Could this capitalised word be part of a name? Not a word whose part after a hyphen
        is in lower case ("Co-opted", "Non-executive", "Vice-chair"), nor an acronym the allow list
        keeps as written, or its plural ("ED", "SCRs"; "Ed" may be)."""
        return word.lower() not in self.not_names and word.lower().rstrip("'’s") not in self.not_names \
            and not (word.isupper() and word.lower() in self.post_nominals) \
            and word not in self.acronyms and word.rstrip("'’s") not in self.acronyms \
            and not ("-" in word and word.rsplit("-", 1)[1].islower())

    def is_title_word(self, word: str) -> bool:
        return word.lower() in self.title_words

    def is_name_part(self, word: str, place: bool = False) -> bool:
        """Could this word be one word of a person's name: two letters or more, a name word, no title
        nor function word, and no place unless a listed surname ("Murphy", not "Glasgow")? With
        ``place``, a place too (the caller judges places otherwise)."""
        return len(word) > 1 and self.is_name_word(word) and not self.is_title_word(word) \
            and word.lower() not in self.function_words \
            and (place or self.in_surnames(word) or not self.in_places(word))

    def is_body_word(self, word: str) -> bool:
        """A word ending a body's or building's name that is no listed surname: "Police",
        "Centre" (not "Hall")."""
        return word.lower() in self.body_words and not self.in_surnames(word)

    def keep_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the allow list matches in ``text`` (each text is scanned once), less the people
        a flattened list runs into a body's name (``_after_a_person``, ``_without_people``), and the
        names of local bodies serving several places and of departments named by their fields
        (``local_bodies``) and of local newspapers (``_newspapers``)."""
        return self._remembered("keep", text, lambda: sorted([
            s for a, b in _spans(self.keep_reader or self.keep, self.titled, text)
            if not self._acronym_in_a_name(text, a, b)
            for s in self._without_people(text, *self._after_a_person(text, *self._after_a_title(text, a, b)))]
            + body_spans(text, self) + department_spans(text, self) + self._newspapers(text)))

    def _newspapers(self, text: str) -> list[tuple[int, int]]:
        """A local newspaper: a town's name, one or two words, before a masthead's word ("Spalding Guardian",
        "Oxford Mail", "Manchester Evening News"); a first name before the word is a person ("Jim Courier")."""
        out = []
        for m in self.newspaper.finditer(text):
            town = m.group("town")
            if self.is_place(town):
                out.append((m.start(), m.end()))
            elif " " in town.strip() and self.is_place(town.split()[-1]):
                out.append((m.end("town") - len(town.split()[-1]), m.end()))
        return out

    def _acronym_in_a_name(self, text: str, a: int, b: int) -> bool:
        """Is the allow list's match an acronym written in title case that is a listed name, in a full
        name: a listed first name before a name word ("Ed Balls"), or after a listed first name or
        before a listed surname ("Stephen Dash", "Dash Patel")? "ED" and "DASH" in capitals, and
        "Dash Risk Checklist", "Marac" (no listed name) stay."""
        word = text[a:b]
        if not (_TITLE_CASE.fullmatch(word) and word.upper() in self.acronyms and self.is_listed(word)):
            return False
        after, before = _NEXT_WORD.match(text, b), _TITLED_BEFORE.search(text, 0, a)
        return bool(after and (self.in_surnames(after.group(1)) or self.in_first_names(word))
                    and self.is_name_word(after.group(1)) and not self.is_body_word(after.group(1))
                    and not self.is_place(after.group(1))
                    or before and self.is_first_name(before.group(1)))

    def _remembered(self, reading: str, text: str, find: Callable[[], list[tuple[int, int]]]) -> list[tuple[int, int]]:
        """A copy of what ``find`` found in ``text`` for ``reading``, found once: detection asks again and again
        (the only cache of allow-listed spans; it forgets everything once it holds KEPT_TEXTS texts)."""
        found = made_once(self._found, (reading, text), KEPT_TEXTS, find)
        return list(found)

    def _after_a_title(self, text: str, a: int, b: int) -> tuple[int, int]:
        """An allow-list match that a titled person opens starts after the person: a rank, a listed
        first name and a name word ("PC Ann Lee Police Scotland"), or the surname of a first name
        or of initials after a rank or a personal title just before the match ("Cllr Ann Lee Renfrewshire
        Council", "Cllr B Cox Staffordshire District Council");
        a body's name stays ("Sister Dora Hospital", "Sir John Leman High School")."""
        lead = self.title_lead.match(text, a, b)
        pair = _TWO_WORDS.match(text, lead.end(), b) if lead and lead.group().strip() in self.ranks else None
        if pair and self._first_and_surname(pair.group(1), pair.group(2)):
            return pair.end(), b
        last = _LAST_TWO.search(text, a, b)
        if last and self._first_and_surname(last.group(1), last.group(2)) and (
                self.title_before.search(text, a, last.start())
                or _initials_of(_OWN_INITIALS.match(text, b), [last.group(1), last.group(2)])):
            return a, len(text[:last.start()].rstrip(" \t,"))  # "Vice Chair Jo Chambers", "Jo Chambers (jc)"
        initials = _INITIALS_BEFORE.search(text, 0, a)
        first = _WORD.match(text, a, b)
        if initials and self._titled_before(text, initials.start()) \
                and first and not self.is_body_word(first.group()) and text[first.end():first.end() + 1] not in "'’" \
                and len(_ANY_WORD.findall(text, first.end(), b)) > 1:
            return len(text) - len(text[first.end():].lstrip()), b  # after a title and initials, a surname
        named = _TITLED_BEFORE.search(text, 0, a)
        if named and self._titled_before(text, named.start()) \
                and self.is_first_name(named.group(1)) \
                and first and self.is_name_word(first.group()) and not self.is_body_word(first.group()) \
                and len(_ANY_WORD.findall(text, first.end(), b)) > 1:
            return len(text) - len(text[first.end():].lstrip()), b
        return a, b

    def _titled_before(self, text: str, end: int) -> bool:
        """Does a rank or a personal title end just before ``end`` ("Cllr " of "Cllr B Cox", "PC ")?"""
        title = self.title_before.search(text, 0, end)
        return title is not None and (title.group("title") in self.ranks
                                      or self.titled.match(text, title.start()) is not None)

    def _without_people(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """The pieces of an allow-list match around the full names a run-on attendance list writes
        inside it, each before a body's name that the allow list reads on its own ("Teachers Jonathan
        Walsh Capital Law, Kellsey Logue Capital Law, solicitors" holds Capital Law's two solicitors;
        "Wales Katia Daw Bridgend County Borough Council"). The body after the name is two words or
        more, and two only if the first is no body's word in title case ("Florence Nightingale
        Foundation Trust" is one body; "Joseph Rowntree Foundation" always is)."""
        if b - a < 16 or len(_ANY_WORD.findall(text, a, b)) < 4:
            return [(a, b)]
        for m in _TWO_WORDS.finditer(text, a, b, overlapped=True):
            body = _ANY_WORD.findall(text, m.end(), b)
            if len(body) < 2 or len(body) == 2 and body[0].lower() in self.body_words and not body[0].isupper() \
                    or not self._listed_member(text, m, inside=m.start() > a, long=len(body) > 2):
                continue
            tail = _spans(self.keep_reader or self.keep, self.titled, text, m.end(), b)
            if tail and tail[0][0] == m.end():
                head = (a, len(text[:m.start()].rstrip(" \t,"))) if text[a:m.start()].strip(" \t,") else None
                return [*([head] if head else []), *self._without_people(text, m.end(), b)]
        return [(a, b)]

    def _first_and_surname(self, first: str, second: str) -> bool:
        """A listed first name and a name word that is no body's word (a surname that is one too:
        "Chambers")."""
        return self.is_first_name(first) and self.is_name_word(second) and not self.is_body_word(second)

    def _listed_member(self, text: str, m: regex.Match, inside: bool, long: bool) -> bool:
        """Are the two words of ``m`` a member's name in a run-on list: name words, no body's word,
        the first a listed first name; and either the end of an item before them (a comma, a body's
        or an agency's last word, initials, a place, or, before a ``long`` match of three words or
        more, the line's start: "Newport Rhiannon Dale", "solicitors Emma Allchurch"; not "Direct
        Line Accident Management Ltd"), or, ``inside`` the match, a listed surname after a first name
        that is no place ("Wales Katia Daw"; not "Jim Cooke Conference Suite" opening it)? After a
        comma the first name need not be listed ("Kellsey")."""
        first, second = m.group(1), m.group(2)
        if not self.is_name_word(second) or self.is_body_word(first) or self.is_body_word(second):
            return False
        comma = text[:m.start()].rstrip().endswith(",")
        if not self.is_first_name(first) and not (comma and self.is_name_word(first) and self.in_surnames(second)):
            return False
        before = _WORD_BEFORE.search(text, 0, m.start())
        line = text[:m.start()].rstrip(" \t")
        ends_an_item = comma or long and (not line or line.endswith("\n")) or before is not None and (
            before.group(1).isupper() or self.in_places(before.group(1)) or before.group(1).lower() in self.body_words
            or not self.is_name_word(before.group(1)) and before.group(1).lower() not in self.function_words)
        return ends_an_item or inside and self.in_surnames(second) and not self.in_places(first)

    def _after_a_person(self, text: str, a: int, b: int) -> tuple[int, int]:
        """An allow-listed name of a body or agency that a listed first name and a name word
        open, with two words or more after them that are no listed name and hold a body's word,
        starts after the person: in a flattened attendance list "Amy Tate Oldham Council" is Amy
        Tate of Oldham Council, "Ben Ola Pennine Care NHS Foundation Trust" Ben Ola of the trust.
        On a panel's line two words ending in an agency's word do too ("Helen Dewbery Knightstone
        Housing", "James Taylor Scottish Prison"). A body named for a person and one or two words
        stays whole ("Joseph Rowntree Foundation", "Florence Nightingale Foundation Trust"), and so
        do a venue ("Jim Cooke Conference Suite") and a body whose head word follows the person it is
        named for ("Aneurin Bevan University Health Board", "George Eliot Hospital NHS Trust").
        A shop's or trade's name that a listed first name and a
        listed surname open starts after them, whatever follows ("Jane Smith Lloyds Pharmacy" in a panel's list
        is a pharmacist; "Kerry Price Florists" goes as Kerry Price's, "Florists" stays)."""
        person = _TWO_WORDS.match(text, a, b)
        if person and self.is_first_name(person.group(1)) and self.in_surnames(person.group(2)) \
                and text[a:b].split()[-1] in self.trade_ends:
            return person.end(), b  # "Amy Tate Boots Pharmacy", "Kerry Price Florists": the person, then the trade
        m = _THREE_WORDS.match(text, a, b)
        if m is None or m.end() >= b:
            return a, b
        rest = _WORD.findall(text, m.start(3), b)
        if self.is_first_name(m.group(1)) and self.is_name_word(m.group(2)) \
                and not self.namesake_head.match(text, m.start(3)) \
                and (self.is_place(rest[0]) or not self.is_listed(rest[0])
                     and (len(rest) > 2 or self._agency_on_a_line(text, a, rest))) \
                and any(w.lower() in self.body_words for w in rest):
            return m.start(3), b
        return a, b

    def _agency_on_a_line(self, text: str, a: int, rest: list[str]) -> bool:
        """Two words opening no body's word and ending in an agency's word, after a name that
        opens its line ("Knightstone Housing", not "Foundation Trust")."""
        return len(rest) == 2 and rest[0].lower() not in self.body_words and rest[1].lower() in self.agency_words \
            and not line_before(text, a).strip()

    def phrase_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the allow list's phrases match in ``text`` (its patterns left out)."""
        return self._remembered("phrases", text, lambda: _spans(self.keep_phrases, self.titled, text))

    def is_kept(self, text: str, at: int) -> bool:
        """Is position ``at`` of ``text`` inside an allow-listed phrase?"""
        return any(a <= at < b for a, b in self.keep_spans(text))

    def _month_or_day_name(self, word: str) -> bool:
        return word.lower() in self.dates or self.in_first_names(word)

    def in_first_names(self, word: str) -> bool:
        """On the first-name list, as written, in title case or without its accents ("Llŷr"), or
        first names joined by a hyphen ("Alfie-James", "Tiegan-Leigh")."""
        return word.title() in self.first_names or word in self.first_names \
            or _unaccented_name(word) in self.first_names \
            or "-" in word and all(len(p) > 1 and self.in_first_names(p) for p in word.split("-"))

    def is_name_in_capitals(self, word: str) -> bool:
        """Three capitals that are a listed name, not initials, after a title in capitals
        ("LORD JUSTICE MAY", "MR LEE")."""
        return len(word) == 3 and word.isupper() and any(c in "AEIOUY" for c in word) \
            and (self.in_first_names(word) or word.title() in self.surnames)

    def is_first_name(self, word: str) -> bool:
        """A listed first name that could be a name word (no common word, title nor post-nominal)."""
        return self.in_first_names(word) and self.is_name_word(word)

    def glued_full_name(self, word: str) -> tuple[str, str] | None:
        """A listed first name run into a name word, as pages copied from PDFs write a full name
        ("TonyKillow" -> Tony, Killow); None for any other word."""
        glued = glued_name(word)
        return glued if glued and self.is_first_name(glued[0]) and self.is_name_word(glued[1]) else None

    def is_place(self, text: str) -> bool:
        """A country or town (which stays), and not also a listed first name."""
        return self.in_places(text) and not self.in_first_names(text)

    def names_a_place(self, text: str) -> bool:
        """Are two words or more all one listed place, in any case, and no listed first name
        before a listed surname ("Northern Ireland", "NORTHERN IRELAND", "Chadwell Heath"; not
        "Kelly Wood")? Such a span is never a person's full name on a recognizer's reading."""
        split = text.split()
        return len(split) > 1 and self.in_places(text) \
            and not (self.in_first_names(split[0]) and self.in_surnames(split[-1]))

    def only_a_place(self, text: str) -> bool:
        """Two words or more that ``names_a_place``, or one word on the place list and on no name list
        ("Scotland", "Openshaw"; not "Preston", "Clinton"): another document means the place by it."""
        return self.names_a_place(text) or len(text.split()) == 1 and self.in_places(text) and not self.is_listed(text)

    def in_places(self, text: str) -> bool:
        """A country or town, even one that is also a first name ("India", "Chester")."""
        return _fold(text) in self.places

    def welsh_place(self, word: str, mutated: bool) -> bool:
        """Is ``word``, on no name list, a Welsh place's name: opening as Welsh places do ("Llanasa"), or, where
        a Welsh preposition before it mutates it (``mutated``), a listed place's name so changed ("o Gaernarfon",
        "yng Nghaerdydd", "i Wynedd")?"""
        return made_once(self._welsh, (word, mutated), KEPT_TEXTS, lambda: (word.startswith(
            self.place_word_openings) or mutated and any(word.startswith(changed) and _fold(
                radical + (word[len(changed):] if changed else word.lower())) in self.places
                for changed, radical in self.welsh_mutations)) and not self.is_listed(word))

    def in_surnames(self, word: str) -> bool:
        """On the surname list, as written, in title case or without its accents ("Wiśniewski")."""
        return word.title() in self.surnames or word in self.surnames \
            or _unaccented_name(word) in self.surnames

    def office_run(self, words: Sequence[str], after_modifier: bool = False) -> int:
        """How many of ``words``, from the first, name an office: its modifiers and a head noun,
        capitalised ("Deputy Bailiff", "Interim Service Director", "Prosecutor"); 0 when they open with
        none. A head that is a listed name ("Dean") names one only after a modifier ("Area Dean"):
        ``after_modifier`` says the word before ``words`` is one."""
        run = 0
        for i, word in enumerate(words):
            if not word[:1].isupper():
                break
            lower = word.lower()
            if lower in self.office_heads and (i > 0 or after_modifier or not self.is_listed(word)):
                run = i + 1
            if lower not in self.office_modifiers and lower not in self.office_heads:
                break
        return run

    def is_office_modifier(self, word: str) -> bool:
        """A capitalised word that opens an office's name before its head ("Area" of "Area Dean")."""
        return word[:1].isupper() and word.lower() in self.office_modifiers

    def is_listed(self, word: str) -> bool:
        """On a first-name or surname list (in any case: "SOFIA" too)."""
        return self.in_first_names(word) or self.in_surnames(word)

    def name_groups(self, text: str, lenient: bool = False) -> Iterator[tuple[int, int, list[str]]]:
        """Runs of capitalised words that could be names, split at words that cannot
        be and at allow-listed phrases: (start, end, words). ``lenient`` (a cell whose
        label says it holds names) splits only at titles and allow-listed phrases and
        keeps a run holding at least one possible name word, month or day whole ("Ahter
        Seven", "April Sunday", "Sunday" under "Forename")."""
        for run in _RUN.finditer(text):
            group: list[regex.Match] = []
            for w in [*_WORD.finditer(run.group()), None]:
                if w is not None:
                    at = run.start() + w.start()
                    fits = self.is_name_word(w.group()) or lenient and not self.is_title_word(w.group())
                    if fits and not self.is_kept(text, at) and not _POSTCODE_AREA.match(text, at):
                        group.append(w)
                        continue
                if group and any(self.is_name_word(g.group()) or lenient and self._month_or_day_name(g.group())
                                 for g in group):  # "April Sunday" under "Name"
                    yield (run.start() + group[0].start(), run.start() + group[-1].end(),
                           [g.group() for g in group])
                group = []
