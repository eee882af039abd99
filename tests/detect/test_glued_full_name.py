"""Vocabulary.glued_full_name: a listed first name run into its surname, as pages copied from PDFs
write it, read as the full name it is (list items and a lone first name in context both ask)."""
import pytest


@pytest.mark.parametrize(("word", "expected"), [
    ("TonyKillow", ("Tony", "Killow")),
    ("CarysJones", ("Carys", "Jones")),
    ("McDonagh", None),  # a surname's own capital
    ("SafeLives", None),  # no listed first name opens it
    ("Tony", None),
])
def test_a_first_name_glued_to_its_surname(vocabulary, word, expected):
    assert vocabulary.glued_full_name(word) == expected
