"""The pseudonym in a review's title or heading: "Serious Case Review: Maisie",
"Child Safeguarding Practice Review – Jody", "DHR Sarah", "Serious Case Review Sofia
Published 22 December 2015". After the name of a review (rules/people.yaml `reviews`)
and a colon, a dash, "in respect of" or a space (`review_links`): a listed first name,
even one that is also a place ("Sofia"); or any name word that ends the heading (the end
of the line, punctuation or a lower-case word) after a colon, a dash or a word, unless it is
a place ("SAR Norfolk"); after a bare space only a listed first name ("CSPR Subgroup" stays).
Also a listed first name naming a report after a board's initials, "the" or opening a line
("BBSCB Rosie Report"); and a subject's label (`case_labels`) before a listed first name
("Child Chloe", "Adult Sylvie"), a listed surname after "Family" ("Family Patel") or any
name word before a year ("Case Kitty/2020", "Case Joyce Jackson/2015") or, after "of", a date ending the
line ("Case of Eleena, March 2018", a list of reviews); "Child Protection",
"Family Court" and "Case Conference" stay."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, line_before
from redactor.rules import Rules

_ENDS_HEADING = regex.compile(r"[ \t]*(?:$|[\n.,;:!?()\[\]–—-]|\p{Ll}|\d)", regex.MULTILINE)
_ENDS_LINE = regex.compile(r"[ \t]*(?:$|\n)", regex.MULTILINE)  # a heading's last word: not "Review June 2019"
_DATED = regex.compile(r"[ \t]*[,–—-][ \t]*(?:(?P<month>\p{Lu}\p{Ll}+)[ \t]+)?(?:19|20)\d\d[ \t]*$", regex.MULTILINE)
_FAMILY = "family"  # the one label a surname follows


class ReviewTitleRecognizer(ExplainingRecognizer):
    """A name word just after a review's name."""

    SCORE = 0.9  # strong: "Sofia" before "Published" is no named thing

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        links = "|".join(f"(?:{link})" for link in rules.people.review_links) or "[ \t]+"
        documents = rf"(?:[ \t]+(?:{phrases(rules.people.review_documents)}))?"  # "… Review Report for April"
        self.pattern = regex.compile(rf"(?<!\w)(?:{phrases(rules.people.reviews)}){documents}(?P<link>{links})"
                                     rf"(?P<quote>[\"“‘'`])?"
                                     rf"(?P<name>{NAME_WORD})(?!\w)(?![\"”’']?\p{{Lu}}\.)")
        # a report named for its subject, after a board's initials, "the" or opening a line: "BBSCB Rosie Report"
        self.named_report = regex.compile(rf"(?m)(?:(?<=(?<!\w)\p{{Lu}}{{2,}}[ \t]+)|(?<=(?<!\w)(?i:the)[ \t]+)|^)"
                                          rf"(?P<name>{NAME_WORD})[ \t]+(?:Report|Review)(?!\w)")
        # a subject's label: "Child Chloe", "Family Patel", "Case Kitty/2020", "Case Joyce Jackson/2015"
        labels = phrases(rules.people.case_labels, r"[ \t]+")
        self.labelled = regex.compile(rf"(?<![\w'’-])(?P<label>{labels})(?P<of>[ \t]+of)?[ \t]+"
                                      rf"(?P<name>(?=\p{{Lu}}\p{{Ll}}){NAME_WORD}"
                                      rf"(?:[ \t]+(?=\p{{Lu}}\p{{Ll}}){NAME_WORD}"
                                      rf"(?=/\d))?)(?P<year>/\d{{2,4}}(?!\d))?(?![\w'’-])")
        super().__init__(supported_entities=["PERSON"], name="ReviewTitleRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in self.named_report.finditer(text):
            name = m.group("name")
            if self.vocabulary.is_first_name(name) \
                    and not self.vocabulary.in_places(name) and not self.vocabulary.is_kept(text, m.start("name")):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           "a first name naming a report (a pseudonym)"))
        for m in self.pattern.finditer(text, overlapped=True):  # "Serious Case Review Overview Report Holly"
            name = m.group("name")
            word = not self.vocabulary.is_name_word(name)  # a first name that is a month or word: "SAR June"
            # ... ending the line, or in quotes: "DHR `June` - Overview Report"
            alone = _ENDS_LINE.match(text, m.end("name")) or m.group("quote") and _closing_quote(text, m.end("name"))
            if any(r.start == m.start("name") for r in results) or len(name) < 2 \
                    or word and not (self.vocabulary.in_first_names(name) and alone) \
                    or self.vocabulary.is_title_word(name) \
                    or self.vocabulary.is_kept(text, m.start("name")):
                continue
            listed = self.vocabulary.in_first_names(name)
            ends = _ENDS_HEADING.match(text, m.end("name") + _closing_quote(text, m.end("name")))
            linked = bool(m.group("link").strip())  # after a bare space only a listed name: "CSPR Subgroup"
            if listed or linked and ends and not self.vocabulary.in_places(name):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           "a name after the name of a review (a pseudonym)"))
        for m in self.labelled.finditer(text):
            if not any(r.start == m.start("name") for r in results) and self._labelled(text, m):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           f"a name after the label '{m.group('label')}' (a pseudonym)"))
        return results

    def _labelled(self, text: str, m: regex.Match) -> bool:
        """After a subject's label: any name words before a year, a town's name too; or, ending the
        label, a listed first name (one that is also a month or word when it ends the line: "Child
        June") or after "Family" a listed surname that is no place; never a title nor kept text."""
        v = self.vocabulary
        name, *rest = m.group("name").split()
        # a first name that is also a month or word ends the heading's line: "Child June"
        word = not rest and not m.group("year") and v.in_first_names(name) and bool(_ENDS_LINE.match(text, m.end()))
        if any(not (v.is_name_word(w) or word) or v.is_title_word(w) for w in (name, *rest)) \
                or v.is_kept(text, m.start("name")):
            return False
        if m.group("of"):  # a dated case on a line of its own, as lists of reviews give them: "Case of Eleena,
            # March 2018" (a word on no first-name list with a month only: not "Case of Need, 2019")
            dated = _DATED.match(text, m.end())
            month = dated.group("month") if dated else None
            return dated is not None and not line_before(text, m.start()).strip() \
                and (month is None or month.lower() in v.dates) \
                and (v.is_first_name(name) or month is not None and not v.in_places(name))
        if m.group("year"):
            return True  # a town's name too: "Case Martin/2018", "Case Tamana/2018"
        if v.in_places(name):
            return False
        # without a year the name ends the label: "Child Chloe was seen", not "Family Grace Church"
        return bool(_ENDS_HEADING.match(text, m.end("name"))) \
            and (v.is_first_name(name) or word or m.group("label").lower() == _FAMILY and v.in_surnames(name))


def _closing_quote(text: str, end: int) -> int:
    return 1 if end < len(text) and text[end] in "\"”’'`" else 0
