"""Judges named by surname with their office written after it: "Harker J", "Lloyd LJ",
"MORGAN LCJ", "Munby P", "Sir Andrew McFarlane P", "Buxton LJ" (a town's name too). The
office stays and the name becomes its initial ("H J"). An office of one letter ("J", "P")
could be a pseudonym's letter ("Child J", "Person P"): it is an office only after a listed
name that is no place, in a text that speaks of a court, or after a surname in capitals
alone on its line ("WEATHERUP J", a judgment's heading). The offices and court words are in rules/titles.yaml."""
from __future__ import annotations

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, PARTICLE, line_before
from redactor.rules import Rules


def _heading(text: str, start: int, end: int) -> bool:
    """A surname in capitals and its office alone on a line, as a judgment heads the judge's
    words ("WEATHERUP J")."""
    line_end = text.find("\n", end)
    return text[start:end].isupper() and not line_before(text, start).strip() \
        and not text[end:len(text) if line_end < 0 else line_end].strip()


class OfficeAfterRecognizer(ExplainingRecognizer):
    """One to three name words, then an office from `offices_after`."""

    SCORE = 0.9

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        offices = "|".join(regex.escape(o) for o in sorted(rules.titles.offices_after, key=len, reverse=True))
        name = rf"(?P<name>{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{0,2}})"
        # "Harker J." ends a sentence; "J.K." or "J.Smith" are initials
        self.pattern = regex.compile(rf"(?<![\w.'’-]){name}[ \t]+(?P<office>{offices or '(?!x)x'})(?![\w'’-]|\.\w)")
        self.any_office = regex.compile(rf"[ \t](?:{offices or '(?!x)x'})(?![\w'’-])")  # a text without one has none
        super().__init__(supported_entities=["PERSON"], name="OfficeAfterRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        if not self.any_office.search(text):
            return results
        for m in self.pattern.finditer(text):
            found = regex.findall(NAME_WORD, m.group("name"))
            start = m.start("name")
            office = m.group("office")
            # "Sir Andrew McFarlane P": the name is after "Sir"
            while found and not self._could_be_name(found[0], office):
                start = text.index(found[1], start + len(found[0])) if len(found) > 1 else m.end("name")
                found.pop(0)
            if not found or not all(self._could_be_name(w, office) for w in found):
                continue
            if len(office) == 1 and not self._listed(found) and not self.vocabulary.court.search(text) \
                    and not _heading(text, start, m.end()):
                continue
            results.append(self.result("PERSON", start, m.end("name"), self.SCORE,
                                       f"a name before the office '{office}'", title=office))
        return results

    def _could_be_name(self, word: str, office: str) -> bool:
        """A name word; a place only before an office of two letters or more ("Buxton LJ", not "Chester J")."""
        return len(word) > 1 and self.vocabulary.is_name_word(word) \
            and (len(office) > 1 or not self.vocabulary.in_places(word))

    def _listed(self, found: list[str]) -> bool:
        return any(self.vocabulary.in_surnames(w) or self.vocabulary.in_first_names(w) for w in found)
