"""English words, read from the spaCy pipeline's own lemmatizer tables (WordNet's lemma
index, which the rule-based English lemmatizer ships): a name NER alone found whose every
word is an English word and none a listed first name names a thing, not a person
("Shorthand Writers", "Portfolio Holder", "Grievous Bodily Harm", "Ford Fiesta"). WordNet
holds proper nouns too ("london", "smith"): a lone word is never read so. A pipeline
without those tables gives no words, and the reading is off."""
from __future__ import annotations

from collections.abc import Iterable

from redactor.detect.vocabulary import Vocabulary
from redactor.names import words


def english_words(nlp) -> frozenset[str]:
    """Every lemma of the pipeline's lemma index, lower case (empty without one)."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(w for pos in index.keys() for w in index[pos])


class Lexicon:
    """English words, and the names of things written with them."""

    def __init__(self, english: Iterable[str], vocabulary: Vocabulary) -> None:
        self.english = frozenset(english)
        self.vocabulary = vocabulary

    def is_english(self, word: str) -> bool:
        """An English word, or its plural ("Writers", "Christmases", "Libraries")."""
        w = word.lower().rstrip("'’s") if word.endswith(("'s", "’s")) else word.lower()
        return w in self.english or w.endswith("s") and (
            w[:-1] in self.english or w.endswith("es") and w[:-2] in self.english
            or w.endswith("ies") and w[:-3] + "y" in self.english)

    def names_a_thing(self, name: str) -> bool:
        """Is ``name`` two words or more, each an English word of two letters or more, none a
        listed first name and not all listed surnames? "Portfolio Holder", "Ford Fiesta"; not
        "Andrew Swan", "London Sue Wilkinson", "S Martin" nor a lone word ("Swan" said)."""
        parts = words(name)
        v = self.vocabulary
        return bool(self.english) and len(parts) > 1 \
            and all(len(w) > 1 and self.is_english(w) and not v.in_first_names(w) for w in parts) \
            and not all(v.in_surnames(w) for w in parts)
