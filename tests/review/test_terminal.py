"""The terminal summary says what happened without repeating any personal data."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.console import Console

from redactor.review.terminal import MAX_PEOPLE, print_summary
from redactor.types import Kind, Person

from .conftest import SECRETS, change_at, hand_plan


def _summary(plan, rules) -> str:
    out = io.StringIO()
    print_summary(plan, Console(file=out, width=200, no_color=True), rules)
    return out.getvalue()


@pytest.mark.model
def test_summary_of_a_real_run_names_nobody(real_plan, rules):
    plan, _ = real_plan
    text = _summary(plan, rules)
    leaked = [s for s in SECRETS if s in text]
    assert not leaked
    assert "person" in text and "address 2" in text and "date_of_birth 2" in text
    assert "JB" in text and "PG" in text  # the replacements are shown


def test_check_first_list_masks_a_name_quoted_in_a_location(small, rules):
    plan, document = small
    # a Word table whose column header is someone's name ends up in the location
    segments = [replace(s, location="table 1, row 2, column 'Joe Bloggs'") if s.id == "L7" else s
                for s in document.segments]
    plan.segments = segments
    text = _summary(plan, rules)
    assert "Check these first" in text
    assert "L7:26" in text and "0.55" in text and "below 0.70" in text  # the weak "Smith"
    assert "column 'JB'" in text
    assert not [s for s in SECRETS if s in text]


def test_single_weak_recognizer_is_listed_but_a_corroborated_name_is_not(imr_path, rules):
    from redactor.document import load_document

    document = load_document(imr_path)
    alone = change_at(document, "L11", "Kevin Marsh", "KM", score=0.85, reason="SpacyRecognizer 0.85: NER")
    backed = change_at(document, "L9", "Sarah Jones", "SJ", score=0.85,
                       reason="SpacyRecognizer 0.85: NER | KnownNameRecognizer 0.80: seen elsewhere")
    date = change_at(document, "L4.C2", "12/03/1978", "[date of birth removed]", Kind.DATE_OF_BIRTH, 0.85,
                     reason="DateOfBirth 0.85: context")
    text = _summary(hand_plan(document, [alone, backed, date]), rules)
    assert "L11:21" in text and "found by TestRecognizer only" in text
    assert "L9:" not in text and "L4.C2" not in text


def test_a_long_cast_is_cut_short_with_a_pointer_to_the_review_page(small, rules):
    plan, _ = small
    plan.people = [Person(id=f"P{i}", initials=f"X{i}") for i in range(1, MAX_PEOPLE + 6)]
    text = _summary(plan, rules)
    assert f"P{MAX_PEOPLE}" in text and f"P{MAX_PEOPLE + 1}" not in text
    assert "... and 5 more people in review.html" in text


def test_suggestions_are_counted_never_quoted(small, rules):
    from redactor.types import Suggestion

    plan, document = small
    line = next(s.text for s in document.segments if s.id == "L11")
    start = line.index("Kevin Marsh")
    plan.suggestions = [Suggestion("s:L11", "L11", start, start + 11, "Kevin Marsh", Kind.PERSON, "r", 0.3)]
    text = _summary(plan, rules)
    assert "1 kept string(s) may be personal data" in text and "review.html" in text
    assert not [s for s in SECRETS if s in text]
