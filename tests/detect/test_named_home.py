"""A home named without a house number, read one way: a proper-noun phrase after a preposition, judged
by what leads to it (a person, a word of living, someone's home, nothing), its shape and the place
lists. Made-up texts in the shapes met in court and inquest news, minutes and family histories."""
import pytest

from redactor.detect.recognizers.named_home import NamedHomeRecognizer
from redactor.rules import load_rules


@pytest.fixture(scope="module")
def recognizer() -> NamedHomeRecognizer:
    return NamedHomeRecognizer(load_rules())


def found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"]) if r.entity_type == "ADDRESS"})


@pytest.mark.parametrize("text,expected", [
    # after a person (a name with a comma, an age, initials, a life span), a home's word ends the name
    ("Carl Brennan, of Westfield Manor in the city, was remanded.", ["Westfield Manor"]),
    ("The case involved 31 year old Ewan Ross of Kestrel House, Croft 4, Dornie.", ["Kestrel House"]),
    ("Mr Pryce of Glanrafon farm was the schoolmaster.", ["Glanrafon"]),
    ("the Reverend John Evans of Bethel Chapel and Cilgwyn farm in Llandysul.", ["Cilgwyn"]),
    # ... a street's word, the street written as a district, its town "the city" or none
    ("Doyle, of Glenbawn Park in the city, appeared in court.", ["Glenbawn Park"]),
    ("Liam Kerr (27) of Ashgrove Meadows denies the charge.", ["Ashgrove Meadows"]),
    # ... a building's word after a person and their age: news gives their home there
    ("Dean Lowe (31) of Tanyard Hall denies the charge. Amy Kerr, aged 40, of Mill Buildings, admitted it.",
     ["Mill Buildings", "Tanyard Hall"]),
    # ... a name on no list, before its listed town
    ("Paula Reid, 44, of Craigard, Oban, admitted the offence.", ["Craigard"]),
    # after a word of living, or an address given
    ("'We used to live at Upper Vawnley,' he said.", ["Upper Vawnley"]),
    ("Lee Moss (54), whose address was given to the court as Rathmore Grove, Lurgan, admitted it.",
     ["Rathmore Grove"]),
    ("Amy Tate, with addresses at Glen Crescent and Beechmount Walk, both Belfast, denies it.",
     ["Beechmount Walk", "Glen Crescent"]),
    # a name in quotes where someone lives, even of a place's shape
    ("In 1851 the couple were living at “Bryn Cross” with their daughter.", ["Bryn Cross"]),
    # in apposition to someone's home
    ("He died at their farm, Ty’n y Gors, Llanfwrog, near Ruthin.", ["Ty’n y Gors"]),
    # a farm's or a cottage's name, whatever leads to it
    ("The accident happened at Brook Cottage, Hay Road, Clifford.", ["Brook Cottage"]),
    ("He was hurt in an incident at Ashfield Farm, in Marton, near Welshpool.", ["Ashfield Farm"]),
    ("The clerk spoke regarding the application relating to Upper Wern Farm.", ["Upper Wern Farm"]),
    ("a quad bike taken on June 3 from Tigh Ban Cottage, Aviemore; and", ["Tigh Ban Cottage"]),
    ("Water drained onto the lane at Chapel Cottages after the storm.", ["Chapel Cottages"]),
    # a lower-case farm's word after a name on no list, with no lead
    ("He died in the accident at the 400-acre Cefnllys farm, which he ran.", ["Cefnllys"]),
    ("After they married the couple started Pant-y-Ffynnon farm.", ["Pant-y-Ffynnon"]),
    # a street named as a district after "on the", in a sentence about premises or a home
    ("He made an offer on a house with garages on the Ballysillan Road.", ["Ballysillan Road"]),
    # after a person and a clause between commas; after an address given "as", whatever the name's words
    ("One was PK, whose age is unknown, of Heather Park, Newry, who is accused of theft.", ["Heather Park"]),
    ("The defendant has an address as The Rowan Tree, Stretton, Shropshire.", ["The Rowan Tree"]),
    # ... a listed district of a street's shape before its town
    ("Ray Dunn, whose address was given as Manor Park, Lurgan, admitted it.", ["Manor Park"]),
    # a home's name before its street, after an application's site or a person; the street goes too
    ("The application for a garage at Fernlea, Ropers Lane was withdrawn.", ["Fernlea", "Ropers Lane"]),
    ("Ann Kerr, 40, of Greenwood, Spinney Road, admitted it.", ["Greenwood", "Spinney Road"]),
    # a home and "in" before a name its town follows ("The" opens no person's name)
    ("She was found in the garden of a property in The Spinney in Cromer on Monday.", ["The Spinney"]),
    # a housing estate named in lower case, after "on the" or no lead
    ("He drove to her home on the Maesglas estate, Holyhead, in July.", ["Maesglas"]),
    ("Youths from the Coedcae estate were seen.", ["Coedcae"]),
    # a name on no list near its town, after "at" or "from"
    ("The farmer was killed at Cwmglas near Llandeilo last year.", ["Cwmglas"]),
    # a farm's or a cottage's name in running text, with no lead
    ("Water drained onto the lane and Brook Cottages. A resident asked.", ["Brook Cottages"]),
    ("Since 1990 the family has run Pengwern Farm with help.", ["Pengwern Farm"]),
    # a farm's name ends at its farm's word inside a longer name
    ("a septic tank on land at Ty Coch Farm Touring and Camping, Malltraeth", ["Ty Coch Farm"]),
    # a street after "on" where someone lived or grew up; an application's site on no list before its place,
    # however many words the works take
    ("She grew up on Quarry Lane in Sligo town. He lived on Rowan Crescent, Leeds.", ["Quarry Lane", "Rowan Crescent"]),
    ("the planning application for the erection of a new agricultural shed at Cae-Glas, Rhosgoch was approved",
     ["Cae-Glas"]),
    # after a person's role in a case; a name on no list before its town where the text says someone lived
    ("It was alleged that the defendant from Clonmoyle, Castlebridge, stole a bicycle.", ["Clonmoyle"]),
    ("He returned to Tir Mawr, Orion, near Denbigh, where he lived with his parents.", ["Tir Mawr"]),
    # an Irish address: a townland, its village or parish, its county (alone, or after "Co."), after a person and
    # their age or a death notice's "late"; the village and the county stay
    ("The funeral Mass for the late Seán Brady RIP, late Dromcarra, Ballyvore, Carlow will be said today.",
     ["Dromcarra"]),
    ("Paul Hynes, 40, of Carrowkeel, Ballyglass, Co. Mayo, appeared. Mary Dunne, 30, of Derrylea, Ballycarn,"
     " Westmeath, too.", ["Carrowkeel", "Derrylea"]),
    # ... after a name alone, a chain of names to the town: the first is the home
    ("Bail was refused to Sean Kerrigan of Gortnaskea, Cloonbrack, Tullyvin, who was charged with assault.",
     ["Gortnaskea"]),
    # a name on no list "in" another, after a person named by their age
    ("The 45-year-old, from Glenmorrow in Dunmurry, admitted the charge.", ["Glenmorrow"]),
    # a home a family lived in for years
    ("After many happy years in Kingsmeadow, my parents moved to the coast. They lived in Rosscarra for a decade.",
     ["Kingsmeadow", "Rosscarra"]),
])
def test_homes_are_found(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # a listed town, a place's shape, an organisation's or an institution's name stays
    "Jane Roe, of Belfast, said. John Smith of Leeds was there.",
    "Brown, of Little Dunham, near Swaffham, admitted the offence.",
    "Ellen Moss (1888-1944) of Mulgrave Bridge, Ballyard, was buried there.",
    "Mr Smith, of Smith Solicitors, Leeds, said it was wrong.",
    # ... after a person and their age too, and a town's building
    "Jo Bell, 40, of Leeds Town Hall, spoke. Amy Kerr (30) of Morriston Hospital and Ann Lee, 52, of Victim Support"
    " said.",
    "The University of Leeds and the Bank of England met the Court of Appeal in London.",
    # after a bare name, an unlisted village before its town ("of Rushbrooke, Bury St Edmunds")
    "Theodore Ainley of Rushbrooke, Bury St Edmunds, served in France.",
    # ... or before a listed place and more; a town and the places a chain joins with "and"; "late" of time or of a
    # person
    "Theodore Ainley of Rushbrooke, Leeds, Yorkshire, served. Kevin Moran of Galway, Clare and Mayo spoke.",
    "He was running late, John said. The hearing ran late, Cork City Council said. His late father, late of Leeds,"
    " was there.",
    # years in a town, in the Army, in a prison where no one is said to live or move
    "After many happy years in Belfast, and ten years in the Army, he lived in Leeds for a year.",
    "She spent years in Strangeways and two years in Broadmoor.",
    # a name just before its county is a village's
    "She died at their family home in Ballyfin, Co Laois. Paul Hynes, 40, of Carrowkeel, Co. Mayo, appeared.",
    # a home's noun is no lead: a care home's village, a village in another country
    "She worked at a home for the elderly at Kinlet until her death.",
    "They were forced apart after their ejection from a house at Trabuom.",
    # a county or a kind before a lower-case home word; a farm's word after a bare preposition
    "The murder at Worcestershire cottage shocked the village. She bought a Victorian cottage.",
    "The price of Gala farm shares fell.",
    # a town's road, a road in a sentence about no home, a title, a place's name
    "He moved to a lock-up on the Antrim Road. Disorder erupted on the Woodvale Road.",
    "Rates were quoted on the St. Louis Merchants Exchange.",
    "At his home, Jane Smith said. She was at her home, Belfast, that night.",
    "He lived in Notting Hill and moved to Glengormley.",
    'She lived at "Leeds" for a year.',
    # a name before "home" names an institution: a care home's manager speaks from it
    "Jane Thomas, from Ty Waunarlwydd home, said she was loved. Ann Roe, 52, of Cae Mawr care home, spoke.",
    # a listed town after an address given or a home and "in"; a village's shape, a hospital near a town
    "He gave his address as Leeds, West Yorkshire. She bought a house in Cromer in Norfolk.",
    "He was treated at Morriston Hospital near Swansea. They met at Little Dunham near Swaffham.",
    # a town or an organisation before a district that is no street; a listed place's estate
    "The application for a garage at Leeds was refused. Ann Kerr, of Leeds, Hyde Park, spoke.",
    "They walked on the Leeds estate. She worked at Tesco near the station.",
    # a sentence's first words, an organisation's name, a street named for a farm
    "Manor Farm is a house. A grant came from the Home Farm Trust. She lived by the lane and Mill Cottage Road.",
    "He has links to the Sunderland area – to Fulwell, Plains Farm and the city centre.",
    # a name before a place's noun is that place's: a pub, a care home
    "He had left The Cottage pub on Mill Street. Ann Roe, from Ty Gwernant home, said they would miss her.",
    # "on" with no word of living, or before a town's road or an island; an application's site at a town
    "The talk on Domestic Abuse was given on Mill Lane. She grew up on the Antrim Road and on Anglesey.",
    "the planning application for the erection of a new agricultural shed at Bangor, Gwynedd was approved",
    # a journey's end or a workplace near a town, a work's title with a farm's word
    "She was reading Animal Farm at school and flew from Heathrow near London.",
    "He worked at Gatwick near Crawley. They watched Cold Comfort Farm on television.",
    # a role before a town or an organisation; a town where someone lived
    "The defendant from Leeds said. The victim from Tesco, Leeds, said. He moved to Leeds, where he lived.",
])
def test_places_and_things_stay(recognizer, text):
    assert found(recognizer, text) == []


