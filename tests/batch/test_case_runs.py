"""The case through the library and `apply`: a failed document changes nothing, and a
reviewer's additions join the mapping for later runs."""
from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.api import Redactor
from redactor.cli import app
from redactor.errors import RedactorError
from redactor.mapping import dump_mapping

runner = CliRunner()
pytestmark = pytest.mark.model


def test_a_document_that_fails_after_planning_changes_nothing(engine: Redactor, tmp_path, monkeypatch):
    engine.forget_people()
    source = tmp_path / "imr.txt"
    source.write_text("Joe Bloggs was the victim.\n", encoding="utf-8")
    before = dump_mapping(engine.case)

    def full_disk(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr("redactor.files._write_new", full_disk)
    with pytest.raises(RedactorError, match="the disk is full"):
        engine.redact_file(source, tmp_path / "out.txt", review=False)
    assert dump_mapping(engine.case) == before and not (tmp_path / "out.txt").exists()


def test_planning_a_document_twice_leaves_the_case_unchanged(engine: Redactor, tmp_path):
    engine.forget_people()
    source = tmp_path / "imr.txt"
    source.write_text("Joe Bloggs met Mary Field. Joe left.\n", encoding="utf-8")
    document = engine.load(source)
    first, second = engine.plan(document), engine.plan(document)
    assert first == second and engine.case.people == []
    engine.commit(first)
    assert [p.replacement for p in engine.case.people] == ["JB", "MF"]


def test_strings_a_reviewer_adds_join_the_case_through_apply(tmp_path: Path):
    mapping = tmp_path / "case.json"
    source = tmp_path / "imr.txt"
    source.write_text("Joe Bloggs met Kevin at the Blue Door Cafe.\n", encoding="utf-8")
    assert runner.invoke(app, ["redact", str(source), "--mapping", str(mapping)]).exit_code == 0
    decisions = json.loads((tmp_path / "imr.review" / "decisions.json").read_text())
    decisions["added"] = [{"text": "Kevin", "replacement": "Mr K", "kind": "person"},
                          {"text": "Blue Door Cafe", "replacement": "[a cafe]", "kind": "other"}]
    (tmp_path / "reviewed.json").write_text(json.dumps(decisions), encoding="utf-8")
    result = runner.invoke(app, ["apply", str(source), str(tmp_path / "reviewed.json"), "--force",
                                 "--mapping", str(mapping)])
    assert result.exit_code == 0, result.output
    later = tmp_path / "later.txt"
    later.write_text("Kevin phoned Joe Bloggs from the Blue Door Cafe.\n", encoding="utf-8")
    assert runner.invoke(app, ["redact", str(later), "--no-review", "--mapping", str(mapping)]).exit_code == 0
    # the reviewer's own replacements, not the kind's placeholder ("[removed]")
    assert (tmp_path / "later.redacted.txt").read_text() == "Mr K phoned JB from the [a cafe].\n"
    saved = json.loads(mapping.read_text())
    assert {"text": "Kevin", "evidence": "reviewer", "document": "imr.txt"} in \
        [f for p in saved["people"] for f in p["forms"]]
