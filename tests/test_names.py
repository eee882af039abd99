"""Many-name patterns built as tries, and the whole-word index of known names, find
what a plain alternation, longest first, finds."""
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.names import (
    CALENDAR,
    MONTH_PATTERN,
    MONTHS,
    WholeWords,
    in_a_date,
    line_before,
    opened_by,
    opening_words,
    spelling_variants,
    trie,
    whole_words,
)
from redactor.rules import load_rules


def plain(texts, flags=0):
    """The reference: one alternative per text, longest first, each with its own boundaries."""
    alternatives = sorted(set(texts), key=len, reverse=True)
    return regex.compile("|".join(rf"(?:(?<!\w)|(?<=\p{{Ll}})(?=\p{{Lu}})){regex.escape(t)}"
                                  + (r"(?![^\W\d_])" if regex.match(r"[^\W\d_]", t[-1:]) else r"(?!\w)")
                                  for t in alternatives), flags)


NAMES = ["Ann", "Anna", "Anna Marie", "Annabel", "Bo", "Bob Smith", "Bob", "O'Neill", "Zoë"]


@pytest.mark.parametrize("text", [
    "Anna Marie met Ann and Annabel.",  # longest first: "Anna Marie", not "Anna"
    "Anna Mariella phoned",  # "Anna Marie" fails its end boundary: back to "Anna"
    "Annab and Bobby were not named",  # no whole word
    "Bob Smithson and Bob Smith's son",  # "Bob" then "Bob Smith" before the possessive
    "O'Neill, Zoë and ZOË",  # punctuation and accents; capitals are not the names as written
    "",
])
def test_trie_finds_what_the_plain_alternation_finds(text):
    built = regex.compile(rf"(?<!\w)(?:{trie(NAMES)})(?!\w)")
    assert [m.span() for m in built.finditer(text)] == [m.span() for m in plain(NAMES).finditer(text)]


@pytest.mark.parametrize("text", [
    "the dash ric and the DASH RIC were done; Dashing is not DASH",
    "MARAC, marac and Marac referral",
])
def test_folded_trie_matches_as_a_case_insensitive_alternation(text):
    phrases = ["DASH", "DASH RIC", "dash ric", "MARAC"]
    built = regex.compile(rf"(?<!\w)(?i:{trie(phrases, fold_case=True)})(?!\w)")
    assert [m.span() for m in built.finditer(text)] == \
        [m.span() for m in plain(phrases, regex.IGNORECASE).finditer(text)]


def test_no_texts_match_nothing():
    assert regex.compile(trie([])).search("anything") is None
    assert whole_words(["", "  "]) is None


def test_whole_words_as_written_or_in_capitals():
    pattern = whole_words(["Joe Bloggs", "Joe"])
    text = "Joe Bloggs, JOE BLOGGS, joe, Joey, JOE"
    assert [text[a:b] for a, b in pattern.spans(text)] == ["Joe Bloggs", "JOE BLOGGS", "JOE"]


@pytest.mark.parametrize("text", [
    "Anna Marie met Ann and Annabel.", "Anna Mariella phoned", "Annab and Bobby were not named",
    "Bob Smithson and Bob Smith's son", "O'Neill, Zoë and ZOË", "Zoe\u0308 is not Zoe", "",
])
def test_whole_words_find_what_the_plain_alternation_finds(text):
    assert WholeWords(NAMES + ["Zoe", "(Bo)"]).spans(text) == \
        [m.span() for m in plain(NAMES + ["Zoe", "(Bo)"]).finditer(text)]


# Letters, word joiners and marks that \w counts, and punctuation and spaces that it does not.
_CHARS = st.sampled_from(["a", "b", "A", " ", "-", "'", ".", "é", "\u0308", "(", "1", "_", "\u200d"])


