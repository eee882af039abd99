"""Plans built from hand-made detections, so the case can be tested without NLP."""
from __future__ import annotations

from redactor.decide.case import Case
from redactor.decide.plan import build_plan
from redactor.rules import load_rules
from redactor.types import Detection, Kind, Plan, Segment

RULES = load_rules()


def plan_names(case: Case, names: list[str], source: str = "doc.txt", titled: tuple[str, ...] = (),
               recognizer: str = "NameListRecognizer") -> Plan:
    """The plan of a one-line document naming ``names`` (those in ``titled`` after "Mr"),
    each found by ``recognizer``."""
    text, detections = "", []
    for name in names:
        text += "Mr " if name in titled else ""
        detections.append(Detection("L1", len(text), len(text) + len(name), name, Kind.PERSON, 0.85,
                                    recognizer, title="Mr" if name in titled else None))
        text += name + " spoke. "
    segment = Segment("L1", text, "line 1")
    return build_plan(source, "0" * 64, [segment], detections, RULES, case)


def commit_names(case: Case, names: list[str], source: str = "doc.txt", titled: tuple[str, ...] = (),
                 recognizer: str = "NameListRecognizer") -> Plan:
    plan = plan_names(case, names, source, titled, recognizer)
    case.commit(plan)
    return plan
