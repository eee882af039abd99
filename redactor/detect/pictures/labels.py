"""Names and dates of birth in the shapes pictures write them: a genogram label ("Grace
Okafor (67)", "Hope Whitlock b. 21/05/2015", "Marcus d. 2019"), a line that holds a
name and nothing else (a name in a box, a list of a household), and a date after a birth
label ("b. 12/03/1990", "DOB: 12/03/1990"). An age or a date of death stays."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from redactor.detect.recognizers.date_of_birth import DateOfBirthRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.names import is_initials
from redactor.rules import Rules
from redactor.types import Detection, Kind, Segment

LABEL_SCORE = 0.9  # a name followed by an age or a date: the shape of a genogram label
LINE_SCORE = 0.8  # a line of two or more name words, one of them a listed name
LONE_SCORE = 0.7  # a line of one listed first name
RECOGNIZER = "PictureLabelRecognizer"


class PictureLabels:
    """Built once from the rules; ``find`` per document."""

    def __init__(self, rules: Rules, vocabulary: Vocabulary, dates: regex.Pattern) -> None:
        self.vocabulary = vocabulary
        self.keep = {w.lower() for w in rules.pictures.keep}
        tails = "|".join(f"(?:{t})" for t in rules.pictures.label_tails) or r"(?!x)x"
        self.tail = regex.compile(rf"[ \t]*[,\-–]?[ \t]*(?i:{tails})")
        labels = "|".join(f"(?:{b})" for b in rules.pictures.birth_labels) or r"(?!x)x"
        self.birth = regex.compile(rf"(?i:{labels})(?P<date>{dates.pattern})", regex.IGNORECASE)

    def find(self, segments: Sequence[Segment]) -> list[Detection]:
        """Every label-shaped name and labelled date of birth in the picture lines of ``segments``."""
        out: list[Detection] = []
        for s in segments:
            if s.picture:
                out += self._names(s) + self._births(s)
        return out

    def _names(self, s: Segment) -> list[Detection]:
        text = s.text
        groups = [(a, b, w) for a, b, w in self.vocabulary.name_groups(text)
                  if not all(x.lower() in self.keep for x in w) and not is_initials(text[a:b])]
        found = []
        for start, end, words in groups:
            if self.tail.match(text, end):
                found.append(self._person(s, start, end, LABEL_SCORE, "a picture's label: a name followed by an "
                                                                      "age or a date of birth or death"))
            elif len(groups) == 1 and not text[:start].strip() and not text[end:].strip(" \t.,;:") \
                    and self._listed(words):
                score = LINE_SCORE if len(words) > 1 else LONE_SCORE
                found.append(self._person(s, start, end, score, "a line in a picture holding a name and nothing "
                                                                "else"))
        return found

    def _listed(self, words: list[str]) -> bool:
        names = [w for w in words if w.lower() not in self.keep]
        if len(names) != len(words) or not 1 <= len(words) <= 4:
            return False
        if len(words) == 1:
            return self.vocabulary.in_first_names(words[0]) and not self.vocabulary.is_place(words[0])
        return self.vocabulary.in_first_names(words[0]) or self.vocabulary.in_surnames(words[-1])

    def _births(self, s: Segment) -> list[Detection]:
        return [Detection(s.id, m.start("date"), m.end("date"), m.group("date"), Kind.DATE_OF_BIRTH,
                          DateOfBirthRecognizer.SCORE, RECOGNIZER, "a date after a birth label in a picture")
                for m in self.birth.finditer(s.text)]

    @staticmethod
    def _person(s: Segment, start: int, end: int, score: float, why: str) -> Detection:
        return Detection(s.id, start, end, s.text[start:end], Kind.PERSON, score, RECOGNIZER, why)
