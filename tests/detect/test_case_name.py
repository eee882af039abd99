"""CaseNameRecognizer: the parties of a case cited by name. No spaCy."""
import pytest

from redactor.detect.recognizers.case_name import CaseNameRecognizer


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return CaseNameRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,people,things", [
    # a person against the Crown, or two people
    ("R v Smith was cited.", ["Smith"], ["R"]),
    ("In R. v. Okonjo [2019] EWCA Crim 1", ["Okonjo"], ["R"]),
    ("REGINA\n\nv\n\nJOHN SMITH", ["JOHN SMITH"], ["REGINA"]),
    ("Smith v Jones [2010] was also cited.", ["Smith", "Jones"], []),
    ("the judgment in Smith and another v Jones", ["Smith", "Jones"], []),
    ("DPP v Ruiz", ["Ruiz"], ["DPP"]),
    ("Decisions >> Challen, R. v [2019] EWCA Crim 916", ["Challen"], []),
    ("Decisions >> McfEtrich, R (on the application of) v Secretary of State", ["McfEtrich"], []),
    # a law report's heading alone on its line (each line is read alone)
    ("Kordansinki, R. v", ["Kordansinki"], []),
    ("Kordansinki, R. v\n\n[2006] EWCA Crim 2984", ["Kordansinki"], []),
    # against the Crown a lone surname may be an ordinary word too; others in capitals
    ("Decisions >> Last & Ors v R [2005] EWCA Crim 106", ["Last"], ["R"]),
    ("the appeal in Hope and Others v R", ["Hope"], ["R"]),
    # a state, a body or an ordinary word is no person
    ("the Court held in Smith v Poland", ["Smith"], []),
    ("Opuz v Turkey (2009)", ["Opuz"], []),
    ("Ruiz v Sussex Police [2012]", ["Ruiz"], []),
    ("Norfolk County Council v Okonjo [2015] EWFC 4", ["Okonjo"], []),
    # not a case
    ("Arsenal 2 v Chelsea 1", [], []),
    ("Postponed: Albion v Forfar, Huntly v Clyde (both now play on Tuesday)", [], []),
    ("the victim v the perpetrator", [], []),
])
def test_parties_of_a_case(recognizer, text, people, things):
    found = recognizer.analyze(text, ["PERSON"])
    assert [text[r.start:r.end] for r in found if r.entity_type == "PERSON"] == people
    assert [text[r.start:r.end] for r in found if r.entity_type == "NAMED_THING"] == things
