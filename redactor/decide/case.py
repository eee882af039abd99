"""The case: everyone named in one review, across all its documents and runs.

Planning a document never changes the case (see ``decide.people.Draft``); only
``Case.commit`` does, with a plan whose output was written. People are indexed by
their folded forms, so linking a mention costs the same however many people are known.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from redactor.casefile import CaseFile
from redactor.errors import RedactorError
from redactor.names import split_name, words
from redactor.types import Kind, Link, Person, Plan

# How a form came to name a person. Forms with strong evidence are looked for in every
# other document; a lone word found by NER or a name list ("alone") never travels.
CASE_FILE, FULL_NAME, TITLE, TABLE, ALIAS, REVIEWER, ALONE = (
    "case file", "full name", "title", "table label", "alias", "reviewer", "alone")
STRONG = (CASE_FILE, REVIEWER, FULL_NAME, TITLE, TABLE, ALIAS)  # strongest first
PREFIX_MIN = 3  # "Abi" may shorten "Abigail"


def fold(text: str | None) -> str:
    return (text or "").casefold()


def shape(name: str, longer: int = 0) -> tuple[str, int]:
    """A name's first letter (folded) and its length (plus ``longer``): a misspelling's is the
    same letter and one length of three ("Whitfeld" of "Whitfield")."""
    return name[:1].casefold(), len(name) + longer


def stronger(a: Link | None, b: Link) -> Link:
    """The better of two reasons for one form (the earlier one on a tie)."""
    rank = {how: i for i, how in enumerate((*STRONG, ALONE))}
    return a if a is not None and rank.get(a.how, 99) <= rank.get(b.how, 99) else b


@dataclass
class PeopleIndex:
    """Person ids by folded key; keys are only ever added (a person's forms only grow).
    "shape": by the first letter and length of a first name or surname, for its misspellings."""

    tables: dict[str, dict[object, list[str]]] = field(
        default_factory=lambda: {t: {} for t in ("full", "first", "last", "form", "prefix", "initials", "shape")})

    def add(self, p: Person) -> None:
        keys: dict[str, set[object]] = {"form": {fold(f) for f in p.forms},
                                        "initials": {p.initials} if p.initials else set(),
                                        "shape": {shape(x) for x in (p.first, p.last) if x}}
        if p.first:
            keys["first"] = {fold(p.first)}
            if p.last:
                keys["full"] = {(fold(p.first), fold(p.last))}
                keys["prefix"] = {fold(p.first)[:n] for n in range(PREFIX_MIN, len(p.first) + 1)}
        if p.last:
            keys["last"] = {fold(p.last)} | ({fold(w) for w in words(p.last)} if " " in p.last else set())
        for table, values in keys.items():
            for key in values:
                ids = self.tables[table].setdefault(key, [])
                if p.id not in ids:
                    ids.append(p.id)

    def get(self, table: str, key: object) -> list[str]:
        return self.tables[table].get(key, [])


@dataclass(frozen=True)
class CaseString:
    """A non-person string a reviewer added ("The Blue Door Cafe" -> "[removed]")."""

    text: str
    replacement: str
    kind: Kind
    evidence: Link


@dataclass
class Case:
    """The people of one review and their replacements; ``commit`` is the only way in."""

    people: list[Person] = field(default_factory=list)
    strings: list[CaseString] = field(default_factory=list)
    index: PeopleIndex = field(default_factory=PeopleIndex)
    position: dict[str, int] = field(default_factory=dict)
    recency: dict[str, int] = field(default_factory=dict)  # commit order of the last mention
    commits: int = 0
    last_number: int = 0  # of the highest person id, P<n>

    @classmethod
    def from_people(cls, people: Sequence[Person], strings: Sequence[CaseString] = ()) -> Case:
        case = cls(strings=list(strings))
        for p in people:
            case._put(p)
        return case

    def with_case_file(self, case_file: CaseFile) -> Case:
        """The case file's people added, or updated when already known by full name:
        the case file's role, replacement and aliases win."""
        for entry in case_file.people:
            known = self.index.get("form", fold(entry.name))
            base = self.get(known[0]) if known else None
            p = replace(base, forms=set(base.forms), evidence=dict(base.evidence)) if base else \
                Person(self.next_id(), *split_name(entry.name))
            p.role, p.fixed = entry.role or p.role, entry.replacement or p.fixed
            for form in (entry.name, *entry.aliases):
                p.forms.add(form)
                p.evidence[form] = Link(CASE_FILE)
            self._put(p)
        return self

    def get(self, person_id: str) -> Person | None:
        i = self.position.get(person_id)
        return self.people[i] if i is not None else None

    def next_id(self, after: int = 0) -> str:
        return f"P{self.last_number + 1 + after}"

    def travelling_forms(self) -> set[str]:
        """Forms looked for in every document: those with strong evidence, and every
        form of a person with a fixed replacement."""
        return {f for p in self.people for f in p.forms
                if p.fixed or (p.evidence.get(f) or Link(ALONE)).how in STRONG}

    def commit(self, plan: Plan) -> None:
        """Add what ``plan`` says about its people, for good: every person with an
        applied change, the forms those changes replaced, first name and surname
        learnt, initials given. A person whose every change was rejected is left out."""
        active = {(c.person_id, c.original) for c in plan.active_changes() if c.person_id}
        ids = {pid for pid, _ in active}
        for p in plan.people:
            if p.id not in ids:
                continue
            base = self.get(p.id)
            keep = {f for f in p.forms if (p.id, f) in active or (base and f in base.forms)}
            merged = replace(p, forms=keep, evidence={f: e for f, e in p.evidence.items() if f in keep},
                             mentions=p.mentions + (base.mentions if base else 0))
            if base is None and p.id in self.position:
                raise RedactorError("the case changed since this document was planned; plan it again")
            self._put(merged)
            self.recency[p.id] = self.commits
        self.commits += 1

    def string_replacement(self, text: str) -> str | None:
        """The replacement a reviewer chose for this non-person string, if any."""
        return next((s.replacement for s in self.strings if fold(s.text) == fold(text)), None)

    def add_string(self, text: str, replacement: str, kind: Kind, evidence: Link) -> None:
        """A reviewer's addition: a person's form (joining the person it names, or a new
        one, with the reviewer's replacement), or another string replaced in every later
        document."""
        if kind is not Kind.PERSON:
            if self.string_replacement(text) is None:
                self.strings.append(CaseString(text, replacement, kind, evidence))
            return
        ids = self.index.get("form", fold(text))
        base = self.get(ids[0]) if ids else None
        p = replace(base) if base else Person(self.next_id(), *split_name(text), fixed=replacement)
        p.forms = p.forms | {text}
        p.evidence = {**p.evidence, text: evidence}
        if replacement != p.initials:  # the reviewer's choice wins, as the case file's does
            p.fixed = replacement
        self._put(p)

    def forget(self, person_id: str, form: str) -> Case:
        """The case without one form of a person (a reviewer rejected every change of it),
        and without the person once no form is left."""
        people = []
        for p in self.people:
            if p.id == person_id:
                p = replace(p, forms=p.forms - {form}, evidence={f: e for f, e in p.evidence.items() if f != form})
            if p.forms:
                people.append(p)
        return Case.from_people(people, self.strings)

    def _put(self, p: Person) -> None:
        if p.id in self.position:
            self.people[self.position[p.id]] = p
        else:
            self.position[p.id] = len(self.people)
            self.people.append(p)
            if p.id[1:].isdigit():
                self.last_number = max(self.last_number, int(p.id[1:]))
        self.index.add(p)
