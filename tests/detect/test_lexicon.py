"""Lexicon: a name NER alone found, written in English words, names a thing. No spaCy: a
few English words stand in for the pipeline's lemma index."""
import pytest

from redactor.detect.lexicon import Lexicon

ENGLISH = {"shorthand", "writer", "portfolio", "holder", "ford", "fiesta", "swan", "london", "sue", "wilkinson",
           "martin", "grievous", "bodily", "harm", "library"}


@pytest.fixture(scope="module")
def lexicon(vocabulary):
    return Lexicon(ENGLISH, vocabulary)


@pytest.mark.parametrize("name,thing", [
    ("Shorthand Writers", True),  # a plural of an English word
    ("Portfolio Holder", True),  # a listed surname, but not every word one
    ("Ford Fiesta", True),
    ("Grievous Bodily Harm", True),
    ("Libraries", False),  # a lone word is never read so ("Swan said")
    ("Andrew Swan", False),  # a listed first name
    ("London Sue Wilkinson", False),
    ("S Martin", False),  # an initial
    ("Shorthand Zzyzx", False),  # a word that is none
])
def test_names_of_things_in_english_words(lexicon, name, thing):
    assert lexicon.names_a_thing(name) is thing


def test_without_a_lemma_index_the_reading_is_off(vocabulary):
    assert not Lexicon((), vocabulary).names_a_thing("Shorthand Writers")
