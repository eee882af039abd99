"""A name and a role on a line of their own, joined by a dash or colon, either way round, as a
club's or committee's list of officers writes them ("• Vice Chair - Kev Hancock", "Head Coach –
Santi Brage", "Rob Jessop - IT Officer"). The role is told by its last word, a job's word
("Chair", "Officer", "Coach"), or by its list: three lines or more of one shape running on, another
of whose values is a name or initials ("• Secretary - SL", "• Webmaster - Rob Jessop"). The name is
two or three words in title case, each a possible name word and none a job's, body's, title's or
street's word, and a listed first name opens it or the dictionary does not know one of its words
("Kev Hancock", "Rob Jessop"; not "Chair - Finance Committee", "Lead - Human Resources",
"Head Coach - vacant")."""
from __future__ import annotations

from collections.abc import Container, Sequence
from itertools import groupby

import regex

from redactor.detect.vocabulary import Vocabulary, no_name_words
from redactor.names import NAME_WORD, PARTICLE, words
from redactor.rules import Rules
from redactor.types import Detection, Kind, Segment

SCORE = 0.85
RECOGNIZER = "RoleLineRecognizer"
MIN_LINES = 3  # a list of officers: the lines of one shape running on that tell a role by their place
_BULLET = r"[ \t]*(?:(?:[•·▪●◦○■□➢►*]|\(?\d{1,2}[.)])[ \t]+)?"
_ROLE = r"(?P<role>(?:\p{Lu}[\w'’/-]*|&|and|of|for|the)(?:[ \t]+(?:\p{Lu}[\w'’/-]*|&|and|of|for|the)){0,5})"
_NAME = rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{1,2}})"
_VALUE = r"(?P<value>[^\n]{1,60}?)"
_DASH = r"[ \t]+[-–—][ \t]+"
_INITIALS = regex.compile(r"\p{Lu}{1,3}\d?(?:[ \t]*(?:,|and|&)[ \t]*\p{Lu}{1,3}\d?)*")
_ROLE_FIRST = regex.compile(rf"{_BULLET}{_ROLE}(?:{_DASH}|[ \t]*:[ \t]*){_VALUE}[ \t]*")
_NAME_FIRST = regex.compile(rf"{_BULLET}{_NAME}{_DASH}{_ROLE}[ \t]*")
_NAMED = regex.compile(rf"{_NAME}")


class RoleLines:
    """Names beside a role on lines of their own."""

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        evidence = rules.people.list_evidence
        self.jobs = {w.lower() for w in (*evidence.job_words, *evidence.role_line_words)}
        self.not_names = no_name_words(rules, evidence.role_line_words, rules.addresses.building_words,
                                       rules.addresses.street_types)

    def find(self, segments: Sequence[Segment], english: Container[str]) -> list[Detection]:
        """The names of each run of role lines (``_people``)."""
        lines = [(segment, self._line(segment.text)) for segment in segments]
        return [d for role, run in groupby(lines, key=lambda line: line[1] is not None) if role  # role lines running on
                for d in self._people([(segment, *line) for segment, line in run if line is not None], english)]

    @staticmethod
    def _line(text: str) -> tuple[list[tuple[int, int, str]], bool] | None:
        """The readings of a role line, each a name's span and its role (a name first, or a role first
        and a name), and whether the value after a role is initials; None: no role line."""
        after = _ROLE_FIRST.fullmatch(text)
        before = _NAME_FIRST.fullmatch(text)
        if after is None and before is None:
            return None
        readings = [(*before.span("name"), before.group("role"))] if before else []
        named = _NAMED.fullmatch(after.group("value")) if after else None
        if after and named:
            readings.append((after.start("value") + named.start("name"), after.start("value") + named.end("name"),
                             after.group("role")))
        return readings, bool(after and _INITIALS.fullmatch(after.group("value")))

    def _people(self, run: list[tuple[Segment, list[tuple[int, int, str]], bool]],
                english: Container[str]) -> list[Detection]:
        """The names of a run of role lines: each beside a job's word, or any in a list of ``MIN_LINES``
        lines or more another value of which is a name or initials."""
        people = []
        for segment, readings, _ in run:
            names = [(a, b, self._job(role)) for a, b, role in readings
                     if self._name(segment.text[a:b], english) and not self.vocabulary.is_kept(segment.text, a)]
            if names:
                people.append((segment, max(names, key=lambda n: n[2])))
        listed = len(run) >= MIN_LINES and len(people) + sum(1 for *_, initials in run if initials) > 1
        return [Detection(segment.id, a, b, segment.text[a:b], Kind.PERSON, SCORE, RECOGNIZER,
                          "a name beside a job on a line of its own" if by_job else
                          "a name beside a role in a list of officers")
                for segment, (a, b, by_job) in people if by_job or listed]

    def _job(self, role: str) -> bool:
        """Does the role end in a job's word, in the plural too ("Welfare Officers")?"""
        parts = words(role)
        last = parts[-1].lower() if parts else ""
        return last in self.jobs or last.removesuffix("s") in self.jobs

    def _name(self, name: str, english: Container[str]) -> bool:
        """Words in title case, each a possible name word and none a job's, body's, title's, street's or
        function word nor a place but a listed surname; a listed first name opening them, or a word the
        dictionary does not know among them ("Rob Jessop"; not "Human Resources", "Early Years")."""
        v = self.vocabulary
        parts = words(name)  # capitalised: not the particles of "Ann van Dijk"
        return all(w[1:].islower() and v.is_name_part(w) and w.lower() not in self.not_names for w in parts) \
            and not v.is_place(name) \
            and (v.is_first_name(parts[0]) or any(w.lower() not in english for w in parts))
