"""The readers outside the recognizers (list items, bulleted lines, names over line breaks,
party captions, handles) give people that are tidied as the recognizers' are, before any is
looked for again: what ``clean_person`` drops (a code name, a rank's portfolio) is neither
redacted where a list holds it nor spread through the document as a known name."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # an investigation's code name among a list of people: no person, nor looked for again
    ("Those present:\n• Amy Cole\n• Jo Bright\n• Operation Bullfinch\n• Sam Ould\nThe Bullfinch inquiry began.\n",
     "Those present:\n• AC\n• JB\n• Operation Bullfinch\n• SO\nThe Bullfinch inquiry began.\n"),
    ("Present: Amy Cole, Jo Bright, Operation Bullfinch, Sam Ould.\nOperation Bullfinch was set up in May.\n",
     "Present: AC, JB, Operation Bullfinch, SO.\nOperation Bullfinch was set up in May.\n"),
    # a rank's portfolio in an attendance list stays, and so does the same phrase elsewhere
    ("Present: Helen Ward, ACC Crime Operations; Peter Shaw, Amy Cole, Joe Bright.\n"
     "The Crime Operations team met on Monday.\n",
     "Present: HW, ACC Crime Operations; PS, AC, JB.\nThe Crime Operations team met on Monday.\n"),
])
def test_what_no_recognizer_would_keep_as_a_person_no_reader_keeps(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # the readers' people themselves still go, and are looked for again
    ("Present: Councillors Noakes, Backhouse,\nPatterson, Scholes and Webb\nPatterson spoke first.\n",
     "Present: Councillors N, B,\nP, S and W\nP spoke first.\n"),
    ("The meeting was chaired by Dr Amara\nOkafor. Okafor said it went well.\n",
     "The meeting was chaired by Dr A\nO. O said it went well.\n"),
    ("Daughter of Fredrick and Hannah. Her sisters were\nJoyce, David, Ann, Rose, Jean, Jim and Dan.\n",
     "Daughter of F and H. Her sisters were\nJ, D, A, R, J2, J3 and D2.\n"),
    ("Posted on 12 March 2020 by tgriffiths\nThanks to @PaulByrne for the photos.\n",
     "Posted on 12 March 2020 by T\nThanks to @P for the photos.\n"),
])
def test_the_readers_people_still_go(redact_text, text, expected):
    assert redact_text(text)[0] == expected
