"""What each mention becomes: the policy's "Doctor Smith should be Doctor S, or Joe
Bloggs should read JB". The situation picks a policy by name (rules/policies.yaml); the
policies themselves are Presidio operators in redactor/policies.py, so a new one needs no
change here."""
from __future__ import annotations

from typing import Any

from redactor.names import split_name
from redactor.rules import Policies
from redactor.types import Kind, Person


def choose_policy(person: Person | None, mention: str, titled: bool, ambiguous: bool,
                  policies: Policies) -> str:
    """A case-file replacement wins over all; a lone word after a title (the title stays
    outside the span), or one several people share ("Whitlock" in a family), gets the
    lone-name policy rather than a guess; any other mention of a person the person policy;
    anything that is not a person the placeholder policy."""
    if person is None:
        return policies.other
    if person.fixed:
        return "pseudonym"
    first, _ = split_name(mention)
    if first is None and (titled or ambiguous):
        return policies.lone_name
    return policies.person


def policy_params(person: Person | None, kind: Kind, placeholder: str | None) -> dict[str, Any]:
    """The facts every policy is given (see redactor/policies.py). A person's number comes
    from its id: P1, P2… in the order the registry met them (decide/people.py)."""
    return {"kind": kind.value, "placeholder": placeholder,
            "initials": person.initials if person else None,
            "person_number": int(person.id[1:]) if person else None,
            "fixed": person.fixed if person else None}


def make_replacement(person: Person | None, mention: str, kind: Kind, titled: bool, ambiguous: bool,
                     policies: Policies, placeholder: str | None = None) -> str:
    """The replacement of one mention by the policy its situation calls for."""
    from redactor.policies import replacement  # presidio-anonymizer imports spaCy: load on use

    policy = choose_policy(person, mention, titled, ambiguous, policies)
    return replacement(policy, mention, policy_params(person, kind, placeholder))


def person_replacement(person: Person, mention: str, titled: bool, ambiguous: bool = False,
                       policies: Policies | None = None) -> str:
    """A person's mention under the default policies: initials, or a lone name's own initial."""
    return make_replacement(person, mention, Kind.PERSON, titled, ambiguous, policies or Policies())
