"""Over-redaction kinds on real text (issue 14): the names of bodies, places and documents
around the people of a report stay; the people do not. Made-up texts in the shapes met."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # a flattened minutes table: roles before bodies and towns, a body's short name it defines,
    # people among them
    ("Members Title Representing: Mary Hobbs (MH) LSCB Chair Darlington Pauline Beale (PB) Business Manager "
     "MALAP (Multi Agency Looked After Partnership) Director Include Youth Present Apology\n",
     "Members Title Representing: MH (MH) LSCB Chair Darlington PB (PB) Business Manager "
     "MALAP (Multi Agency Looked After Partnership) Director Include Youth Present Apology\n"),
    # a charity named with a curly apostrophe, as web pages write it
    ("Safeguarding Nurse Consultant Director Barnardo’s NI Director of Child Care\n",
     "Safeguarding Nurse Consultant Director Barnardo’s NI Director of Child Care\n"),
    # a place's name after its opening word ("Higher", "Little") is no surname
    ("Jean Rowe was found at an address in Prees Higher Heath, near Whitchurch.\n"
     "When she first moved to Higher Heath, she grew roses.\n",
     "JR was found at an address in Prees Higher Heath, near Whitchurch.\n"
     "When she first moved to Higher Heath, she grew roses.\n"),
    # a town the document writes after "in" is no misspelling of a pseudonym cut short
    ("Serious Case Review - Harro\nReferrals in Harrow were not followed up. Harrow children's social care "
     "did not see the baby.\n",
     "Serious Case Review - H\nReferrals in Harrow were not followed up. Harrow children's social care "
     "did not see the baby.\n"),
    # a bill named with its nation, a statement read at sentencing
    ("This is day 1 of stage 2 of the Adult Support and Protection (Scotland) Bill. Bill Hart spoke.\n",
     "This is day 1 of stage 2 of the Adult Support and Protection (Scotland) Bill. BH spoke.\n"),
    ("I have read the Victim Personal Statement made by the victim's mother, Teena Marr.\n",
     "I have read the Victim Personal Statement made by the victim's mother, TM.\n"),
    # a court's name in its own language, in brackets after its English name
    ("On 18 April 2002 the Opole District Court (Sąd Rejonowy) ordered that the applicant, Jan Kowalski, be "
     "remanded in custody.\n",
     "On 18 April 2002 the Opole District Court (Sąd Rejonowy) ordered that the applicant, JK, be "
     "remanded in custody.\n"),
    # "Dr." before a name is a title, not a street ("Drive")
    ("Apologies for absence were received from Councillors Dr. Emma Ghani and Stacy Seale.\n",
     "Apologies for absence were received from Councillors Dr. EG and SS.\n"),
])
def test_bodies_places_and_titles_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected
