"""Ordinary English words, as the loaded spaCy pipeline knows them: the words of its
lemmatizer's lookup tables (WordNet's index of nouns, verbs, adjectives and adverbs,
shipped inside the pipeline), every form its suffix rules and exceptions lead there
("Counts", "Witnesses", "Initiated"), and the language's stop words ("What", "Anyone").
The index also holds many names ("Jackson", "Kelly", "london"), so a lone word is never
taken for ordinary on this alone: the suggestions ask a name list too
(``NameWords.ordinary``), and detection reads only names of two words or more
(``names_a_thing``). A pipeline without such tables knows no word, and both readings are off."""
from __future__ import annotations

from typing import Any

from redactor.detect.vocabulary import Vocabulary
from redactor.names import words

POS = ("noun", "verb", "adj", "adv")


class Lexicon:
    """Which lower-cased words are English words; each word's answer remembered."""

    def __init__(self, nlp: Any = None) -> None:
        self.words: frozenset[str] = frozenset()
        self.by_pos: dict[str, frozenset[str]] = {}
        self.rules: list[tuple[str, str, str]] = []  # (part of speech, suffix, its replacement)
        self.exceptions: dict[str, list[str]] = {}
        self._known: dict[str, bool] = {}
        lemmatizer = nlp.get_pipe("lemmatizer") if nlp is not None and "lemmatizer" in nlp.pipe_names else None
        lookups = getattr(lemmatizer, "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            return
        index = lookups.get_table("lemma_index")
        self.by_pos = {pos: frozenset(index.get(pos, [])) for pos in POS}
        self.words = frozenset().union(*self.by_pos.values(), getattr(nlp.Defaults, "stop_words", ()))
        rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
        self.rules = [(pos, old, new) for pos in POS for old, new in rules.get(pos, []) if old]
        exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
        for pos in POS:
            for form, lemmas in exceptions.get(pos, {}).items():
                self.exceptions.setdefault(form, []).extend(lemmas)

    def __contains__(self, word: str) -> bool:
        """Is ``word`` (any case) an English word, or a form of one by the rules of its part of speech?"""
        low = word.lower()
        if low not in self._known:
            self._known[low] = low in self.words or any(w in self.words for w in self.exceptions.get(low, ())) \
                or any(low.endswith(old) and low[:-len(old)] + new in self.by_pos[pos]
                       for pos, old, new in self.rules if len(low) >= len(old) + 2)
        return self._known[low]

    def more_than_a_noun(self, word: str) -> bool:
        """Does the dictionary know ``word`` (any case) as a verb, adjective or adverb? Its nouns
        hold famous people's surnames too ("auden", "galbraith"); its other parts of speech hardly any."""
        low = word.lower()
        return any(low in self.by_pos.get(pos, ()) for pos in ("verb", "adj", "adv"))

    def names_a_thing(self, name: str, vocabulary: Vocabulary) -> bool:
        """Is ``name`` two words or more, each an English word of two letters or more, none a
        listed first name and not all listed surnames? A name NER alone found so names a
        thing ("Portfolio Holder", "Ford Fiesta", "Shorthand Writers"); not "Andrew Swan",
        "London Sue Wilkinson", "S Martin" nor a lone word ("Swan" said)."""
        parts = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words(name)]
        return bool(self.words) and len(parts) > 1 \
            and all(len(w) > 1 and w in self and not vocabulary.in_first_names(w) for w in parts) \
            and not all(vocabulary.in_surnames(w) for w in parts)
