"""Link person mentions into people: "Joe Bloggs", "Joe", "Mr Bloggs", "Bloggs's"
and "JOE BLOGGS" are one person. A registry lives as long as a batch, so a person
keeps one replacement across every document of a case."""
from __future__ import annotations

from dataclasses import dataclass, field

from redactor.casefile import CaseFile
from redactor.names import initial, split_name, words
from redactor.types import Person


def _key(s: str | None) -> str:
    return (s or "").casefold()


@dataclass
class PeopleRegistry:
    """Everyone met so far, with the mention order used to settle ambiguity."""

    people: list[Person] = field(default_factory=list)
    _last_seen: dict[str, int] = field(default_factory=dict)
    _clock: int = 0
    _this_document: set[str] = field(default_factory=set)  # ids named in the current document

    @classmethod
    def from_case(cls, case: CaseFile) -> "PeopleRegistry":
        registry = cls()
        for p in case.people:
            first, last = split_name(p.name)
            person = registry._new(first, last)
            person.role, person.fixed = p.role, p.replacement
            person.forms |= {p.name, *p.aliases}
        return registry

    def _new(self, first: str | None, last: str | None) -> Person:
        person = Person(id=f"P{len(self.people) + 1}", first=first, last=last)
        self.people.append(person)
        return person

    def start_document(self) -> None:
        """A new document of the batch: a lone name prefers people named in it."""
        self._this_document = set()

    def register(self, mention: str) -> None:
        """Make sure a full name ("Joe Bloggs") has a person, before any linking."""
        first, last = split_name(mention)
        if first is not None:
            person = self._by_full_name(first, last) or self._new(first, last)
            self._this_document.add(person.id)

    def add_alias(self, full_name: str, alias: str) -> None:
        """Record that ``alias`` ("Abi") names the person called ``full_name``."""
        first, last = split_name(full_name)
        person = self._by_full_name(first, last) if first else self._by_single_word(last, False)
        if person is not None:
            person.forms.add(alias)

    def is_ambiguous(self, mention: str, titled: bool) -> bool:
        """Could a lone untitled word be more than one known person? (After a title it
        becomes its own initial whoever is meant: "Mr W".)"""
        first, last = split_name(mention)
        return first is None and not titled and len(self._candidates(last, titled)) > 1

    def link(self, mention: str, titled: bool) -> Person:
        """The person a mention refers to, creating one if nobody fits. A lone word
        after a title is taken as a surname, otherwise as a first name."""
        first, last = split_name(mention)
        if first is not None:
            person = self._by_full_name(first, last) or self._new(first, last)
        else:
            person = self._by_single_word(last, titled)
            if person is None:
                person = self._new(None, last) if titled else self._new(last, None)
        self._clock += 1
        self._last_seen[person.id] = self._clock
        self._this_document.add(person.id)
        person.forms.add(mention)
        person.mentions += 1
        return person

    def _by_full_name(self, first: str, last: str) -> Person | None:
        for p in self.people:
            if _key(p.first) == _key(first) and _key(p.last) == _key(last):
                return p
        # a full name completing someone known by one word only
        for p in self.people:
            if p.last is None and _key(p.first) == _key(first) or p.first is None and _key(p.last) == _key(last):
                p.first, p.last = first, last
                return p
        return None

    def _candidates(self, word: str, titled: bool) -> list[Person]:
        """Known people a lone word may name, best kind of match first: surname then
        first name after a title, the other way round without; then aliases; then a
        first name it shortens ("Abi" for Abigail) if only one person fits."""
        w = _key(word)
        surname, given, alias = [], [], []
        for p in self.people:
            if _key(p.last) == w or (p.last and " " in p.last and any(_key(x) == w for x in words(p.last))):
                surname.append(p)
            if _key(p.first) == w:
                given.append(p)
            if any(_key(f) == w for f in p.forms):
                alias.append(p)
        for group in ((surname, given, alias) if titled else (given, surname, alias)):
            here = [p for p in group if p.id in self._this_document]
            if here or group:
                return here or group
        short = [p for p in self.people if len(w) >= 3 and p.last and _key(p.first).startswith(w)]
        return short if len(short) == 1 else []

    def _by_single_word(self, word: str, titled: bool) -> Person | None:
        """The most recently mentioned of the candidates."""
        group = self._candidates(word, titled)
        return max(group, key=lambda p: self._last_seen.get(p.id, 0)) if group else None

    def assign_initials(self, present: set[str] | None = None) -> list[str]:
        """Give initials to everyone in ``present`` (person ids; default everyone) who has
        none yet. Someone who would share initials with another person of the same
        document gets a number ("SS2"); a person keeps their initials for the rest of a
        batch. Returns the clashes, described without names."""
        here = [p for p in self.people if present is None or p.id in present]
        taken = {p.initials: p.id for p in here if p.initials}
        clashes = []
        for p in here:
            if p.initials:
                continue
            base = "".join(initial(x) for x in (p.first, p.last) if x)
            candidate, n = base, 1
            while candidate in taken:
                n += 1
                candidate = f"{base}{n}"
            if candidate != base:
                clashes.append(f"initials clash: {taken[base]} and {p.id} would both be {base}; {p.id} is {candidate}")
            elsewhere = [q.id for q in self.people if q.initials == candidate and q not in here]
            if elsewhere:
                clashes.append(f"initials {candidate} of {p.id} are also those of {elsewhere[0]} in another document")
            p.initials = candidate
            taken[candidate] = p.id
        return clashes
