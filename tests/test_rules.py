"""The rules folder: every file loads, table labels mean what they say, and a bad
rule file names its line."""
import shutil

import pytest

from redactor.errors import RedactorError
from redactor.rules import DEFAULT_RULES, load_rules
from redactor.types import Kind

RULES = load_rules()


@pytest.mark.parametrize("label,kind", [
    ("Name of professional", Kind.PERSON), ("Contact with", Kind.PERSON), ("Victim's name", Kind.PERSON),
    ("Author of IMR", Kind.PERSON), ("Domestic Homicide Review in respect of", Kind.PERSON),
    ("Lead officer", Kind.PERSON), ("Known as", Kind.PERSON),
    ("Date of Birth", Kind.DATE_OF_BIRTH), ("DOB (dd/mm/yyyy)", Kind.DATE_OF_BIRTH), ("D.O.B.", Kind.DATE_OF_BIRTH),
    ("Home address", Kind.ADDRESS), ("Address at time of incident", Kind.ADDRESS),
    ("Mobile", Kind.PHONE), ("Email address", Kind.EMAIL), ("NHS number", Kind.NHS_NUMBER),
    # labels of what must stay
    ("Date of Death", None), ("Relationship to Subject", None), ("Agency", None), ("Lead agency", None),
    ("Date", None), ("Time", None), ("Event", None), ("Comments", None), ("Age", None),
])
def test_table_labels(label, kind):
    assert RULES.field_kind(label) == kind


def test_a_bad_rule_file_names_its_line(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    (rules / "scores.yaml").write_text("min_score:\n  person: high\n", encoding="utf-8")
    with pytest.raises(RedactorError, match=r"scores.yaml:2: min_score.person"):
        load_rules(rules)


@pytest.mark.parametrize("name", [
    # the UK's communities: Welsh, South Asian, Eastern European (Cyrillic transliterated)
    "Dafydd", "Cerys", "Gethin", "Gurpreet", "Rukhsana", "Tariq", "Kiran", "Oleksandr", "Dmytro", "Agnieszka",
    # Gujarati, Tamil, Sinhala, Bengali; Igbo, Yoruba, Hausa, Akan, Somali, Kikuyu; Arabic, Algerian; Welsh;
    # Romanian, Albanian
    "Suresh", "Senthil", "Nuwan", "Habibur", "Nkechi", "Oluwaseun", "Hadiza", "Kwabena", "Faduma", "Wambui",
    "Youssef", "Sofiane", "Guto", "Osian", "Razvan", "Besnik",
    # Caribbean, Kurdish, Iranian, Afghan, Somali, Eritrean, Ghanaian, Shona; Polish and British short forms;
    # British names of every generation; a short form that is an English word, listed on purpose
    "Delroy", "Banaz", "Farhad", "Zarghona", "Nimco", "Dawit", "Selorm", "Tsitsi", "Wojtek", "Kev", "Bex",
    "Briony", "Mavis", "Reshma", "Santi", "Rob",
])
def test_first_names_of_the_uks_communities_are_listed(name):
    assert name in load_rules().first_names


@pytest.mark.parametrize("name", ["Singh", "Kaur", "Begum", "Shevchenko", "Pritchard", "Benali"])
def test_surnames_of_the_uks_communities_are_listed(name):
    assert name in load_rules().surnames


@pytest.mark.parametrize("word", ["Slave", "Violin", "Latin", "Median", "Kin", "Rim", "Fella", "Tel", "Will", "Shire"])
def test_english_words_some_locale_gives_as_names_are_not_listed(word):
    assert word not in load_rules().first_names


def test_a_column_label_that_is_no_regular_expression_is_refused_on_load(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES, rules)
    known = rules / "known_names.yaml"
    known.write_text(known.read_text(encoding="utf-8").replace("surname_labels: [", 'surname_labels: ["(sur", '),
                     encoding="utf-8")
    with pytest.raises(RedactorError, match=r"known_names.yaml:\d+: surname_labels.*bad regular expression"):
        load_rules(rules)


@pytest.mark.parametrize("label, part", [("Forename", "first"), ("Surname", "last"), ("Family name of victim", "last"),
                                         ("Name", None), (None, None)])
def test_a_column_of_first_names_or_surnames(label, part):
    assert RULES.known_names.name_part(label) == part
