"""The decisions file: what ``redact`` writes is what ``apply`` reads, and a broken
file is refused with one line naming the field, never the document's text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from redactor.errors import RedactorError
from redactor.review.decisions import decisions_from_plan, load_decisions
from redactor.types import Status


def _write(path: Path, data: dict | str) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_round_trip_keeps_every_field(small, tmp_path):
    plan, _ = small
    decisions = decisions_from_plan(plan, model="en_core_web_sm")
    loaded = load_decisions(_write(tmp_path / "d.json", decisions.model_dump(mode="json")))
    assert loaded == decisions
    first = loaded.changes[0]
    assert (first.id, first.segment_id, first.location, first.original, first.replacement) == \
        ("L4.C1:0", "L4.C1", "line 4, cell 1", "Joe Bloggs", "JB")
    assert loaded.input.sha256 == plan.sha256 and loaded.input.name == "imr.txt"
    assert loaded.model == "en_core_web_sm"
    # the people as found in this document, not in the whole batch so far
    assert (loaded.people[0].forms, loaded.people[0].mentions) == (["Bloggs", "Joe Bloggs"], 3)
    assert loaded.people[0].replacement == "JB"
    assert all(c.status is Status.PROPOSED for c in loaded.changes)


def _broken(data: dict, how: str) -> dict:
    """``data`` with one defect, and the field the error must name."""
    if how == "status":
        data["changes"][0]["status"] = "maybe"
    elif how == "span":
        data["changes"][0]["end"] += 3
    elif how == "hash":
        data["input"]["sha256"] = "abc"
    elif how == "duplicate":
        data["changes"][1]["id"] = data["changes"][0]["id"]
    elif how == "blank added":
        data["added"] = [{"text": "  ", "replacement": "X"}]
    elif how == "unknown field":
        data["changes"][0]["colour"] = "red"
    return data


@pytest.mark.parametrize("how, named", [
    ("status", "changes[0].status"),           # a status the page never writes
    ("span", "changes[0]"),                     # offsets that do not fit the original
    ("hash", "input.sha256"),                   # not a sha256 hex digest
    ("duplicate", "appears twice"),             # two changes with one id
    ("blank added", "added[0].text"),           # an added string of spaces would match nothing
    ("unknown field", "unknown key in changes[0]"),  # a typo is not ignored, nor echoed
])
def test_a_broken_file_is_refused_naming_the_field(small, tmp_path, how, named):
    plan, _ = small
    data = _broken(decisions_from_plan(plan).model_dump(mode="json"), how)
    with pytest.raises(RedactorError) as e:
        load_decisions(_write(tmp_path / "d.json", data))
    message = str(e.value)
    assert message.startswith("d.json: ") and named in message and "\n" not in message
    assert "Joe" not in message and "Bloggs" not in message


@pytest.mark.parametrize("text, expected", [
    ('{"schema_version": 1,\n "changes": [', "not valid JSON (line 2"),   # truncated download
    ('{"schema_version": 7}', "schema_version 7 is not supported"),      # a newer redactor's file
    ("[]", "the top level: Input should be a valid dictionary"),                # not an object at all
])
def test_unreadable_files_get_one_clear_line(tmp_path, text, expected):
    with pytest.raises(RedactorError, match=expected.replace("(", r"\(")):
        load_decisions(_write(tmp_path / "d.json", text))



def _with_suggestion(plan):
    """``plan`` with a suggestion: "Kevin Marsh" kept on line 11, which a second reading doubts."""
    from dataclasses import replace

    from redactor.types import Kind, Suggestion

    text = next(s.text for s in plan.segments if s.id == "L11")
    start = text.index("Kevin Marsh")
    return replace(plan, suggestions=[Suggestion("s:L11:" + str(start), "L11", start, start + 11, "Kevin Marsh",
                                                 Kind.PERSON, "spaCy's NER calls it a person", 0.3, 2)])


def test_suggestions_round_trip_and_older_files_without_them_load(small, tmp_path):
    plan, _ = small
    decisions = decisions_from_plan(_with_suggestion(plan))
    data = decisions.model_dump(mode="json")
    assert data["suggestions"] == [{
        "id": data["suggestions"][0]["id"], "segment_id": "L11", "location": "line 11", "part": "text",
        "start": 21, "end": 32, "original": "Kevin Marsh", "kind": "person",
        "reason": "spaCy's NER calls it a person", "score": 0.3, "occurrences": 2, "person_id": None,
        "status": "open"}]
    assert load_decisions(_write(tmp_path / "d.json", data)) == decisions
    data["suggestions"][0]["status"] = "dismissed"
    assert load_decisions(_write(tmp_path / "d.json", data)).suggestions[0].status.value == "dismissed"
    del data["suggestions"]  # written by a redactor before suggestions
    assert load_decisions(_write(tmp_path / "d.json", data)).suggestions == []


@pytest.mark.parametrize("field, value, named", [
    ("status", "maybe", "suggestions[0].status"),
    ("end", 40, "suggestions[0]"),                  # offsets that do not fit the original
    ("colour", "red", "unknown key in suggestions[0]"),
])
def test_a_broken_suggestion_is_refused_naming_the_field(small, tmp_path, field, value, named):
    plan, _ = small
    data = decisions_from_plan(_with_suggestion(plan)).model_dump(mode="json")
    data["suggestions"][0][field] = value
    with pytest.raises(RedactorError) as e:
        load_decisions(_write(tmp_path / "d.json", data))
    assert named in str(e.value) and "Kevin" not in str(e.value)
