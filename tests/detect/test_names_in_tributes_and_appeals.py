"""Names tributes, obituaries, police appeals and tribunals' headings write (dev8's kinds): a nickname
in brackets or quotes between a first name and a surname, the surname a word too, and the same person
wherever the text names them again; a short first name after "Mr" that the allow list reads as an
acronym; a listed first name after a family word that is also a place; initials each with its full
stop before a surname that is also a place. Each row that finds has a row that must not."""
import pytest

from redactor.detect.recognizers.initial_name import InitialNameRecognizer
from redactor.detect.recognizers.person_context import PersonContextRecognizer


def found(recognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"]


@pytest.mark.parametrize("text,expected", [
    # a listed first name in brackets between a first name and a surname
    ("William (Billy) Duffy had been weeks from his birthday.", ["William", "Billy", "Duffy"]),
    ("in 1929 married, Mary (Mollie) Matthews, following which", ["Mary", "Mollie", "Matthews"]),
    # after a listed first name and a listed nickname, a surname that is a word too
    ("Alfred 'Alfie' Dear, 46, was sentenced in his absence.", ["Alfred", "Alfie", "Dear"]),
    # a surname with a capital inside it
    ("Margaret “Peggy” O'Brien died at home.", ["Margaret", "Peggy", "O'Brien"]),
    # ... or a name word beginning as the first name does, or any name after the words of an alias
    ("Siobhan (Shiv) Kelly was a teacher.", ["Siobhan", "Shiv", "Kelly"]),
    ("Elizabeth (known as Betty) Smith was 90.", ["Elizabeth", "Betty", "Smith"]),
    # a note in brackets is no nickname; a nickname of words needs a surname that is a name word
    ("Smith (Chair) Jones opened the meeting.", []),
    ("John (Jnr) Smith and Sarah (Sheffield) Jones", []),
    ("The Leeds (West) Partnership met.", []),
    ("Peter 'the Great' Dear was a film.", []),
    # a listed first name after a family word, a place too
    ("He had met his late wife Dolores at a church disco.", ["Dolores"]),
    ("Her son Jordan was at home.", ["Jordan"]),
    # ... but a place after other words stays
    ("His wife moved to Dolores in 2001.", []),
])
def test_nicknames_and_family_words(rules, vocabulary, text, expected):
    assert set(found(PersonContextRecognizer(rules, vocabulary), text)) == set(expected)


@pytest.mark.parametrize("text,expected", [
    # initials each with its full stop before a surname that is also a place, or a listed name
    ("replacing F. W. Shotton as Sorby Professor of Geology", ["F. W. Shotton"]),
    ("Advocate for the Defendant J. W. R. Bell.", ["J. W. R. Bell"]),
    # compass points, and an acronym's letters before a word, are none
    ("Trade with N. W. Europe grew.", []),
    ("He served in the U. S. Army.", []),
])
def test_several_initials(vocabulary, text, expected):
    assert found(InitialNameRecognizer(vocabulary), text) == expected


def test_a_nickname_links_the_person_everywhere(redact_text):
    out, _ = redact_text("Alfred 'Alfie' Dear, 46, was sentenced in his absence.\n"
                         "The investigation into Dear and his associates took three years.\n"
                         "We believe wanted Alfie Dear could be in Ireland.\n"
                         "Dear is described as white, around 5ft 10in.\n")
    assert not any(w in out for w in ("Alfred", "Alfie", "Dear"))
    assert out.count("AD") == 6


def test_a_short_form_of_the_first_name_is_the_same_person(redact_text):
    out, _ = redact_text("Patrick ‘Paddy’ McGuinness, 52, appeared in court.\nPaddy McGuinness later told the court.\n")
    assert "Paddy" not in out and "McGuinness" not in out
    assert out.count("PM") == 4


def test_a_nickname_after_the_words_of_an_alias_is_the_same_person(redact_text):
    out, _ = redact_text("Elizabeth (known as Betty) Smith was 90.\nBetty loved dancing.\n")
    assert out == "ES (known as ES) ES was 90.\nES loved dancing.\n"


def test_a_nickname_of_other_words_may_name_a_thing_too(redact_text):
    out, _ = redact_text("The funeral of musician Richard ‘Fflach’ Jones will be held today.\n"
                         "The pair also set up the hugely-influential Fflach Stiwdios in Cardigan.\n")
    assert "Richard" not in out and "Jones" not in out
    assert "Fflach Stiwdios" in out


def test_a_short_first_name_after_mr_is_no_acronym(redact_text):
    out, _ = redact_text("Templeton Care LLP Respondents Represented by: Mr Ed McFarlane - Employment Consultant\n"
                         "She was seen in ED at 10pm.\n")
    assert "Ed " not in out and "McFarlane" not in out
    assert "seen in ED at 10pm" in out


def test_a_surname_after_mrs_is_no_acronym(redact_text):
    out, _ = redact_text("Mrs Dash attended the DASH training.\n")
    assert out == "Mrs D attended the DASH training.\n"


@pytest.mark.parametrize("text,expected", [
    # a family word with no one's before it, then a listed first name
    ("She was predeceased by son Ivor and husband Andy.", ["Ivor", "Andy"]),
    # family words of several with no one's before them, then a list of listed first names
    ("She is survived by daughters Delma, Astrid, Ann, and her sister.", ["Delma", "Astrid", "Ann"]),
    # a widow is a family word: any name after the husband's widow
    ("Mr Rauf’s widow Kauser was at the inquest.", ["Kauser"]),
    # not a word that is no listed first name, nor the list's items after the first that is none
    ("The baby Monitor was on; support for sisters Leeds and Bradford; the brothers Grimm.", []),
    ("The mother Hubbard rhyme; children Act 1989 and Ann.", []),
])
def test_family_words_alone(rules, vocabulary, text, expected):
    assert found(PersonContextRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    # counsel in an appearances line that opens with the party alone, before the agent's firm after ";"
    ("Appellant: Ogg, solicitor advocate; Drummond Miller\nRespondent: Hughes, AD; Crown Agent\n", ["Ogg", "Hughes"]),
    # not a party's own name in a caption with no agent after it, nor a body
    ("Claimant: Mr S Zerehannes\nRespondent: Asda\nRespondent: Leeds City Council; Legal Services\n", []),
])
def test_counsel_after_the_party_alone(rules, vocabulary, text, expected):
    assert sorted(set(found(PersonContextRecognizer(rules, vocabulary), text))) == sorted(expected)
