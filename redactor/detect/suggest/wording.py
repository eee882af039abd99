"""The wording of rules/suggestions.yaml, validated on load: the rules folder's own
copy, or the package's when a rules folder has none."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from redactor.config import load_yaml_model
from redactor.rules import DEFAULT_RULES, Rules

FILE = "suggestions.yaml"


class Wording(BaseModel):
    model_config = ConfigDict(extra="forbid")

    list_labels: list[str]
    plural_titles: list[str]
    heading_words: list[str]
    offices: list[str]
    action_after: list[str]
    alias_before: list[str]
    birth_words: list[str]
    date_before: list[str]
    party_words: list[str]
    counsel_after: list[str] = []
    person_before: list[str] = []
    handle_labels: list[str] = []
    site_users: list[str] = []


def load_wording(rules: Rules) -> Wording:
    path = rules.directory / FILE
    return load_yaml_model(path if path.exists() else DEFAULT_RULES / FILE, Wording)
