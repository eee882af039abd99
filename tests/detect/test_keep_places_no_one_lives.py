"""Places the address readers took where no one lives (issue 14, dev4–dev6): an estate's residents as
its community, a care home's place, a name the document gives a care home or a courthouse, a public
square where something happened, a firm's document exchange box, a village after a street and a
comma; the person and the home beside each reading still go. Made-up texts in the shapes met."""
import pytest

from redactor.detect.recognizers.street_address import StreetAddressRecognizer


@pytest.mark.parametrize("text,expected", [
    # the residents of a place, plural, are its community: the estate stays, wherever it is named
    ("Police increased patrols in Bestwood Park after a shooting. Sgt Ann Hale urged the residents of "
     "Bestwood Park to report crime.\n",
     "Police increased patrols in Bestwood Park after a shooting. Sgt AH urged the residents of "
     "Bestwood Park to report crime.\n"),
    # a care home's place is where the service stands, no one's home
    ("Tom Reid chose a nursing home for his wife, a care home in Coton Hill.\n",
     "TR chose a nursing home for his wife, a care home in Coton Hill.\n"),
    # a name the document gives a care home (in another paragraph too) is the home's, not an address
    ("Eira Jones was a resident of Ty Mair for 60 years.\n\nThe 74-bed Ty Mair Care Home in Felinfoel mourned her.\n",
     "EJ was a resident of Ty Mair for 60 years.\n\nThe 74-bed Ty Mair Care Home in Felinfoel mourned her.\n"),
    # a court named after its street, which the document also writes as a courthouse
    ("The inquest into Ian Gibson's death was due at Laganside Court on Tuesday.\n\nAn earlier hearing "
     "sat at Laganside Courthouse.\n",
     "The inquest into IG's death was due at Laganside Court on Tuesday.\n\nAn earlier hearing "
     "sat at Laganside Courthouse.\n"),
    # ... or in a sentence about a hearing: a court of law after "at"
    ("The inquest into Ian Gibson's death had been due to take place at Laganside Court on Tuesday.\n",
     "The inquest into IG's death had been due to take place at Laganside Court on Tuesday.\n"),
    # a public square where something happened (a square is a street after a number or where someone lives)
    ("Bob Kerr would go to Castle Square, in the city centre, to drink.\n",
     "BK would go to Castle Square, in the city centre, to drink.\n"),
    # a firm's document exchange box is no one's address
    ("Hayes Solicitors, DX: 13 Chancery Lane LDE. Mr Tom Hale appeared for the Respondent.\n",
     "Hayes Solicitors, DX: 13 Chancery Lane LDE. Mr TH appeared for the Respondent.\n"),
    # an age after a name, before the person's street
    ("Adam Connolly, 31, Tobar Park in Cullybackey – charged with riot.\n",
     "AC, 31, [address removed] in Cullybackey – charged with riot.\n"),
    # a village of a first name and a place's last word, after a street and a comma, ending the sentence
    ("Tommy Young, 17, died when his motorbike hit a lamppost in Frinton Road, Kirby Cross.\n",
     "TY, 17, died when his motorbike hit a lamppost in [address removed], Kirby Cross.\n"),
])
def test_places_where_no_one_lives_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # one resident's home is still an address
    ("Ann Hale, a resident of Bestwood Park, said she was afraid.\n",
     "AH, a resident of [address removed], said she was afraid.\n"),
    # someone's own home beside a care home's place
    ("Ann Hale lived at her home in Hazel Lodge before moving to a care home in Coton Hill.\n",
     "AH lived at her home in [address removed] before moving to a care home in Coton Hill.\n"),
    # a street written before a service's word is still a street where someone lives
    ("Ann Hale lived in Mill Lane. The Mill Lane church was full for her funeral.\n",
     "AH lived in [address removed]. The [address removed] church was full for her funeral.\n"),
    # ... and so is an estate a housing scheme is named after
    ("Ann Hale lived in Hollymount Park.\n\nThe Hollymount Park housing scheme was rebuilt.\n",
     "AH lived in [address removed].\n\nThe [address removed] housing scheme was rebuilt.\n"),
    # a numbered home named like the care home still goes
    ("Ann Hale lived at 4 Ty Mair. The Ty Mair Care Home is next door.\n",
     "AH lived at [address removed]. The Ty Mair Care Home is next door.\n"),
    # a street of courts where someone lives, in a document with a crown court
    ("Ann Hale lived in Beech Court. Her case was heard at Belfast Crown Court.\n",
     "AH lived in [address removed]. Her case was heard at Belfast Crown Court.\n"),
    # a court where someone lives, in a sentence about a hearing
    ("The inquest heard Ann Hale lived at Beech Court with her son.\n",
     "The inquest heard AH lived at [address removed] with her son.\n"),
    # a square where someone lives, numbered or not
    ("Ann Hale lived at 12 Castle Square. Her son lived in Abbey Square.\n",
     "AH lived at [address removed]. Her son lived in [address removed].\n"),
    # a numbered street with no document exchange before it
    ("Ann Hale lives at 13 Chancery Lane.\n", "AH lives at [address removed].\n"),
    # a person of the village's shape the document gives elsewhere still goes
    ("Ann Hale lived at 4 Mill Road, Kirby Cross. Her friend Kirby Cross said she was kind.\n",
     "AH lived at [address removed], KC. Her friend KC said she was kind.\n"),
])
def test_the_person_and_home_beside_still_go(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a numbered street before another address's number is an address (a flattened column), a score is not
    ("Senator House 85 Queen Victoria Street 13/15 Hazelwood Road London EC4V 4ET",
     ["85 Queen Victoria Street", "13/15 Hazelwood Road"]),
    ("The score was 13 Ebbw Vale 17 at half time.", []),
    # an age after a name is no house number; the street after it still goes
    ("Adam Connolly, 31, Tobar Park in Cullybackey – charged with riot", ["Tobar Park"]),
    ("Write to Flat 2, 31 Tobar Park, Belfast.", ["Flat 2, 31 Tobar Park"]),
    # a document exchange's box is no address; the same street with a house number alone is one
    ("Tel: 020 7404 7464 DX: 13 Chancery Lane LDE", []),
    ("Write to 13 Chancery Lane, London.", ["13 Chancery Lane"]),
])
def test_numbered_streets(rules, text, expected):
    found = StreetAddressRecognizer(rules).analyze(text, ["ADDRESS"])
    assert sorted({text[r.start:r.end] for r in found}) == sorted(expected)
