"""Detection in text read inside pictures, without the NLP model: OCR confusions put
right character for character, and the shapes of genogram labels."""
from __future__ import annotations

import pytest

from redactor.detect.pictures.confusions import normalise
from redactor.detect.pictures.labels import PictureLabels
from redactor.detect.recognizers.date_of_birth import date_pattern
from redactor.detect.vocabulary import Vocabulary
from redactor.rules import load_rules
from redactor.types import Kind, Segment


@pytest.mark.parametrize("read, meant", [
    ("b.21/O5/199O", "b.21/05/1990"),  # O for 0 in a date
    ("DOB: 2l/05/l990", "DOB: 21/05/1990"),  # l for 1
    ("Tel O7700 9OO123", "Tel 07700 900123"),  # a phone number
    ("LSI 4AB", "LS1 4AB"),  # I for 1 in a postcode
    ("M5 OJA, Leeds", "M5 0JA, Leeds"),
    ("M21 9QX", "M21 9QX"),  # a postcode read right stays as it is
    ("Solicitor Sol", "Solicitor Sol"),  # words are words
    ("Abigail Okafor (34)", "Abigail Okafor (34)"),
    ("Page 1 of 10", "Page 1 of 10"),
])
def test_ocr_confusions_are_put_right_in_numbers_and_postcodes(read: str, meant: str) -> None:
    assert normalise(read) == meant
    assert len(normalise(read)) == len(read)


@pytest.fixture(scope="module")
def labels() -> PictureLabels:
    rules = load_rules()
    return PictureLabels(rules, Vocabulary.from_rules(rules), date_pattern(rules))


@pytest.mark.parametrize("line, found", [
    ("Abigail Okafor (34)", [("Abigail Okafor", Kind.PERSON)]),  # a genogram label: name (age)
    ("Grace Okafor d. 2019", [("Grace Okafor", Kind.PERSON)]),  # a date of death stays
    ("Hope Whitlock b. 21/05/2015", [("Hope Whitlock", Kind.PERSON), ("21/05/2015", Kind.DATE_OF_BIRTH)]),
    ("b.21/05/1990", [("21/05/1990", Kind.DATE_OF_BIRTH)]),  # OCR dropped the space
    ("DOB: 03/11/1986", [("03/11/1986", Kind.DATE_OF_BIRTH)]),
    ("Tobias Renwick", [("Tobias Renwick", Kind.PERSON)]),  # a line holding a name and nothing else
    ("Jayden", [("Jayden", Kind.PERSON)]),  # a listed first name alone on a line
    ("Male (34)", []),  # a key is no person
    ("Key", []),
    ("Male Female Deceased", []),
    ("Partner Household", []),
    ("d. 2019", []),
    ("Referral outcome: Assessment", []),
])
def test_genogram_labels(labels: PictureLabels, line: str, found: list[tuple[str, Kind]]) -> None:
    segment = Segment("word/media/image1.png#l1", line, "picture 1, line 1", "word/media/image1.png", picture=True)
    assert [(d.text, d.kind) for d in labels.find([segment])] == found


def test_labels_are_looked_for_only_in_pictures(labels: PictureLabels) -> None:
    assert labels.find([Segment("p1", "Abigail Okafor (34)", "line 1")]) == []
