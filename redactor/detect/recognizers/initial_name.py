"""A name written as an initial and a surname: "J. Adams", "S. Campbell c Healy"; and
initials without full stops before a surname as minutes and law reports list members,
councillors and counsel ("Alderman S P Porter", "Councillors: S Carson, A P Ewing, J Gallen
and N Trimble", "received from H Hopkins and H Jackson", "J Carroll, Solicitor Advocate")."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD

PLACE_LABELS = {"GPE", "LOC"}
# an item of a list: after a colon, comma, semicolon, bracket, "and" or "&", or opening its line
_ITEM_BEFORE = regex.compile(r"(?:^|[:,;(]|(?<![\w'’-])(?:and|&))[ \t]*$")
# ... and ending at a comma, semicolon, bracket, dash, "and", "&" or the line's end
_ITEM_AFTER = regex.compile(r"[ \t]*(?:$|[,;()]|[ \t][-–—][ \t]|(?:and|&)[ \t])")
# ... or a sentence's end after a role: "the clerk A Claydon."
_ROLE_ITEM_AFTER = regex.compile(r"[ \t]*(?:$|[,;.()]|[ \t][-–—][ \t]|(?:and|&)[ \t])")
# compass points abbreviated before a place's word: "N. Ireland", "W. Sussex", "E. Kilbride"
_COMPASS = frozenset("NSEW")
# a run-on list's name: a title or a body's name after it (not letters: "Mr A Ford KC")
_CAPITAL_NEXT = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")
_LAST_WORD = regex.compile(r"([\w'’-]+)[ \t]+$")
_CAPITAL = regex.compile(r"\p{Lu}")
_ANY_WORD = regex.compile(r"[\w'’-]+")
_DOTTED_BEFORE = regex.compile(r"(?<![\w.&'’-])(?:\p{Lu}\.[ \t]?)+$")  # "F. " before "W. Shotton"
_ARTICLES = {"A", "I"}  # "A" and "I" alone before a capitalised word are words, not initials
# a hymn's or poem's vocative "O" opening a quoted title: "‘O Little Town of Bethlehem’", "“O Holy Night”"
_VOCATIVE = regex.compile(r"(?<![\w'’])['‘\"“]O[ \t]")


def _place_by_ner(doc, start: int, end: int) -> bool:
    """Does NER call [start, end) a place? (NER often calls "Mr D. Walton" an ORG: that is no reason; an
    initial that is no compass point's, "B. Sandells", is no place's either, whatever NER says.)"""
    return any(e.label_ in PLACE_LABELS and e.start_char < end and start < e.end_char for e in doc.ents)


class InitialNameRecognizer(ExplainingRecognizer):
    """One capital with a full stop, then a capitalised word that could be a surname, and
    a second such word after a first name ("A. Curts Cooke"; after a title,
    TitledPersonRecognizer's: "Dr J. Smith" -> "Dr J. S").
    Two or more initials ("U.S. Army") and places ("N. Ireland": in the place list and
    no surname, or NER calls it a place) are left alone. One to three capitals without
    full stops before a surname in title case are initials where the name stands as an
    item of a list or the surname is listed ("S Carson, A P Ewing"; "A Swan and N
    Trimble"); "A" or "I" alone only as a list's item ("A Safer Future" is a heading). A
    name with its own initials in brackets after it is a person's ("P March (PM)")."""

    SCORE = 0.75
    OWN_INITIALS_SCORE = 0.85

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        # (after other initials written close: the "C. Richardson" of "L.C. Richardson")
        self.pattern = regex.compile(rf"(?:(?<![\w.&'’-])|(?<=(?<![\w.&'’-])(?:\p{{Lu}}\.)+))"
                                     rf"\p{{Lu}}\.[ \t]?(?P<surname>{NAME_WORD})(?![\w.]*\.\p{{Lu}})")
        # the surname after a first name: "A. Curts Cooke"
        self.middle = regex.compile(rf"[ \t]+(?=\p{{Lu}}\p{{Ll}})(?P<surname>{NAME_WORD})(?![\w'’-])")
        self.undotted = regex.compile(rf"(?<![\w.&'’-])(?P<initials>\p{{Lu}}(?:[ \t]\p{{Lu}}){{0,2}})[ \t]+"
                                      rf"(?P<surname>(?=\p{{Lu}}\p{{Ll}}){NAME_WORD})(?![\w'’-])")
        # a name with its own initials in brackets after it, as minutes list members: "P March (PM) Vice-Chair",
        # "D Court (DC)", "Nia Marsh (NM)"; the brackets say whatever the words mean, they are a person's
        self.own_initials = regex.compile(rf"(?<![\w.&'’-])(?P<name>(?:\p{{Lu}}\.?[ \t]+){{1,2}}{NAME_WORD}"
                                          rf"|{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})"
                                          rf"[ \t]*\((?P<initials>\p{{Lu}}{{2,3}})\)")
        # a role just before: "the clerk A Claydon", "Chair J Smith"
        self.role_before = regex.compile(rf"(?<![\w'’-])(?i:{phrases(sorted(vocabulary.jobs))})[ \t]+$") \
            if vocabulary.jobs else None
        super().__init__(supported_entities=["PERSON"], name="InitialNameRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        for m in self.pattern.finditer(text, overlapped=True):  # "W. Shotton" of "F. W. Shotton" too
            # initials before it too, each with its full stop: "F. W. Shotton" is a person whatever "Shotton" is
            # (not where every initial is a compass point's: "N. W. Europe")
            lead = _DOTTED_BEFORE.search(text, 0, m.start())
            several = lead is not None
            if lead is not None and (set(_CAPITAL.findall(text, lead.start(), m.start() + 1)) <= _COMPASS
                                     or not self.vocabulary.is_listed(m.group("surname"))
                                     and not self.vocabulary.in_places(m.group("surname"))):
                continue  # compass points ("N. W. Europe"), an acronym's letters before a word ("U. S. Army")
            if text[m.start() + 2:m.start() + 3].isalpha() \
                    and (text[m.start()] + m.group("surname")).lower() in self.vocabulary.post_nominals:
                continue  # a degree written with a full stop: "M.Phil", "B.Sc" ("MPhil", "BSc")
            if self._surname(text, m, None if several else doc, place=several) and not m.group("surname").isupper():
                after = self.middle.match(text, m.end()) if m.group("surname")[1:].islower() else None
                end = after.end() if after and self._surname(text, after, doc) \
                    and not self.vocabulary.in_places(after.group("surname")) else m.end()
                results.append(self.result("PERSON", lead.start() if lead else m.start(), end, self.SCORE,
                                           "initials and a surname" if several else "an initial and a surname"))
        every = list(self.undotted.finditer(text))
        undotted = [m for m in every if self._surname(text, m, None, place=True)]
        items = [m for m in undotted if _ITEM_BEFORE.search(text, 0, m.start()) and _ITEM_AFTER.match(text, m.end())
                 or self._after_role(text, m)]
        listed = self._run_on(text, every)
        results += [self.result("PERSON", m.start(), m.end(), self.SCORE, "initials and a surname in a run-on list")
                    for m in listed]
        undotted = [m for m in undotted if m not in listed]
        for m in undotted:
            surname = m.group("surname")
            # a place with initials is a person in a list of several, whatever NER says ("S Carson, A Swan");
            # not "Belfast, N Ireland"
            place = self.vocabulary.in_places(surname) and not self.vocabulary.in_surnames(surname) \
                or doc is not None and _place_by_ner(doc, m.start(), m.end())
            if m in items and (len(items) > 1 or not place):
                why = "initials and a surname, an item of a list"
            elif m.group("initials") not in _ARTICLES and self.vocabulary.in_surnames(surname) and not place \
                    and not (m.start() and _VOCATIVE.match(text, m.start() - 1)):
                why = "initials and a listed surname"
            else:
                continue
            results.append(self.result("PERSON", m.start(), m.end(), self.SCORE, why))
        results += [self.result("PERSON", *m.span("name"), self.OWN_INITIALS_SCORE, "a name, its own initials in "
                                "brackets after it") for m in self.own_initials.finditer(text) if self._own_initials(m)]
        return sorted(results, key=lambda r: r.start)

    def _own_initials(self, m: regex.Match) -> bool:
        """Are the letters in brackets the initials of the name before them, opened by an initial ("D Court
        (DC)") or by a listed first name whose surname may be a name's (no place, title or function word),
        no body's nor street's word, its opening in no allow-listed phrase ("Nia Marsh (NM)"; not "Grace
        Road (GR)", "Domestic Homicide Review (DHR)")?"""
        parts = _ANY_WORD.findall(m.group("name"))
        if "".join(w[0] for w in parts) != m.group("initials"):
            return False
        v, last = self.vocabulary, parts[-1]
        return len(parts[0]) == 1 or v.is_first_name(parts[0]) and v.is_name_part(last) \
            and not v.is_body_word(last) and last.lower() not in v.street_words and not v.is_kept(m.string, m.start())

    def _after_role(self, text: str, m: regex.Match) -> bool:
        """Initials and a surname ending an item or sentence after a role: "the clerk A Claydon."."""
        return self.role_before is not None and self.role_before.search(text, 0, m.start()) is not None \
            and _ROLE_ITEM_AFTER.match(text, m.end()) is not None

    def _run_on(self, text: str, found: list[regex.Match]) -> list[regex.Match]:
        """Initials and a surname in a list run on without separators, as flattened minutes
        write their members: next to another such pair ("C Short A Waldie J Townsend"), after or
        before a person's title ("J Mead Councillor B Murray-Carr") or after a body's name
        ("Bolsover District Council J Mead"). The surname may be a word ("Short"), never a title, a
        body's word, kept text nor a listed place on no surname list ("Y Nottinghamshire County
        Council": a tick column's letter before a council)."""
        v = self.vocabulary
        fit = [m for m in found if self._listed_surname(text, m)]
        people = []
        for i, m in enumerate(fit):
            paired = i > 0 and not text[fit[i - 1].end():m.start()].strip() \
                or i + 1 < len(fit) and not text[m.end():fit[i + 1].start()].strip()
            run_on = _CAPITAL_NEXT.match(text, m.end())
            # the capitalised word after the blanks a title: "J Mead Councillor B Murray-Carr"
            titled = run_on is not None and v.titles.match(text, run_on.end() - 2) is not None
            word = _LAST_WORD.search(text, 0, m.start())
            body = word is not None and v.is_body_word(word.group(1)) and m.group("initials") not in _ARTICLES
            # "Councillor M Wallis Chesterfield Borough Council" (not "Dr A Smith said": the title's own reading)
            after_title = run_on is not None and v.title_before.search(text, 0, m.start()) is not None
            if paired or after_title or titled and m.group("initials") not in _ARTICLES or body:
                people.append(m)
        return people

    def _listed_surname(self, text: str, m: regex.Match) -> bool:
        """A surname of a run-on list: a name word of two letters or more, no title nor body's word,
        no place that is no surname, not kept."""
        surname = m.group("surname")
        v = self.vocabulary
        return len(surname) > 1 and v.is_name_word(surname) and not v.is_title_word(surname) \
            and not v.is_body_word(surname) and not (v.in_places(surname) and not v.in_surnames(surname)) \
            and not v.is_kept(text, m.start("surname"))

    def _surname(self, text: str, m: regex.Match, doc, place: bool = False) -> bool:
        """Could the word after the initials be a surname (not kept text nor an ordinary
        word; no title before, whose recognizer reads it; unless ``place``, not a place)?"""
        surname = m.group("surname")
        return not (len(surname) < 2 or not self.vocabulary.is_name_word(surname)
                    or not place and self.vocabulary.in_places(surname) and not self.vocabulary.in_surnames(surname)
                    or self.vocabulary.is_kept(text, m.start("surname"))
                    or self.vocabulary.title_before.search(text, 0, m.start())
                    or doc is not None and text[m.start()] in _COMPASS and _place_by_ner(doc, m.start(), m.end()))
