"""Linking mentions into people and choosing replacements, without any NLP."""
import pytest

from redactor.casefile import CaseFile, CasePerson
from redactor.decide.people import PeopleRegistry
from redactor.decide.replacements import person_replacement


def linked(mentions: list[tuple[str, bool]]) -> tuple[PeopleRegistry, list]:
    registry = PeopleRegistry()
    for text, _ in mentions:
        registry.register(text)
    people = [registry.link(text, titled) for text, titled in mentions]
    registry.assign_initials()
    return registry, people


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
    registry, people = linked([("Joe Bloggs", False), (mention, titled)])
    assert people[0] is people[1]
    assert len(registry.people) == 1
    assert person_replacement(people[1], mention, titled) == expected


def test_a_first_name_before_the_full_name_still_links():
    registry, (a, b) = linked([("Nicole", False), ("Nicole Palmer", False)])
    assert a is b and a.initials == "NP"


def test_initials_clash_is_settled_deterministically_and_reported():
    registry = PeopleRegistry()
    for name in ("Samuel Smith", "Sarah Stone", "Sam Smith"):
        registry.register(name)
    clashes = registry.assign_initials()
    assert [p.initials for p in registry.people] == ["SS", "SS2", "SS3"]
    assert len(clashes) == 2 and all("Smith" not in c and "Stone" not in c for c in clashes)


def test_shared_surname_is_ambiguous_and_not_guessed():
    registry, _ = linked([("Daniel Whitlock", False), ("Hope Whitlock", False)])
    assert registry.is_ambiguous("Whitlock", titled=False)
    assert not registry.is_ambiguous("Hope", titled=False)


def test_alias_and_shortened_first_name_link_to_the_person():
    registry = PeopleRegistry()
    registry.register("Abigail Okafor")
    registry.add_alias("Abigail Okafor", "Bunny")
    assert registry.link("Bunny", False) is registry.people[0]
    assert registry.link("Abi", False) is registry.people[0]


def test_case_file_people_and_fixed_replacements():
    case = CaseFile(people=[CasePerson(name="Grace Mills", aliases=["Gracie"], replacement="Adult A")])
    registry = PeopleRegistry.from_case(case)
    person = registry.link("Gracie", False)
    assert person.fixed == "Adult A"
    assert person_replacement(person, "Mills", titled=True) == "Adult A"


def test_batch_registry_keeps_one_replacement_across_documents():
    registry = PeopleRegistry()
    registry.register("Joe Bloggs")
    registry.assign_initials()
    first = registry.people[0].initials
    registry.register("Jane Bloggs")   # the next document of the batch
    registry.assign_initials()
    assert registry.link("Joe Bloggs", False).initials == first == "JB"


def test_initials_clash_only_within_a_document_but_stays_fixed_in_a_batch():
    registry = PeopleRegistry()
    registry.register("Mark Foster")
    first_doc = registry.assign_initials({"P1"})
    registry.register("Mary Field")          # a later document: nobody there is MF
    second_doc = registry.assign_initials({"P2"})
    assert [p.initials for p in registry.people] == ["MF", "MF"]
    assert first_doc == [] and "another document" in second_doc[0]
    registry.register("Mike Ford")           # a document with both Mary Field and Mike Ford
    registry.assign_initials({"P2", "P3"})
    assert registry.people[2].initials == "MF2"


def test_in_a_batch_a_lone_first_name_prefers_the_people_of_this_document():
    registry = PeopleRegistry()
    registry.register("Samuel Smith")        # an earlier document
    registry.assign_initials()
    registry.start_document()
    registry.register("Samuel Hill")         # this document
    assert not registry.is_ambiguous("Samuel", titled=False)
    assert registry.link("Samuel", False).last == "Hill"
