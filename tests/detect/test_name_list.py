"""NameListRecognizer: first names from the lists and the capitalised words after them. No spaCy
(a lone first name needs its part of speech: not read here)."""
import pytest

from redactor.detect.recognizers.name_list import NameListRecognizer


@pytest.fixture(scope="module")
def recognizer(vocabulary):
    return NameListRecognizer(vocabulary)


@pytest.mark.parametrize("text,expected", [
    ("Grace Okafor attended.", ["Grace Okafor"]),
    ("Mary Ann Hewitt attended.", ["Mary Ann Hewitt"]),
    # a member listed before a body's name, as flattened minutes write it: the name stops before the body
    ("Nicola Smith Enable Scotland", ["Nicola Smith"]),
    ("James Elder-Woodward Inclusion Scotland", ["James Elder-Woodward"]),
    ("Linda Hewitt Age Concern Scotland", ["Linda Hewitt"]),
    # a heading in capitals opening with a first name is no name; a name in capitals is
    ("AUTUMN USER GROUP MEETINGS", []),
    ("MARY ANN HEWITT", ["MARY ANN HEWITT"]),
    ("GRACE OKAFOR", ["GRACE OKAFOR"]),
    # a postcode's letters end a name ("NN" of "NN1 4YH")
    ("Northampton Beverley Czyz NN1 4YH", ["Beverley Czyz"]),
])
def test_name_list(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected


def test_the_nations_are_places(vocabulary):
    assert all(vocabulary.in_places(n) for n in ("Scotland", "England", "Wales", "Northern Ireland"))
