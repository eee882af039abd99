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


class CasePerson(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=2)
    aliases: list[str] = []
    role: str | None = None
    replacement: str | None = None

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
    """The case file at ``path``, or an empty one."""
    return load_yaml_model(Path(path), CaseFile) if path else CaseFile()
