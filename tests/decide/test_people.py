"""Linking mentions into people and choosing replacements, without any NLP."""
import pytest

from redactor.casefile import CaseFile, CasePerson
from redactor.decide.case import Case
from redactor.decide.people import Draft
from redactor.decide.replacements import person_replacement
from tests.decide.planning import commit_names


def linked(mentions: list[tuple[str, bool]], case: Case | None = None) -> tuple[Draft, list]:
    draft = Draft(case or Case())
    for text, _ in mentions:
        draft.register(text)
    people = [draft.link(text, titled) for text, titled in mentions]
    draft.assign_initials()
    return draft, people


def test_the_policy_examples():
    # "Doctor Smith should be Doctor S, or Joe Bloggs should read JB"
    _, (joe, smith) = linked([("Joe Bloggs", False), ("Smith", True)])
    assert person_replacement(joe, "Joe Bloggs", titled=False) == "JB"
    assert person_replacement(smith, "Smith", titled=True) == "S"


@pytest.mark.parametrize("mention,titled,expected", [
    ("Joe", False, "JB"),          # first name alone -> the person's initials
    ("Bloggs", True, "B"),         # "Mr Bloggs" -> "Mr B" (title stays outside the span)
    ("Bloggs", False, "JB"),       # surname alone -> the person's initials
    ("JOE BLOGGS", False, "JB"),   # capitals are the same person
    ("JOE", False, "JB"),
])
def test_every_form_is_one_person(mention, titled, expected):
    draft, people = linked([("Joe Bloggs", False), (mention, titled)])
    assert people[0] is people[1]
    assert len(draft.people()) == 1
    assert person_replacement(people[1], mention, titled) == expected


def test_a_first_name_before_the_full_name_still_links():
    _, (a, b) = linked([("Nicole", False), ("Nicole Palmer", False)])
    assert a is b and a.initials == "NP"


@pytest.mark.parametrize("mention,titled,expected", [
    ("Sarah Whitfeld", False, "SW"),   # a surname misspelt by one letter, in the full name
    ("Sarha Whitfield", False, "SW"),  # a first name so misspelt
    ("Whitfeld", False, "SW"),         # alone
    ("Whitfeld", True, "W"),           # after a title: "Dr W"
])
def test_a_name_misspelt_by_one_letter_is_the_same_person(mention, titled, expected):
    draft, (sarah, other) = linked([("Sarah Whitfield", False), (mention, titled)])
    assert other is sarah and len(draft.people()) == 1
    assert person_replacement(other, mention, titled) == expected


def test_a_misspelling_two_people_could_be_is_nobody_s():
    draft, people = linked([("Sarah Whitfield", False), ("Sarah Whitfold", False), ("Whitfeld", False)])
    assert len({p.id for p in people}) == 3


def test_initials_clash_is_settled_deterministically_and_reported():
    draft = Draft(Case())
    for name in ("Samuel Smith", "Sarah Stone", "Sam Smith"):
        draft.register(name)
    clashes = draft.assign_initials()
    assert [p.initials for p in draft.people()] == ["SS", "SS2", "SS3"]
    assert len(clashes) == 2 and all("Smith" not in c and "Stone" not in c for c in clashes)


def test_shared_surname_is_ambiguous_and_not_guessed():
    draft, _ = linked([("Daniel Whitlock", False), ("Hope Whitlock", False)])
    assert draft.is_ambiguous("Whitlock", titled=False)
    assert not draft.is_ambiguous("Hope", titled=False)


def test_alias_and_shortened_first_name_link_to_the_person():
    draft = Draft(Case())
    draft.register("Abigail Okafor")
    draft.add_alias("Abigail Okafor", "Bunny")
    abigail = draft.people()[0]
    assert draft.link("Bunny", False) is abigail
    assert draft.link("Abi", False) is abigail


def test_case_file_people_and_fixed_replacements():
    case = Case().with_case_file(CaseFile(people=[CasePerson(name="Grace Mills", aliases=["Gracie"],
                                                             replacement="Adult A")]))
    person = Draft(case).link("Gracie", False)
    assert person.fixed == "Adult A"
    assert person_replacement(person, "Mills", titled=True) == "Adult A"


def test_a_committed_person_keeps_one_replacement_in_later_documents():
    case = Case()
    commit_names(case, ["Joe Bloggs"])
    commit_names(case, ["Jane Bloggs"])   # the next document of the batch
    _, (joe,) = linked([("Joe Bloggs", False)], case)
    assert joe.initials == "JB" and joe.id == "P1"


def test_initials_clash_only_within_a_document_but_stays_fixed_in_a_batch():
    case = Case()
    assert commit_names(case, ["Mark Foster"]).warnings == []
    second = commit_names(case, ["Mary Field"])    # a later document: nobody there is MF
    assert [p.initials for p in case.people] == ["MF", "MF"]
    assert "another document" in second.warnings[0]
    commit_names(case, ["Mary Field", "Mike Ford"])  # a document with both
    assert [p.initials for p in case.people] == ["MF", "MF", "MF2"]


def test_in_a_batch_a_lone_first_name_prefers_the_people_of_this_document():
    case = Case()
    commit_names(case, ["Samuel Smith"])   # an earlier document
    draft = Draft(case)
    draft.register("Samuel Hill")          # this document
    assert not draft.is_ambiguous("Samuel", titled=False)
    assert draft.link("Samuel", False).last == "Hill"


@pytest.mark.parametrize("earlier,later,titled,expected", [
    # a lone first name in an earlier document is not completed by a full name in a later one
    (["Louise"], ["Louise Marlow"], ("Louise Marlow",), ["L", "LM"]),
    (["Alan"], ["Alan Bedwell"], (), ["A", "AB"]),
    # in one document it is ("Louise ... Louise Marlow")
    ([], ["Louise", "Louise Marlow"], (), ["LM"]),
])
def test_a_full_name_does_not_complete_a_lone_name_from_another_document(earlier, later, titled, expected):
    case = Case()
    if earlier:
        commit_names(case, earlier, source="a.txt")
    commit_names(case, later, source="b.txt", titled=titled)
    assert [p.initials for p in case.people] == expected

