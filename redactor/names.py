"""How a personal name is written: the word shapes shared by recognizers and by
the linking of mentions into people (no NLP here, only patterns)."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations

import regex

from redactor.rules import shipped_known_names

# A capitalised name word: Smith, O'Neill, MacLeod, Smith-Jones, Wiśniewski, JOE.
# A possessive ending ("Bloggs's") is not part of the word.
# An Irish "O" may be written with a space after its apostrophe ("O’ Connell", "O' Brien"): still one word.
NAME_WORD = (r"\p{Lu}(?:\p{Ll}|\p{Lu}|\p{M})*(?:(?:(?<=(?<![\w'’‘“.-])O)['’][ ](?=\p{Lu}\p{Ll})|['’](?![sS]\b)|-)"
             r"\p{Lu}?(?:\p{Ll}|\p{Lu}|\p{M})+)*")
# a count in words, one to twenty: an age ("Danial, three,") or how many of a family ("nine Dinnegans")
NUMBER_WORDS = (r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty)")
# Lower-case particles inside surnames: Van der Berg, de la Cruz, bin Laden, Mac an tSaoir, Craig ab Iago.
PARTICLE = r"(?:van|von|der|den|de|da|di|du|del|della|le|la|bin|ibn|al|el|ap|ab|ter|ten|dos|das|mac|ní|nic|ó|an)"
# Particles that, capitalised, still open a surname ("Van Dijk", "De Souza", "Ní Bhriain");
# "Al" and "El" are left out: they are first names too.
_SURNAME_OPENER = regex.compile(
    r"(?i:van|von|der|den|de|da|di|du|del|della|le|la|bin|ibn|ap|ter|ten|dos|das|mac|ní|nic|ó)")
# what ends a firm's name after a person's: "& Sons", "and Co Ltd", " LLP"
FIRM_END = regex.compile(r"(?:[ \t]*&[ \t]*|[ \t]+and[ \t]+)(?:Sons?|Co|Company)\.?"
                         r"(?:[ \t]+(?:Ltd|Limited|PLC|Plc|plc|LLP)\.?)?|[ \t]+(?:Ltd|Limited|PLC|Plc|plc|LLP)\.?")
APOSTROPHES = "'’ʼ"  # straight, curly, modifier letter: in a name, each stands for the others
INITIALS = regex.compile(r"^(?:\p{Lu}{1,3}|(?:\p{Lu}\.){1,3})$")
# a name in a longer proper name: after a saint's word ("St " of "St John’s Church", "Our Lady of " of "Our Lady
# of Lourdes Church", matched where it ends),
# or before a hyphen of a place's name ("-shire" of "Ross-shire", "-on-Trent", "-upon-Tyne", "-in-Furness")
SAINT = r"(?:St|ST|Saint|SAINT)"  # a saint's word, opening a place's or church's name ("St Helens", "ST LOUIS")
SAINT_BEFORE = regex.compile(rf"(?<![\w'’])(?:{SAINT}|Our[ \t]+Lady[ \t]+of)\.?[ \t]+$")
PLACE_HYPHEN_AFTER = regex.compile(r"-(?:shire(?![\w'’-])|(?:on|upon|under|in|le|by|en|de|super|next)-\p{Lu})")
NEXT_NAME_WORD = regex.compile(rf"[ \t]+({NAME_WORD})")  # the name word after a space: " Smith" after "Anna"
NAME_WORD_BEFORE = regex.compile(rf"(?<![\w'’.-])({NAME_WORD})[ \t]+$")  # the name word just before, whole
_WORD = regex.compile(NAME_WORD)
_TOKEN = regex.compile(rf"{NAME_WORD}|{PARTICLE}\b|\S+")


def words(name: str) -> list[str]:
    """The capitalised words of a name ("Van der Berg" -> ["Van", "Berg"])."""
    return _WORD.findall(name)


def split_name(name: str) -> tuple[str | None, str | None]:
    """(first, last) of a written name; a lone surname is returned as (None, surname).
    Particles stay with the surname: "Piet van der Berg" -> ("Piet", "van der Berg"),
    "Van der Berg" -> (None, "Van der Berg"); "Okonkwo, Katherine" -> ("Katherine", "Okonkwo")."""
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last:
            return split_name(f"{first} {last}")
    tokens = _TOKEN.findall(name.strip())
    if not tokens:
        return None, None
    last_start = len(tokens) - 1
    while last_start > 0 and _SURNAME_OPENER.fullmatch(tokens[last_start - 1]):
        last_start -= 1
    if last_start == 0:
        return None, " ".join(tokens)
    return tokens[0], " ".join(tokens[last_start:])


def is_initials(text: str) -> bool:
    """True for text that is already initials: "KM", "J.B.", "AB CD"."""
    parts = text.split()
    return bool(parts) and all(INITIALS.match(p) for p in parts)


def initial(part: str) -> str:
    """The initial of a name part as written, its first letter ("van der Berg" -> "V", "O'Neill" -> "O",
    "-Farouk" of "al-Farouk" -> "F")."""
    letter = _LETTER.search(part)
    return letter.group().upper() if letter else part[:1].upper()


_WORD_RUN = regex.compile(r"\w+")
_GLUED = regex.compile(r"(?<=\p{Ll})\p{Lu}\w*")  # a capital glued to the word before it ("familyUna")
_WORD_CHAR = regex.compile(r"\w")
_LETTER = regex.compile(r"[^\W\d_]")  # a footnote's digit may follow a name ("Ahir1")
_DIGIT_AFTER_LETTER = regex.compile(r"(?<=[^\W\d_])[\d_]")


class WholeWords:
    r"""Whole-word occurrences of a set of texts, found as the pattern
    ``(?:(?<!\w)|(?<=\p{Ll})(?=\p{Lu}))(?:TEXTS, longest first)(?!\w)`` would find them
    (leftmost, then the longest that ends at a word boundary, never overlapping). A name
    glued to the word before it ("familyUna Crown") is found, and after a name ending in a
    letter a digit does not continue the word ("Ahir1", a footnote). Each word of a text is
    looked up in an index of the texts by their first word: compiling that pattern for the
    thousands of names of a batch cost more than all the rest of detection."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._by_first_word: dict[str, list[str]] = {}
        for text in sorted(set(texts), key=len, reverse=True):
            self._by_first_word.setdefault(_first_word(text), []).append(text)
        self._opens_without_word = "" in self._by_first_word  # "(Jo)": looked for at every non-word character

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence, in order."""
        found: list[tuple[int, int]] = []
        end = 0
        index = self._by_first_word
        for start, first in self._starts(text):
            if start < end or first not in index and (first.isalpha() or first.isdigit()
                                                       or not _DIGIT_AFTER_LETTER.search(first)):
                continue
            stop = self._longest(text, start, first)
            if stop is not None:
                found.append((start, stop))
                end = stop
        return found

    def _longest(self, text: str, start: int, first: str) -> int | None:
        """Where the longest text opening with the word ``first`` at ``start`` ends, if any.
        A name ending in a letter may be followed by a digit ("Ahir1"): the word is then also
        looked up without what follows its letters."""
        keys = [first] if first.isalpha() or not first else \
            [first, *(first[:m.start()] for m in reversed(list(_DIGIT_AFTER_LETTER.finditer(first))))]
        for key in keys:
            for candidate in self._by_first_word.get(key, ()):
                stop = start + len(candidate)
                boundary = _LETTER if _LETTER.match(candidate[-1]) else _WORD_CHAR
                if text.startswith(candidate, start) and not boundary.match(text, stop):
                    return stop
        return None

    def search(self, text: str) -> bool:
        return bool(self.spans(text))

    def _starts(self, text: str) -> Iterable[tuple[int, str]]:
        """Each place an occurrence may start, with the word there ("" for none)."""
        runs = _word_starts(text)
        if not self._opens_without_word:
            return runs
        bare = [(i, "") for i, ch in enumerate(text)
                if not _WORD_CHAR.match(ch) and (i == 0 or not _WORD_CHAR.match(text, i - 1))]
        return sorted([*runs, *bare])


def opening_words(texts: Iterable[str]) -> set[str]:
    """Every word at which ``WholeWords`` looks a text up in ``texts`` ("" included): a text
    none of whose ``opened_by`` words is among them occurs in none of them."""
    found = {""}
    for text in dict.fromkeys(texts):
        for _, first in _word_starts(text):
            found.add(first)
            found.update(first[:m.start()] for m in _DIGIT_AFTER_LETTER.finditer(first))
    return found


@lru_cache(maxsize=200_000)  # bounded, as _first_word: a batch asks of the same names for each document
def opened_by(text: str) -> frozenset[str]:
    """The words ``whole_words`` of ``text`` looks it up by (as written and in capitals): it occurs
    in texts only where one of them is among their ``opening_words``."""
    text = text.strip()
    return frozenset((_first_word(text), _first_word(text.upper())))


@lru_cache(maxsize=1024)
def _word_starts(text: str) -> tuple[tuple[int, str], ...]:
    """Where each word of ``text`` starts, with the word, a capital glued to the word before
    it included ("familyUna"). Kept for the last texts: the second pass looks for several
    sets of known names (names, spellings, nicknames, dates, streets) in each text in turn."""
    runs = [(m.start(), m.group()) for m in _WORD_RUN.finditer(text)]
    glued = [(m.start(), _WORD_RUN.match(m.group()).group()) for m in _GLUED.finditer(text)]  # type: ignore[union-attr]
    return tuple(sorted(runs + glued) if glued else runs)


@lru_cache(maxsize=200_000)  # bounded: a long `serve` session must not grow without end
def _first_word(text: str) -> str:
    """The first word of ``text`` ("" for none), kept: a batch builds an index of the same
    thousand names again for each document's second pass, and looking the word up again
    cost more than the rest of building it."""
    match = _WORD_RUN.match(text)
    return match.group() if match else ""


# two words in title case run together, not a surname's prefix ("McDonagh", "MacLeod", "FitzGerald", "DeSouza")
_GLUED_NAME = regex.compile(r"(?!(?:Ma?c|Fitz|Van|Von|De|Di|Du|Da|La|Le|Del|Della|Dos|Das)\p{Lu})"
                            r"(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})")


def glued_name(word: str) -> tuple[str, str] | None:
    """A word in title case run into another ("TonyKillow" -> Tony, Killow), as pages copied from PDFs
    write a first name and its surname; None for any other word ("McDonagh", "MacLeod")."""
    m = _GLUED_NAME.fullmatch(word)
    return (m.group(1), m.group(2)) if m else None


_TITLE_CASE_SURNAME = regex.compile(r"(?:Ma?c|O['’]|Fitz)?\p{Lu}\p{Ll}+")  # "Gallear", "McDonagh", "O'Neill"


def family_plurals(names: Iterable[str]) -> set[str]:
    """The plurals a family is called by after ``names``: each lone name's or full name's last word in
    title case ("Mc" and "O'" too), plus "s" ("the McDonaghs" after "Michael McDonagh"; not "Joness")."""
    last = {t.split()[-1] for t in map(str.strip, names) if t}
    return {f"{n}s" for n in last if len(n) > 2 and _TITLE_CASE_SURNAME.fullmatch(n) and n[-1] != "s"}


def whole_words(texts: Iterable[str]) -> WholeWords | None:
    """Whole-word occurrences of ``texts``, as written or in capitals, longest first;
    None when there is nothing to look for."""
    forms = {f for t in map(str.strip, texts) if t for f in (t, t.upper())}
    return WholeWords(forms) if forms else None


def acronyms(phrases: Iterable[str]) -> frozenset[str]:
    """The one-word phrases written in capitals ("ED", "DASH"): kept only as written, for "Ed"
    and "Dash" in title case are names too."""
    return frozenset(p for p in phrases if " " not in p and p.isupper())


def phrases(texts: Iterable[str], blank: str = r"\s+") -> str:
    """Phrases as one alternation, longest first, any blank between their words matching
    ``blank``; one that never matches when there are none (an empty one would match everywhere)."""
    ordered = sorted(texts, key=len, reverse=True)
    return "|".join(blank.join(regex.escape(w) for w in p.split()) for p in ordered) or "(?!x)x"


def trie(texts: Iterable[str], fold_case: bool = False) -> str:
    """A pattern for any of ``texts`` that, like an alternation sorted longest first,
    tries the longest text first and backtracks to shorter ones, but shares prefixes:
    ``trie(["Ann", "Anna", "Bo"])`` is ``(?:Ann(?:a)?|Bo)``. Thousands of names in
    one plain alternation are tried one by one at every position; a trie is not.
    ``fold_case`` merges ASCII letters differing only in case (for use under ``(?i)``)."""
    root: dict = {}
    for text in texts:
        node = root
        for ch in text:
            node = node.setdefault(ch.lower() if fold_case and ch.isascii() else ch, {})
        node[""] = {}  # a text ends here
    return _trie_pattern(root) or r"(?!x)x"


def _trie_pattern(node: dict) -> str:
    branches = [regex.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    if "" in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def edits_within(a: str, b: str, most: int) -> bool:
    """Are ``a`` and ``b`` at most ``most`` insertions, deletions or substitutions
    apart (Levenshtein)? Stops as soon as every row of the table exceeds ``most``."""
    if abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        least = row[0]
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
            least = min(least, row[j])
        if least > most:
            return False
    return row[-1] <= most


def misspelling_limit(word: str) -> int:
    """How many letters a misspelling of ``word`` may differ by: none under 4 letters
    (too many short words are one letter apart), 1 up to 6, 2 from 7."""
    return 0 if len(word) < 4 else 1 if len(word) < 7 else 2


def misspells(word: str, name: str) -> bool:
    """Could ``word`` be ``name`` misspelt ("Rukshana" for "Rukhsana", "Smyth" for
    "Smith")? Same first letter, another word, within the name's misspelling limit."""
    most = misspelling_limit(name)
    return most > 0 and word[:1].lower() == name[:1].lower() and word.lower() != name.lower() \
        and edits_within(word.lower(), name.lower(), most)


