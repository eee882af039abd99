"""``apply``: the final document holds exactly the reviewed changes."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from redactor.cli import app
from redactor.document import load_document
from redactor.errors import RedactorError
from redactor.review.apply import added_changes, apply_decisions
from redactor.review.decisions import Addition, decisions_from_plan
from tests.builders.docx_builder import paragraphs_docx

from .conftest import IMR, change_at, hand_plan


def _export(plan, path: Path, reject: tuple[str, ...] = (), added: list[dict] | None = None) -> Path:
    """What the review page downloads after a reviewer's choices."""
    data = decisions_from_plan(plan).model_dump(mode="json")
    for c in data["changes"]:
        if c["id"] in reject:
            c["status"] = "rejected"
    data["added"] = added or []
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_unreviewed_decisions_give_the_proposed_document(small, imr_path, tmp_path):
    plan, document = small
    done = apply_decisions(imr_path, _export(plan, tmp_path / "d.json"), tmp_path / "out.txt")
    proposed = document.render(plan.changes).decode()
    # and the known name the hand-made proposal left in three places (lines 9 and 10) replaced too
    assert done.output.read_text() == proposed.replace("Joe Bloggs", "JB").replace("JOE BLOGGS", "JB")
    assert done.audited == 3


def test_rejected_change_is_undone_and_added_name_removed_everywhere(small, imr_path, tmp_path):
    plan, _ = small
    decisions = _export(plan, tmp_path / "d.json", reject=("L7:26",),   # "Smith" on line 7
                        added=[{"text": "Kevin Marsh", "replacement": "KM", "kind": "person"}])
    done = apply_decisions(imr_path, decisions, tmp_path / "out.txt")
    lines = _lines(done.output)
    assert lines[6] == "JB was seen by Dr Smith at the surgery on 4 May 2019. Mr B said he felt unsafe."
    assert lines[3].startswith("JB\t[date of birth removed]\t")
    assert lines[7] == "Peter Grant telephoned the practice on [phone number removed] and emailed p.grant@example.com."
    assert lines[10] == "The panel noted that KM attended the meeting; KM later left the service."
    assert (done.kept, done.rejected, done.added) == (5, 1, 2)


@pytest.mark.parametrize("text, added, kept, expected", [
    # as written and in capitals, whole words only, case-sensitive otherwise
    ("Kevin met KEVIN; Kevinson and kevin did not.", {"Kevin": "K"}, None,
     "K met K; Kevinson and kevin did not."),
    # a name inside a kept change is left to that change
    ("Joe Bloggs and Joe.", {"Joe": "J"}, "Joe Bloggs", "JB and J."),
    # the longer of two added strings wins where they overlap
    ("Ann Lee and Ann.", {"Ann": "A", "Ann Lee": "AL"}, None, "AL and A."),
    # a month or day added as a name stays in a date (a suggestion turned into a change)
    ("April said that in April 2022, on 3 April and on Monday 4th, April and Monday called.",
     {"April": "AT", "Monday": "M"}, None,
     "AT said that in April 2022, on 3 April and on Monday 4th, AT and M called."),
])
def test_added_strings(tmp_path, text, added, kept, expected):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    kept_changes = [change_at(document, "L1", kept, "JB")] if kept else []
    additions = [Addition(text=t, replacement=r) for t, r in added.items()]
    changes = kept_changes + added_changes(document.segments, additions, kept_changes)
    assert document.render(changes).decode() == expected


def test_decisions_for_another_version_are_refused(small, imr_path, tmp_path):
    plan, _ = small
    decisions = _export(plan, tmp_path / "d.json")
    imr_path.write_text(IMR.replace("Kevin", "Kevan"), encoding="utf-8")
    with pytest.raises(RedactorError, match="decisions were made for a different version of imr.txt"):
        apply_decisions(imr_path, decisions, tmp_path / "out.txt")
    assert not (tmp_path / "out.txt").exists()


def test_hand_edited_offsets_are_refused(small, imr_path, tmp_path):
    plan, _ = small
    path = _export(plan, tmp_path / "d.json")
    data = json.loads(path.read_text())
    data["changes"][2].update(start=1, end=11)
    path.write_text(json.dumps(data))
    with pytest.raises(RedactorError, match=r"changes\[2\] of the decisions does not match the document"):
        apply_decisions(imr_path, path, tmp_path / "out.txt")


def test_default_output_and_no_silent_overwrite(small, imr_path, tmp_path):
    plan, _ = small
    decisions = _export(plan, tmp_path / "d.json")
    assert apply_decisions(imr_path, decisions).output == tmp_path / "imr.redacted.txt"
    with pytest.raises(RedactorError, match="already exists"):
        apply_decisions(imr_path, decisions)
    apply_decisions(imr_path, decisions, force=True)


def test_cli_apply(small, imr_path, tmp_path):
    plan, _ = small
    decisions = _export(plan, tmp_path / "d.json", reject=("L7:0",))
    result = CliRunner().invoke(app, ["apply", str(imr_path), str(decisions), "-o", str(tmp_path / "o.txt")])
    assert result.exit_code == 0, result.output
    assert "5 changes kept, 1 rejected, 0 added" in " ".join(result.output.split())
    assert _lines(tmp_path / "o.txt")[6].startswith("Joe Bloggs was seen by Dr S")

    imr_path.write_text(IMR + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["apply", str(imr_path), str(decisions), "-o", str(tmp_path / "p.txt")])
    assert result.exit_code == 2 and "different version" in " ".join(result.output.split())


@pytest.mark.model
def test_apply_to_a_word_document(redactor, tmp_path):
    source = tmp_path / "imr.docx"
    paragraphs_docx(source, "Joe Bloggs was seen by Dr Smith at the surgery.", "Northshire Police attended.")
    plan = redactor.plan(load_document(source))
    smith = next(c.id for c in plan.changes if c.original == "Smith")
    decisions = _export(plan, tmp_path / "d.json", reject=(smith,),
                        added=[{"text": "Northshire", "replacement": "[area]", "kind": "other"}])
    out = apply_decisions(source, decisions).output
    assert [p.text for p in docx.Document(out).paragraphs] == [
        "JB was seen by Dr Smith at the surgery.", "[area] Police attended."]


def test_apply_reads_a_word_input_the_way_redact_did(tmp_path):
    from redactor.review.decisions import LoadOptions
    from tests.builders.docx_builder import NAME, DocxBuilder

    builder = DocxBuilder()
    builder.add_tracked()                             # NAME inside a tracked insertion
    source = tmp_path / "imr.docx"
    source.write_bytes(builder.build())
    document = load_document(source, accept_revisions=True)
    segment = next(s for s in document.segments if NAME in s.text)
    plan = hand_plan(document, [change_at(document, segment.id, NAME, "JPW")])
    decisions = decisions_from_plan(plan, options=LoadOptions(accept_revisions=True)).model_dump(mode="json")
    path = tmp_path / "d.json"
    path.write_text(json.dumps(decisions))
    out = apply_decisions(source, path).output
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "JPW" in body and NAME not in body and "<w:ins " not in body

    decisions["options"]["accept_revisions"] = False  # as if redacted without --accept-revisions
    path.write_text(json.dumps(decisions))
    body = zipfile.ZipFile(apply_decisions(source, path, force=True).output).read("word/document.xml").decode()
    assert "<w:ins " in body
