"""From hints to suggestions: only what the plan keeps, one per written form, surest
first, within the budget; no NLP."""
from __future__ import annotations

from collections.abc import Callable

from redactor.decide.suggestions import LEAST, RATE, SURE_TIMES, suggest
from redactor.types import Change, Hint, Kind, Segment

TEXT = "Ellen March and Peter March moved to Oldham. Ellen had worked at the bakery with Peter March."
SEGMENTS = [Segment("L1", TEXT, "line 1")]


def hint(text: str, score: float = 0.2, why: str = "a reading", occurrence: int = 0, kind: Kind = Kind.PERSON) -> Hint:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Hint("L1", start, start + len(text), text, kind, score, "SuggestionReader", why)


def change(text: str, person: str = "P1", occurrence: int = 0) -> Change:
    h = hint(text, occurrence=occurrence)
    return Change(f"L1:{h.start}", "L1", h.start, h.end, text, "EM", Kind.PERSON, "r", 0.9, person_id=person)


def test_a_hint_over_a_change_is_dropped_and_one_partly_changed_keeps_its_kept_name():
    changes = [change("Ellen")]  # "Ellen" of "Ellen March" is changed, "March" is kept
    found = suggest(SEGMENTS, [hint("Ellen"), hint("Ellen March")], changes)
    assert [(s.original, s.start, s.person_id) for s in found] == [("March", 6, "P1")]  # the person beside it


def test_one_suggestion_per_form_at_its_first_kept_occurrence_counting_them_all():
    found = [s for s in suggest(SEGMENTS, [hint("Peter March", occurrence=1), hint("Peter March")], [])
             if s.original == "Peter March"]
    assert len(found) == 1
    assert (found[0].start, found[0].occurrences) == (TEXT.index("Peter March"), 2)


def test_names_read_apart_with_only_a_space_between_are_one_suggestion():
    found = suggest(SEGMENTS, [hint("Peter", 0.3, "context"), hint("March", 0.35, "a name found", occurrence=1)], [])
    assert found[0].original == "Peter March" and found[0].start == TEXT.index("Peter March")


def test_overlapping_readings_are_one_suggestion_over_their_span_ranked_higher():
    found = suggest(SEGMENTS, [hint("Ellen", 0.3, "a name found"), hint("Ellen March", 0.15, "name lists"),
                               hint("Peter March", 0.3, "NER")], [])
    assert [s.original for s in found][:2] == ["Ellen March", "Peter March"]  # two readings agree: first
    assert found[0].reason == "a name found | name lists" and found[0].score > found[1].score


def test_a_form_or_a_misspelling_of_a_persons_name_is_that_persons():
    segments = [*SEGMENTS, Segment("L2", "Later Elen said so.", "line 2")]
    misspelt = Hint("L2", 6, 10, "Elen", Kind.PERSON, 0.3, "SuggestionReader", "spelt like a name")
    found = suggest(segments, [misspelt, hint("Ellen", occurrence=1), hint("Peter March")],
                    [change("Ellen March", "P7")])
    # "Peter March" shares only a surname: another person
    assert {s.original: s.person_id for s in found if s.original in ("Elen", "Ellen", "Peter March")} == \
        {"Elen": "P7", "Ellen": "P7", "Peter March": None}


def test_a_word_of_a_suggested_name_kept_alone_elsewhere_is_suggested_too():
    text = "Tributes to June Richardson. June was moved to speak out; in June 2019 she spoke again."
    segments = [Segment("L1", text, "line 1")]
    name = Hint("L1", 12, 27, "June Richardson", Kind.PERSON, 0.3, "SuggestionReader", "NER")
    found = {s.original: s for s in suggest(segments, [name], [])}
    assert found["June"].start == text.index("June was") and found["June"].occurrences == 1  # not in a date
    assert found["June"].score < found["June Richardson"].score


def test_a_word_of_a_name_many_readings_agree_on_is_still_only_a_suggestion():
    # four readings of the same name, each at a hint's highest score, rank it well over a
    # hint's ceiling; a word of it found alone is still a hint, and redaction goes on
    text = "Tributes to June Richardson. June was moved to speak out."
    segments = [Segment("L1", text, "line 1")]
    hints = [Hint("L1", 12, 27, "June Richardson", Kind.PERSON, Hint.MAX_SCORE, "SuggestionReader", why)
             for why in ("NER", "name lists", "context", "a name found")]
    found = {s.original: s for s in suggest(segments, hints, [])}
    assert found["June"].start == text.index("June was") and found["June"].score <= Hint.MAX_SCORE


def _name(i: int) -> str:
    """A name-shaped word of seven letters ("Nameaaa", "Nameaab"…)."""
    return "Name" + "".join(chr(ord("a") + int(d)) for d in f"{i:03d}")


def _listing(score: Callable[[int], float], n: int = 400) -> tuple[list[Segment], list[Hint]]:
    """A document of ``n`` name-shaped words, each read with the rank ``score(i)``."""
    segments = [Segment("L1", ", ".join(_name(i) for i in range(n)), "line 1")]
    return segments, [Hint("L1", 9 * i, 9 * i + 7, _name(i), Kind.PERSON, score(i), "SuggestionReader", "r")
                      for i in range(n)]


def test_at_most_the_budget_surest_first():
    segments, hints = _listing(lambda i: (i % 20) / 100)
    found = suggest(segments, hints, [])
    assert len(found) == max(LEAST, int(400 * RATE))
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert min(s.score for s in found) == 0.19
    assert len(suggest(segments[:1], hints[:2], [])) == 2  # a short document: as many as there are


def test_the_weakest_readings_fill_only_the_budget_by_words():
    # a listed word that is also an English word or a place, an NER person of such words: nearly always a thing,
    # so a short document does not fill its LEAST with them
    segments, hints = _listing(lambda i: 0.05)
    assert len(suggest(segments, hints, [])) == int(400 * RATE) < LEAST


def test_a_list_of_people_read_as_such_goes_on_past_the_budget():
    # "C Short A Waldie J Townsend …", "Case Kitty/2020 …": every name of a long list is pointed at
    segments, hints = _listing(lambda i: 0.3)
    assert len(suggest(segments, hints, [])) == SURE_TIMES * max(LEAST, int(400 * RATE))
