"""Leftovers of names18 read in general (names19): an Irish surname with a blank after its apostrophe,
a title before a word that is a title and a listed surname too, a title run into the name after it, and
a pair "X and Y" inside an organisation's name or a known firm, a quoted title opened by a vocative "O".
Made-up sentences, none from a split; each reading with the text it must leave alone."""
import pytest

from redactor.detect.recognizers.initial_name import InitialNameRecognizer
from redactor.detect.recognizers.titled_person import TitledPersonRecognizer
from redactor.detect.spans import clean_person
from redactor.names import words
from redactor.types import Detection, Kind


@pytest.mark.parametrize("text,expected", [
    ("Michael O’ Connell", ["Michael", "O’ Connell"]),
    ("Sean O' Brien", ["Sean", "O' Brien"]),
    ("later O’ Riordan’s car", ["O’ Riordan"]),
    ("Aoife O'Neill", ["Aoife", "O'Neill"]),
    # not a lone capital's quote ("‘O’ Level"), a word run into the O, nor a word in lower case after it
    ("her ‘O’ Level results", ["O", "Level"]),
    ("JO’ Connell", ["JO", "Connell"]),
    ("Tom O’ neill", ["Tom", "O"]),
])
def test_an_irish_o_with_a_blank_after_its_apostrophe_is_one_word(text, expected):
    assert words(text) == expected


def _found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"})


@pytest.mark.parametrize("text,expected", [
    # a title and a listed surname that is a title too, ending the name, is the surname
    ("Present: Councillor Patel, Councillor Judge.", ["Judge", "Patel"]),
    ("Mr Judge told the inquest he had seen nothing.", ["Judge"]),
    ("Apologies were received from Cllr Bishop.", ["Bishop"]),
    # not an office after "the", nor a longer title's word, nor a title before a name
    ("the Lord Chancellor agreed", []),
    ("a ruling by Mrs Justice.", []),
    ("Mr Justice Cobb said", ["Cobb"]),
    # an abbreviated or plural title run into the name after it, as copied minutes write it
    ("Apologies from CllrsDavies and Pugh.", ["Davies", "Pugh"]),
    ("APOLOGIES – CllrsHuw Jones, Bryan Jones and Carys Jones.", ["Bryan Jones", "Carys Jones", "Huw Jones"]),
    ("CllrMorgan seconded the motion.", ["Morgan"]),
    # not a word run into a title that is no listed name, nor a title that is no abbreviation
    ("She paid by MasterCard online.", []),
    ("the letter was typed in MsWord", []),
])
def test_titled_names_left_over(rules, vocabulary, text, expected):
    assert _found(TitledPersonRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    ("They sang ‘O Little Town of Bethlehem’ at the service.", []),
    ("The choir ended with “O Holy Night” again.", []),
    ("O Little attended the meeting.", ["O Little"]),
])
def test_a_quoted_title_opened_by_o_names_no_one(vocabulary, text, expected):
    assert _found(InitialNameRecognizer(vocabulary), text) == expected


@pytest.mark.parametrize("text,found,expected", [
    # the last word of an organisation's name after a pair: no person
    ("the family visited the Victoria and Albert Museum in London", "Albert Museum", None),
    ("she was moved to the Mary and Joseph Hospice", "Joseph Hospice", None),
    ("lunch at the Harriet Tearooms", "Harriet Tearooms", None),
    # a surname that is no organisation's word stays a person
    ("Victoria and Albert Mason came to the door", "Albert Mason", "Albert Mason"),
])
def test_a_pair_in_an_organisations_name_is_no_person(vocabulary, text, found, expected):
    start = text.index(found)
    d = Detection("L0", start, start + len(found), found, Kind.PERSON, 0.85, "SpacyRecognizer", "NER")
    cleaned = clean_person(d, text, vocabulary)
    assert (cleaned.text if cleaned else None) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Mum was born to Alice and Michael O’ Connell. Later O’ Connell moved to Cork.\n",
     "Mum was born to A and MO. Later MO moved to Cork.\n"),
    ("Present: Councillor Patel, Councillor Judge.\n", "Present: Councillor P, Councillor J.\n"),
    ("APOLOGIES – CllrsHuw Jones, Bryan Jones and Carys Jones.\n", "APOLOGIES – CllrsHJ, BJ and CJ.\n"),
    ("The family visited the Victoria and Albert Museum in London. He worked at Tate and Lyle. "
     "They sang ‘O Little Town of Bethlehem’.\n",
     "The family visited the Victoria and Albert Museum in London. He worked at Tate and Lyle. "
     "They sang ‘O Little Town of Bethlehem’.\n"),
])
def test_names_left_over_end_to_end(redact_text, text, expected):
    assert redact_text(text)[0] == expected
