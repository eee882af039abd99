"""Keep tests: offices, an office's area and places are no persons, and the people of the
same shapes still go (recognizer level; no spaCy)."""
import pytest

from redactor.detect.recognizers.titled_person import TitledPersonRecognizer
from redactor.detect.spans import clean_person
from redactor.types import Detection, Kind


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
    ("Garda John Murphy gave evidence", [("John Murphy", "Garda")]),
    # a title word inside a body's name: a body's word or a place after it, a body's word before it
    ("Anna Donald, Chair, Criminal Justice Division (SG)", []),
    ("Karyn McCluskey, Community Justice Scotland", []),
    ("the Youth Justice Unit met", []),
    # a person after the same titles still goes: no body's word before the title, or a title before it
    ("Baroness Scotland said", [("Scotland", "Baroness")]),
    ("Labour's Baroness Scotland said", [("Scotland", "Baroness")]),
    ("Mr Justice Cobb found", [("Cobb", "Mr Justice")]),
    ("Community Nurse Preston visited", [("Preston", "Nurse")]),
    ("Present: Mr A MacInnes Mr R Balfour Mrs D Mackay", [("MacInnes", "Mr A"), ("Balfour", "Mr R"),
                                                          ("Mackay", "Mrs D")]),
    ("Present: Mr Adam Dr Hadley", [("Adam", "Mr"), ("Hadley", "Dr")]),
    # a month and its year after a title is a date; the month alone after one is a name
    ("PC June 2021 Minutes", []),
    ("PC June said she was 20 in 2021", [("June", "PC")]),
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


@pytest.mark.parametrize("text,expected", [
    # a run-on list of members: the next member's title ends a name
    ("Mr Keith Buchanan Prof Brice Dickson (1) Dr Stephen Farry",
     [("Keith Buchanan", "Mr"), ("Brice Dickson", "Prof"), ("Stephen Farry", "Dr")]),
    ("Ms Roisin McGlone Dr Paul Moore", [("Roisin McGlone", "Ms"), ("Paul Moore", "Dr")]),
    # a name of three words still goes whole
    ("Mr John Paul Smith attended", [("John Paul Smith", "Mr")]),
])
def test_a_title_opens_the_next_member_of_a_list(titled, text, expected):
    spans = [(text[r.start:r.end], r.recognition_metadata["title"]) for r in titled.analyze(text, ["PERSON"])]
    assert [s for s in spans if not any(s[0] == o[0] and len(o[1]) > len(s[1]) for o in spans)] == expected


def _cleaned(vocabulary, text: str, found: str, recognizer: str = "SpacyRecognizer") -> str | None:
    start = text.index(found)
    d = Detection("s", start, start + len(found), found, Kind.PERSON, 0.85, recognizer)
    cleaned = clean_person(d, text, vocabulary)
    return cleaned.text if cleaned else None


@pytest.mark.parametrize("text,found,expected", [
    # an Irish county after its word; a police force's word before an ordinary word
    ("William O'Brien (21) of Tralee, Co. Kerry for a serious assault", "Kerry", None),
    ("an extensive Garda inquiry had been mounted", "Garda", None),
    # people of the same shapes still go
    ("Kerry Walsh of Tralee was charged", "Kerry Walsh", "Kerry Walsh"),
    ("Kerry said she was afraid", "Kerry", "Kerry"),
])
def test_counties_and_forces_are_no_people(vocabulary, text, found, expected):
    assert _cleaned(vocabulary, text, found) == expected


@pytest.mark.parametrize("text,found,kept", [
    # festivals, drinks, clothes and cars are things
    ("in the early hours of Christmas Eve, an inquest heard", "Eve", True),
    ("celebrating Hogmanay and drinking", "Hogmanay", True),
    ("he drank a bottle of Jack Daniel's on a bench", "Jack", True),
    ("a bottle of Buckfast", "Buckfast", True),
    ("wearing a full length robe called an Abaya", "Abaya", True),
    ("fled the scene in Ms Deakin's Vauxhall Corsa", "Corsa", True),
    ("a silver Ford Fiesta was seen", "Ford", True),
    # people with the same words still go
    ("Eve Walsh and her sister", "Eve", False),
    ("Jack Daniels was arrested", "Jack", False),
    ("the actor Harrison Ford said", "Ford", False),
    ("Ms Corsa Vauxhall", "Corsa", False),
])
def test_festivals_drinks_clothes_and_cars_are_kept(vocabulary, text, found, kept):
    assert vocabulary.is_kept(text, text.index(found)) is kept


@pytest.mark.parametrize("text,found,expected", [
    # NER's span of titles alone, before the titled name
    ("Coroner Dr Brian Farrell told the jury", "Coroner Dr", None),
    ("Coroner Dr Brian Farrell told the jury", "Dr", None),
    # the name after them still goes
    ("Coroner Dr Brian Farrell told the jury", "Coroner Dr Brian Farrell", "Brian Farrell"),
])
def test_titles_alone_name_no_one(vocabulary, text, found, expected):
    assert _cleaned(vocabulary, text, found) == expected