@settings(derandomize=True, max_examples=500)
@given(st.lists(st.text(_CHARS, min_size=1, max_size=5), min_size=1, max_size=6), st.text(_CHARS, max_size=30))
def test_whole_words_match_the_alternation_on_any_text(texts, text):
    assert WholeWords(texts).spans(text) == [m.span() for m in plain(texts).finditer(text)]


@settings(derandomize=True, max_examples=500)
@given(st.lists(st.text(_CHARS, min_size=1, max_size=5), min_size=1, max_size=6), st.text(_CHARS, max_size=30))
def test_a_text_found_opens_with_a_word_of_the_texts(texts, text):
    """The second pass leaves out a batch's names that open with no word of a document: that
    must never leave out one whole_words would find there."""
    openings = opening_words([text])
    for t in texts:
        pattern = whole_words([t])
        if pattern is not None and pattern.spans(text):
            assert not opened_by(t).isdisjoint(openings)


def test_a_text_not_written_opens_with_no_word_of_the_texts():
    openings = opening_words(["familyUna Crown met Ahir1"])
    assert not opened_by("Una Crown").isdisjoint(openings) and not opened_by("Ahir").isdisjoint(openings)
    assert opened_by("Bob Smith").isdisjoint(openings) and opened_by("Met Office").isdisjoint(openings)


@pytest.mark.parametrize("known,candidates,expected", [
    # one letter left out, added, changed, or two swapped
    (["Kendal"], ["Kendall", "Kendl", "Kandal", "Kednal"], {"Kendall", "Kendl", "Kandal", "Kednal"}),
    (["Rukhsana"], ["Rukshana", "Ruksana"], {"Rukshana", "Ruksana"}),
    # two letters away, another first letter, a plural, a short name: no variant
    (["Kendal"], ["Kendalls", "Mendal", "Kendals"], set()),
    (["Mason"], ["Masons", "Masonry"], set()),
    (["Articles"], ["Article"], set()),
    (["Rose"], ["Rise", "Ross"], set()),
    # the name itself is no variant of itself
    (["Kendal"], ["Kendal"], set()),
])
def test_spelling_variants(known, candidates, expected):
    assert spelling_variants(known, candidates) == expected


@pytest.mark.parametrize("text,expected", [
    # a known name glued to the word before it, or followed by a footnote's digit
    ("according to her familyUna Crown was feisty", ["Una Crown"]),
    ("since she was murdered.Una Crown pictured", ["Una Crown"]),
    ("Ahir1 was 54 years old", ["Ahir"]),
    # ... but not inside a word of lower-case letters, nor before a letter
    ("Unable to attend", []),
    ("Ahirs", []),
])
def test_known_names_glued_or_with_a_footnote(text, expected):
    found = whole_words(["Una Crown", "Ahir"]).spans(text)
    assert [text[a:b] for a, b in found] == expected


def test_the_calendar_is_the_rules_months_and_days():
    """One list of months and days (rules/known_names.yaml) for every layer that reads them."""
    words = load_rules().known_names
    assert MONTHS == tuple(words.months) and "May" in MONTHS and "Sept" not in MONTHS
    assert CALENDAR == {*words.months, *words.days}
    assert in_a_date("in May 2019", 3, 6) and not in_a_date("Jan 2019", 0, 3)  # the calendar holds names in full
    month = regex.compile(rf"{MONTH_PATTERN}\b")
    assert all(month.fullmatch(w) for w in words.month_words)
    assert not any(month.match(w) for w in ("Junk", "Mayor", "Janet", "Monday"))


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("Amy Tate\nKnightstone Housing", 9, ""),  # opens its line
    ("Amy Tate\n  Knightstone Housing", 11, "  "),  # only spaces before it: blank once stripped
    ("Panel: Amy Tate Knightstone Housing", 16, "Panel: Amy Tate "),
    ("Knightstone Housing", 0, ""),  # the text's first line
])
def test_the_line_before_a_position(text, at, expected):
    assert line_before(text, at) == expected
