"""Names found from the first-name and surname lists (rules/names/), helped by
how a word is used: "Grace Okafor" is a name; "Grace" alone only where spaCy tags
it as a proper noun and no ordinary capitalised word follows ("Grace Ward"), nor "of" and a
name ("Dean of Faculty"), and never a lone word in capitals ("QUEEN'S BENCH DIVISION")."""
from __future__ import annotations

from functools import lru_cache

import regex
from presidio_analyzer.nlp_engine import NlpArtifacts

from redactor.detect.artifacts import tagged
from redactor.detect.recognizers.base import ExplainingRecognizer, inside_other_entity
from redactor.detect.vocabulary import Vocabulary
from redactor.names import is_initials

# "Dean of Faculty", "Prince of Wales": a lone first name before "of" and a name is a style or an office
_OF_A_NAME = regex.compile(r"[ \t]+of[ \t]+\p{Lu}")
_WORD_BEFORE = regex.compile(r"([\w'’-]+)[ \t]+$")
_PREPOSITIONS = frozenset({"for", "to", "with", "and", "or", "by", "from", "of"})  # "a dress for Janice"; not "the"
# The tagger's proper-noun tags: the attribute ruler makes exactly these PROPN.
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


def _end_of(text: str, start: int, words: list[str]) -> int:
    """Where ``words``, written in order from ``start``, end in ``text``."""
    end = start
    for w in words:
        end = text.index(w, end) + len(w)
    return end


class NameListRecognizer(ExplainingRecognizer):
    """First name + capitalised word, or a lone listed first name used as a proper noun."""

    FULL, FULL_LISTED, SINGLE = 0.7, 0.85, 0.5

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        # The detector asks ``reads_part_of_speech`` of every distinct text of a document before
        # ``analyze`` reads it: the candidates are found once per text, not twice.
        self._candidates = lru_cache(maxsize=8192)(self._find_candidates)
        super().__init__(supported_entities=["PERSON"], name="NameListRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        results = []
        for start, end, words in self._candidates(text):
            if len(words) > 2 and text[start:end].isupper() \
                    and not any(self.vocabulary.is_listed(w) for w in words[1:]):
                continue  # a heading in capitals: "AUTUMN USER GROUP MEETINGS"
            if len(words) > 1:
                listed = self.vocabulary.in_surnames(words[-1])
                score = self.FULL_LISTED if listed else self.FULL
                why = "listed first name followed by " + ("a listed surname" if listed else "a capitalised word")
                results.append(self.result("PERSON", start, end, score, why))
            elif doc is not None and self._lone_name_to_read(text, start, end, words, nlp_artifacts) \
                    and self._used_as_proper_noun(tagged(nlp_artifacts), start, end):
                results.append(self.result("PERSON", start, end, self.SINGLE,
                                           "listed first name used as a proper noun"))
        return results

    def reads_part_of_speech(self, text: str, nlp_artifacts: NlpArtifacts) -> bool:
        """Will ``analyze`` look at part of speech in this text (a lone listed first name)?"""
        return any(len(words) == 1 and self._lone_name_to_read(text, start, end, words, nlp_artifacts)
                   for start, end, words in self._candidates(text))

    def _lone_name_to_read(self, text: str, start: int, end: int, words: tuple[str, ...],
                           nlp_artifacts: NlpArtifacts) -> bool:
        """Is a lone listed first name at [start, end) to be read as a proper noun or not? Not
        in capitals, before "of" and a name, inside an entity NER calls no person, nor inside
        one NER calls a person (sure enough for our weaker result to be dropped as held in it,
        which is what Presidio's duplicate removal does with it: tagging would change nothing)."""
        return not words[0].isupper() and not _OF_A_NAME.match(text, end) \
            and not (inside_other_entity(nlp_artifacts.tokens, start, end)
                     and not self._organisation_alone(text, start, end, nlp_artifacts)) \
            and not any(e.label_ == "PERSON" and e.start_char <= start and end <= e.end_char and score >= self.SINGLE
                        for e, score in zip(nlp_artifacts.entities, nlp_artifacts.scores, strict=True))

    def _organisation_alone(self, text: str, start: int, end: int, nlp_artifacts: NlpArtifacts) -> bool:
        """Is NER's only other entity over [start, end) an organisation of this word alone, a listed first name
        that is no surname nor place, after a lower-case word ("a dress for Janice or")? NER's slip: read on."""
        word = text[start:end]
        others = [e for e in nlp_artifacts.tokens.ents if e.label_ != "PERSON" and e.start_char < end
                  and start < e.end_char]
        before = _WORD_BEFORE.search(text, 0, start)
        return len(others) == 1 and others[0].label_ == "ORG" and (others[0].start_char, others[0].end_char) == \
            (start, end) and self.vocabulary.is_first_name(word) and not self.vocabulary.in_surnames(word) \
            and not self.vocabulary.in_places(word) and before is not None and before.group(1).islower() \
            and before.group(1) not in self.vocabulary.function_words - _PREPOSITIONS

    def _find_candidates(self, text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
        """(start, end, words) of each run of name words opening with a listed first name."""
        found = []
        for start, end, words in self.vocabulary.name_groups(text):
            lead = next((i for i, w in enumerate(words) if self.vocabulary.in_first_names(w)), None)
            if lead is None:
                continue
            if lead:  # "Chancellor Kenneth Clarke": the name starts at the first name
                start = text.index(words[lead], start + sum(len(w) for w in words[:lead]))
                words = words[lead:]
            words = self._before_a_body(words)
            end = _end_of(text, start, words)
            if not is_initials(text[start:end]):
                found.append((start, end, tuple(words)))
        return tuple(found)

    def _before_a_body(self, words: list[str]) -> list[str]:
        """The name of a run of three words or more that goes on into a body's name, as minutes
        list members ("Nicola Smith Enable Scotland", "James Elder-Woodward Inclusion Scotland"):
        the words before the first unlisted one whose run, two words or more, ends in a place or
        a body's word."""
        for i in range(2, len(words) - 1):
            if not self.vocabulary.is_listed(words[i]) \
                    and (self.vocabulary.in_places(words[-1]) or self.vocabulary.is_body_word(words[-1])):
                return words[:i]
        return words

    @staticmethod
    def _used_as_proper_noun(doc, start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        token, after = span[0], span[-1].nbor(1) if span[-1].i + 1 < len(doc) else None
        named_thing = after is not None and after.text[:1].isupper()  # "Grace Ward", "Summer Term"
        return token.tag_ in PROPER_NOUN_TAGS and not named_thing
