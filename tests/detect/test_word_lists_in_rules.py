"""The words of place and birth that list_items.py and spans.py read are rules (people.yaml
list_evidence, addresses.yaml place_prepositions), not literals: a rules folder that changes
them changes the reading."""
import dataclasses

from redactor.detect.list_items import fellow_items
from redactor.detect.spans import written_as_places
from redactor.detect.vocabulary import Vocabulary
from redactor.rules import Rules
from redactor.types import Detection, Kind, Segment


def _without(rules: Rules, section: str, part: str | None, *fields: str) -> Vocabulary:
    """The vocabulary of ``rules`` with ``fields`` of one section (or of one part of it) emptied."""
    model = getattr(rules, section)
    emptied = {f: [] for f in fields}
    if part:
        model = model.model_copy(update={part: getattr(model, part).model_copy(update=emptied)})
    else:
        model = model.model_copy(update=emptied)
    return Vocabulary.from_rules(dataclasses.replace(rules, **{section: model}))


def _pair(text: str, vocabulary: Vocabulary) -> list[str]:
    at = text.index("Michael Smith")
    found = [Detection("s", at, at + len("Michael Smith"), "Michael Smith", Kind.PERSON, 0.85, "SpacyRecognizer")]
    return [d.text for d in fellow_items([Segment("s", text, "line 1")], found, vocabulary)]


def test_the_words_before_a_list_of_places_and_of_birth_are_rules(rules, vocabulary):
    lived = "she lived in Florence and Michael Smith visited"
    born = "born in Leeds to Florence and Michael Smith"
    assert _pair(lived, vocabulary) == [] and _pair(born, vocabulary) == ["Florence"]
    changed = _without(rules, "people", "list_evidence", "place_words_before", "birth_words")
    assert _pair(lived, changed) == ["Florence"] and _pair(born, changed) == []


def test_the_prepositions_of_a_place_are_rules(rules, vocabulary):
    texts = ["referrals across Harrow rose"]
    assert written_as_places(texts, ["Harrow"], vocabulary) == {"Harrow"}
    assert written_as_places(texts, ["Harrow"], _without(rules, "addresses", None, "place_prepositions")) == set()
