"""Table cells labelled "Date of Birth", "Address", "Email" or with a name: what is
removed from the value (no spaCy needed)."""
import pytest

from redactor.detect.recognizers.base import placeholder_pattern
from redactor.detect.recognizers.date_of_birth import date_pattern
from redactor.detect.recognizers.table_field import TableFieldRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.rules import load_rules
from redactor.types import Kind


@pytest.fixture(scope="module")
def make():
    rules = load_rules()
    vocabulary = Vocabulary.from_rules(rules, [])
    return lambda kind, label: TableFieldRecognizer(kind, label, vocabulary, date_pattern(rules),
                                                    placeholder_pattern(rules))


@pytest.mark.parametrize("kind,label,text,expected", [
    # the dates of a date-of-birth cell, not the words around them
    (Kind.DATE_OF_BIRTH, "Date of Birth", "07/03/1977 (aged 42)", ["07/03/1977"]),
    (Kind.DATE_OF_BIRTH, "DOB", " 3rd March 1977 ", ["3rd March 1977"]),
    # a value in no date form still goes: it is what the label says it is
    (Kind.DATE_OF_BIRTH, "Date of Birth", "1977", ["1977"]),
    (Kind.DATE_OF_BIRTH, "Date of Birth", "Not known", []),
    # the whole address cell
    (Kind.ADDRESS, "Address", " 82 Moorside Crescent, Stockport ", ["82 Moorside Crescent, Stockport"]),
    # a placeholder an earlier run wrote is never found again
    (Kind.ADDRESS, "Address", "[address removed]", []),
    (Kind.DATE_OF_BIRTH, "Date of Birth", "[date of birth removed]", []),
    (Kind.PHONE, "Telephone", " [phone number removed] ", []),
    # a contact value must have its kind's shape: words beside an e-mail label stay
    (Kind.EMAIL, "Email (internal & external)", "May be used on secure networks (e.g. PNN, GSI, CJSM & MOD)", []),
    (Kind.EMAIL, "Email", " jo.bell@devon.gov.uk (work) ", ["jo.bell@devon.gov.uk (work)"]),
    (Kind.PHONE, "Telephone", "Ask at reception", []),
    (Kind.PHONE, "Mobile", "07700 900 123", ["07700 900 123"]),
    (Kind.NHS_NUMBER, "NHS number", "not known", []),
    # a template's guidance under a name label names no one (the seed IMR template)
    (Kind.PERSON, "Author of IMR", '<p style="color: red;">Insert name and designation of IMR author here</p>', []),
    (Kind.PERSON, "Details of perpetrator (s)", "Including ethnicity / diversity issues and relationship to victim",
     []),
    (Kind.PERSON, "Lead Officer", "<p>Designation of lead officer charged with implementing the action</p>", []),
    # ... while a name, even one on no list, stays a name
    (Kind.PERSON, "Subject Name", "<i>Jane Doe</i>", ["Jane Doe"]),
    (Kind.PERSON, "Contact with", "Okonjo said she was fine", ["Okonjo"]),
    (Kind.PERSON, "Contact with", "Zawadi", ["Zawadi"]),
    (Kind.PERSON, "Contact with", "Victim and Zawadi Okonjo", ["Zawadi Okonjo"]),
])
def test_a_labelled_cell(make, kind, label, text, expected):
    assert [text[r.start:r.end] for r in make(kind, label).analyze(text, [])] == expected


@pytest.mark.parametrize("label,kind", [
    # where someone lives, however the form words it
    ("Residing at", Kind.ADDRESS), ("Lived at", Kind.ADDRESS), ("Usual residence", Kind.ADDRESS),
    ("Address at time of death", Kind.ADDRESS), ("Post code", Kind.ADDRESS),
    # a label that holds a date of birth
    ("Birth date", Kind.DATE_OF_BIRTH), ("Date of birth of child", Kind.DATE_OF_BIRTH),
    # what a chronology table holds stays
    ("Location", None), ("Date of death", None), ("Date", None), ("Date of referral", None),
])
def test_labels_of_addresses_and_dates_of_birth(label, kind):
    assert load_rules().field_kind(label) == kind