@pytest.mark.parametrize("text,expected", [
    # through the whole program: a farm's name found once goes wherever the text names it again
    ("Overview\n\nElm Farm is a farmhouse near the crossroads at Glascoed.\n\n"
     "In 1881 M. W., a widow, was at Elm Farm. Was this Elm Farm or another property?\n",
     "Overview\n\n[address removed] is a farmhouse near the crossroads at Glascoed.\n\n"
     "In 1881 M. W., a widow, was at [address removed]. Was this [address removed] or another property?\n"),
    ("Michael Bellow, of Northgate Manor in the city, and Aidan Hughes, of Ardglen Park in the city, were charged.\n",
     "MB, of [address removed] in the city, and AH, of [address removed] in the city, were charged.\n"),
    # the listed town after a home stays the town, wherever it is written, though NER reads it as a person
    ("A PALLASGREEN man who was four times over the limit was fined.\n\n"
     "Declan Moore, 32, of Corelish, Pallasgreen, was before Kilmallock Court charged with drink driving.\n",
     "A PALLASGREEN man who was four times over the limit was fined.\n\n"
     "DM, 32, of [address removed], Pallasgreen, was before Kilmallock Court charged with drink driving.\n"),
])
def test_homes_go_everywhere_in_a_document(redact_text, text, expected):
    assert redact_text(text)[0] == expected
