"""Tables in a .txt written one after another with no blank line between them: where
each begins, and the labels its cells get."""
from __future__ import annotations

from pathlib import Path

import pytest

from redactor.document.tables import split_tables
from redactor.document.text import TextDocument
from redactor.rules import shipped_fields

TWO_BLOCKS = ("Domestic Homicide Review in respect of\tEllen March\n"
              "Agency\tNorth Police\n"
              "Name\tDate of Birth\tRelationship to Subject\n"
              "Ellen March\t12/03/1961\tSubject\n"
              "Peter March\t01/02/1958\tHusband\n"
              "April Sunday\t05/06/1990\tDaughter\n")


def rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.strip("\n").split("\n")]


@pytest.mark.parametrize("text, expected", [
    # label/value rows, then a header row of labels: two tables
    (TWO_BLOCKS, [(0, 2, None), (2, 6, True)]),
    # a header row starts a table wherever it stands, here after a first table's data rows
    ("Name\tDate of Birth\tRelationship\nEllen March\t12/03/1961\tSubject\n"
     "Forename\tSurname\tRelationship\nPeter\tMarch\tHusband", [(0, 2, True), (2, 4, True)]),
    # label/value rows before wider rows are a table of their own, even with no header row after them
    ("Victim\tEllen March\nAgency\tNorth Police\nEllen March\t12/03/1961\tSubject", [(0, 2, None), (2, 3, None)]),
    # a row of values holding labels ("Mother", "Victim") is no header row
    ("Name\tRelationship\tRole\nEllen March\tMother\tVictim\nPeter March\tHusband\tPerpetrator", [(0, 3, True)]),
    # one table, with a row short of a cell, stays one table
    ("Name\tDate of Birth\tRelationship\nEllen March\t12/03/1961\tSubject\nChild\t2015", [(0, 3, True)]),
    # label/value rows alone: one table
    ("Victim\tEllen March\nAgency\tNorth Police", [(0, 2, None)]),
])
def test_where_tables_begin(text, expected):
    assert split_tables(rows(text), shipped_fields()) == expected


def test_two_tables_with_no_blank_line_between_them_are_labelled_each_their_own_way():
    doc = TextDocument(Path("imr.txt"), TWO_BLOCKS, "0" * 64)
    labels = {s.text: (s.column_header, s.row_label) for s in doc.segments}
    # the first row of the first table is a row label and its value, not column names
    victim = next(s for s in doc.segments if s.id == "L1.C2")
    assert (victim.column_header, victim.row_label) == (None, "Domestic Homicide Review in respect of")
    # the second table's header row labels every cell under it
    assert labels["12/03/1961"][0] == labels["05/06/1990"][0] == "Date of Birth"
    assert labels["April Sunday"][0] == "Name"
    assert {s.row for s in doc.segments if s.id.startswith("L6.")} == {"L6"}


@pytest.mark.model
def test_the_victims_name_and_every_date_of_birth_go(redact_text):
    out, _ = redact_text(TWO_BLOCKS)
    for secret in ("Ellen", "March", "Peter", "April", "Sunday", "12/03/1961", "01/02/1958", "05/06/1990"):
        assert secret not in out, (secret, out)
    assert out.splitlines()[2] == "Name\tDate of Birth\tRelationship to Subject"
