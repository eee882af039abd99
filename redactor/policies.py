"""Replacement policies as Presidio operators: each turns one mention into its replacement.

A policy is a ``presidio_anonymizer`` ``Operator`` registered with the operators factory of
one ``AnonymizerEngine``. ``rules/policies.yaml`` names the policy for each situation; to add
one, subclass ``Policy`` and register it, then name it in a copy of the rules (``--rules``):

    from redactor.policies import Policy, register_policy

    class Redacted(Policy):
        name = "redacted"
        def operate(self, text=None, params=None):
            return "[name removed]"

    register_policy(Redacted)

Every policy gets the mention as ``text`` and these ``params``: ``kind`` (person, address…),
``initials``, ``person_number`` (1 for the first person met in a batch), ``fixed`` (the case
file's replacement) and ``placeholder`` (the kind's wording in rules/placeholders.yaml);
those that do not apply are None. presidio-anonymizer imports spaCy, so this module is
imported only where a replacement is made.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import InvalidParamError, OperatorConfig, RecognizerResult
from presidio_anonymizer.operators import Operator, OperatorType

from redactor.errors import RedactorError
from redactor.names import initial, split_name
from redactor.types import Change


class Policy(Operator):
    """A replacement policy: ``operate(text, params)`` returns what replaces ``text``."""

    name: ClassVar[str]
    needs: ClassVar[tuple[str, ...]] = ()  # params that must not be None

    def operator_name(self) -> str:
        return self.name

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize

    def validate(self, params: dict[str, Any] | None = None) -> None:
        missing = [p for p in self.needs if (params or {}).get(p) is None]
        if missing:
            raise InvalidParamError(f"policy '{self.name}' needs {', '.join(missing)}")


class Initials(Policy):
    """The person's initials: "Joe Bloggs" -> "JB"."""

    name = "initials"
    needs = ("initials",)

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        return str((params or {})["initials"])


class TitleInitial(Policy):
    """The mention's own initial, for a lone name after a title ("Doctor Smith" -> "Doctor S";
    the title is outside the span) or a lone name several people share."""

    name = "title_initial"

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        first, last = split_name(text or "")
        return initial(last or first or "")


class Placeholder(Policy):
    """The kind's wording from rules/placeholders.yaml: "[address removed]"."""

    name = "placeholder"
    needs = ("placeholder",)

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        return str((params or {})["placeholder"])


class Pseudonym(Policy):
    """The replacement the case file gives a person ("Adult A", a family-chosen name)."""

    name = "pseudonym"
    needs = ("fixed",)

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        return str((params or {})["fixed"])


class NeutralLetters(Policy):
    """A letter that says nothing about the name, in the order people are met: the first
    person is "A", the 27th "AA"; every mention of a person gets the same letter."""

    name = "neutral_letters"
    needs = ("person_number",)

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        n, letters = int((params or {})["person_number"]), ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("A") + rest) + letters
        return letters


class Decided(Policy):
    """The replacement already decided for a change, by a policy or a reviewer, as it is
    (Presidio's own ``replace`` would turn an empty one into "<ENTITY>")."""

    name = "decided"
    needs = ("replacement",)

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        return str((params or {})["replacement"])


ENGINE = AnonymizerEngine()


def register_policy(policy: type[Policy]) -> None:
    """Make ``policy`` available by its name to rules/policies.yaml."""
    ENGINE.add_anonymizer(policy)


for _policy in (Initials, TitleInitial, Placeholder, Pseudonym, NeutralLetters, Decided):
    register_policy(_policy)


def replacement(policy: str, mention: str, params: dict[str, Any]) -> str:
    """What the registered ``policy`` makes of ``mention``."""
    try:
        operator = ENGINE.operators_factory.create_operator_class(policy, OperatorType.Anonymize)
        operator.validate(params)
    except InvalidParamError as e:
        known = ", ".join(sorted(n for n, cls in ENGINE.operators_factory.get_anonymizers().items()
                                 if issubclass(cls, Policy)))
        raise RedactorError(f"replacement policy '{policy}': {e} (known policies: {known})") from None
    return operator.operate(mention, params)


def apply(text: str, changes: Sequence[Change]) -> str:
    """``text`` with each change's [start, end) replaced by its decided replacement, through
    Presidio's ``AnonymizerEngine``. Changes must not overlap."""
    results = [RecognizerResult(c.id, c.start, c.end, c.score) for c in changes]
    operators = {c.id: OperatorConfig(Decided.name, {"replacement": c.replacement}) for c in changes}
    return ENGINE.anonymize(text, results, operators, merge_entities_with_spaces=False).text
