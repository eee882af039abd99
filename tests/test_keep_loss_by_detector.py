"""scripts/keep_loss_by_detector.py: each lost keep string counted under the reading that took it,
a spread under the reading that first found the word. A hand-made split and its outputs."""
import json
from pathlib import Path

from scripts import keep_loss_by_detector as kd


def change(line: int, start: int, original: str, reason: str, recognizer: str) -> dict:
    return {"segment_id": f"L{line}", "start": start, "end": start + len(original), "original": original,
            "reason": reason, "recognizer": recognizer}


def test_each_lost_keep_string_is_counted_under_its_reading(tmp_path: Path, capsys):
    split, out = tmp_path / "devX", tmp_path / "c-devX-out"
    (out / "r1.review").mkdir(parents=True)
    split.mkdir()
    text = "Spalding Guardian, 10 May\nJohn Hall spoke.\nThe Hall refurbishment was agreed.\n"
    (split / "r1.txt").write_text(text, encoding="utf-8")
    (split / "r1.json").write_text(json.dumps({"keep": ["Spalding Guardian", "Hall refurbishment", "10 May"]}))
    (out / "r1.txt").write_text("Spalding G, 10 May\nJH spoke.\nThe H refurbishment was agreed.\n")
    ner = "SpacyRecognizer 0.85: Identified as PERSON by Spacy's Named Entity Recognition"
    known = "KnownNameRecognizer 0.80: a name found elsewhere in the document"
    changes = [change(1, 9, "Guardian", ner, "SpacyRecognizer"), change(2, 0, "John Hall", ner, "SpacyRecognizer"),
               change(3, 4, "Hall", known, "KnownNameRecognizer")]
    (out / "r1.review" / "decisions.json").write_text(json.dumps({"changes": changes}))
    counts = kd.main([str(tmp_path), str(split)])
    assert counts == {"SpacyRecognizer: Identified as PERSON by Spacy's Named Entity Recognition": 1,
                      "KnownNameRecognizer ← SpacyRecognizer: Identified as PERSON by Spacy's Named Entity "
                      "Recognition": 1}
    assert capsys.readouterr().out.startswith("lost keep occurrences: 2; taken by a change: 2")
