"""FamilyPluralRecognizer: a family called by a known surname in the plural. No spaCy."""
import pytest

from redactor.detect.recognizers.known_names import FamilyPluralRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return FamilyPluralRecognizer({"Gallear", "Stuart Gallear", "Mandy", "Jones", "Bell"}, "KNOWN_PERSON", 0.8,
                                  "KnownNameRecognizer", "a family")


@pytest.mark.parametrize("text,expected", [
    # after "the" or before a plural possessive: the surname without its "s"
    ("the son called at the Gallears' front door", ["Gallear"]),
    ("The Gallears moved to Hindley.", ["Gallear"]),
    ("THE GALLEARS had left", ["GALLEAR"]),
    ("the Bells’ house", ["Bell"]),
    # ... or after a count: "nine Dinnegans, and eight McDonaghs"
    ("members of the N family, nine Gallears, and eight others", ["Gallear"]),
    ("seventeen Gallears came", ["Gallear"]),
    ("both Gallears were charged", ["Gallear"]),
    ("3 Gallears", ["Gallear"]),
    # not a plural of another word, a surname already ending in "s", nor a word without "the" or the possessive
    ("church Bells rang", []),
    ("the Joness", []),
    ("Gallears said", []),
    ("some Gallears said", []),
    # not a longer proper name's word: before a capitalised word, after a count in title case inside a sentence
    ("We met at the Bells Arms.", []),
    ("He went to the Seven Gallears pub.", []),
    ("Seven Gallears attended.", ["Gallear"]),
    ("He said: Three Gallears came.", ["Gallear"]),
    ("the Mandys", ["Mandy"]),  # any known single word: the plan's reading decides as for the name alone
])
def test_family_plural(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["KNOWN_PERSON"])] == expected
