"""A lone dictionary word NER alone calls a person is shown to the reviewer, not changed, when it is
plainly a thing's word and nothing around it is a person's (``detect/lone_words.py``). Made-up texts."""
import pytest

from redactor.detect.lexicon import Lexicon
from redactor.detect.lone_words import doubted_lone_words
from redactor.recognizer_names import NER, TITLED
from redactor.types import Detection, Hint, Kind, Segment


@pytest.fixture(scope="module")
def lexicon(engine) -> Lexicon:
    return Lexicon(engine.detector.nlp_engine.nlp["en"])


def ner(segment: Segment, word: str, nth: int = 0, recognizer: str = NER) -> Detection:
    start = -1
    for _ in range(nth + 1):
        start = segment.text.index(word, start + 1)
    return Detection(segment.id, start, start + len(word), word, Kind.PERSON, 0.85, recognizer)


def doubted(texts: list[str], words: list[tuple[int, str]], vocabulary, lexicon,
            others: list[tuple[int, str, str]] = ()) -> tuple[set[str], set[str]]:
    """(words still changed, words hinted) of NER's lone ``words`` (segment index, word) beside
    ``others`` (segment index, word, recognizer)."""
    segments = [Segment(f"L{i}", t, f"line {i}") for i, t in enumerate(texts)]
    found = [ner(segments[i], w) for i, w in words] + [ner(segments[i], w, recognizer=r) for i, w, r in others]
    kept, hints = doubted_lone_words(found, segments, vocabulary, lexicon)
    assert all(isinstance(h, Hint) and h.score <= Hint.MAX_SCORE for h in hints)
    return {d.text for d in kept if d.recognizer == NER}, {h.text for h in hints}


@pytest.mark.parametrize("text,word", [
    ("She sang Forgotten at the service, a song her mother loved.", "Forgotten"),  # a verb's form too
    ("SUMMARY\nPROCEDURAL, EVIDENCE AND COSTS", "PROCEDURAL"),  # an adjective: a heading in capitals
    ("Tributes were paid in the Whitby Gazette on Friday.", "Gazette"),  # a noun after a place's name
    ("The appeal ran in the Whitby Countdown on Friday.", "Countdown"),
])
def test_a_things_word_is_shown_not_changed(vocabulary, lexicon, text, word):
    assert doubted([text], [(0, word)], vocabulary, lexicon) == (set(), {word})


@pytest.mark.parametrize("text,word", [
    ("Tam had been at the wake with his brother.", "Tam"),  # a noun alone: the dictionary holds surnames too
    ("The officers spoke to Armour the next morning.", "Armour"),  # a verb too, but ...
])
def test_what_is_not_plainly_a_thing_stays_a_change_or_is_marked(vocabulary, lexicon, text, word):
    changed, hinted = doubted([text], [(0, word)], vocabulary, lexicon)
    assert (changed, hinted) == (({word}, set()) if word == "Tam" else (set(), {word}))


@pytest.mark.parametrize("text", [
    "Her son Armour was found with her.",  # a family word before
    "Cllr.Armour and Cllr. Snell gave apologies.",  # a title glued to it
    "Wes Armour presented the show.",  # a first name before
    "Armour said he was sorry.",  # what people do after
    "Armour's sister called the police.",  # what people own
])
def test_a_persons_mark_keeps_the_word_a_change(vocabulary, lexicon, text):
    assert doubted([text], [(0, "Armour")], vocabulary, lexicon) == ({"Armour"}, set())


def test_a_person_beside_it_in_a_list_keeps_it(vocabulary, lexicon):
    text = "Police judged Slack and Armour to be at high risk."
    assert doubted([text], [(0, "Armour")], vocabulary, lexicon, [(0, "Slack", NER)]) == ({"Armour", "Slack"}, set())


def test_a_word_marked_once_is_a_person_in_every_mention(vocabulary, lexicon):
    texts = ["Armour said he was sorry.", "The case against Armour collapsed."]
    assert doubted(texts, [(0, "Armour"), (1, "Armour")], vocabulary, lexicon) == ({"Armour"}, set())
    # ... and so is a word another reading takes as a person
    assert doubted(texts[1:], [(0, "Armour")], vocabulary, lexicon, [(0, "Armour", TITLED)]) == ({"Armour"}, set())


def test_a_listed_name_is_never_doubted(vocabulary, lexicon):
    assert doubted(["The officers spoke to Rose the next morning."], [(0, "Rose")], vocabulary, lexicon) \
        == ({"Rose"}, set())


def test_the_word_stays_and_the_reviewer_is_asked(redact_text):
    text = "He was a contestant on Mastermind in 1998 and later a teacher.\n"
    out, plan = redact_text(text)
    assert out == text
    assert [s.original for s in plan.suggestions] == ["Mastermind"]
