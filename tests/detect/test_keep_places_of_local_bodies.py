"""Bodies whose names are lists (issue 14, dev13): a parish, community or district council named for a
list of places keeps its name whole, and each place stays where a council's list writes it after a
member; a department named by its fields stays whole before its address; the members still go.
Made-up texts in the shapes met."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # a parish council of two places, a member's place after each member on the list
    ("Minutes of Coppenhall and Haughton Parish Council held at Haughton Village Hall.\n"
     "Present: Cllr J Birch Haughton, Cllr P Oakes Coppenhall.\n",
     "Minutes of Coppenhall and Haughton Parish Council held at Haughton Village Hall.\n"
     "Present: Cllr JB Haughton, Cllr PO Coppenhall.\n"),
    # three places joined by a comma and "and", members with a full name, one later by surname
    ("Minutes of Llanddewi, Rhydlewis and Brongest Community Council\nCllr Ann Pryce Llanddewi\n"
     "Cllr Tom Heald Rhydlewis\nCllr Heald said the bus shelter in Brongest was broken.\n",
     "Minutes of Llanddewi, Rhydlewis and Brongest Community Council\nCllr AP Llanddewi\n"
     "Cllr TH Rhydlewis\nCllr H said the bus shelter in Brongest was broken.\n"),
    # a district council named for three places without commas, after a role on a flattened list
    ("Chief Executive Armagh Banbridge and Craigavon Borough Council and Director of Public Health\n",
     "Chief Executive Armagh Banbridge and Craigavon Borough Council and Director of Public Health\n"),
    # a hall of two villages, "&" and two-word places; a member written without a first name
    ("Meeting held at Lapworth & Kingswood Green Village Hall\nCllr R Dunmore Kingswood Green (Chair)\n",
     "Meeting held at Lapworth & Kingswood Green Village Hall\nCllr RD Kingswood Green (Chair)\n"),
    # after an initial, a surname that is a first name too is left ("Nelson"), and the place goes
    ("Minutes of Coppenhall and Haughton Parish Council\nCllr D Nelson Haughton\n",
     "Minutes of Coppenhall and Haughton Parish Council\nCllr D N Haughton\n"),
    # a department named by its fields, on a flattened letterhead before its building and postcode
    ("Kent County Council Adults, Health and Housing Services Sessions House ME14 1XQ\n",
     "Kent County Council Adults, Health and Housing Services [address removed]\n"),
])
def test_places_of_a_local_body_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a person run into the body's name on a flattened list is no place it serves
    ("Present: Amy Tate and Stretton Parish Council\n", "Present: AT and Stretton Parish Council\n"),
    # first names in a list before a department's words are people
    ("Thanks to Amy, Tom and Social Services for their help.\n",
     "Thanks to A, T and Social Services for their help.\n"),
    # a person, a role and a council on a line, between commas, are no list of places
    ("Kulvinder Bassi, Community Safety Manager, Rutland County Council, will present this report.\n",
     "KB, Community Safety Manager, Rutland County Council, will present this report.\n"),
    # a councillor whose surname is her parish's name keeps it as her name
    ("Cllr Ann Stretton of Stretton Parish Council spoke.\n", "Cllr AS of Stretton Parish Council spoke.\n"),
    # a name the document gives goes inside a hall's name too
    ("The Lapley and Wheaton Aston Village Hall was full. Cllr Noblett thanked Mrs Jo Lapley.\n",
     "The JL and Wheaton Aston Village Hall was full. Cllr N thanked Mrs JL.\n"),
])
def test_people_beside_a_local_body_go(redact_text, text, expected):
    assert redact_text(text)[0] == expected
