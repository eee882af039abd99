"""A range of a text none of the allow list's patterns matches is read with its phrases
alone (``vocabulary.KeepReader``): what the allow list keeps is the same as with the whole
pattern read over every text (no spaCy)."""
from dataclasses import replace

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.vocabulary import KeepReader, Vocabulary

# Texts that a pattern keeps something in (a firm, a ship, a pub, a body), that only a phrase
# keeps something in, that nothing keeps anything in, and a person's title before a firm's name.
TEXTS = ["Dunn Marsh Solicitors wrote to Amy Tate.", "the research ship John Biscoe sailed",
         "They met at the Kings Arms on Friday.", "Amy Tate Oldham Council attended",
         "Mr Michael Chambers said", "Barnardo's and Women's Aid were told", "She saw her GP on 3 May.",
         "Councillor C Short A Waldie J Townsend Derbyshire Probation", "", "HMS Ocean", "her Vauxhall Corsa",
         "Teachers Jonathan Walsh Capital Law, Kellsey Logue Capital Law, solicitors"]
WORDS = ["Amy", "Tate", "Solicitors", "Ship", "ship", "HMS", "Ocean", "Kings", "Arms", "Council", "Oldham",
         "Mr", "Chambers", "Police", "Trust", "NHS", "Foundation", "the", "and", "of", ",", "Ltd", "Centre",
         "Women's", "Aid", "Capital", "Law", "said", "Vauxhall", "Corsa", "\n"]


@pytest.fixture(scope="module")
def whole(vocabulary: Vocabulary) -> Vocabulary:
    """The same vocabulary reading every text with the whole pattern."""
    return replace(vocabulary, keep_reader=None, _found={})


def test_the_shipped_patterns_are_read_alone(vocabulary: Vocabulary):
    assert isinstance(vocabulary.keep_reader, KeepReader)


@pytest.mark.parametrize("text", TEXTS)
def test_same_spans_as_the_whole_pattern(vocabulary: Vocabulary, whole: Vocabulary, text: str):
    assert vocabulary.keep_spans(text) == whole.keep_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join))
def test_same_spans_on_any_words(vocabulary: Vocabulary, whole: Vocabulary, text: str):
    assert vocabulary.keep_spans(text) == whole.keep_spans(text)


def test_a_range_is_read_as_the_whole_pattern_reads_it(vocabulary: Vocabulary):
    """A pattern matching in a range but nowhere in the whole text (its lookahead cut off
    at the range's end) keeps the same there."""
    reader, text = vocabulary.keep_reader, "Queen Victoria Street"
    assert isinstance(reader, KeepReader)
    for end in range(len(text) + 1):
        assert [m.span() for m in reader.finditer(text, 0, end)] == \
            [m.span() for m in vocabulary.keep.finditer(text, 0, end)]
    assert [m.span() for m in reader.finditer(text, 0, 15)] == [(0, 14)]


def test_a_pattern_with_a_group_reads_every_text_whole():
    whole, phrases = regex.compile(r"(?:Kings)\s+Arms|(Queen)\s+Vic"), regex.compile(r"(?!x)x")
    assert KeepReader.of(whole, phrases, [r"(?:Kings)\s+Arms", r"(Queen)\s+Vic"]) is whole
    assert isinstance(KeepReader.of(whole, phrases, [r"(?:Kings)\s+Arms"]), KeepReader)
