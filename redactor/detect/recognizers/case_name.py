"""The parties of a case cited by name are people: "R v Smith", "Smith v Jones",
"REGINA v JOHN SMITH", "Smith and another v Jones"; two people only in a text about a
court or with a law report's citation ("Huntly v Clyde" is a match). The Crown and public
offices (rules/people.yaml `court_parties`: "R", "Regina", "DPP") are no person: they
are named things, so a lone word NER or a name list took for a person there stays
("REGINA" is no "R"). A party that is a place, an allow-listed body or an ordinary
word ("Smith v Poland", "Smith v Sussex Police") is no person either, but against the Crown
a lone surname may be a word ("Last & Ors v R"); a law report index writes the Crown last
("Challen, R. v", "McfEtrich, R (on the application of) v")."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import THING, ExplainingRecognizer, phrases
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, PARTICLE, words
from redactor.rules import Rules

_VERSUS = regex.compile(r"\s(?:v|vs|V)\.?(?:\s|$)")  # a text without it names no case ("Challen, R. v" may end a line)
_PARTY = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{0,2}}"


class CaseNameRecognizer(ExplainingRecognizer):
    """Both sides of a " v " between names."""

    SCORE = 0.85

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        crown = phrases(rules.people.court_parties, r"[ \t]+")
        self.crown = regex.compile(rf"(?i:{crown})")
        others = r"(?:[ \t]+(?:and|&)[ \t]+(?i:others?|another|anr|ors)\.?)?"
        self.pattern = regex.compile(
            rf"(?<![\w'’.-])(?P<left>{_PARTY}){others}\.?\s+(?:v|vs|V)\.?\s+(?P<right>{_PARTY})(?![\w'’-])")
        # a law report index writes the Crown last: "Challen, R. v [2019] EWCA Crim 916", "McfEtrich, R (on the
        # application of) v Secretary of State"
        self.reversed = regex.compile(rf"(?<![\w'’.-])(?P<left>{_PARTY}),[ \t]+(?:R|Regina|Rex)\.?"
                                      rf"(?:[ \t]+\((?i:on the application of)\))?[ \t]+v\b")
        super().__init__(supported_entities=["PERSON", THING], name="CaseNameRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        if not _VERSUS.search(text):
            return results
        for m in self.pattern.finditer(text):
            crown = any(self.crown.fullmatch(p) for p in self._left_parties(text, m) + [m.group("right")])
            if not crown and not self.vocabulary.court.search(text):
                continue  # "Huntly v Clyde" is a match, not a case
            for side in ("left", "right"):
                # the party is the longest run of words ending the left side ("In R. v. Smith": "R")
                starts = [w.start() for w in regex.finditer(NAME_WORD, text, pos=m.start(side), endpos=m.end(side))]
                for start in starts if side == "left" else starts[:1]:
                    party = text[start:m.end(side)]
                    if self.crown.fullmatch(party):
                        results.append(self.result(THING, start, m.end(side), self.SCORE,
                                                   "the Crown as a party of a case"))
                    elif self._person(text, start, party, against_crown=side == "left"
                                      and bool(self.crown.fullmatch(m.group("right")))):
                        results.append(self.result("PERSON", start, m.end(side), self.SCORE,
                                                   "a party of a case ('X v Y')"))
                    else:
                        continue
                    break
        for m in self.reversed.finditer(text):
            start = [w.start() for w in regex.finditer(NAME_WORD, text, pos=m.start("left"), endpos=m.end("left"))][-1]
            if self._person(text, start, text[start:m.end("left")]):
                results.append(self.result("PERSON", start, m.end("left"), self.SCORE, "a party of a case ('X, R v')"))
        return results

    @staticmethod
    def _left_parties(text: str, m: regex.Match) -> list[str]:
        """The runs of words ending the left side ("In R" -> "In R", "R")."""
        return [text[w.start():m.end("left")] for w in regex.finditer(NAME_WORD, text, pos=m.start("left"),
                                                                    endpos=m.end("left"))]

    def _person(self, text: str, start: int, party: str, against_crown: bool = False) -> bool:
        """Name words, no place nor kept text; against the Crown a lone word may be an ordinary
        word too ("Last & Ors v R"), not a title or function word."""
        parts = words(party)
        v = self.vocabulary
        lone_word = against_crown and len(parts) == 1 and parts[0][1:].islower() \
            and not v.is_title_word(parts[0]) and parts[0].lower() not in v.function_words
        return all(len(w) > 1 and (v.is_name_word(w) or lone_word) for w in parts) \
            and not self.vocabulary.in_places(party) and not self.vocabulary.in_places(parts[-1]) \
            and not self.vocabulary.is_kept(text, start)
