"""Over-redaction kinds of dev7 and dev8 (issue 14), each read in general: a word the document writes
after an article names a thing ("the Manitou"); a Welsh or Gaelic word for an island, a house or a
chamber opens a place's or building's name ("Ynys Lochtyn", "Ty Waunarlwydd", "Siambr Dafydd Orwig");
what a place's noun is "known as" is the place ("the area now known as Sefton"); the people of a place
are no person ("an Icelander", "Fellow Liverpudlian"); a saint's church after a person's context ("at
St. John's in April"); a word saying who the person is opens no name ("Chef Neil Wilson"); an office
"of the" body ("Dean of the Faculty"); a make or breed before a thing's noun ("a Stanley knife"). A
person the document gives beside them still goes. Made-up texts in the shapes met."""
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
    # a word saying who the person is, before a listed first name or in the plural: the name starts after it
    ("Chef Neil Wilson, of Belfast, denies murder. Historian Don Freeth carried out the research.\n",
     "Chef NW, of Belfast, denies murder. Historian DF carried out the research.\n"),
    ("Witnesses Lockett, McGilvray and Smith were drivers of the vans.\n",
     "Witnesses L, M and S were drivers of the vans.\n"),
    # an office of a body, whose word is a first name too; initials whose last dot NER left out
    ("Ian Ross was Professor of Chemistry and Dean of the Faculty of Science, Heriot-Watt University.\n",
     "IR was Professor of Chemistry and Dean of the Faculty of Science, Heriot-Watt University.\n"),
    ("77\nE.T. Z4 (WR) EMPLOYMENT TRIBUNALS (SCOTLAND) Employment Judge I McPherson\n",
     "77\nE.T. Z4 (WR) EMPLOYMENT TRIBUNALS (SCOTLAND) Employment Judge I M\n"),
    # a hashtag of a place and a word run together; Ireland's police in the plural; a photograph's source
    ("Police believe Jack Hale could be in #SouthernIreland and are liaising with Gardaí to find him.\n",
     "Police believe JH could be in #SouthernIreland and are liaising with Gardaí to find him.\n"),
    ("Cross Farm\n\nPhoto from Google Maps Street view\n\nOverview\n",
     "Cross Farm\n\nPhoto from Google Maps Street view\n\nOverview\n"),
    # a village on no list that something is near, wherever else the text writes it
    ("Roy Hale probably drowned near Gwbert within 30 minutes. He kept a caravan in Gwbert and a boat.\n",
     "RH probably drowned near Gwbert within 30 minutes. He kept a caravan in Gwbert and a boat.\n"),
    # a make or breed between an article or a possessive and a thing's noun
    ("Ian Reid attacked her with a Stanley knife. Ann Reid found his Massey Ferguson tractor on its side, "
     "a Limousin-cross cow and a Jack Russell terrier beside it.\n",
     "IR attacked her with a Stanley knife. AR found his Massey Ferguson tractor on its side, "
     "a Limousin-cross cow and a Jack Russell terrier beside it.\n"),
    # a diocese, and a clock's unit after its figures
    ("His research began when Southwell Diocese sought volunteers. The meeting reconvened at 20.06 Hrs.\n",
     "His research began when Southwell Diocese sought volunteers. The meeting reconvened at 20.06 Hrs.\n"),
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
    ("Eagles quarterback Ty Detmer was 17-of-34 for 182 yards.\n",
     "Eagles quarterback TD was 17-of-34 for 182 yards.\n"),
    # a first name that is a dictionary word on no name list stays with the name after it
    ("Storm Ronald Shears said he was there.\n", "SS said he was there.\n"),
    # an adverb in a list of names is a first name ("Curtly Ambrose"); "Dean" before a name is the person
    ("Kenny Benjamin, Curtly Ambrose, Courtney Walsh (captain).\n", "KB, CA, CW (captain).\n"),
    ("Dean Smith of the Samaritans spoke. Dean said more.\n", "DS of the Samaritans spoke. DS said more.\n"),
    # a person the text gives by title is a person after "near" too
    ("He sat near Okonjo in the dock. Mr Okonjo said nothing.\n", "He sat near O in the dock. Mr O said nothing.\n"),
    # a name after "her" before no thing's noun, and one with a possessive before a thing's noun, are people
    ("She told her Sarah Jones would come with Sarah's phone.\n", "She told her SJ would come with SJ's phone.\n"),
    # a hashtag holding a first name holds a person
    ("Ann Cole was trending as #JusticeForAnn.\n", "AC was trending as #J.\n"),
    # a name with a Welsh first name and no opening word before it
    ("Dafydd Orwig said the chamber was full.\n", "DO said the chamber was full.\n"),
])
def test_people_beside_the_new_readings_still_go(redact_text, text, expected):
    assert redact_text(text)[0] == expected
