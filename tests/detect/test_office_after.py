"""OfficeAfterRecognizer: a judge's surname with the office written after it. No spaCy."""
import pytest

from redactor.detect.recognizers.office_after import OfficeAfterRecognizer


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return OfficeAfterRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # offices of two letters or more need nothing else
    ("Lloyd LJ agreed.", [("Lloyd", "LJ")]),
    ("MORGAN LCJ gave the judgment.", [("MORGAN", "LCJ")]),
    ("as Hallett and Holroyde LJJ put it", [("Holroyde", "LJJ")]),
    # counsel
    ("M Birnbaum QC for C (1)", [("Birnbaum", "QC")]),
    ("and the Crown by Prentice KC, advocate depute", [("Prentice", "KC")]),
    # one letter: after a listed name, or in a text about a court
    ("The appeal was heard by Harker J.", [("Harker", "J")]),
    ("Smith P said so.", [("Smith", "P")]),
    ("Sir Andrew McFarlane P agreed.", [("Andrew McFarlane", "P")]),
    # a pseudonym's letter after an ordinary word names no judge
    ("Child J was known to services.", []),
    ("Person P told the panel.", []),
    ("See Appendix J for the chronology.", []),
    ("Kettering J was her pseudonym.", []),
    # initials are no office
    ("Harker J.K. wrote the book.", []),
    # a place before it is no judge
    ("Chester J was the court.", []),
    # ... but before an office of two letters or more it is the judge's name
    ("the principles set out by Buxton LJ in the appeal", [("Buxton", "LJ")]),
    # a surname in capitals alone on its line heads a judgment
    ("    WEATHERUP J", [("WEATHERUP", "J")]),
    ("    CHILD J", []),
    ("SCHEDULE J", []),
])
def test_offices_after_a_name(recognizer, text, expected):
    found = recognizer.analyze(text, ["PERSON"])
    assert [(text[r.start:r.end], r.recognition_metadata["title"]) for r in found] == expected
