"""Keep tests: offices, an office's area and places are no persons, and the people of the
same shapes still go (recognizer level; no spaCy)."""
import pytest

from redactor.detect.recognizers.titled_person import TitledPersonRecognizer


@pytest.fixture(scope="module")
def titled(rules, vocabulary):
    return TitledPersonRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # a civic or judicial office is no peer and a name, in any case
    ("ELECTION OF LORD MAYOR", []),
    ("Lord Mayor said it was an honour", []),
    ("APPOINTMENT OF DEPUTY LORD MAYOR", []),
    ("The Lady Mayoress and the Lord Provost attended", []),
    ("OPINION OF THE LORD JUSTICE CLERK", []),
    # a rank or role and its area: a place after it
    ("Mr George Hamilton, Chief Constable NORTHERN IRELAND (7)", [("George Hamilton", "Mr")]),
    ("Chief Executive North Lanarkshire", []),
    # a person after the same offices and titles still goes
    ("Lord Mayor Shabir Hussain presented the badges", [("Shabir Hussain", "Lord Mayor")]),
    ("Apologies from Provost Scoullar.", [("Scoullar", "Provost")]),
    ("Chief Constable Diego Martin said", [("Diego Martin", "Chief Constable")]),
    ("Mr Lisburn said", [("Lisburn", "Mr")]),
    ("said Lord Judge,", [("Judge", "Lord")]),
])
def test_offices_and_areas_are_no_names(titled, text, expected):
    spans = [(text[r.start:r.end], r.recognition_metadata["title"]) for r in titled.analyze(text, ["PERSON"])]
    # overlapped matching may also yield a shorter title of the same name ("Mayor" in "Lord Mayor")
    assert [s for s in spans if not any(s[0] == o[0] and len(o[1]) > len(s[1]) for o in spans)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Northern Ireland", True), ("NORTHERN IRELAND", True), ("Chadwell Heath", True),
    # a listed first name and surname is a person's name too; one word is no full name
    ("Diego Martin", False), ("Edith Weston", False), ("Wexford", False), ("Ellen March", False),
])
def test_a_span_of_a_place_is_never_a_full_name(vocabulary, text, expected):
    assert vocabulary.names_a_place(text) is expected
