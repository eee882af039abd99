"""What a reading gives (a span, its kind, a rank score, why) and the word shapes
the readings share."""
from __future__ import annotations

from typing import NamedTuple

import regex

from redactor.detect.lexicon import Lexicon
from redactor.detect.recognizers.base import phrases as any_phrase
from redactor.detect.vocabulary import Vocabulary
from redactor.names import CALENDAR, NAME_WORD, PARTICLE
from redactor.types import Kind

# particles inside a name, and the Welsh "ab" and "ferch" ("Craig ab Iago")
_PARTICLE = rf"(?:{PARTICLE}|ab|verch|ferch)"
GAP = rf"[ \t]+(?:{_PARTICLE}[ \t]+)*"  # between the words of one name
# one to three name words: "Amy", "Amy Tate", "Piet van der Berg"
NAME_RUN = rf"{NAME_WORD}(?:{GAP}{NAME_WORD}){{0,2}}"
_WORD = regex.compile(NAME_WORD)
_GAP = regex.compile(GAP)


class Read(NamedTuple):
    """One span a reading takes for possible personal data."""

    start: int
    end: int
    kind: Kind
    score: float  # ranks suggestions; under every least score of a change
    why: str  # never quotes the text
    weak: bool = False  # NER or a name list alone: not for a word the document keeps in an allow-listed name
    titled: bool = False  # an office, counsel's role or initials beside it: read even inside an allow-listed
    # pattern ("Mr Chambers BL", "J Carroll, Solicitor Advocate", "H Jackson Co-opted" as a firm's "Co")


def phrases(words: list[str]) -> str:
    """Phrases as one case-insensitive alternation, longest first, blanks matching any blank;
    one that never matches when there are none (an empty alternation would match everywhere)."""
    return f"(?i:{any_phrase(words)})"


_NEXT_WORD = regex.compile(rf"[ \t]({NAME_WORD})")
_ACRONYM = regex.compile(r"[\p{Lu}.]+")  # "LJ", "LCJ", "Q.C.": letters after a name, never part of it

class NameWords:
    """The vocabulary's word tests the readings ask again and again, remembered per word."""

    def __init__(self, vocabulary: Vocabulary, lexicon: Lexicon | None = None) -> None:
        self.vocabulary = vocabulary
        self.lexicon = lexicon or Lexicon()
        self._fits: dict[tuple[str, bool, bool, bool], bool] = {}
        self._listed: dict[str, bool] = {}

    def fits(self, word: str, places: bool, after_name: bool, calendar: bool = False) -> bool:
        """Could ``word`` be part of a name (see ``name_part``)? With ``calendar``, a
        month or day that is a first name is one ("April", "June")."""
        key = (word, places, after_name, calendar)
        if key not in self._fits:
            v = self.vocabulary
            self._fits[key] = (v.is_name_word(word) or calendar and word in CALENDAR and v.in_first_names(word)) \
                and not v.is_title_word(word) \
                and not (after_name and len(word.replace(".", "")) <= 3 and bool(_ACRONYM.fullmatch(word))) \
                and (places or not v.in_places(word) or v.in_surnames(word))
        return self._fits[key]

    def surname_too(self, word: str) -> bool:
        """Could this capitalised word after a first name be its surname, even an ordinary
        word: a listed surname ("French", "Ward") or a month or day ("March")?"""
        v = self.vocabulary
        return not word.isupper() and not v.is_title_word(word) and (word in CALENDAR or v.in_surnames(word))

    def ordinary(self, word: str) -> bool:
        """An English word that no name list has and is no place ("Witnesses", "Initiated", "Media")."""
        return word in self.lexicon and not self.listed(word) and not self.vocabulary.in_places(word)

    def plain(self, word: str) -> bool:
        """A word that names no one by itself: an English word or a place, unless a listed
        first name ("Room", "Chambers", "Glasgow", "QUEEN"; not "Grace", "Chester")."""
        v = self.vocabulary
        return (word in self.lexicon or v.in_places(word)) and not v.in_first_names(word)

    def listed(self, word: str) -> bool:
        """On a first-name or surname list (in any case: "SOFIA" too)."""
        if word not in self._listed:
            self._listed[word] = self.vocabulary.is_listed(word)
        return self._listed[word]


def name_part(text: str, start: int, end: int, names: NameWords, places: bool = True, *,
              first: bool = False, last: bool = False) -> tuple[int, int] | None:
    """The words of the run [start, end) that could be a name: name words, no title
    words, no letters after a name ("LJ", "QC") and (unless ``places``) no places. The
    first such words of the run; with ``first``, only if they open it; with ``last``, the
    last such words (a person's context is then beside it, so a month or day that is a
    first name is a name too: "that April had visited"). A month or day that is a first
    name before a listed surname is one too ("June Richardson"). A listed first name alone
    takes in a surname after it that is also an ordinary word ("Philip French", "Ellen
    March"). None when there is none."""
    found = list(_WORD.finditer(text, start, end))
    runs: list[list[regex.Match]] = [[]]
    opened = None  # does the run open with a name word?
    for i, w in enumerate(found):
        word = w.group()
        fits = names.fits(word, places, after_name=bool(runs[-1]), calendar=first or last) \
            or (word in CALENDAR or names.vocabulary.in_places(word)) and i + 1 < len(found) \
            and names.vocabulary.in_first_names(word) and _before_a_surname(found[i + 1].group(), names)
        opened = fits if opened is None else opened
        if runs[-1] and not _GAP.fullmatch(text, runs[-1][-1].end(), w.start()):  # "Hargreaves and Pilbeam"
            runs.append([])
        elif fits and runs[-1] and not word.isupper() \
                and all(len(x.group()) > 1 and x.group().isupper() for x in runs[-1]):
            runs[-1] = []  # a body's letters before a name: "ACAS Andrew Way", "HMCTS Lesley Hyde"
        if fits:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    if not runs or first and not opened:
        return None
    chosen = runs[-1][-3:] if last else runs[0][:3]  # a name has three words at most
    begin, finish = chosen[0].start(), chosen[-1].end()
    after = _NEXT_WORD.match(text, finish) if len(chosen) == 1 and not last else None
    if after and names.vocabulary.in_first_names(chosen[0].group()) and names.surname_too(after.group(1)):
        finish = after.end()
    return begin, finish


def _before_a_surname(word: str, names: NameWords) -> bool:
    """May a month, day or place that is a first name open a name before ``word`` ("June
    Richardson", "Beverley Czyz")? Where ``word`` is a listed surname or a name word that
    is no English word or place."""
    return names.vocabulary.in_surnames(word) or names.fits(word, False, True) and not names.plain(word)


def opens_sentence(text: str, at: int) -> bool:
    """Does ``at`` open a sentence, a line or an item of a list?"""
    head = text[max(0, at - 20):at].rstrip(" \t\"“‘'(")
    return (not head and at <= 20) or bool(head) and head[-1] in ".!?:;\n•·-–—*/|"


def word_before(text: str, at: int) -> str:
    """The word ending just before ``at`` (spaces and punctuation between skipped), lower-cased."""
    head = text[max(0, at - 40):at].rstrip(" \t,:;–—-.“\"‘'").lower()
    cut = len(head)
    while cut and (head[cut - 1].isalnum() or head[cut - 1] == "_"):
        cut -= 1
    return head[cut:]
