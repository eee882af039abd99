"""People in lists of authors, panel members and signatories: a line that opens with
two or three capitalised words, then a comma (or a dash) and a job title, post-nominal
letters or an agency ("Farah Quadir, Improvement Lead", "Gwendolyn Pask OBE, MA",
"Jo Bell - Devon County Council"), also as an item after a semicolon; and a name after a
job label and a colon ("Reviewer: Melba Gomes", "Reviewed by: Jo Bell"). The line's shape is
the evidence: the name need be on no list. The wording is in rules/people.yaml."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, PARTICLE, words
from redactor.rules import Rules

_BULLET = r"[ \t]*(?:(?:[•·▪●◦○■□➢►*\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+)?"
_SEPARATOR = r"[ \t]*(?:,|[ \t][-–—][ \t]|:)[ \t]*"
_ACRONYM = regex.compile(r"\p{Lu}{2,6}")


class PeopleListRecognizer(ExplainingRecognizer):
    """A name opening a line, told by what follows it."""

    SCORE = 0.85

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
        self.labelled = regex.compile(rf"(?m)^{_BULLET}(?P<label>(?:\p{{Lu}}\p{{Ll}}+[ \t]+){{0,2}}\p{{Lu}}\p{{Ll}}+)"
                                      rf"(?:[ \t]+by)?[ \t]*:[ \t]*{name}(?=[ \t]*(?:$|[;,(]))")
        evidence = rules.people.list_evidence
        self.jobs = {w.lower() for w in evidence.job_words + evidence.label_words}
        titles = {w.lower() for t in rules.all_titles for w in t.split() if w[:1].isupper()}
        self.evidence = {w.lower() for w in evidence.job_words + evidence.agency_words} | titles
        super().__init__(supported_entities=["PERSON"], name="PeopleListRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in self.line.finditer(text):
            if not self._could_be_name(m.group("name")):
                continue
            why = self._why(m.group("post"), m.group("rest") or "")
            if why:
                results.append(self.result("PERSON", *m.span("name"), self.SCORE, f"a name opening a line, then {why}"))
        for m in self.labelled.finditer(text):
            if words(m.group("label"))[-1].lower() in self.jobs and self._could_be_name(m.group("name")):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           "a name after a job label and a colon"))
        return results

    def _could_be_name(self, name: str) -> bool:
        parts = words(name)
        return all(self.vocabulary.is_name_word(w) and not _ACRONYM.fullmatch(w) for w in parts) \
            and not self.vocabulary.is_place(name) \
            and not (self.vocabulary.is_place(parts[-1]) and not self.vocabulary.in_surnames(parts[-1]))

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
