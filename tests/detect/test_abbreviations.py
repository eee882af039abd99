"""defined_abbreviations: the short names a document gives its bodies. No spaCy."""
import pytest

from redactor.detect.abbreviations import defined_abbreviations, names_in_another_language

BODIES = ["Board", "Council", "Partnership", "CCG"]


@pytest.mark.parametrize("text,expected", [
    # capitals in brackets after a body's name, whatever the initials
    ("the North Shire Safeguarding Board (NOSAB) publishes", {"NOSAB"}),
    ("NORTHTOWN LOCAL SAFEGUARDING CHILDREN BOARD (NLSCB) 1. Attendance", {"NLSCB"}),
    ("Eastshire CCG (ECCG)", {"ECCG"}),
    # capitals before the words they stand for, a word broken at the line's end too
    ("Manager MALAP (Multi Agency Looked After Part- nership) Forum", {"MALAP"}),
    ("the CSC (Children's Social Care) team", {"CSC"}),
    # a person's initials after the name are no body's name; nor capitals before other words
    ("Dave Pickard (DP) Independent Chair", set()),
    ("MARTIN (see the chronology) was seen", set()),
    ("the Serious Case Review (RP) met", set()),
])
def test_short_names_of_bodies(text, expected):
    assert defined_abbreviations([text], BODIES) == expected


@pytest.mark.parametrize("text,expected", [
    # a body's name in its own language, in brackets after its English name
    ("the Warsaw Court of Appeal (Sąd Apelacyjny) decided", {"Sąd", "Apelacyjny"}),
    ("to the Parliamentary Ombudsman (Justitieombudsmannen) about", {"Justitieombudsmannen"}),
    ("the Higher Education Council (Yüksek Öğretim Kurulu – “the Council”) issued", {"Yüksek", "Öğretim", "Kurulu"}),
    ("North Wales Safeguarding Board (Bwrdd Diogelu Gogledd Cymru)", {"Bwrdd", "Diogelu", "Gogledd", "Cymru"}),
    # people in brackets after a body are no name of it: a first name, a surname or a title
    ("the Panel (Amy Tate, Chair) met", set()),
    ("the Court (Judge Orme) ruled", set()),
    ("the Committee (Smith and Jones) voted", set()),
    ("her mother (Amy Tate) said", set()),
])
def test_names_of_bodies_in_another_language(rules, vocabulary, text, expected):
    bodies = [*rules.people.list_evidence.agency_words, *rules.people.body_words]
    assert names_in_another_language([text], bodies, vocabulary) == expected
