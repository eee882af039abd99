"""Suggestions end to end (the model loaded): a name the plan keeps is pointed out to
the reviewer, never passed silently; what carries the learning is never suggested; and
an ordinary report gets few."""
from __future__ import annotations

from pathlib import Path

import pytest

from redactor.document import load_document
from tests.conftest import SHARED_EVAL

pytestmark = pytest.mark.model
SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-imr.txt"


def pointed_out(plan, name: str) -> bool:
    """Is every occurrence of ``name`` changed, or inside a suggestion's text?"""
    texts = {s.id: s.text for s in plan.segments}
    suggested = [g.original for g in plan.suggestions]
    for segment_id, text in texts.items():
        at = text.find(name)
        while at >= 0:
            changed = any(c.segment_id == segment_id and c.start < at + len(name) and at < c.end for c in plan.changes)
            if not changed and not any(name in g for g in suggested):
                return False
            at = text.find(name, at + 1)
    return True


# Names of the kinds the held-out pages showed: each must be changed or suggested.
@pytest.mark.parametrize("text, name", [
    ("R v Thornbury [2021] EWCA Crim 1123\n\nThe court heard that Thornbury had been drinking.\n", "Thornbury"),
    ("Lloyd LJ agreed with the judgment of the court.\n", "Lloyd"),
    ("Harker J gave the judgment of the court.\n", "Harker"),
    ("Councillors Hargreaves, Okonedo and Pilbeam attended the item.\n", "Pilbeam"),
    ("Present: Amy Tate – Head of Service, Norfolk County Council; Ben Ola – Detective Inspector\n", "Ben Ola"),
    ("Actions\nPriya to book the room for the next meeting.\n", "Priya"),
    ("Serious Case Review: Maisie\n\nThe review was published in 2019.\n", "Maisie"),
    ("Mark Kendal, 42, of Carlisle, was convicted. The condition is that Kendal must have no contact.\n",
     "Kendal"),
    ("Rukhsana Begum was seen by her GP. Later Rukshana told the inquiry she had felt unsafe.\n", "Rukshana"),
    ("Ellen March and Peter March moved to Oldham in 2012. Peter March worked at the depot.\n", "Peter March"),
    ("She moved back to their Larch Avenue home in 2010.\n", "Larch Avenue"),
    ("She had been born in March 1961 and grew up in Leeds.\n", "March 1961"),
    # a listed first name no dictionary knows opening an item of an action's line
    ("Actions\n• Obtain quotes for cleaning – Ian dirt buster – difficult to get quotes.\n", "Ian"),
])
def test_a_kept_name_is_pointed_out(redact_text, text, name):
    _, plan = redact_text(text)
    assert pointed_out(plan, name), (name, [g.original for g in plan.suggestions])


# What carries the learning is never suggested (initials, placeholders, agencies,
# acronyms, legislation, chronology dates).
@pytest.mark.parametrize("text, never", [
    ("On 4 May 2019 KM was seen by the GP; MARAC met on 12 June 2019.\n", "KM"),
    ("On 4 May 2019 KM was seen by the GP; MARAC met on 12 June 2019.\n", "4 May 2019"),
    ("On 4 May 2019 KM was seen by the GP; MARAC met on 12 June 2019.\n", "MARAC"),
    ("Devon County Council and Devon and Cornwall Police shared records under the Care Act 2014.\n", "Devon"),
    ("Devon County Council and Devon and Cornwall Police shared records under the Care Act 2014.\n", "Care Act"),
    ("She lived at [address removed] with AB, born [date of birth removed].\n", "address removed"),
    ("Joe Bloggs, born 12/04/1984, was seen on 3 March 2019.\n", "3 March 2019"),
])
def test_the_learning_is_never_suggested(redact_text, text, never):
    _, plan = redact_text(text)
    assert not any(never in g.original for g in plan.suggestions)


def test_an_ordinary_report_gets_few(engine):
    """At most 10 per 1,000 words on the sample IMR and the development cases."""
    paths = [SAMPLE, *sorted((SHARED_EVAL / "dhr-dev").glob("case*.txt"))]
    words = suggested = 0
    for path in paths:
        engine.forget_people()
        document = load_document(path)
        words += sum(len(s.text.split()) for s in document.segments)
        suggested += len(engine.plan(document).suggestions)
    assert suggested <= words * 10 / 1000


def test_suggestions_change_nothing(engine, tmp_path):
    """The plan's changes are the same with and without the hints the suggestions come from."""
    from redactor.types import Hint

    engine.forget_people()
    path = tmp_path / "t.txt"
    path.write_text(SAMPLE.read_text(encoding="utf-8") + "\nPriya to book the room. Councillors Hargreaves and "
                    "Pilbeam attended. Ellen March and Peter March moved to Oldham.\n", encoding="utf-8")
    document = load_document(path)
    detections = engine.detect(document)
    plan = engine.plan(document, detections)
    without = engine.plan(document, [d for d in detections if not isinstance(d, Hint)])
    assert any(isinstance(d, Hint) for d in detections) and plan.suggestions
    assert plan.changes == without.changes and without.suggestions == []