# Month and day names, ordinary words that are also first names or surnames ("April", "Ellen
# March"), as the shipped rules/known_names.yaml lists them
MONTHS = tuple(shipped_known_names().months)  # in full: "January" … "December"
CALENDAR = frozenset((*MONTHS, *shipped_known_names().days))  # months and days in full
MONTH_PATTERN = trie(shipped_known_names().month_words)  # a month, in full or abbreviated ("Sept")
_ABBREVIATED = frozenset(w.casefold() for w in (*shipped_known_names().month_abbreviations,
                                                 *shipped_known_names().day_abbreviations))
_FOLDED = frozenset(w.casefold() for w in CALENDAR) | _ABBREVIATED  # "MAY", "sep"
_NUMBER_BEFORE = regex.compile(r"\d(?:st|nd|rd|th)?[ \t]*(?:of[ \t]+)?$")
_NUMBER_AFTER = regex.compile(r",?[ \t]*\d")


def in_a_date(text: str, start: int, end: int, abbreviated: bool = False) -> bool:
    """Is the month or day name at [start, end) part of a date: a number before it ("3rd of
    May") or after it ("in May 2019", "Monday 4")? Any other text never is. A name the
    document gives is a date only in full ("Jan 2019" stays Jan's); with ``abbreviated``
    (a word found on weak evidence), a short name and any case are too ("25 Sep", "SEP. 25")."""
    word = text[start:end]
    if not (word.casefold() in _FOLDED if abbreviated else word in CALENDAR):
        return False
    dot = abbreviated and word.casefold() in _ABBREVIATED and text.startswith(".", end)
    return bool(_NUMBER_BEFORE.search(text, max(0, start - 12), start) or _NUMBER_AFTER.match(text, end + dot))


