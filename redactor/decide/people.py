"""Link person mentions into people: "Joe Bloggs", "Joe", "Mr Bloggs", "Bloggs's"
and "JOE BLOGGS" are one person. A ``Draft`` proposes the people of one document on
top of a ``Case`` without changing it: a person it changes is copied first, and
``Case.commit`` later takes the plan's copies."""
from __future__ import annotations

from dataclasses import replace

from redactor.decide.case import ALIAS, ALONE, CASE_FILE, PREFIX_MIN, REVIEWER, Case, PeopleIndex, fold, shape, stronger
from redactor.names import initial, spelling_variants, split_name
from redactor.types import Link, Person


class Draft:
    """The people of one document as proposed: the case's people, read only, plus
    copies of those this document changes and the people it adds."""

    def __init__(self, case: Case, document: str | None = None) -> None:
        self.case, self.document = case, document
        self.copies: dict[str, Person] = {}  # changed or new, by id
        self.index = PeopleIndex()  # keys learnt in this document
        self.order = dict(case.position)
        self.present: set[str] = set()  # ids named in this document
        self.seen: dict[str, int] = {}
        self.clock = 0

    def person(self, person_id: str) -> Person:
        return self.copies.get(person_id) or self.case.get(person_id)  # type: ignore[return-value]

    def people(self) -> list[Person]:
        """The people named in this document, in case order."""
        return [self.person(i) for i in sorted(self.present, key=self.order.__getitem__)]

    def _ids(self, table: str, key: object) -> list[str]:
        ids = dict.fromkeys(self.case.index.get(table, key) + self.index.get(table, key))
        return sorted(ids, key=self.order.__getitem__)

    def _edit(self, person_id: str) -> Person:
        """The draft's own copy of a person, made on first change."""
        if person_id not in self.copies:
            p = self.case.get(person_id)
            assert p is not None, person_id
            self.copies[person_id] = replace(p, forms=set(p.forms), evidence=dict(p.evidence), mentions=0)
        return self.copies[person_id]

    def _new(self, first: str | None, last: str | None) -> Person:
        p = Person(id=self.case.next_id(after=len(self.order) - len(self.case.position)), first=first, last=last)
        self.copies[p.id] = p
        self.order[p.id] = len(self.order)
        self.index.add(p)
        return p

    def register(self, mention: str) -> None:
        """Make sure a full name ("Joe Bloggs") has a person, before any linking."""
        first, last = split_name(mention)
        if first is not None:
            self.present.add((self._by_full_name(first, last) or self._new(first, last)).id)

    def add_alias(self, full_name: str, alias: str, how: str = ALIAS) -> None:
        """Record that ``alias`` ("Abi") names the person called ``full_name``, on ``how`` evidence."""
        first, last = split_name(full_name)
        found = self._by_full_name(first, last) if first else self._by_single_word(last, False)
        if found is not None:
            p = self._edit(found.id)
            p.forms.add(alias)
            p.evidence[alias] = stronger(p.evidence.get(alias), Link(how, self.document))
            self.index.add(p)

    def is_ambiguous(self, mention: str, titled: bool) -> bool:
        """Could a lone untitled word be more than one known person? (After a title it
        becomes its own initial whoever is meant: "Mr W".)"""
        first, last = split_name(mention)
        return first is None and not titled and len(self._candidates(last, titled)) > 1

    def link(self, mention: str, titled: bool, how: str = ALONE) -> Person:
        """The person a mention refers to, creating one if nobody fits. A lone word
        after a title is taken as a surname, otherwise as a first name. ``how`` is the
        evidence the mention was found with."""
        first, last = split_name(mention)
        found: Person | None
        if first is not None:
            found = self._by_full_name(first, last) or self._new(first, last)
        else:
            found = self._by_single_word(last, titled)
            if found is None:
                found = self._new(None, last) if titled else self._new(last, None)
        p = self._edit(found.id) if found.id in self.case.position else found
        self.clock += 1
        self.seen[p.id] = self.clock
        self.present.add(p.id)
        p.forms.add(mention)
        p.evidence[mention] = stronger(p.evidence.get(mention), Link(how, self.document))
        p.mentions += 1
        self.index.add(p)
        return p

    def _by_full_name(self, first: str, last: str | None) -> Person | None:
        ids = self._ids("full", (fold(first), fold(last)))
        if ids:
            return self.person(ids[0])
        misspelt = self._misspelt_full_name(first, last)
        if misspelt is not None:
            return misspelt
        # a nickname and the surname: "Alfie Dear" of Alfred 'Alfie' Dear
        nicknamed = [i for i in self._ids("form", fold(first)) if last and i in self._ids("last", fold(last))]
        if nicknamed:
            return self.person(nicknamed[0])
        # a full name completing someone known by one word only, in this document or
        # given by a person (case file, reviewer): "Dr Louise Marlow" in one IMR is not
        # the "Louise" another IMR names alone
        for i in sorted({*self._ids("first", fold(first)), *self._ids("last", fold(last))}, key=self.order.__getitem__):
            p = self.person(i)
            if not self._named_here_or_by_a_person(p):
                continue
            if p.last is None and fold(p.first) == fold(first) or p.first is None and fold(p.last) == fold(last):
                p = self._edit(i) if i in self.case.position else p
                p.first, p.last = first, last
                self.index.add(p)
                return p
        return None

    def _misspelt_full_name(self, first: str, last: str | None) -> Person | None:
        """The one person named in this document whose full name this one misspells in one
        of its words, by one letter ("Sarah Whitfeld" for Sarah Whitfield): the same person,
        not a new one."""
        if last is None:
            return None
        named = {*self._ids("first", fold(first)), *self._ids("last", fold(last))} & self.present
        fits = [p for p in map(self.person, named) if p.first and p.last and (
            fold(p.first) == fold(first) and _misspells(last, p.last)
            or fold(p.last) == fold(last) and _misspells(first, p.first))]
        return fits[0] if len(fits) == 1 else None

    def _named_here_or_by_a_person(self, p: Person) -> bool:
        return p.id in self.present or p.id not in self.case.position \
            or any(link.how in (CASE_FILE, REVIEWER) for link in p.evidence.values())

    def _candidates(self, word: str | None, titled: bool) -> list[Person]:
        """Known people a lone word may name, best kind of match first: surname then
        first name after a title, the other way round without; then aliases; then a
        first name it shortens ("Abi" for Abigail) if only one person fits."""
        w = fold(word)
        surname, given, alias = self._ids("last", w), self._ids("first", w), self._ids("form", w)
        for group in ((surname, given, alias) if titled else (given, surname, alias)):
            here = [i for i in group if i in self.present]
            if here or group:
                return [self.person(i) for i in here or group]
        short = self._ids("prefix", w) if len(w) >= PREFIX_MIN else []
        if len(short) == 1:
            return [self.person(short[0])]
        # a lone word misspelling the first name or surname of one person named here ("Whitfeld")
        shaped = {i for n in (-1, 0, 1) for i in self._ids("shape", shape(word or "", n))} & self.present
        misspelt = [p for p in map(self.person, shaped)
                    if any(_misspells(word or "", x) for x in (p.first, p.last) if x)]
        return misspelt if len(misspelt) == 1 else []

    def _by_single_word(self, word: str | None, titled: bool) -> Person | None:
        """The most recently mentioned of the candidates: in this document, else in the case."""
        group = self._candidates(word, titled)
        return max(group, key=lambda p: (self.seen.get(p.id, 0), self.case.recency.get(p.id, -1))) if group else None

    def assign_initials(self) -> list[str]:
        """Give initials to everyone named in this document who has none yet. Someone
        who would share initials with another person of the same document gets a number
        ("SS2"); a person keeps their initials for good. Returns the clashes, described
        without names."""
        here = self.people()
        taken = {p.initials: p.id for p in here if p.initials}
        clashes = []
        for p in here:
            if p.initials:
                continue
            p = self._edit(p.id) if p.id in self.case.position else p
            base = "".join(initial(x) for x in (p.first, p.last) if x)
            candidate, n = base, 1
            while candidate in taken:
                n += 1
                candidate = f"{base}{n}"
            if candidate != base:
                clashes.append(f"initials clash: {taken[base]} and {p.id} would both be {base}; {p.id} is {candidate}")
            elsewhere = [i for i in self._ids("initials", candidate) if i not in self.present]
            if elsewhere:
                clashes.append(f"initials {candidate} of {p.id} are also those of {elsewhere[0]} in another document")
            p.initials = candidate
            taken[candidate] = p.id
            self.index.add(p)
        return clashes


def _misspells(word: str, name: str) -> bool:
    """Is ``word`` ``name`` (five letters or more) spelt one letter otherwise?"""
    return abs(len(word) - len(name)) < 2 and word[:1].casefold() == name[:1].casefold() \
        and bool(spelling_variants([name], [word]))
