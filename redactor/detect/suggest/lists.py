"""Names in the shapes lists of people take, listed or not: a surname after its
initials ("Alderman S P Porter", "Councillors: S Carson, A P Ewing … A Swan and N
Trimble"), a long run of capitalised words split at its first names (a table flattened
one cell per line: "Member Fran Gosling-Thomas Richard Blackmore … Rachel Dent Emma
Kettle", a headline in title case), the numbered parties of a judgment ("Between: (1) Emma Last (2) … Appellants"),
a name-shaped item beside a person found in the same list ("Elizabeth Coe (CAFCASS)
Delroy Pomell (Barnardos)") or among people's initials ("CG, JW, Wil Wild"), and counsel after a
party's label ("Third Respondent: Macara, Considine, Solicitor Advocates; …")."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

import regex

from redactor.detect.suggest.base import GAP, NAME_RUN, NameWords, Read, name_part
from redactor.detect.suggest.wording import Wording
from redactor.names import NAME_WORD, in_a_date, words
from redactor.types import Kind

INITIALS_SCORE, RUN_SCORE, PARTY_SCORE, BESIDE_SCORE = 0.25, 0.2, 0.3, 0.2
LISTED_BONUS = 0.05  # a surname on the lists
# one to three initials, spaced or dotted, then a name of words that are no lone letter (that
# opens the next name of a list: "C Short A Waldie"): "S P Porter", "A.G. Ewart", "R.Glyn Daniel"
_NOT_LETTER = r"(?!\p{Lu}(?![\p{L}\p{M}'’-]))"
_INITIALS = regex.compile(rf"(?<![\w.'’&-])(?P<letters>(?:\p{{Lu}}(?:\.[ \t]*|[ \t]+)){{1,3}})"
                          rf"(?P<name>{NAME_WORD}(?:{GAP}{_NOT_LETTER}{NAME_WORD}){{0,2}})")
_JOINED = regex.compile(r"[ \t]*(?:,|;|&|and|,[ \t]*and)[ \t]*")  # between the items of a list
_BLANKS = regex.compile(r"[ \t]+(?:(?P<title>\p{Lu}\p{Ll}+)\.?[ \t]+)?")  # blanks, perhaps a title
_BLANK_RUN = 3  # initialled names parted only by blanks that make a list
_LONG_RUN = regex.compile(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{3,}}")  # four capitalised words or more
_WORD = regex.compile(NAME_WORD)
# between two items of a list of people: an affiliation in brackets (its closing one may be lost), a separator
_BETWEEN = regex.compile(r"[ \t]*(?:\([^()\n]{1,40}\)?)?[ \t]*[,;/|–—-]?[ \t]*")
_RUNS = regex.compile(NAME_RUN)
_PARTY_GAP = regex.compile(r"[ \t]*,[ \t]*|[ \t]+(?:AND|and|&)[ \t]+")
_LOWER_AFTER_HYPHEN = regex.compile(r"-\p{Ll}")
# a list of three items or more, initials or names, parted as a list's items are (``_JOINED``): "CG, JW, Wil Wild"
_INITIALLED_ITEM = rf"(?:\p{{Lu}}{{2,3}}(?![\w.'’-])|{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
_MIXED_LIST = regex.compile(rf"(?<![\w'’-]){_INITIALLED_ITEM}(?:{_JOINED.pattern}{_INITIALLED_ITEM}){{2,}}")
_LONE_INITIALS = regex.compile(r"\p{Lu}{2,3}")
_WORD_RUNS = regex.compile(_INITIALLED_ITEM)  # each item of such a list
_ITEM = regex.compile(r"[^,\s](?:[^,]*[^,\s])?")  # an item of a list parted by commas, without its blanks


class ListShapes:
    """Names in the shapes of lists of people."""

    def __init__(self, names: NameWords, wording: Wording) -> None:
        self.names = names
        parties = "|".join(regex.escape(w) for w in wording.party_words)
        # a numbered party on a line of its own, before the others and the word that names them
        self.parties = regex.compile(rf"(?m)^[ \t]*\(\d{{1,2}}\)[ \t]*(?P<name>[^\n]+?)[ \t]*$"
                                     rf"(?=(?:\n[ \t]*(?:\(\d{{1,2}}\)[^\n]*)?)*\n[ \t]*(?:{parties})\b)")
        # a caption's line of parties just above the word that names them: "ELIZABETH AND ZROUGE ALEXANDER⏎Appellant"
        self.caption = regex.compile(rf"(?m)^[ \t]*(?P<line>[^\n(:]+?)[ \t]*\n[ \t]*(?:{parties})\b")
        # a party's label and a colon opening a line, then its counsel up to a semicolon (their agents after
        # it): "First Respondent: Sudjic, Hay, Solicitor Advocates; …", "For the Appellant: Kerrigan, Q.C., Lyle"
        self.counsel = regex.compile(rf"(?m)^[ \t]*(?:\p{{L}}+[ \t]+){{0,3}}(?i:{parties})[ \t]*:[ \t]*"
                                     rf"(?P<rest>[^;\n]+)")

    def read(self, text: str, people: Sequence[tuple[int, int]] = ()) -> Iterator[Read]:
        yield from self._initials(text)
        yield from self._counsel(text)
        yield from self._among_initials(text)
        yield from self._long_runs(text)
        if people:
            yield from self._beside(text, people)

    def across(self, text: str) -> Iterator[Read]:
        """The readings of several lines read as one text."""
        yield from self._parties(text)

    def _initials(self, text: str) -> Iterator[Read]:
        """A name after one to three initials, the initials with it ("J Townsend", as the
        reviewer must change it). After a lone "A" or "I" (an article, a pronoun) or before
        an English word ("C Family"), only in a list of such names: joined by commas or
        "and", or three or more parted only by blanks (a table flattened into a line:
        "C Short A Waldie J Townsend")."""
        found = []
        for m in _INITIALS.finditer(text):
            span = name_part(text, *m.span("name"), self.names, first=True)
            if span is None or in_a_date(text, *span):
                continue
            named = list(_WORD.finditer(text, *span))  # a surname, or a first name and the word after it
            after = named[1].group() if len(named) > 1 else ""
            two = bool(after) and self.names.vocabulary.in_first_names(named[0].group()) \
                and not self.names.plain(after) and not _LOWER_AFTER_HYPHEN.search(after)  # not "Co-opted"
            span = (m.start(), named[1 if two else 0].end())
            letters = regex.sub(r"[^\p{Lu}]", "", m.group("letters"))
            first = named[0].group()
            sure = len(letters) > 1 or letters not in "AI" and not self.names.ordinary(first)
            found.append((m.start(), span, sure, self.names.vocabulary.in_surnames(first)))
        listed_run = self._blank_runs(text, found)
        for start, span, sure, listed in found:
            joined = start in listed_run or any(_JOINED.fullmatch(text, a[1][1], b[0]) for a, b in pairwise(found)
                                                if start in (a[0], b[0]))
            if sure or joined:
                yield Read(*span, Kind.PERSON, INITIALS_SCORE + LISTED_BONUS * listed,
                           "a capitalised word after initials", titled=True)

    def _blank_runs(self, text: str, found: list[tuple[int, tuple[int, int], bool, bool]]) -> set[int]:
        """The starts of the initialled names in runs of three or more parted only by blanks
        and perhaps a title ("J Mead Councillor B Murray-Carr S Tomlinson")."""
        runs: list[list[int]] = []
        for a, b in pairwise(found):
            gap = _BLANKS.fullmatch(text, a[1][1], b[0])
            if gap and (not gap.group("title") or self.names.vocabulary.is_title_word(gap.group("title"))):
                if runs and runs[-1][-1] == a[0]:
                    runs[-1].append(b[0])
                else:
                    runs.append([a[0], b[0]])
        return {start for run in runs if len(run) >= _BLANK_RUN for start in run}

    def _long_runs(self, text: str) -> Iterator[Read]:
        """A run of four capitalised words or more split at its listed first names: each
        first name and the word after it, when that word is no first name too, where the
        run holds two such names or the word after is a listed surname (a headline in
        title case: "Tributes Paid To Mum Jane Smith Killed By Partner")."""
        v = self.names.vocabulary
        for run in _LONG_RUN.finditer(text):
            found = list(_WORD.finditer(text, run.start(), run.end()))
            items = []
            i = 0
            while i + 1 < len(found):
                first, last = found[i].group(), found[i + 1].group()
                if v.in_first_names(first) and not self.names.plain(first) and self.names.fits(last, True, True) \
                        and not v.in_first_names(last) and not first.isupper():
                    items.append((found[i].start(), found[i + 1].end(), v.in_surnames(last)))
                    i += 2
                else:
                    i += 1
            for start, end, listed in items:
                if len(items) > 1 or listed:  # a name of a headline in title case: both words listed
                    yield Read(start, end, Kind.PERSON, RUN_SCORE + LISTED_BONUS * listed,
                               "a first name and the word after it, in a run of capitalised words")

    def _parties(self, text: str) -> Iterator[Read]:
        """The parties of a judgment, whole: numbered ("(1) Emma Last", before "Appellants"),
        or each of a caption's line just above the word that names them ("ELIZABETH AND
        ZROUGE ALEXANDER", before "Appellant")."""
        for m in self.parties.finditer(text):
            if self._party(m.group("name")):
                yield Read(*m.span("name"), Kind.PERSON, PARTY_SCORE, "a party to a case, numbered")
        for m in self.caption.finditer(text):
            at = m.start("line")
            for part in _PARTY_GAP.split(m.group("line")):
                start = text.index(part, at)
                at = start + len(part)
                if self._party(part):
                    yield Read(start, at, Kind.PERSON, PARTY_SCORE, "a party to a case, in a caption")

    def _among_initials(self, text: str) -> Iterator[Read]:
        """A name-shaped item of a list whose other items include two people's initials or
        more, as a report that gives some people by initials lists them: "Members of the
        Community: CG, JW, Wil Wild" (no allow-listed letters, "NHS, CCG and Devon County
        Council"; no English words or places alone)."""
        v = self.names.vocabulary
        for m in _MIXED_LIST.finditer(text):
            kept = v.phrase_spans(text)
            items = list(_WORD_RUNS.finditer(text, m.start(), m.end()))
            initials = [i for i in items if _LONE_INITIALS.fullmatch(i.group())
                        and not any(a <= i.start() and i.end() <= b for a, b in kept)]
            if len(initials) < 2:
                continue
            for item in items:
                if _LONE_INITIALS.fullmatch(item.group()) or any(a < item.end() and item.start() < b for a, b in kept):
                    continue
                named = list(_WORD.finditer(text, *item.span()))
                while len(named) > 2 and self.names.ordinary(named[-1].group()):  # "Wil Wild Apologies:"
                    named.pop()
                found = [w.group() for w in named]
                if not any(w.isupper() or v.is_title_word(w) or v.is_body_word(w) for w in found) \
                        and not all(self.names.ordinary(w) for w in found) and not v.in_places(" ".join(found)):
                    yield Read(named[0].start(), named[-1].end(), Kind.PERSON, BESIDE_SCORE,
                               "a name in a list of people's initials")

    def _counsel(self, text: str) -> Iterator[Read]:
        """Each name of the counsel listed after a party's label, before their profession and
        their agents: "Third Respondent: Macara, Considine, Solicitor Advocates; Fitzpatrick
        & Co." (no title's, body's or English words alone: "Lord Advocate", "Crown Office")."""
        v = self.names.vocabulary
        for m in self.counsel.finditer(text):
            for item in _ITEM.finditer(text, m.start("rest"), m.end("rest")):
                found = words(item.group())
                if _RUNS.fullmatch(item.group()) and not any(v.is_title_word(w) or v.is_body_word(w) for w in found) \
                        and not all(self.names.ordinary(w) for w in found):
                    yield Read(*item.span(), Kind.PERSON, PARTY_SCORE, "counsel after a party's label")

    def _party(self, name: str) -> bool:
        return bool(_RUNS.fullmatch(name)) and not all(self.names.plain(w) for w in words(name)) \
            and not any(self.names.vocabulary.is_title_word(w) for w in words(name))

    def _beside(self, text: str, people: Sequence[tuple[int, int]]) -> Iterator[Read]:
        """Two or three capitalised words beside a person found, parted from them only by
        an affiliation in brackets or a separator: another item of the same list. None in
        capitals, no English word after the first ("Briony Ladbury", not "Accidental Injury"),
        the last no place nor English word ("Abbey Wood")."""
        for run in _RUNS.finditer(text):
            span = name_part(text, *run.span(), self.names, places=False, first=True)
            found = words(text[span[0]:span[1]]) if span is not None else []
            if span is None or len(found) < 2 or any(w.isupper() for w in found) \
                    or any(self.names.ordinary(w) for w in found[1:]) or all(self.names.plain(w) for w in found) \
                    or self.names.plain(found[-1]) or self.names.vocabulary.in_places(text[span[0]:span[1]]) \
                    or any(a < span[1] and span[0] < b for a, b in people):
                continue
            if any(_BETWEEN.fullmatch(text, b, span[0]) or _BETWEEN.fullmatch(text, span[1], a) for a, b in people):
                yield Read(*span, Kind.PERSON, BESIDE_SCORE, "a name-shaped item beside a person in a list")