def line_before(text: str, at: int) -> str:
    """What ``at``'s line holds before it: blank (``not line_before(...).strip()``) where nothing
    but spaces stands before it on its line."""
    return text[text.rfind("\n", 0, at) + 1:at]


def deletions(word: str, most: int = 1) -> set[str]:
    """``word`` with up to ``most`` letters left out, each way, the word itself among them
    (the keys of a symmetric delete index: two words share one if they are few letters apart)."""
    return {"".join(c for i, c in enumerate(word) if i not in gone)
            for n in range(most + 1) for gone in combinations(range(len(word)), n)}


def spelling_variants(known: Iterable[str], candidates: Iterable[str], least: int = 5) -> set[str]:
    """The ``candidates`` one letter away from a ``known`` name of ``least`` letters or more
    (one left out, added, changed or two swapped: "Kendall" for "Kendal", "Rukshana" for
    "Rukhsana"), with the same first letter, neither the other with a plural ending
    ("Masons" of "Mason", "Article" of "Articles").
    Found through an index of each name with one letter left out, never by comparing every pair."""
    index: dict[str, set[str]] = {}
    for name in known:
        if len(name) >= least:
            for key in deletions(name.casefold()):
                index.setdefault(key, set()).add(name)
    found = set()
    for word in candidates:
        folded = word.casefold()
        if len(word) < least - 1 or not index:
            continue
        names = {n for key in deletions(folded) for n in index.get(key, ())}
        if any(_one_apart(folded, n.casefold()) and folded[0] == n[0].casefold()
               and not _plural(folded, n.casefold()) and not _plural(n.casefold(), folded) for n in names):
            found.add(word)
    return found


def _plural(word: str, of: str) -> bool:
    """Is ``word`` ``of`` with a plural ending ("masons" of "mason")?"""
    return word.startswith(of) and word[len(of):] in {"s", "es"}


def _one_apart(a: str, b: str) -> bool:
    """One letter left out, added or changed, or two letters side by side swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) - len(shorter) == 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))
