"""The optional case file: the known people of a review and strings to always
remove or always keep.

    people:
      - name: Abigail Rose Okafor
        aliases: [Abi]
        role: victim
        replacement: Adult A      # optional: a fixed replacement or family-chosen pseudonym
    remove: [The Blue Door Cafe]
    keep: [Hope Street Centre]
"""
from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from redactor.config import load_yaml_model
from redactor.limits import limit
from redactor.writable import Writable


class CasePerson(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=2)
    aliases: list[str] = []
    role: str | None = None
    replacement: Writable | None = None

    @field_validator("name", "aliases")
    @classmethod
    def _not_blank(cls, value):
        items = [value] if isinstance(value, str) else value
        if any(not s.strip() for s in items):
            raise ValueError("must not be blank")
        return value


class CaseFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    people: list[CasePerson] = []
    remove: list[str] = []
    keep: list[str] = []


def load_case(path: Path | None) -> CaseFile:
    """The case file at ``path``, or an empty one; an oversized one is refused unread."""
    if not path:
        return CaseFile()
    path = Path(path)
    if path.is_file():
        limit("case_file_mb").check(path.stat().st_size / (1024 * 1024), path)
    return load_yaml_model(path, CaseFile)
