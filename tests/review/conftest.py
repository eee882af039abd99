"""Fixtures for review tests: a small IMR-like text with known personal data, a real
Plan for it (loads the spaCy model once per session), and hand-built Plans."""
from __future__ import annotations

from pathlib import Path

import pytest

from redactor.document import load_document
from redactor.document.base import Document
from redactor.rules import Rules, load_rules
from redactor.types import Change, Kind, Person, Plan

IMR = """\
Individual Management Review: Northshire Community Health

Name\tDate of Birth\tAddress\tRelationship
Joe Bloggs\t12/03/1978\t14 Acacia Avenue, Leeds LS6 2AB\tVictim
Peter Grant\t01/07/1975\t3 Mill Lane, Bradford BD1 4QQ\tPerpetrator

Joe Bloggs was seen by Dr Smith at the surgery on 4 May 2019. Mr Bloggs said he felt unsafe.
Peter Grant telephoned the practice on 07700 900123 and emailed p.grant@example.com.
Dr Smith referred Joe Bloggs to the MARAC. Sarah Jones, the health visitor, was informed.
JOE BLOGGS was later admitted to hospital. Mrs Jones visited Joe Bloggs at home.
The panel noted that Kevin Marsh attended the meeting; Kevin Marsh later left the service.
Northshire Police shared their records with the panel.
"""
# every identifying string of IMR: none may reach the terminal
SECRETS = ("Joe", "Bloggs", "BLOGGS", "Peter", "Grant", "Smith", "Sarah", "Jones", "Kevin", "Marsh",
           "12/03/1978", "01/07/1975", "Acacia", "Mill Lane", "LS6", "BD1", "07700", "p.grant")


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="session")
def redactor():
    from redactor.api import Redactor

    return Redactor.create()


@pytest.fixture
def imr_path(tmp_path: Path) -> Path:
    path = tmp_path / "imr.txt"
    path.write_text(IMR, encoding="utf-8")
    return path


@pytest.fixture
def real_plan(redactor, imr_path: Path) -> tuple[Plan, Document]:
    """What ``redactor redact`` decides for IMR."""
    document = load_document(imr_path)
    return redactor.plan(document), document


def change_at(document: Document, segment_id: str, original: str, replacement: str,
              kind: Kind = Kind.PERSON, score: float = 0.9, person_id: str | None = None,
              nth: int = 0, reason: str = "") -> Change:
    """A change of the ``nth`` occurrence of ``original`` in one segment."""
    text = next(s.text for s in document.segments if s.id == segment_id)
    start = -1
    for _ in range(nth + 1):
        start = text.index(original, start + 1)
    recognizer = "TestRecognizer"
    return Change(id=f"{segment_id}:{start}", segment_id=segment_id, start=start, end=start + len(original),
                  original=original, replacement=replacement, kind=kind, recognizer=recognizer, score=score,
                  reason=reason or f"{recognizer} {score:.2f}: test", person_id=person_id)


def hand_plan(document: Document, changes: list[Change], people: list[Person] | None = None) -> Plan:
    return Plan(source=document.path.name, sha256=document.sha256, segments=document.segments,
                changes=changes, people=people or [], warnings=[])


@pytest.fixture
def small(imr_path: Path) -> tuple[Plan, Document]:
    """A hand-built Plan for IMR, no model: a few changes on line 7 and 8 and the table."""
    document = load_document(imr_path)
    # a batch so far
    joe = Person(id="P1", first="Joe", last="Bloggs", initials="JB", forms={"Joe Bloggs", "Bloggs", "Joe"}, mentions=40)
    changes = [
        change_at(document, "L4.C1", "Joe Bloggs", "JB", person_id="P1"),
        change_at(document, "L4.C2", "12/03/1978", "[date of birth removed]", Kind.DATE_OF_BIRTH, 0.95),
        change_at(document, "L7", "Joe Bloggs", "JB", person_id="P1"),
        change_at(document, "L7", "Smith", "S", score=0.55),
        change_at(document, "L7", "Bloggs", "B", person_id="P1", nth=1),
        change_at(document, "L8", "07700 900123", "[phone number removed]", Kind.PHONE, 1.0),
    ]
    return hand_plan(document, changes, [joe]), document

