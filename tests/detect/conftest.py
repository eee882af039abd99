"""Rules and the word sets built from them, loaded once; no spaCy."""
import pytest

from redactor.detect.vocabulary import Vocabulary
from redactor.rules import Rules, load_rules


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="session")
def vocabulary(rules: Rules) -> Vocabulary:
    return Vocabulary.from_rules(rules)
