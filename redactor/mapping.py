"""The mapping file: a case saved between runs, so an overview written months after
the IMRs gives everyone the same replacement. It is a key to the redaction (real
names beside their replacements): owner-only permissions, kept with the originals.

Schema (version 1), one JSON object:

- ``schema_version`` (1), ``tool`` ("redactor")
- ``people``: ``id`` ("P3"), ``replacement`` (what every form becomes), ``initials``,
  ``first``, ``last`` (or null), ``role`` (or null), ``mentions`` (over every
  committed document), ``forms``: each written ``text`` with the ``evidence`` that
  linked it ("case file", "full name", "title", "table label", "alias", "reviewer",
  "alone"; all but "alone" make a name looked for in other documents) and the ``document`` it was first seen in
- ``strings``: other strings reviewers added: ``text``, ``replacement``, ``kind``,
  ``evidence``, ``document``
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from redactor.decide.case import Case, CaseString
from redactor.errors import RedactorError, validation_words
from redactor.files import read_input, write_atomic
from redactor.types import Kind, Link, Person


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MappedForm(_Strict):
    text: str = Field(min_length=1)
    evidence: str
    document: str | None = None


class MappedPerson(_Strict):
    id: str = Field(pattern=r"^P[0-9]+$")
    replacement: str
    initials: str = ""
    first: str | None = None
    last: str | None = None
    role: str | None = None
    mentions: int = Field(default=0, ge=0)
    forms: list[MappedForm] = []


class MappedString(_Strict):
    text: str = Field(min_length=1)
    replacement: str
    kind: Kind
    evidence: str
    document: str | None = None


class MappingFile(_Strict):
    schema_version: Literal[1] = 1
    tool: Literal["redactor"] = "redactor"
    people: list[MappedPerson] = []
    strings: list[MappedString] = []


def _person(m: MappedPerson) -> Person:
    return Person(id=m.id, first=m.first, last=m.last, initials=m.initials, role=m.role, mentions=m.mentions,
                  fixed=m.replacement if m.replacement != m.initials else None,
                  forms={f.text for f in m.forms}, evidence={f.text: Link(f.evidence, f.document) for f in m.forms})


def load_mapping(path: Path | None) -> Case:
    """The case saved at ``path``; an empty case when there is no file yet."""
    if path is None or not path.exists():
        return Case()
    data = read_input(path)
    try:
        mapping = MappingFile.model_validate(json.loads(data.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise RedactorError(f"{path}: not a redactor mapping file (not valid JSON)") from None
    except ValidationError as e:
        raise RedactorError(f"{path}: not a redactor mapping file ({validation_words(e)})") from None
    ids = [p.id for p in mapping.people]
    if len(set(ids)) != len(ids):
        raise RedactorError(f"{path}: a person id appears twice")
    strings = [CaseString(s.text, s.replacement, s.kind, Link(s.evidence, s.document)) for s in mapping.strings]
    return Case.from_people([_person(p) for p in mapping.people], strings)


def dump_mapping(case: Case) -> MappingFile:
    return MappingFile(
        people=[MappedPerson(id=p.id, replacement=p.replacement, initials=p.initials, first=p.first, last=p.last,
                             role=p.role, mentions=p.mentions,
                             forms=[MappedForm(text=f, evidence=p.evidence[f].how, document=p.evidence[f].document)
                                    if f in p.evidence else MappedForm(text=f, evidence="alone")
                                    for f in sorted(p.forms)])
                for p in case.people],
        strings=[MappedString(text=s.text, replacement=s.replacement, kind=s.kind, evidence=s.evidence.how,
                              document=s.evidence.document) for s in case.strings])


def save_mapping(case: Case, path: Path) -> None:
    """Write ``case`` to ``path`` atomically, readable by its owner only."""
    data = json.dumps(dump_mapping(case).model_dump(mode="json"), indent=2, ensure_ascii=False)
    write_atomic(path, data.encode("utf-8"))
    os.chmod(path, 0o600)
