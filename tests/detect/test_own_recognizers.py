"""A recognizer of a user's rules folder under the name of a built-in one reads every text:
what a text must hold for the built-in to find anything (engine.NEEDS) says nothing of it."""
import shutil
from pathlib import Path

import pytest
import yaml

from redactor.api import Redactor
from redactor.rules import DEFAULT_RULES
from redactor.types import Kind, Segment

pytestmark = pytest.mark.model

# an e-mail address as some reports write it, with no "@" for the shipped recognizer's NEEDS
OWN_EMAIL = {"name": "EmailPatternRecognizer", "supported_language": "en", "supported_entity": "EMAIL_ADDRESS",
             "patterns": [{"name": "e-mail written out", "regex": r"\b[\w.]+ at [\w-]+ dot (?:org|com)\b",
                           "score": 0.95}]}


@pytest.fixture(scope="module")
def own(tmp_path_factory) -> Redactor:
    rules = tmp_path_factory.mktemp("own") / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    path = Path(rules / "recognizers.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["recognizers"] = [OWN_EMAIL if r["name"] == OWN_EMAIL["name"] else r for r in data["recognizers"]]
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return Redactor.create(rules)


def test_a_users_recognizer_under_a_built_in_name_reads_a_text_without_what_the_built_in_needs(own):
    text = "Write to grace.okafor at example dot org about the visit."
    found = own.detector.detect([Segment("p0", text, "paragraph 0")], set())
    assert [d.text for d in found if d.kind is Kind.EMAIL] == ["grace.okafor at example dot org"]


def test_the_shipped_recognizer_in_a_rules_folder_is_still_left_out_of_a_text_without_what_it_needs(own):
    """NEEDS still speaks of the built-in recognizers, in a rules folder of one's own too."""
    first = [r.name for r in own.detector.analyzer.first_pass("Write to Grace about the visit.")]
    assert "EmailPatternRecognizer" in first and "BfpoRecognizer" not in first and "NhsRecognizer" not in first
