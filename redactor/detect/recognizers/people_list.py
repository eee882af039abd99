"""People in lists of authors, panel members and signatories: a line that opens with
two or three capitalised words, then a comma (a dash, a table cell's " / ") and a job title, post-nominal
letters or an agency ("Farah Quadir, Improvement Lead", "Gwendolyn Pask OBE, MA",
"Jo Bell - Devon County Council"), also as an item after a semicolon, or a listed first name
and a surname then an agency without a separator ("Gill Swapp Care Commission"); a name after a
job label and a colon ("Reviewer: Melba Gomes", "Reviewed by: Jo Bell"). Minutes: every
name-shaped item after an attendance label ("Present: Amy Tate – Head of Service, Norfolk
County Council; Ben Ola, Chair"), an action's owners ("Action: Priya", "Priya to book the
room", "Action: Sunita and Gwen to draft"), and a full name opening with a listed first
name and followed by its own initials in brackets ("Amy Tate (AT)"; "Quality Assurance (QA)"
defines an acronym). The line's shape is the evidence: the name need be on no list. The
wording is in rules/people.yaml."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import THING, ExplainingRecognizer, phrases
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, PARTICLE, words
from redactor.recognizer_names import PEOPLE_LIST
from redactor.rules import Rules

_BULLET = r"[ \t]*(?:(?:[•·▪●◦○■□➢►*\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+)?"
_SEPARATOR = r"[ \t]*(?:,|[ \t][-–—][ \t]|:|[ \t][/|][ \t])[ \t]*"  # " / ", " | ": a table's cells on one line
_BLANK = r"[ \t]+"
_ACRONYM = regex.compile(r"\p{Lu}{2,6}")
_AFTER_NAME = regex.compile(r"[ \t]*(?:,|[ \t][-–—]|\()[ \t]*")
_ITEM_END = r"[ \t]*(?:$|[,;(]|[ \t][-–—][ \t]|[ \t]+(?:and|&)[ \t])"



class PeopleListRecognizer(ExplainingRecognizer):
    """A name opening a line, told by what follows it."""

    SCORE = 0.85
    WORD_SURNAME_SCORE = 0.9  # strong (detect/spans.py): "Ward" of "Peter Ward" is kept in the name

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        letters = "|".join(regex.escape(p) for p in sorted(rules.people.post_nominals, key=len, reverse=True))
        letters = rf"(?:{letters})(?![\w(])"
        word = rf"(?!{letters}){NAME_WORD}"
        name = rf"(?P<name>{word}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{word}){{1,2}})"
        post = rf"(?P<post>(?:,?[ \t]+{letters})*)"
        # a line, or an item after a semicolon ("Reviewed by: …; Gwendolyn Pask OBE, MA")
        self.line = regex.compile(
            rf"(?m)(?:^{_BULLET}|(?<=;)[ \t]+){name}{post}(?:{_SEPARATOR}(?P<rest>[^\n;]*)|[ \t]*$)")
        # a job label, a colon and a name ending the line or its item: "Reviewer: Melba Gomes"
        # (or before the next label on its line: "Lead Reviewer: Peter Ward Published: June 2019")
        self.labelled = regex.compile(rf"(?m)^{_BULLET}(?P<label>(?:\p{{Lu}}\p{{Ll}}+[ \t]+){{0,2}}\p{{Lu}}\p{{Ll}}+)"
                                      rf"(?:[ \t]+by)?[ \t]*:[ \t]*{name}"
                                      rf"(?=[ \t]*(?:$|[;,(/])|[ \t]+\p{{Lu}}\p{{Ll}}+:)")
        # more names after a slash, as one label's several people: "Contact: Ann Holmes / Mairwen Hughes"
        self.slashed = regex.compile(rf"(?m)[ \t]*/[ \t]*{name}(?=[ \t]*(?:$|[;,(/])|[ \t]+\p{{Lu}}\p{{Ll}}+:)")
        evidence = rules.people.list_evidence
        # minutes: "Present: Amy Tate – Head of Service; Ben Ola, Chair", "Apologies: Priya and Ben"
        attendance, owners = (phrases(labels, _BLANK) for labels in (evidence.attendance_labels, evidence.owner_labels))
        self.attendance = regex.compile(rf"(?m)^{_BULLET}(?i:{attendance})[ \t]*:"
                                        rf"(?P<rest>[^\n]+)")
        # the next attendance label a flattened line runs on after an item: "JW, Wil Wild Apologies: Cllr WD"
        next_label = rf"[ \t]+(?i:{attendance})[ \t]*:"
        self.label_ahead = regex.compile(next_label)
        lone_or_name = rf"(?P<name>{word}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{word}){{0,2}})"
        self.item = regex.compile(rf"(?:(?<=[:,;])|(?<=[ \t](?:and|&)))[ \t]*{lone_or_name}"
                                  rf"(?={_ITEM_END}|{next_label})")
        self.owner = regex.compile(rf"(?m)(?:^{_BULLET}|\t)(?i:{owners})[ \t]*:[ \t]*"
                                   rf"{lone_or_name}(?=[ \t]*(?:$|[;,(]))")
        # one or more owners opening an action, after its label too: "Priya to book", "Action: Sunita and Gwen to draft"
        link = r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*)"
        # a table flattened to a line opens the action's cell with " / " or "|" after its number ("11. / Reshma to …")
        self.to_do = regex.compile(rf"(?m)(?:^{_BULLET}(?:[/|][ \t]*)?(?:(?i:{owners})[ \t]*:[ \t]*)?|(?<=\t))"
                                   rf"(?P<names>{NAME_WORD}(?:{link}{NAME_WORD})*)[ \t]+to[ \t]+\p{{Ll}}")
        # a panel list's line without a separator: "Gill Swapp Care Commission", "Helen Dewbery Knightstone Housing"
        self.bare = regex.compile(rf"(?m)^{_BULLET}(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})[ \t]+"
                                  rf"(?P<rest>\p{{Lu}}[\w'’-]*(?:[ \t]+(?:\p{{Lu}}[\w'’-]*|and|of|for|&))*)[ \t]*$")
        # a name opening a line and a role written after it without a separator, its job's word within its first
        # three words: "Joe Foley Group Manager, Safeguarding", "Safron Rose Independent review author"
        self.role_after = regex.compile(rf"(?m)^{_BULLET}(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})[ \t]+"
                                        rf"(?P<role>(?:[\p{{L}}'’-]+[ \t]+){{0,2}}?(?i:{phrases(evidence.job_words)}))"
                                        rf"(?![\w'’-])")
        # a Scottish counsel list after its party's number, up to the firm after the semicolon:
        # "(1) Moir, Cahill; Fleming and Reid, Glasgow", "(2) Belmonte sol adv, Prais; Belmonte & Co"
        counsel = rf"{NAME_WORD}(?:[ \t]+(?:QC|KC|sol(?:icitor)?[ \t]+adv(?:ocate)?|advocate))*"
        self.counsel = regex.compile(rf"(?m)^[ \t]*(?:\(\d{{1,2}}\)|For[ \t]+the[ \t]+\p{{Ll}}+[ \t]*:)[ \t]*"
                                     rf"(?P<names>{counsel}(?:[ \t]*,[ \t]*{counsel}){{0,3}})"
                                     rf"[ \t]*;[ \t]*(?P<firm>[^\n]*?)[ \t]*$")
        # a surname first, then a listed first name, as a list of sources writes it: "Orr, Lesley. Interview 2014"
        self.surname_first = regex.compile(rf"(?m)^{_BULLET}(?P<name>{NAME_WORD},[ \t]+{NAME_WORD})"
                                           rf"(?=\.|[ \t]*\(\d{{4}}\)|[ \t]*$)")
        self.initials = regex.compile(rf"(?<![\w'’-]){name}[ \t]*\((?P<initials>\p{{Lu}}{{2,4}})\)")
        self.jobs = {w.lower() for w in evidence.job_words + evidence.label_words}
        # the words of titles, not "His" and "Her" of "Her Honour Judge" ("Ann Lee, who was known to her friends")
        titles = {w.lower() for t in rules.all_titles for w in t.split() if w[:1].isupper()} - vocabulary.function_words
        self.evidence = {w.lower() for w in evidence.job_words + evidence.agency_words} | titles
        self.streets = {w.lower() for w in rules.addresses.street_types}
        super().__init__(supported_entities=["PERSON", THING], name=PEOPLE_LIST)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in self.line.finditer(text):
            score = self._score(m.group("name"))
            if score is None:
                continue
            why = self._why(m.group("post"), m.group("rest") or "")
            if why:
                results.append(self.result("PERSON", *m.span("name"), score, f"a name opening a line, then {why}"))
                results += self._affiliation(text, m.end("name"))
        for m in self.bare.finditer(text):
            if self._bare_line(m):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           "a name opening a line, then an agency"))
        for m in self.role_after.finditer(text):
            if self._role_after(m.group("name"), m.group("role")):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           "a name opening a line, then a role without a separator"))
        for m in self.counsel.finditer(text) if ";" in text else ():
            # strong for a surname that is a town too (detect/spans.py): "Murphy" of a counsel list stays a name
            results += [self.result("PERSON", *w.span(), self.WORD_SURNAME_SCORE if self.vocabulary.in_places(w.group())
                                    else self.SCORE, "counsel named after a party's number")
                        for w in regex.finditer(NAME_WORD, text, pos=m.start("names"), endpos=m.end("names"))
                        if self._counsel(w.group())]
            if m.group("firm"):
                results.append(self.result(THING, *m.span("firm"), self.SCORE, "the firm instructing counsel"))
        for m in self.surname_first.finditer(text) if "," in text else ():
            surname, first = words(m.group("name"))
            if self.vocabulary.is_first_name(first) and self._owner_word(first) and self._owner_word(surname) \
                    and not self.vocabulary.in_first_names(surname):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           "a surname, a comma and a first name opening a line"))
        for m in self.labelled.finditer(text):
            if words(m.group("label"))[-1].lower() not in self.jobs:
                continue
            score = self._score(m.group("name"))
            if score is None:
                continue
            results.append(self.result("PERSON", *m.span("name"), score, "a name after a job label and a colon"))
            at = m.end("name")
            while (more := self.slashed.match(text, at)) and (score := self._score(more.group("name"))) is not None:
                results.append(self.result("PERSON", *more.span("name"), score,
                                           "a name after a slash and a name after a job label"))
                at = more.end("name")
        for line in self.attendance.finditer(text):
            for m in self.item.finditer(text, line.start("rest"), line.end("rest")):
                score = self._score(m.group("name"), lone=True)
                if score is not None:
                    results.append(self.result("PERSON", *m.span("name"), score,
                                               "a name in a list of those present or absent"))
                    results += self._affiliation(text, m.end("name"))
        for m in self.owner.finditer(text):
            if self._could_be_name(m.group("name"), lone=True):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE, "a name as an action's owner"))
        for m in self.to_do.finditer(text):
            owners = list(regex.finditer(NAME_WORD, text, pos=m.start("names"), endpos=m.end("names")))
            # a listed first name among them: the others may be any name words ("Sunita and Gwen to draft")
            if any(self._could_be_name(w.group(), lone=True) for w in owners) \
                    and all(self._could_be_name(w.group(), lone=True) or self._owner_word(w.group()) for w in owners):
                results += [self.result("PERSON", *w.span(), self.SCORE, "a first name opening an action ('… to do …')")
                            for w in owners]
        for m in self.initials.finditer(text) if "(" in text else ():
            initials = m.group("initials")
            named = list(regex.finditer(NAME_WORD, text, pos=m.start("name"), endpos=m.end("name")))[-len(initials):]
            start = named[0].start()
            # a listed first name opens it: "Quality Assurance (QA)" defines an acronym
            score = self._score(text[start:m.end("name")])
            if "".join(w.group()[0] for w in named) == initials and self.vocabulary.in_first_names(named[0].group()) \
                    and score is not None:
                results.append(self.result("PERSON", start, m.end("name"), score,
                                           "a name followed by its own initials in brackets"))
                results += self._affiliation(text, m.end())
        return sorted({(r.start, r.end): r for r in results}.values(), key=lambda r: r.start)

    def _affiliation(self, text: str, end: int) -> list:
        """The role and agency written after a listed name, to the end of its item (or the next
        attendance label a flattened line runs on), when its first clause holds a job, letters or an
        agency ("– Designated Safeguarding Lead, Splitz"): a named thing, not a person."""
        sep = _AFTER_NAME.match(text, end)
        if sep is None:
            return []
        stop = min(i for i in (text.find(";", sep.end()), text.find("\n", sep.end()), len(text)) if i >= 0)
        label = self.label_ahead.search(text, sep.end(), stop)  # within the item: no label holds ";" or a line break
        stop = label.start() if label else stop
        if stop <= sep.end() or not self._why("", text[sep.end():stop]):
            return []
        return [self.result(THING, sep.end(), stop, self.SCORE, "the role or agency of a listed person")]

    def _bare_line(self, m: regex.Match) -> bool:
        """A listed first name and a surname in title case that names no thing, then an agency of
        two words or more ending in its word ("Care Commission", "Knightstone Housing"; not "Victoria
        Park Community Centre": a building's word is no agency's; not "Lucy Faithfull Foundation",
        a body named after a person)."""
        v = self.vocabulary
        first, last = words(m.group("name"))
        rest = words(m.group("rest"))
        agency = rest[-1].lower()
        return len(rest) > 1 and v.in_first_names(first) and not v.in_places(first) and last[1:].islower() \
            and self._could_be_name(m.group("name")) and last.lower() not in self.evidence \
            and last.lower() not in v.body_words and agency in self.evidence and agency in v.body_words \
            and agency not in self.jobs

    def _role_after(self, name: str, role: str) -> bool:
        """Two name words, one of them listed, in title case, neither a place (but a listed surname),
        a street's, job's, body's or agency's word, before a role whose words are letters, no function
        word ("Joe Foley" before "Group Manager"; not "Victoria Park" before "Senior Manager")."""
        v = self.vocabulary
        parts = words(name)
        return all(w[1:].islower() and v.is_name_part(w) and w.lower() not in self.evidence
                   and w.lower() not in v.body_words and w.lower() not in self.streets for w in parts) \
            and (v.is_first_name(parts[0]) or v.in_surnames(parts[1])) and not v.in_places(parts[0]) \
            and not any(w.lower() in v.function_words for w in role.split())

    def _counsel(self, word: str) -> bool:
        """A surname in a counsel list: a name word, not the letters after it ("QC", "sol adv")
        nor an office, a body or a place that is no listed surname ("Murphy", not "Glasgow")."""
        v = self.vocabulary
        return v.is_name_part(word) and word[0].isupper() and not _ACRONYM.fullmatch(word) \
            and word.lower() not in self.evidence and word.lower() not in v.body_words

    def _could_be_name(self, name: str, lone: bool = False) -> bool:
        """Name words, not an acronym nor a place; ``lone``: one word only if a listed first name."""
        parts = words(name)
        if len(parts) == 1 and not (lone and len(name) > 1 and self.vocabulary.in_first_names(name)
                                    and not self.vocabulary.in_places(name)):
            return False
        return all(self.vocabulary.is_name_word(w) and not _ACRONYM.fullmatch(w) for w in parts) \
            and not self.vocabulary.is_place(name) \
            and not (self.vocabulary.is_place(parts[-1]) and not self.vocabulary.in_surnames(parts[-1]))

    def _score(self, name: str, lone: bool = False) -> float | None:
        """How sure a list's item is a person: name words, or (strong, so that its ordinary word stays in the
        name) a listed first name and a surname that is also a word ("Anne Ward – Chair"); None: no name."""
        if self._could_be_name(name, lone):
            return self.SCORE
        return self.WORD_SURNAME_SCORE if self._first_name_and_word(name) else None

    def _owner_word(self, word: str) -> bool:
        """A word in title case that may be a name, no place nor acronym ("Sunita")."""
        return len(word) > 1 and word[1:].islower() and self.vocabulary.is_name_word(word) \
            and not self.vocabulary.in_places(word)

    def _first_name_and_word(self, name: str) -> bool:
        """A listed first name, then words in title case (or all in capitals) that are ordinary words
        too, none a title, job, agency nor function word ("Peter Ward", "JOANNE LANE", not "Devon
        County Council")."""
        v = self.vocabulary
        first, *rest = words(name)
        return bool(rest) and v.is_first_name(first) and not v.in_places(first) \
            and all((w[1:].islower() or name.isupper()) and w.lower() not in self.evidence
                    and w.lower() not in v.function_words for w in rest)

    def _why(self, post: str, rest: str) -> str | None:
        if post.strip():
            return "post-nominal letters"
        clause = regex.split(r",|\(|[ \t][-–—][ \t]", rest, maxsplit=1)[0]
        said = regex.findall(r"[\w'’-]+", clause)
        if not said:
            return None
        if any(w.lower() in self.evidence or w.lower() in self.vocabulary.post_nominals for w in said):
            return "a job title, letters or an agency"
        if len(said) == 1 and _ACRONYM.fullmatch(said[0]):
            return "an agency's initials"
        return None
