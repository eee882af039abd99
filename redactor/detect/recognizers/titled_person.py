"""Names written after a title, rank or role: "Doctor Smith", "Mrs. O'Neill",
"DC 4471 Ellis", "Dr J. Smith", "Paramedic Fairbanks", "Call handler Raman", a listed name in lower
case after a title ending its line or clause ("Sheriff fiona tait"); and the
surnames listed after the title of several ("Cllrs Smith, Jones and Patel"), and a family's surname alone
after a personal title's plural ("on behalf of Messrs Orams"; a firm's full name stays); a role word that is a
surname too alone after a personal title or rank ("a letter to Sgt Nurse on his promotion")."""
from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise, takewhile

import regex

from redactor.detect.address_block import continues
from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, NEXT_NAME_WORD, PARTICLE, is_initials
from redactor.rules import Rules
from redactor.types import Detection, Kind, Segment

_CAPITALS = regex.compile(r"[ \t]+\p{Lu}{2,}(?![\p{Ll}])")  # an acronym next: "Tees LSCB"
_THE = regex.compile(r"(?<![\w'’-])(?i:the)[ \t]+$")
_NAME_NEXT = regex.compile(r"[ \t]+\p{Lu}")
_BLANKS = regex.compile(r"[ \t]+")  # between the words of one item's name
_INITIAL = regex.compile(r"\p{Lu}\.?(?=[ \t]+\p{Lu})")  # an initial before the surname of a list's item
_NOTE = regex.compile(r"[ \t]*\([^()\n]{1,30}\)")  # a note in brackets after a list's item: "(Vice-Chairman)"
_POSTCODE_AFTER = regex.compile(r"[ \t]*,?[ \t]*\p{Lu}{1,2}\d")  # a town in an address: "London WC1A 1LY"
_LETTERS = regex.compile(r"\p{Lu}{1,3}")  # initials or letters after a name in a list: "RB", "CC"
_YEAR_AFTER = regex.compile(r"[ \t]+(?:1[89]|20)\d\d(?!\d)")  # a month's year: "June 2021" of "PC June 2021 Minutes"
_WORD_BEFORE = regex.compile(r"(?<![\w'’.-])(\p{Lu}[\p{L}-]*)[ \t]+$")  # a capitalised word just before a title


def _alternation(words: list[str], capital_optional: bool) -> str:
    forms = set()
    for w in words:
        forms |= {w, w.upper()}
        if capital_optional:
            forms.add(w[:1].lower() + w[1:])
    return "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))


class TitledPersonRecognizer(ExplainingRecognizer):
    """A title, then an optional collar number, then one to four name words."""

    STRONG, ROLE = 0.9, 0.7

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.jobs = frozenset(w.lower() for w in rules.people.list_evidence.job_words)
        agencies = _alternation(rules.people.list_evidence.agency_words, capital_optional=False)
        self.body = regex.compile(rf"(?:[ \t]+(?:and|&)?[ \t]*\p{{Lu}}[\w'’-]*){{0,3}}[ \t]+(?:{agencies})(?!\w)")
        self.peers = frozenset(rules.titles.peers)
        self.opening = frozenset(rules.titles.abbreviated)  # a title only ever before a name: "Dr", "Prof"
        self.as_written = {*rules.titles.honorifics, *rules.titles.ranks,
                           *(f for t in rules.titles.roles for f in (t, t[:1].lower() + t[1:]))}
        name = rf"(?P<name>(?:{PARTICLE}[ \t]+)*{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{0,3}})"
        strong = _alternation(rules.titles.honorifics + rules.titles.ranks, capital_optional=False)
        role = _alternation(rules.titles.roles, capital_optional=True)
        # "Mr C.A. Whomersley", "Dr J. Smith", "Ms E.-L. Kiiski", "Mr A Ford", "Councillor A J Jones"
        initials = (r"(?P<initials>[ \t]+(?:\p{Lu}\.(?:-\p{Lu}\.)?[ \t]?){1,3}"
                    r"|(?:[ \t]+\p{Lu}){1,3}(?=[ \t]+\p{Lu}\p{Ll}))?")
        # the name after a blank, or run into an abbreviated title ("CllrDavies": checked in analyze)
        tail = rf"(?:{vocabulary.title_dot}(?:[ \t]+(?P<number>\d{{2,7}}))?{initials}[ \t]+|(?=\p{{Lu}}\p{{Ll}})){name}"
        self.glued = regex.compile(vocabulary.glued_title)
        self.pattern = regex.compile(rf"(?<![\w.])(?:(?P<strong>{strong})|(?P<role>{role})){tail}")
        plurals = _alternation(rules.titles.plurals, capital_optional=False) or "(?!x)x"
        link = r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)"
        # an item: initials before a surname ("E Morton"), a particle opening it ("de Veulle"), an honorific ("Mrs B"),
        # a full name ("Myla Arceno"), letters after it ("Graham Lawrence CC"), initials alone ("RB", "S2"), a note in
        # brackets ("(Vice-Chairman)")
        personal = [t for t in rules.titles.honorifics if t in rules.titles.abbreviated or t == "Miss"]  # "Mrs B"
        honorific = _alternation(personal, capital_optional=False)
        item = (rf"(?:(?:{honorific})\.?[ \t]+)?(?:(?:\p{{Lu}}\.?[ \t]+){{0,3}}(?:{PARTICLE}[ \t]+)?{NAME_WORD}"
                rf"(?:[ \t]+{NAME_WORD})?"
                rf"(?:[ \t]+\p{{Lu}}{{2,3}}(?![\w'’-]))?|\p{{Lu}}{{1,3}}\d?(?!\w))(?:{_NOTE.pattern})?")
        self.honorifics = frozenset(personal)
        # a personal title run into initials and a surname, as a flattened list writes them: "MrsHMcNeill", "MrJKOwen"
        self.glued_initials = regex.compile(rf"(?<![\w.])(?P<title>{honorific})\p{{Lu}}{{1,2}}"
                                            rf"(?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*)(?![\w'’-])")
        self.family_titles = frozenset(rules.titles.family_plurals)
        # a colon after the title too, as minutes write it: "Councillors: Smith, Jones and Patel"
        self.plural = regex.compile(rf"(?<![\w.])(?P<title>{plurals})(?:\.?(?:[ \t]*:)?[ \t]+|(?=\p{{Lu}}\p{{Ll}}))"
                                    rf"(?P<names>{item}(?:{link}{item})+)")
        # one member with initials after the title of several, as minutes head a column of members:
        # "Councillors J Fitzakerley (Chair)" (initials and a surname name a person, whatever the list's length)
        self.plural_one = regex.compile(rf"(?<![\w.])(?P<title>{plurals})\.?(?:[ \t]*:)?[ \t]+"
                                        rf"(?P<names>(?:\p{{Lu}}\.?[ \t]+){{1,3}}{NAME_WORD})"
                                        rf"(?![\w'’-]|[ \t]*(?:,|and|&))")
        families = _alternation(rules.titles.family_plurals, capital_optional=False) or "(?!x)x"
        self.family = regex.compile(rf"(?<![\w.])(?P<title>{families})\.?[ \t]+(?P<name>{NAME_WORD})"
                                    rf"(?![ \t]*&|[ \t]+\p{{Lu}}|[\w'’-])")
        self.items = regex.compile(rf"[ \t]*(?P<names>{item}(?:{link}{item})*)")
        # a role word that is a surname too, alone after a personal title or rank: "Sgt D Nurse was", "Sgt Nurse on"
        surnamed = _alternation(rules.titles.role_surnames, capital_optional=False) or "(?!x)x"
        personal_or_rank = _alternation(personal + rules.titles.ranks, capital_optional=False)
        self.role_surname = regex.compile(rf"(?<![\w.])(?P<title>{personal_or_rank}){vocabulary.title_dot}"
                                          rf"(?:[ \t]+\p{{Lu}}\.?){{0,3}}[ \t]+(?P<name>{surnamed})"
                                          rf"(?![\w'’-]|[ \t]+\p{{Lu}})")
        # a name in lower case after a title, ending its line or clause: "Sheriff fiona tait", "Mr john smith,"
        lower = r"\p{Ll}[\p{Ll}'’-]+"
        self.lower = regex.compile(rf"(?m)(?<![\w.])(?P<title>{strong}){vocabulary.title_dot}[ \t]+"
                                   rf"(?P<name>{lower}[ \t]+{lower})(?=[ \t]*(?:$|[,.;:(]))")
        super().__init__(supported_entities=["PERSON"], name="TitledPersonRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in self.pattern.finditer(text, overlapped=True):
            if m.start("name") == m.end("strong" if m.group("strong") else "role") \
                    and not ((g := self.glued.match(text, m.start())) and g.end() == m.start("name")
                             and self.vocabulary.is_listed(regex.match(NAME_WORD, m.group("name")).group())):
                continue  # run into a listed name, only an abbreviated title is ("CllrDavies"; not "MasterCard",
                # "MsWord")
            words = list(regex.finditer(NAME_WORD, m.group("name")))
            words = list(takewhile(lambda w: w.group() not in self.opening, words))  # the next member's title:
            # "Mr Keith Buchanan Prof Brice Dickson", "Ms Roisin McGlone Dr Paul Moore"
            following = next((i for i, w in enumerate(words)
                              if i and self.pattern.match(text, m.start("name") + w.start())), None)
            # one word between a title and the same title again, as a run-on list of members writes them, is a
            # surname whatever else it is: "Councillor Senior Councillor Howley"
            repeated = following == 1 and text.startswith(m.group("strong") or m.group("role"),
                                                           m.start("name") + words[1].start())
            if following is not None:  # another title and its name after the words: "Chair Regional
                if not repeated and not any(self.vocabulary.is_listed(w.group()) for w in words[:following]):
                    continue  # Employment Judge Vincent Ryan" (the next title's own words), not a name
                words = words[:following]
            if m.group("initials"):  # after initials one surname: a lone capital opens the next member
                words = list(takewhile(lambda w: len(w.group()) > 1, words))  # ("Councillor C Short A Waldie")
                # nor is a place that is no surname after it, nor a body's name the allow list reads: the body
                # the member comes from, run on as a list line writes it ("Cllr B Cox Staffordshire District
                # Council", "Dr A Okafor Hull University Teaching Hospitals")
                cut = next((i for i, w in enumerate(words) if i and self._opens_a_body(text, m.start("name"), w)),
                           None)
                words = words[:cut]
            # after initials the word is a surname: "Councillor G Thomas Cabinet Member" names G Thomas
            first_listed = self.vocabulary.in_first_names(words[0].group()) and not m.group("initials") \
                if words else False
            while len(words) > (2 if first_listed else 1) and not self.vocabulary.is_name_word(words[-1].group()) \
                    and not self.vocabulary.in_surnames(words[-1].group()):
                words.pop()
            start = m.start("name")
            while len(words) > 2 and words[0].group().lower() in self.jobs:
                words.pop(0)  # a title's own job word: "Justice Secretary Michael Matheson"
                start = m.start("name") + words[0].start()
            while len(words) > 2 and self.vocabulary.is_place(words[0].group()) \
                    and not self.vocabulary.in_surnames(words[0].group()) \
                    and self.vocabulary.in_first_names(words[1].group()):
                words.pop(0)  # a role's town before the name in a flattened table: "Chair Hartlepool Pauline Beall"
                start = m.start("name") + words[0].start()
            first = words[0].group().lower() if words else ""
            written = m.group("strong") or m.group("role")
            if written not in self.as_written and not m.group("name").isupper():
                continue  # a title in capitals goes with a name in capitals ("MR SMITH"), not "DHR Panel"
            # a name whatever else its word is: "said Lord Judge,", "Mr P W High"
            peer = bool(words) and (repeated or self._peer_named(text, m, written, words)
                                    or self._surname_after_initials(text, m, written, words))
            initial = len(words) > 1 and len(words[0].group()) == 1  # "MISS A SEHAT": an initial, not "a"
            if not peer and (not words or self.vocabulary.is_title_word(first)
                             or first in self.vocabulary.function_words and not initial):
                continue
            strong = m.group("strong") is not None
            if not strong and len(first) > 1 and words[0].group().isupper() and not written.isupper():
                continue  # a role before a body in capitals: "Chair SLSCB VEMT Sub-Group", "Consultant PHA"
            lone = words[0].group() if len(words) == 1 else None
            if lone and not peer and not self.vocabulary.is_name_word(lone) and not self.vocabulary.in_surnames(lone) \
                    and (not strong or (written not in self.opening or lone.lower() in self.jobs)
                         and not self.vocabulary.in_first_names(lone) and lone[1:].islower()
                         and lone.lower() not in self.vocabulary.dates):
                continue  # a role before an ordinary word: "GP Practice", "Nurse Team", "School Governor Local Area",
                # an office a title addresses: "Mr Chairman" ("Mrs March" is a person; so is "Mr Masters": a title
                # only ever before a name names one)
            if lone and lone.lower() in self.vocabulary.dates \
                    and _YEAR_AFTER.match(text, m.start("name") + words[0].end()):
                continue  # a month and its year after a title: "PC June 2021 Minutes" (the parish council's)
            if lone and not m.group("initials") and written not in self.honorifics \
                    and self._inside_a_body(text, m.start(), lone):
                continue  # a title word inside a body's name: "Criminal Justice Division", "Community Justice Scotland"
                # (not a personal title nor initials: "Mr A MacInnes Mr R Balfour" is a run-on list of members)
            if lone and not self.vocabulary.in_first_names(lone) and not self.vocabulary.in_surnames(lone) \
                    and self._body_word_after(text, m.start("name") + words[0].end()):
                continue  # a court or body named after its title: "the Sheriff Appeal Court"
            if not strong and lone and self.vocabulary.is_place(lone) and not self.vocabulary.in_surnames(lone) \
                    and (self.body.match(text, at := m.start("name") + words[0].end()) or _CAPITALS.match(text, at)):
                continue  # a role and a body named by its place: "Chief Executive Lisburn and Castlereagh City
                # Council", "Chair Tees LSCB's Procedures Group"
            end = m.start("name") + words[-1].end()
            if self.vocabulary.names_a_place(text[start:end]):
                continue  # a rank or role and its area: "Chief Constable NORTHERN IRELAND"
            if is_initials(text[start:end]) and not (written.isupper() and lone is not None
                                                     and self.vocabulary.is_name_in_capitals(lone)):
                continue
            title = text[m.start(): start].strip()
            score = self.STRONG if strong else self.ROLE
            why = f"name after the {'title' if strong else 'role'} '{title}'"
            results.append(self.result("PERSON", start, end, score, why, title=title))
        for m in self.lower.finditer(text):
            if self._in_lower_case(m.group("name")):
                results.append(self.result("PERSON", *m.span("name"), self.STRONG,
                                           f"a name in lower case after the title '{m.group('title')}'",
                                           title=m.group("title")))
        for m in self.glued_initials.finditer(text):
            if not m.group("title").isupper() and (self.vocabulary.is_name_word(m.group("name"))
                                                   or self.vocabulary.in_surnames(m.group("name"))):
                # (a title in capitals run into capitals is letters: "FRCPath" is no "FR" and C Path)
                results.append(self.result("PERSON", *m.span("name"), self.STRONG,
                                           f"a surname run into the title '{m.group('title')}' and initials",
                                           title=m.group("title")))
        for m in self.role_surname.finditer(text):
            results.append(self.result("PERSON", *m.span("name"), self.STRONG,
                                       f"a role word that is a surname too, alone after the title '{m.group('title')}'",
                                       title=m.group("title")))
        for m in self.family.finditer(text):
            if self._surname(m.group("name"), family=True):
                results.append(self.result("PERSON", *m.span("name"), self.STRONG,
                                           f"a family's name after the title '{m.group('title')}'",
                                           title=m.group("title")))
        for m in [*self.plural.finditer(text), *self.plural_one.finditer(text)]:
            results += [self.result("PERSON", a, b, self.STRONG,
                                    f"a name listed after the title '{m.group('title')}'", title=m.group("title"))
                        for a, b in self._listed(text, m.start("names"), m.end("names"),
                                                 m.group("title") in self.family_titles)]
        return results

    def _listed(self, text: str, start: int, end: int, family: bool = False) -> list[tuple[int, int]]:
        """The names of a list after a title of several, up to the first word that is none ("Lords Justice
        Thomas, Leveson, Mr Justice Owen"; "Councillors Police and Crime" lists no one) or a town before a
        postcode ("Messrs Christian Fisher, London WC1A 1LY"): not the initials
        before a surname, letters, honorifics nor notes in brackets ("Mrs B", "RB", "(Vice-Chairman)");
        the words of a full name are one name ("Orla Maher"). After a personal title's plural (``family``:
        "Messrs H, Masters, S") a word in title case is a surname whatever else it is."""
        notes = [n.span() for n in _NOTE.finditer(text, start, end)]
        listed = [w for w in regex.finditer(NAME_WORD, text, pos=start, endpos=end)
                  if not (len(w.group()) == 1 and _INITIAL.match(text, w.start()))
                  and not _LETTERS.fullmatch(w.group()) and w.group() not in self.honorifics
                  and not any(a <= w.start() < b for a, b in notes)]
        listed = next((listed[:i] for i, w in enumerate(listed) if not self._surname(w.group(), family)
                       or self.vocabulary.in_places(w.group()) and _POSTCODE_AFTER.match(text, w.end())), listed)
        spans: list[tuple[int, int]] = []
        for w in listed:
            if spans and _BLANKS.fullmatch(text, spans[-1][1], w.start()):
                spans[-1] = (spans[-1][0], w.end())
            else:
                spans.append(w.span())
        return spans

    def across(self, segments: Sequence[Segment]) -> list[Detection]:
        """A list after a title of several that a line break splits after a comma ("Councillors Noakes,
        Backhouse,\nPatterson, Scholes and Webb"): the names opening the next line are listed too."""
        out = []
        for line, after in pairwise(segments):
            text = line.text.rstrip()
            if not text.endswith(",") or not continues(line, after):
                continue
            m = next((p for p in self.plural.finditer(text) if text[p.end():].strip() == ","), None)
            items = self.items.match(after.text) if m else None
            if m is None or items is None:
                continue
            why = f"a name listed after the title '{m.group('title')}' on the line before"
            listed = self._listed(after.text, items.start("names"), items.end("names"))
            # no title beside them on their own line: each is a person of their own ("Scholes", "Sloan": S, S2)
            out += [Detection(after.id, a, b, after.text[a:b], Kind.PERSON, self.STRONG, self.name, why)
                    for a, b in listed]
        return out

    def _in_lower_case(self, name: str) -> bool:
        """A listed first name that is no common word nor place and a listed surname that is no common
        word, in lower case ("fiona tait"; not "will grant", "may decide")."""
        v = self.vocabulary
        first, last = (w.title() for w in name.split())
        return v.is_first_name(first) and not v.in_places(first) and v.in_surnames(last) and v.is_name_word(last) \
            and last.lower() not in v.function_words

    def _surname_after_initials(self, text: str, m: regex.Match, written: str, words: list[regex.Match]) -> bool:
        """One word in title case after a personal title and initials, ending the name (no capitalised word
        after it but the next member's title): the surname, whatever else it is ("Mr P W High", "Mrs A Young",
        "Mr P W High Mr B Smith"; not "Mr A B High Court")."""
        lone = words[0].group()
        if written not in self.honorifics or not m.group("initials") or len(words) != 1 \
                or not lone[1:].islower() or len(lone) < 2:
            return False
        after = NEXT_NAME_WORD.match(text, m.start("name") + words[0].end())
        return after is None or after.group(1) in self.opening

    def _peer_named(self, text: str, m: regex.Match, written: str, words: list[regex.Match]) -> bool:
        """A name that is a title and a listed surname, alone after a peer's or a person's own title and
        not after "the" ("said Lord Judge,", "Mr Judge said", "Councillor Judge."; not "the Lord Chancellor",
        "Lord Justice Leveson", "Mrs Justice." of the title "Mrs Justice")."""
        lone = words[0].group()
        return written in self.peers and len(words) == 1 and self.vocabulary.in_surnames(lone) \
            and f"{written} {lone}" not in self.as_written \
            and not _THE.search(text, 0, m.start()) and not _NAME_NEXT.match(text, m.start("name") + words[0].end())

    def _inside_a_body(self, text: str, at: int, lone: str) -> bool:
        """Is the title at ``at``, before the one word ``lone``, a word of a body's name: ``lone`` is a body's
        word ("Justice Division"), or a place that is no listed first name after a capitalised word that is no
        title nor possessive ("Community Justice Scotland"; not "Baroness Scotland", "Mr Justice Cobb",
        "Labour's Baroness Scotland")?"""
        if self.vocabulary.is_body_word(lone):
            return True
        before = _WORD_BEFORE.search(text, 0, at)
        return before is not None and self.vocabulary.in_places(lone) and not self.vocabulary.in_first_names(lone) \
            and not self.vocabulary.is_title_word(before.group(1))

    def _opens_a_body(self, text: str, at: int, word: regex.Match) -> bool:
        """Does ``word`` of the name at ``at`` open the body a member comes from: a place in title case that is
        no surname, or the start of a body's name the allow list reads?"""
        w = word.group()
        return w[1:].islower() and self.vocabulary.is_place(w) and not self.vocabulary.in_surnames(w) \
            or any(a == at + word.start() for a, _ in self.vocabulary.keep_spans(text))

    def _body_word_after(self, text: str, end: int) -> bool:
        after = NEXT_NAME_WORD.match(text, end)
        return after is not None and after.group(1).lower() in self.vocabulary.body_words

    def _surname(self, word: str, family: bool = False) -> bool:
        """A word that may be a surname in a list after a title ("Ward" is one); after a personal title's
        plural (``family``) any word in title case but a function word ("Masters" of "Messrs H, Masters, S")."""
        return len(word) > 1 and not self.vocabulary.is_title_word(word) \
            and (self.vocabulary.is_name_word(word) or self.vocabulary.in_surnames(word)
                 or family and word[1:].islower() and word.lower() not in self.vocabulary.function_words)
