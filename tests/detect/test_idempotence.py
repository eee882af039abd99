"""Redacting an output again changes nothing: placeholders and initials are never
found again, and a date is a date of birth only where a label says so."""
from pathlib import Path

import pytest

from redactor.document import load_document

pytestmark = pytest.mark.model
SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-imr.txt"


@pytest.mark.parametrize("text", [
    SAMPLE.read_text(encoding="utf-8"),
    "Records show Nadia Orme, DOB 26/04/1984, was seen in A&E on 27/10/2019.\n",
    "Name\tDate of Birth\tAddress\nTomasz Nowak\t07/03/1977\t82 Moorside Crescent, Stockport, SK1 7BL\n",
    "Civic Centre,\nBurnley Road,\nTodmorden\nOL14 5LH\n\nDear Mrs Whitlock,\n",
    "On 3 March 2019 Dr. Patel saw Joe Bloggs, born 12/04/1984, at 5 Mill Lane.\n",
    "Mark Smith, better known as JJ, was present. His friend, known as DJ, was there. JJ left first.\n",
])
def test_redacting_an_output_again_changes_nothing(redact_text, text):
    once, _ = redact_text(text)
    assert once != text
    twice, plan = redact_text(once)
    assert twice == once
    assert plan.changes == []


def test_redacting_a_redacted_word_file_again_changes_no_text(engine, tmp_path):
    engine.forget_people()
    once = engine.redact_file(SAMPLE.with_suffix(".docx"), tmp_path / "once.docx", review=False)
    engine.forget_people()
    twice = engine.redact_file(once.output, tmp_path / "twice.docx", review=False)
    assert twice.plan.changes == []
    assert [s.text for s in load_document(twice.output).segments] == \
        [s.text for s in load_document(once.output).segments]
