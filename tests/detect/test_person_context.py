"""PersonContextRecognizer: a listed first name used alone is a person in a person's
context, whatever NER calls it. No spaCy."""
import pytest

from redactor.detect.recognizers.person_context import PersonContextRecognizer


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return PersonContextRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # the subject of a review
    ("This is a review in relation to Imogen.", ["Imogen"]),
    ("a review into the death of Declan in 2016", ["Declan"]),
    # a verb only a person does, possession, birth and age
    ("Imogen said she was frightened.", ["Imogen"]),
    ("Imogen was born in Crewe.", ["Imogen"]),
    ("Imogen's mother called the police.", ["Imogen"]),
    ("Imogen was 43 when she died.", ["Imogen"]),
    ("Declan, aged 4, lived with his mother.", ["Declan"]),
    ("Declan (aged 4) lived with his mother.", ["Declan"]),
    # a pseudonym in quotes, or alone on a title line, in capitals too
    ("the review of 'Declan' was published", ["Declan"]),
    ("'DECLAN'", ["DECLAN"]),
    ("  Imogen  ", ["Imogen"]),
    # not a person's context: a count, a place, an ordinary word, an unlisted word
    ("Imogen was 43% of the total.", []),
    ("the Rubber Board of India said on Friday.", []),
    ("In May said the report was late.", []),
    ("Authors", []),
])
def test_person_context(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected
