"""The parties a judgment's heading names: a name before its party's word, on its line
or the next ("PRZEMYSLAW JANKOWSKI Appellant", "NICOS SAVVA\\nClaimant", "Jane Moss (2)
Respondent"), and every name of a numbered list of parties in a text that names a party's
word ("(3) NICOS SAVVA aka NS (4) CHRYSTALLA SAVVA or MV and (5) CL Accused and
Respondents"). The name need be on no list: the heading's shape is the evidence. A body,
an office or the Crown in that place ("THE CROWN PROSECUTION SERVICE Respondent",
"REGIONAL COURT OF TORUN", "HM ADVOCATE Appellant") is no person: a function word, a
body's, job's or title's word, a place or a court party in it keeps it. The party words are
`party_words` of rules/suggestions.yaml."""
from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from redactor.detect.address_block import continues
from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.suggest.wording import load_wording
from redactor.detect.vocabulary import Vocabulary, no_name_words
from redactor.names import NAME_WORD, PARTICLE, words
from redactor.rules import Rules
from redactor.types import Detection, Kind, Segment

PARTY_CAPTION = "PartyCaptionRecognizer"
_NUMBER = r"\(\d{1,2}\)"
_NAME = rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{1,3}})"


class PartyCaptionRecognizer(ExplainingRecognizer):
    """Two to four name words a party's word, or a party's number, tells."""

    SCORE = 0.85

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        party_words = load_wording(rules).party_words
        party = rf"(?-i:{phrases(party_words)})(?![\w'’-])"
        self.any_party = regex.compile(rf"(?<![\w'’-]){party}")
        # the name opening its line (a party's number before it allowed), its party's word after it on that line
        # or opening the next line written ("NICOS SAVVA\n\nClaimant")
        self.caption = regex.compile(rf"(?m)^[ \t]*(?:{_NUMBER}[ \t]*)?{_NAME}[ \t]*(?:{_NUMBER}[ \t]*)?,?"
                                     rf"(?:[ \t]*|[ \t]*\n(?:[ \t]*\n)*[ \t]*){party}")
        # a numbered party of a run-on list: "(3) NICOS SAVVA aka NS (4) …"
        self.numbered = regex.compile(rf"(?<![\w'’-]){_NUMBER}[ \t]*{_NAME}"
                                      rf"(?=[ \t]*(?:[,;]|$|{_NUMBER})|[ \t]+(?:aka|a\.k\.a\.|or|and|&)[ \t])", regex.M)
        # the party's word as a label opening its line, the name the rest of it: "CLAIMANT: Denen Beeka"
        label = rf"(?-i:{phrases([*party_words, *(w.upper() for w in party_words)])})"
        self.labelled = regex.compile(rf"(?m)^[ \t]*{label}[ \t]*:[ \t]*{_NAME}[ \t]*$")
        crown = phrases(rules.people.court_parties, r"[ \t]+")
        # a heading's line holding the name alone, and the next line opening with its party's word
        # (after another party and "AND": "EC AND ZROUGE ALEXANDER" above "Appellant")
        other = r"[\p{Lu}\d][\w'’.-]*(?:[ \t]+[\p{Lu}\d][\w'’.-]*)*[ \t]+(?:AND|and|&)[ \t]+"
        self.alone = regex.compile(rf"[ \t]*(?:{_NUMBER}[ \t]*)?(?:{other})?{_NAME}[ \t]*(?:{_NUMBER}[ \t]*)?,?[ \t]*")
        self.party_line = regex.compile(rf"[ \t]*{party}")
        self.crown = regex.compile(rf"(?i:{crown})")
        self.not_names = no_name_words(rules, rules.addresses.building_words)
        super().__init__(supported_entities=["PERSON"], name=PARTY_CAPTION)

    def analyze(self, text, entities, nlp_artifacts=None):
        labelled = ":" in text  # a label's colon: "CLAIMANT: Denen Beeka"
        if not self.any_party.search(text) and not (labelled and self.labelled.search(text)):
            return []
        found = {m.span("name"): "a name before its party's word in a case's heading"
                 for m in self.caption.finditer(text) if self._party(text, m.start("name"), m.group("name"))}
        if labelled:
            for m in self.labelled.finditer(text):
                if self._party(text, m.start("name"), m.group("name")):
                    found.setdefault(m.span("name"), "a name after its party's word as a label in a case's heading")
        if "(" in text:
            for m in self.numbered.finditer(text):
                if m.span("name") not in found and self._party(text, m.start("name"), m.group("name")):
                    found[m.span("name")] = "a numbered party in a case's heading"
        return [self.result("PERSON", a, b, self.SCORE, why) for (a, b), why in found.items()]

    def across(self, segments: Sequence[Segment]) -> list[Detection]:
        """The names alone on a line of a heading whose next line opens with their party's word
        ("NICOS SAVVA" above "Claimant"): each line is a text of its own to ``analyze``."""
        out = []
        for line, after in pairwise(segments):
            m = self.alone.fullmatch(line.text) if continues(line, after) else None
            if m and self.party_line.match(after.text) and self._party(line.text, m.start("name"), m.group("name")):
                out.append(Detection(line.id, *m.span("name"), m.group("name"), Kind.PERSON, self.SCORE, PARTY_CAPTION,
                                     "a name above its party's word in a case's heading"))
        return out

    def _party(self, text: str, start: int, name: str) -> bool:
        """Name words all in capitals or all in title case, none a title's, function, body's or
        job's word; no place nor court party, nothing the allow list keeps."""
        v = self.vocabulary
        parts = words(name)  # capitalised: not the particles of "Ann van Dijk"
        cased = all(w.isupper() for w in parts) or all(not w[1:].isupper() for w in parts)
        # a place that is no listed surname only as the last word (and the whole name) keeps it
        return cased and all(v.is_name_part(w, place=at < len(parts) - 1) and w.lower() not in self.not_names
                             for at, w in enumerate(parts)) \
            and not self.crown.fullmatch(name) and not v.in_places(name) and not v.is_kept(text, start)
