"""Which words of a name found are looked for again everywhere in the document: a place word of a
name only a weak reading found (NER, a name list, a list's item read for its fellows) is not, when
a dictionary word on no first-name list opens the name ("Scotland" of "Rape Crisis Scotland" would
go in "Police Scotland"); a person's surname that is a place is ("Sousa" of "Silivina Sousa")."""
from __future__ import annotations

import pytest

from redactor.recognizer_names import LIST_ITEM, NER
from redactor.types import Detection, Kind

pytestmark = pytest.mark.model


def propagated(engine, name: str, recognizer: str, score: float) -> set[str]:
    text = f"Ann Lee, Specialist, {name}"
    found = Detection("s", text.index(name), len(text), name, Kind.PERSON, score, recognizer)
    return engine.detector.names_to_propagate([found], frozenset(), [text, "Police Scotland attended."])


@pytest.mark.parametrize("name, recognizer, score, place, goes", [
    ("Rape Crisis Scotland", LIST_ITEM, 0.75, "Scotland", False),
    ("Safer Streets Wales", NER, 0.85, "Wales", False),
    ("Open Doors Cornwall", LIST_ITEM, 0.75, "Cornwall", False),
    # a person's surname: a first name before it, or a word no dictionary knows
    ("Kirsty Scotland", LIST_ITEM, 0.75, "Scotland", True),
    ("Silivina Sousa", NER, 0.85, "Sousa", True),
    ("C. Cairns", NER, 0.85, "Cairns", True),  # an initial is no dictionary word
])
def test_a_place_word_of_a_weakly_read_name_travels_only_as_a_surname(engine, name, recognizer, score, place, goes):
    names = propagated(engine, name, recognizer, score)
    assert name in names
    assert (place in names) is goes
