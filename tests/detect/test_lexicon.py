"""Lexicon: a name NER alone found, written in English words, names a thing (with the
installed pipeline's own dictionary, its lemmatizer's tables)."""
import pytest

from redactor.detect.lexicon import Lexicon
from redactor.detect.models import choose_pipeline, load_pipeline


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(load_pipeline(choose_pipeline().name))


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
def test_names_of_things_in_english_words(lexicon, vocabulary, name, thing):
    assert lexicon.names_a_thing(name, vocabulary) is thing


def test_without_a_lemma_index_the_reading_is_off(vocabulary):
    assert not Lexicon().names_a_thing("Shorthand Writers", vocabulary)
