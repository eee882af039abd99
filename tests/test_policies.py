"""Replacement policies are Presidio operators: each alone, chosen by rules/policies.yaml, a
policy added from outside decide/, and the text path applying changes through Presidio."""
import shutil
from pathlib import Path

import pytest

from redactor.decide.case import Case
from redactor.decide.plan import build_plan
from redactor.document.base import splice
from redactor.document.text import TextDocument
from redactor.errors import RedactorError
from redactor.policies import ENGINE, Policy, apply, register_policy, replacement
from redactor.rules import DEFAULT_RULES, load_rules
from redactor.types import Change, Detection, Kind


@pytest.mark.parametrize("policy,mention,params,expected", [
    ("initials", "Joe Bloggs", {"initials": "JB"}, "JB"),
    ("title_initial", "Smith", {}, "S"),                     # "Doctor Smith" -> "Doctor S"
    ("title_initial", "van der Berg", {}, "V"),              # a particle stays with the surname
    ("placeholder", "12 High Street", {"placeholder": "[address removed]"}, "[address removed]"),
    ("pseudonym", "Grace Mills", {"fixed": "Adult A"}, "Adult A"),
    ("neutral_letters", "Joe Bloggs", {"person_number": 1}, "A"),
    ("neutral_letters", "Joe", {"person_number": 26}, "Z"),
    ("neutral_letters", "Joe", {"person_number": 27}, "AA"),  # after Z, two letters
    ("decided", "Joe", {"replacement": ""}, ""),              # an empty replacement stays empty
])
def test_each_policy(policy, mention, params, expected):
    assert replacement(policy, mention, params) == expected


def test_unknown_policy_or_missing_fact_is_one_clear_error():
    with pytest.raises(RedactorError, match="'nicknames'.*known policies: decided, initials"):
        replacement("nicknames", "Joe", {})
    with pytest.raises(RedactorError, match="'pseudonym': policy 'pseudonym' needs fixed"):
        replacement("pseudonym", "Joe", {"fixed": None})


TEXT = "Joe Bloggs met Doctor Smith at 12 High Street.\nJoe called Smith again.\n"
FOUND = [("L1", "Joe Bloggs", Kind.PERSON, None), ("L1", "Smith", Kind.PERSON, "Doctor"),
         ("L1", "12 High Street", Kind.ADDRESS, None), ("L2", "Joe", Kind.PERSON, None),
         ("L2", "Smith", Kind.PERSON, None)]


def redact(rules_dir: Path | None = None) -> str:
    """TEXT redacted with hand-made detections (no NLP) under the rules in ``rules_dir``."""
    doc = TextDocument(Path("imr.txt"), TEXT, "0" * 64)
    text = {s.id: s.text for s in doc.segments}
    detections = [Detection(sid, text[sid].index(t), text[sid].index(t) + len(t), t, kind, 0.95, "test",
                            title=title) for sid, t, kind, title in FOUND]
    plan = build_plan("imr.txt", "0" * 64, doc.segments, detections, load_rules(rules_dir), Case())
    return doc.render(plan.active_changes()).decode()


def rules_with(tmp_path: Path, policies: str) -> Path:
    shutil.copytree(DEFAULT_RULES, tmp_path / "rules")
    (tmp_path / "rules" / "policies.yaml").write_text(policies, encoding="utf-8")
    return tmp_path / "rules"


def test_default_policies():
    assert redact() == "JB met Doctor S at [address removed].\nJB called S again.\n"


def test_neutral_letters_chosen_in_the_rules(tmp_path):
    rules = rules_with(tmp_path, "person: neutral_letters\nlone_name: neutral_letters\n")
    assert redact(rules) == "A met Doctor B at [address removed].\nA called B again.\n"


def test_a_policy_added_without_editing_decide(tmp_path):
    class Role(Policy):
        name = "role_word"

        def operate(self, text=None, params=None):
            return "[the professional]" if params["kind"] == "person" else "[details]"

    register_policy(Role)
    try:
        rules = rules_with(tmp_path, "lone_name: role_word\nother: role_word\n")
        assert redact(rules) == "JB met Doctor [the professional] at [details].\nJB called S again.\n"
    finally:
        ENGINE.remove_anonymizer(Role)


@pytest.mark.parametrize("text,spans", [
    ("Joe Bloggs saw Ann", [(0, 10, "JB"), (15, 18, "AS")]),
    ("JoeBloggs", [(0, 3, "J"), (3, 9, "B")]),         # adjacent changes both apply
    ("Call 07700 900123 now", [(5, 17, "")]),            # an empty replacement removes the text
    ("Ann", [(0, 3, "<PERSON>")]),                       # a replacement is written as it is
])
def test_text_path_applies_changes_like_splice(text, spans):
    changes = [Change(f"c{i}", "L1", s, e, text[s:e], r, Kind.PERSON, "test", 0.9)
               for i, (s, e, r) in enumerate(spans)]
    assert apply(text, changes) == splice(text, changes)
