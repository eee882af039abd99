"""The readings that ask whether a word is ordinary English, with the installed pipeline's
own dictionary (its lemmatizer's tables): such a word on no name list is no name by
itself, and a name that is also a word is still read where a list or a role shows it."""
from __future__ import annotations

import pytest

from redactor.detect.lexicon import Lexicon
from redactor.detect.models import choose_pipeline, load_pipeline
from redactor.detect.suggest import Suggester
from redactor.detect.suggest.base import NameWords
from redactor.detect.suggest.variants import Misspellings
from redactor.types import Kind


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(load_pipeline(choose_pipeline().name))


@pytest.fixture(scope="module")
def suggester(rules, vocabulary, lexicon) -> Suggester:
    return Suggester(rules, vocabulary, lexicon)


def read(suggester: Suggester, text: str) -> set[str]:
    reads = suggester._admitted(text, [*suggester.contexts.read(text), *suggester.shapes.read(text),
                                       *suggester.lists.read(text)])
    return {text[r.start:r.end] for r in reads if r.kind is Kind.PERSON}


def test_the_dictionary_knows_words_and_their_forms_but_not_rare_names(lexicon):
    assert all(w in lexicon for w in ["Counts", "Witnesses", "Initiated", "women", "QUEEN"])
    assert not any(w in lexicon for w in ["Rukshana", "Honeyford", "Pomell", "Satinder"])
    assert "Counts" not in Lexicon()  # a pipeline without the tables knows no word


def test_a_word_is_ordinary_only_on_no_name_list_and_no_place(vocabulary, lexicon):
    names = NameWords(vocabulary, lexicon)
    assert names.ordinary("Witnesses") and names.ordinary("Swan")
    assert not names.ordinary("Jackson")  # a listed surname, though also a word
    assert not names.ordinary("Kendal")  # a place: read as a place elsewhere, never dropped as a word


@pytest.mark.parametrize("text, never", [
    ("Witnesses said the car was speeding", "Witnesses"),              # an English word before a person's verb
    ("Intending to leave, she packed a bag", "Intending"),              # ... before an action
    ("Serious Case Review: Self Neglect", "Self Neglect"),              # ... after a review's title
    ("the events and circumstances relating to Local Safeguarding", "Local"),
    ("Apologies: Challenge Masterclass", "Challenge"),
])
def test_an_english_word_alone_is_no_name(suggester, text, never):
    assert never not in read(suggester, text)


@pytest.mark.parametrize("text, expected", [
    ("Councillors: J Laverty BEM, A Swan and N Trimble", "A Swan"),     # a word that is a surname, after initials
    ("Vice-Chairman: Alderman S P Porter", "S P Porter"),
    ("Member Fran Gosling-Thomas FGT Rachel Dent Emma Kettle Hannah Powell Role", "Rachel Dent"),
    ("Apologies were received from H Hopkins and H Jackson Co-opted Members.", "H Jackson"),
])
def test_a_name_that_is_also_a_word_is_read_where_a_list_shows_it(suggester, text, expected):
    assert expected in read(suggester, text)


def test_an_english_word_is_no_misspelling_of_a_name(vocabulary, lexicon):
    names = NameWords(vocabulary, lexicon)
    text = "Rukshana was there; the Counts were read."
    assert {text[r.start:r.end] for r in Misspellings(["Rukhsana", "Coutts"], names).read(text)} == {"Rukshana"}
    without = Misspellings(["Rukhsana", "Coutts"], NameWords(vocabulary))  # no dictionary: a word spelt alike is read
    assert {text[r.start:r.end] for r in without.read(text)} == {"Rukshana", "Counts"}
