"""AliasRecognizer: a nickname the text introduces. No spaCy."""
import pytest

from redactor.detect.recognizers.alias import AliasRecognizer


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return AliasRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    ("Abigail Rose Okafor, known as Abi, lived alone.", ["Abi"]),
    ("Daniel Whitlock (aka Danny) was arrested.", ["Danny"]),
    ("Mrs Okafor (née Hughes)", ["Hughes"]),
    # a nickname of capitals is a name too
    ("He was better known as JJ.", ["JJ"]),
    ("His friend, known as DJ, was present.", ["DJ"]),
    # ... unless the letters are already written before it (an earlier run's output), or one letter
    ("JJ, better known as JJ, was present.", []),
    ("He was known as J.", []),
    # a nickname of two words; an adverb before "as"
    ("My mother in law, known affectionately as Granny Valley on account of the valleys", ["Granny Valley"]),
    ("He was known locally as Big Tam.", ["Big Tam"]),
    # not an ordinary word in lower case, nor a title after it
    ("She was known as Abi to her friends.", ["Abi"]),
    ("He was known as Tom Councillor of the year.", ["Tom"]),
])
def test_nicknames(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected
