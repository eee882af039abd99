"""The known forms of a document's and case's people, and the index finding them in every
written form the tool links."""
from __future__ import annotations

import pytest

from redactor.decide.case import Case
from redactor.decide.known.forms import FormIndex, KnownForm, find_in_segments, known_forms
from redactor.types import Link, Person, Segment

FORMS = [KnownForm("Ellen March", "table label", True), KnownForm("March", "table label", False),
         KnownForm("O'Neill", "full name", False), KnownForm("Jean-Paul Okafor", "full name", True)]


@pytest.mark.parametrize("text, expected", [
    ("Ellen March and Peter March", ["Ellen March", "March"]),
    ("ELLEN MARCH was seen", ["ELLEN MARCH"]),
    ("Ellen MARCH and ellen march", ["Ellen MARCH"]),  # in lower case only on a title line
    ("scr ellen march final report", ["ellen march"]),
    ("Ellen March's and Ellen March’s flat", ["Ellen March", "Ellen March"]),
    ("Ellen\nMarch, Ellen\u00a0March, Ellen \t March", ["Ellen\nMarch", "Ellen\u00a0March", "Ellen \t March"]),
    ("O’Neill and O'Neill", ["O’Neill", "O'Neill"]),
    ("Jean-Paul Okafor, Jean‑Paul Okafor", ["Jean-Paul Okafor", "Jean‑Paul Okafor"]),
    ("Marches, Ellen Marchant", []),  # whole words only
    # a name glued to a lower-case word before it, as a lost space leaves it
    ("Remote homeMarch had admitted", ["March"]),
    ("the familyEllen March said", ["Ellen March"]),
    ("EllenMarch, deMarch, McMarch, vanMarch, homeMARCH", []),  # no glue after a capital or particle
])
def test_the_index_finds_every_written_form(text, expected):
    assert [text[h.start:h.end] for h in FormIndex(FORMS).find(text)] == expected


def test_a_name_broken_across_two_lines_of_a_paragraph_is_found_as_two_pieces():
    segments = [Segment("L1", "The family said that Peter", "line 1"),
                Segment("L2", "March had asked for help.", "line 2", wraps=True),
                Segment("L4", "March was a hard month.", "line 4")]  # after a blank line: no wrap
    index = FormIndex([KnownForm("Peter March", "table label", True)])
    found = find_in_segments(segments, index)
    assert [f.pieces for f in found] == [((0, 21, 26), (1, 0, 5))]


def person(pid: str, first: str, last: str, **forms: str) -> Person:
    return Person(pid, first, last, f"{first[0]}{last[0]}", set(forms),
                  evidence={f: Link(how) for f, how in forms.items()})


def test_lone_words_travel_only_with_the_people_this_document_or_a_person_names():
    case = Case.from_people([
        person("P1", "Louise", "Marlow", **{"Louise Marlow": "full name"}),       # another document's
        person("P2", "Abigail", "Okafor", **{"Abigail Okafor": "case file", "Abi": "case file"}),
        person("P3", "Tom", "Hardy", **{"Hardy": "title", "Tom Hardy": "full name"}),
    ])
    here = person("P4", "Ellen", "March", **{"Ellen March": "table label"})
    texts = {(f.text, f.full) for f in known_forms(case, [here], named_here={"P4"}, elsewhere=["Sunday Church"])}
    assert {("Louise Marlow", True), ("Abigail Okafor", True), ("Tom Hardy", True), ("Ellen March", True)} <= texts
    assert {("Ellen", False), ("March", False), ("Abigail", False), ("Okafor", False), ("Abi", False),
            ("Hardy", False)} <= texts  # named here; given by the case file; a title
    assert not {("Louise", False), ("Marlow", False), ("Tom", False)} & texts  # never alone in another document
    assert ("Sunday Church", True) in texts


def test_of_two_forms_written_alike_the_sure_one_wins():
    index = FormIndex([KnownForm("April", "table label", False, sure=False), KnownForm("April", "full name", False)])
    (hit,) = index.find("April had gone.")
    assert hit.form.sure


def test_a_place_only_an_initial_names_never_goes_alone():
    place = {"Nottinghamshire", "Kendal"}.__contains__
    here = [person("P1", "Y", "Nottinghamshire", **{"Y Nottinghamshire": "full name"}),
            person("P2", "Mark", "Kendal", **{"Mark Kendal": "full name"})]
    texts = {f.text for f in known_forms(Case.from_people([]), here, named_here={"P1", "P2"}, only_a_place=place)}
    assert "Nottinghamshire" not in texts  # "Nottinghamshire County Council" stays
    assert {"Y Nottinghamshire", "Mark", "Kendal"} <= texts  # a first name's surname still goes alone
