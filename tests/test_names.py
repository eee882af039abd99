"""Many-name patterns built as tries find what a plain alternation, longest first, finds."""
import pytest
import regex

from redactor.names import trie, whole_words


def plain(texts, flags=0):
    """The reference: one alternative per text, longest first, each with its own boundaries."""
    alternatives = sorted(set(texts), key=len, reverse=True)
    return regex.compile("|".join(rf"(?<!\w){regex.escape(t)}(?!\w)" for t in alternatives), flags)


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
    assert pattern.findall("Joe Bloggs, JOE BLOGGS, joe, Joey, JOE") == ["Joe Bloggs", "JOE BLOGGS", "JOE"]
