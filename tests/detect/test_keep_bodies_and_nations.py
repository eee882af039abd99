"""Keep tests (dev9): bodies and nations taken as people. A title word inside a body's name
("Criminal Justice Division", "Community Justice Scotland") names no one; a Welsh word for a group, a
haven or a society opens a body's name ("Grwp Gwalia", "Hafan Cymru"); the first words of a listed place
of several words are the place ("the Causeway Coast and Glens area"). A person the document gives
beside them, after the same titles, still goes. Made-up texts in the shapes met."""
import pytest

from redactor.detect.spans import clean_person
from redactor.types import Detection, Kind


@pytest.mark.parametrize("text,expected", [
    # a meeting's attendance list: each member and their body
    ("Attendees\n  • Anna Donald, Chair, Criminal Justice Division (SG)\n  • Martin McLean, Police Scotland\n"
     "  • Karyn McCluskey, Community Justice Scotland\n  • Alice Nottage, Victim Support Scotland\n",
     "Attendees\n  • AD, Chair, Criminal Justice Division (SG)\n  • MM, Police Scotland\n"
     "  • KM, Community Justice Scotland\n  • AN, Victim Support Scotland\n"),
    # Welsh bodies named by NER as people
    ("The workers will be employed by Carmarthen-based charity Hafan Cymru and Swansea-based specialist "
     "Grwp Gwalia. Sian Lewis said the money was welcome.\n",
     "The workers will be employed by Carmarthen-based charity Hafan Cymru and Swansea-based specialist "
     "Grwp Gwalia. SL said the money was welcome.\n"),
    # a name a Welsh word for a group opens, alone elsewhere in the document
    ("Swansea-based care and support specialist Grwp Gwalia. Gwalia executive director Richard Davies said: "
     "Gwalia are delighted.\n",
     "Swansea-based care and support specialist Grwp Gwalia. Gwalia executive director RD said: "
     "Gwalia are delighted.\n"),
    # a village on no list that the text writes before "area", wherever else it writes it
    ("TWO IN DOCK OVER CLOGHER MURDER\n\nA JUDGE was required to clear a courtroom after an outburst from family "
     "of Sean Kelly.\n\nMr Kelly was murdered in a frenzied attack.\n\nHis body was discovered in a Clogher "
     "alleyway last Saturday morning.\n\nOriginally from Sligo, he only moved to the Clogher area recently.\n",
     "TWO IN DOCK OVER CLOGHER MURDER\n\nA JUDGE was required to clear a courtroom after an outburst from family "
     "of SK.\n\nMr K was murdered in a frenzied attack.\n\nHis body was discovered in a Clogher "
     "alleyway last Saturday morning.\n\nOriginally from Sligo, he only moved to the Clogher area recently.\n"),
])
def test_bodies_and_places_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("The report was launched by Baroness Scotland.\n", "The report was launched by Baroness S.\n"),
    ("Mr Justice Cobb gave judgment. Cobb J said the mother was honest.\n",
     "Mr Justice C gave judgment. C J said the mother was honest.\n"),
])
def test_people_after_the_same_titles_still_go(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,found,recognizer,expected", [
    # the first words of a listed place of several words, found by NER or as a list's item
    ("links to the Causeway Coast and Glens area", "Causeway Coast", "SpacyRecognizer", None),
    ("Lemon; Mayor of Causeway Coast and Glens Borough Council, Councillor", "Causeway Coast",
     "ListItemRecognizer", None),
    # a person before "and" still goes
    ("links to Sean Kelly and Glens", "Sean Kelly", "SpacyRecognizer", "Sean Kelly"),
    # a listed place that is a first name too, in a list of places; a first name beside a place is a person
    ("a prosecution by Devon, Somerset and Torbay Trading Standards", "Devon", "SpacyRecognizer", None),
    ("officers from Leeds and Devon attended", "Devon", "SpacyRecognizer", None),
    ("Kelly and Leeds United fans", "Kelly", "SpacyRecognizer", "Kelly"),
    ("Devon and Sam went home", "Devon", "SpacyRecognizer", "Devon"),
])
def test_the_opening_words_of_a_listed_place_are_no_one(vocabulary, text, found, recognizer, expected):
    start = text.index(found)
    d = clean_person(Detection("s", start, start + len(found), found, Kind.PERSON, 0.75, recognizer), text,
                     vocabulary)
    assert (d.text if d else None) == expected
