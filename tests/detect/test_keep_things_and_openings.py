"""Over-redaction kinds of dev8 (issue 14), each read in general: a word the document writes after
an article names a thing ("the Manitou"); a Welsh or Gaelic word for an island, a house or a chamber
opens a place's or building's name ("Ynys Lochtyn", "Ty Waunarlwydd", "Siambr Dafydd Orwig"); what a
place's noun is "known as" is the place ("the area now known as Sefton"); the people of a place are no
person ("an Icelander", "Fellow Liverpudlian"); a saint's church after a person's context ("at St.
John's in April"). A person the document gives beside them still goes. Made-up texts in the shapes met."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # a machine the text writes after "the" and "a": every mention stays, NER's too
    ("Lee Hale tried to release the bucket of the Manitou as an anchor. Manitou said the brakes were sound. "
     "She was in the path of a Manitou, the coroner said.\n",
     "LH tried to release the bucket of the Manitou as an anchor. Manitou said the brakes were sound. "
     "She was in the path of a Manitou, the coroner said.\n"),
    # the people of a country or city
    ("Olaf Bjornsson was erudite, if that can be said of an Icelander. He died in May.\n",
     "OB was erudite, if that can be said of an Icelander. He died in May.\n"),
    ("Fellow Liverpudlian Mark Fitzgibbon, 42, is also on the list.\n",
     "Fellow Liverpudlian MF, 42, is also on the list.\n"),
    # Welsh names of an island, a care home and a council chamber
    ("The body of Rhys Owen was found between Llangrannog and Ynys Lochtyn.\n",
     "The body of RO was found between Llangrannog and Ynys Lochtyn.\n"),
    ("Jane Thomas, from Ty Waunarlwydd home, said the residents of Ty-Waunarlwydd will miss her.\n",
     "JT, from Ty Waunarlwydd home, said the residents of Ty-Waunarlwydd will miss her.\n"),
    # a caption glued to the text: the opening word is never looked for alone
    ("End Quote Jane Thomas Ty WaunarlwyddEsther lived a long life. She moved into Ty Waunarlwydd care home.\n",
     "End Quote JW lived a long life. She moved into Ty Waunarlwydd care home.\n"),
    ("Venue: Hybrid - Siambr Dafydd Orwig, Swyddfeydd y Cyngor, Caernarfon. Present: Cllr Huw Jones.\n",
     "Venue: Hybrid - Siambr Dafydd Orwig, Swyddfeydd y Cyngor, Caernarfon. Present: Cllr HJ.\n"),
    # a place a place's noun is "known as", wherever else the text writes it
    ("Throughout the area now known as Sefton, 4,000 men died. The Mayor of Sefton, Cllr Dave Robinson, "
     "said Sefton will remember them.\n",
     "Throughout the area now known as Sefton, 4,000 men died. The Mayor of Sefton, Cllr DR, "
     "said Sefton will remember them.\n"),
    # a saint's church after a person's context
    ("Since I became churchwarden at St. John’s in April, Ann Cole has helped me.\n",
     "Since I became churchwarden at St. John’s in April, AC has helped me.\n"),
])
def test_things_peoples_and_welsh_places_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a family after "the": the article belongs to "family"; the person goes everywhere
    ("Tomasz Okonkwo died at home. The Okonkwo family thanked the police. Okonkwo was 40.\n",
     "TO died at home. The TO family thanked the police. TO was 40.\n"),
    # two families after "the" and "and"
    ("Ada Okafor and Ben Bello were found. The Okafor and Bello families thanked police. Okafor was 30.\n",
     "AO and BB were found. The AO and BB families thanked police. AO was 30.\n"),
    # a nickname after a person's name, not after a place's noun
    ("Daniel Whitlock, known as Tank, was 30. Tank lived alone.\n", "DW, known as DW, was 30. DW lived alone.\n"),
    # "Ty" is an English first name too: before a name not spelt as Welsh is, a person
    ("Eagles quarterback Ty Detmer was 17-of-34 for 182 yards.\n", "Eagles quarterback TD was 17-of-34 for 182 yards.\n"),
    # a name with a Welsh first name and no opening word before it
    ("Dafydd Orwig said the chamber was full.\n", "DO said the chamber was full.\n"),
])
def test_people_beside_the_new_readings_still_go(redact_text, text, expected):
    assert redact_text(text)[0] == expected
