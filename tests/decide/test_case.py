"""The case: planning proposes, only committing changes it."""
from dataclasses import replace

from redactor.decide.case import Case
from redactor.mapping import dump_mapping
from redactor.types import Status
from tests.decide.planning import commit_names, plan_names


def snapshot(case: Case) -> dict:
    return dump_mapping(case).model_dump()


def test_planning_twice_gives_identical_plans_and_leaves_the_case_unchanged():
    case = Case()
    commit_names(case, ["Joe Bloggs", "Sarah Stone"], source="first.txt")
    before = snapshot(case)
    names = ["Joe", "Sam Smith", "Bloggs", "Sarah Stone", "Sam"]
    first, second = plan_names(case, names), plan_names(case, names)
    assert first == second
    assert snapshot(case) == before
    assert [c.replacement for c in first.changes] == ["JB", "SS2", "JB", "SS", "SS2"]


def test_commit_adds_the_documents_people_for_good():
    case = Case()
    commit_names(case, ["Joe Bloggs", "Joe"], source="a.txt")
    (joe,) = case.people
    assert joe.initials == "JB" and joe.mentions == 2 and joe.forms == {"Joe Bloggs", "Joe"}
    assert joe.evidence["Joe Bloggs"].how == "full name" and joe.evidence["Joe"].how == "alone"
    assert joe.evidence["Joe"].document == "a.txt"


def test_a_person_whose_every_change_was_rejected_is_not_committed():
    case = Case()
    plan = plan_names(case, ["Joe Bloggs", "Government"])
    plan.changes = [replace(c, status=Status.REJECTED) if c.original == "Government" else c for c in plan.changes]
    case.commit(plan)
    assert [p.first for p in case.people] == ["Joe"]


def test_only_strong_evidence_travels_to_other_documents():
    case = Case()
    commit_names(case, ["Joe Bloggs", "Government", "Turkish"], titled=("Turkish",))
    assert case.travelling_forms() == {"Joe Bloggs", "Turkish"}  # a full name, a title and surname


def test_clash_numbers_stay_when_a_new_document_is_added():
    case = Case()
    commit_names(case, ["Samuel Smith", "Sarah Stone"], source="imr1.txt")
    numbered = {p.first: p.initials for p in case.people}
    commit_names(case, ["Simon Sands", "Sarah Stone", "Samuel Smith"], source="imr2.txt")
    assert {p.first: p.initials for p in case.people} == {**numbered, "Simon": "SS3"}


def test_the_index_answers_without_scanning_people():
    case = Case()
    for i in range(300):
        commit_names(case, [f"Name{chr(65 + i % 26)}x Surname{chr(65 + i // 26)}y"])
    plan = plan_names(case, ["NameCx"])
    assert plan.changes[0].person_id == "P289"  # the most recently committed NameCx
