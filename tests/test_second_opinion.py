"""scripts/second_opinion.py: with person detection ablated the detector finds no person,
and the suggestions are still read, so the script measures them alone."""
from pathlib import Path

import pytest

from redactor.detect.detector import Detector
from redactor.document import load_document
from redactor.types import Hint, Kind
from scripts.second_opinion import ablate_person_detection

pytestmark = pytest.mark.model


def test_ablated_detection_finds_no_person_but_suggestions_are_read(engine, tmp_path: Path, monkeypatch):
    for name in ("_first", "known_pass"):  # put back after the test
        monkeypatch.setattr(Detector, name, getattr(Detector, name))
    path = tmp_path / "t.txt"
    path.write_text("Amy Tate attended the meeting. Her son Aleksy was at school; Amy Tate later called the "
                    "police.\n", encoding="utf-8")
    document = load_document(path)

    def people(detections):
        return {d.text for d in detections if d.kind is Kind.PERSON and not isinstance(d, Hint)}

    def hints(detections):
        return {d.text for d in detections if isinstance(d, Hint)}

    engine.forget_people()
    assert "Amy Tate" in people(engine.detect(document))
    ablate_person_detection()
    engine.forget_people()
    ablated = engine.detect(document)
    assert people(ablated) == set() and {"Aleksy", "Amy Tate"} <= hints(ablated)
