"""Street addresses in running text, and what only looks like one (no spaCy needed)."""
import pytest

from redactor.detect.recognizers.street_address import StreetAddressRecognizer, StreetNames
from redactor.rules import load_rules


@pytest.fixture(scope="module")
def recognizer() -> StreetAddressRecognizer:
    return StreetAddressRecognizer(load_rules())


def found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"])})


@pytest.mark.parametrize("text,expected", [
    ("She lived at 82 Moorside Crescent.", ["82 Moorside Crescent"]),
    # the town after the street stays (the postcode is the postcode recognizer's)
    ("Flat 6, 137 Church Street, Trafford, M32 4DB with him", ["Flat 6, 137 Church Street"]),
    ("A visit to 12-14 High St; no answer.", ["12-14 High St"]),
    # a flat named by its floor before its house number
    ("Re: Top Floor Flat, 47 Agate Road, London", ["Top Floor Flat, 47 Agate Road"]),
    ("She rented Ground Floor Flat 2, 14 Mill Lane, Leeds.", ["Ground Floor Flat 2, 14 Mill Lane"]),
    ("his lease of the top floor flat at 47 Agate Road, London", ["47 Agate Road"]),
    # ... or by a letter
    ("Re: Flat A, 47 Agate Road, London", ["Flat A, 47 Agate Road"]),
    # in capitals, a Glasgow flat (floor/door), a Saint's abbreviation with its full stop
    ("ADDRESS: 12 HIGH STREET, LEEDS", ["12 HIGH STREET"]),
    ("She lived at Flat 1/2, 101 Stravanan Road, Glasgow.", ["Flat 1/2, 101 Stravanan Road"]),
    ("He lived on St. Mary's Road for years.", ["St. Mary's Road"]),
    # a street named without a number after a preposition
    ("Police found her at the flat in Linden Crescent.", ["Linden Crescent"]),
    ("He lived on Mill Lane with his mother.", ["Mill Lane"]),
    ("She walked along Canal Street to the bus.", ["Canal Street"]),
    # a weak street type (Park, Hill, Court...) is a street after a house number
    ("They moved to 4 Lime Hill, Bury.", ["4 Lime Hill"]),
    ("A home visit was made to Willow Court; no answer.", ["Willow Court"]),
    # where someone lives, after an age and before a known town, with no street type
    ("Dawid Nowak, 29, of Silver Hollow, Wallingford, was convicted.", ["Silver Hollow"]),
    ("Ann Reed, 41, from Maple Reach, Leeds.", ["Maple Reach"]),
    ("Ann Reed, aged 41, of Maple Reach, Little Missenden, a village", []),
    ("Ann Reed, aged 41, of Maple Reach, Little Missenden, appeared in court", ["Maple Reach"]),
    # a street word in lower case where someone lives
    ("Mrs Okoli is a resident of Shagari road in Nasarawa.", ["Shagari road"]),
    ("He lived at 5 Princes street with her.", ["5 Princes street"]),
    ("Police attended 5 Princes street at 2am.", ["5 Princes street"]),
    # premises named with a building word before their town
    ("It provides a holistic service at Marleon House in Elgin.", ["Marleon House"]),
    ("She stayed at Rose Cottage, Hollybush, with her son.", ["Rose Cottage"]),
    # a park of caravans or park homes where someone lives, a house number glued to its comma
    ("a fire in a caravan at The Laurels Residential Caravan Park, Bryncoch.",
     ["The Laurels Residential Caravan Park"]),
    ("She lived at Meadow View Park Homes with her son.", ["Meadow View Park Homes"]),
    ("Solicitors: Smith & Co 3,Riverside Way Email: x", ["3,Riverside Way"]),
    # a street without a number named as someone's home, weak street types too
    ("They went back to their Larch Avenue home.", ["Larch Avenue"]),
    ("She was found at her Mill Lane flat.", ["Mill Lane"]),
    ("police attended Kasia's Park View home", ["Park View"]),
    ("the family's Holly Bank bungalow", ["Holly Bank"]),
    ("after a row at his home in the town's Salisbury Terrace, he fled", ["Salisbury Terrace"]),
    ("after speaking to him they visited the Readers Court property.", ["Readers Court"]),
    # Welsh and Gaelic streets open with their street word
    ("an application by Mrs AF of 1 Maes y Brenin, Colwyn Bay to reopen", ["1 Maes y Brenin"]),
    ("with both living in Dol Yr Eos, in Mornington Meadows.", ["Dol Yr Eos"]),
    ("Residents of Maes Gwelfor were evacuated.", ["Maes Gwelfor"]),
    ("Police were called to 3 Heol yr Ysgol, Bridgend.", ["3 Heol yr Ysgol"]),
    # a Scottish street word
    ("She lived at 4 Kirk Brae with her son.", ["4 Kirk Brae"]),
    # where someone lives: any street type, a home's name, a house number, a street word
    # alone, a name on an estate
    ("LB, 24, from Hollymount Park in Derry, admitted assault.", ["Hollymount Park"]),
    ("S, 33, from Hillhead Cottages on the city's Shaws Road, is serving", ["Hillhead Cottages", "Shaws Road"]),
    ("He had lived in Hollymount Park since 2010.", ["Hollymount Park"]),
    ("She was found at her home in Salisbury House, Hobday Street, on December 30",
     ["Hobday Street", "Salisbury House"]),
    ("He was living at Rose Cottage with his mother.", ["Rose Cottage"]),
    ("the woman moved into Number 15, at the end of the cul-de-sac", ["Number 15"]),
    ("They lived in The Crescent for years.", ["The Crescent"]),
    ("She had lived in Parkway since 2010.", ["Parkway"]),
    ("a detached house in Lower Plantation on the Loudwater estate, near Rickmansworth", ["Lower Plantation"]),
    # a home's name just before its street
    ("The woman's body was found in Salisbury House in Hobday Street.", ["Hobday Street", "Salisbury House"]),
    # no age, but a name or a noun, then "of <place>, <town>," and a verb: news style
    ("The pensioner, of Brynglas, Hollybush, denies the murder.", ["Brynglas"]),
    ("But Williams, of Brynglas, Hollybush, who had anxiety, admitted it.", ["Brynglas"]),
    # ... no comma after a listed name and "from"/"of": a town, then a verb or the next person from theirs
    ("Byrne from Gleann Ard, Drogheda, and Bates from Wastsonville, Portadown, admitted it.",
     ["Gleann Ard", "Wastsonville"]),
    ("Murphy of Carrickdale, Dundalk, was jailed.", ["Carrickdale"]),
    # (before the next person, only with a listed town)
    ("Byrne from Gleann Ard, Zorbington, and Bates from Wastsonville, Portadown, admitted it.", ["Wastsonville"]),
    # a town written before its street stays; a street named after a town goes whole
    ("She liked the coffee shop on Wisbech Market Place.", ["Market Place"]),
    ("He lived on Leeds Road.", ["Leeds Road"]),
    # a house number with a comma after it; a street type the list lacked
    ("who resided at 49, Cummings Park Circle, Aberdeen, and who", ["49, Cummings Park Circle"]),
    # a site where someone lives, named before its road
    ("He lived with them at the Windy Gap site, Monagh By-Pass, Belfast.", ["Monagh By-Pass", "Windy Gap site"]),
    ("She lived at the Glen Road caravan site, Belfast.", ["Glen Road"]),
    # a Welsh home's name with no number before its town, in a sentence about a home
    ("Garner admitted killing her in the house they shared at Llys Dewi, Penyffordd, near Holywell.",
     ["Llys Dewi"]),
    ("The family said she lived with her son at Bryn Awel, Mold.", ["Bryn Awel"]),
    # ... after an earlier sentence too: the sentence read for a home word is the last one
    ("Police were called. She shared a home with him at Bryn Awel, Mold.", ["Bryn Awel"]),
    ("Police were called. Her home was in Hollymount Park, Derry.", ["Hollymount Park"]),
    # any street before its town in a sentence about a home, a weak street type too
    ("She lived with her mother at Hollymount Park, Derry.", ["Hollymount Park"]),
    # a street named after a town, with a number
    ("She lived at 12 Belfast Court, Leeds.", ["12 Belfast Court"]),
    # titles that also open streets' names
    ("He lives at 12 Lord Street, Southport.", ["12 Lord Street"]),
    ("She moved to 7 Sir Thomas Street in May.", ["7 Sir Thomas Street"]),
    # an Irish Eircode is an address wherever it stands
    ("Her Eircode was D07 X2Y3 at the time.", ["D07 X2Y3"]),
    ("Galway, A65 F4E2; Cork T12 AB34 and D6W FR12.", ["A65 F4E2", "D6W FR12", "T12 AB34"]),
    # an age in brackets before "of <place>, <town>" (Irish and Northern Irish news style)
    ("Anne Jones (58), of Meadow View, Bingley, died on 4 May.", ["Meadow View"]),
    ("Liam Doyle (45) of Cloonbeg, Tuam, Co Galway, appeared in court.", ["Cloonbeg"]),
    # a house number and a name with no street word, where the address is given as such
    ("The defendant, whose address was given as Orchard House, Tewkesbury, denied it.", ["Orchard House"]),
    ("The address given was 12 Sunnybank, Hexham.", ["12 Sunnybank"]),
    ("He gave his address as 4 Kiln Close.", ["4 Kiln Close"]),
    ("Her address: Rose Cottage, Hawes", ["Rose Cottage"]),
    ("He lived at 3 The Paddocks, Malton.", ["3 The Paddocks"]),
    # a house number makes a place's name a street's ("Sunnyside" is also a village)
    ("The address given was 12 Sunnyside, Hexham.", ["12 Sunnyside"]),
    # ... and so in news style, with a flat too
    ("Anne Jones, of 3 The Paddocks, Malton, died on 4 May.", ["3 The Paddocks"]),
    ("Paul Smith, of Flat 2, 3 Rookery, Malton, who was", ["Flat 2, 3 Rookery"]),
    # news style after "aged 24." or "30 and", after "-year-old <words>", before a county, with a number
    ("Toulouse, aged 24. of Ashgrove, Saundersfoot, had admitted it.", ["Ashgrove"]),
    ("Crofts, 30 and of Ashgrove, Broadstone, had become violent.", ["Ashgrove"]),
    ("Jim Reid, a 45-year-old father from Ashgrove, Derry, was jailed.", ["Ashgrove"]),
    ("Jim Reid, of Ashgrove, Eglinton, Co Derry, appeared in court.", ["Ashgrove"]),
    ("Jim Reid (23) of 14 Ashgrove, Eglinton", ["14 Ashgrove"]),
    # where someone lives said after the street or the home's name
    ("She was found at Meadow Park, Leeds, where she lived.", ["Meadow Park"]),
    ("Meadow Park, where the couple lived, was sealed off.", ["Meadow Park"]),
    ("She was found dead at Cloonbeg House, her home near Tuam.", ["Cloonbeg House"]),
    # a few words between living and where
    ("She lived alone at Meadow Park.", ["Meadow Park"]),
    ("He lived next door at number 14.", ["number 14"]),
    ("She lived with her mother in Ash Hill.", ["Ash Hill"]),
    # a caravan park; a house number glued to its street by a comma
    ("a fire in a caravan at The Beeches Residential Caravan Park, Hale.", ["The Beeches Residential Caravan Park"]),
    ("Telephone No: 01604 123456 1,Waterside Way Email address:", ["1,Waterside Way"]),
    # a flat in a named building, with its numbered street of no street word; a farm's name opening
    # with a town's ("Hill") stays whole
    ("Flat 132 Eaton House, 38 Westferry", ["Flat 132 Eaton House, 38 Westferry"]),
    ("Flat 132 Eaton House, 3 Agencies met.", ["Flat 132 Eaton House"]),
    ("Flat 14 Orchard House, 22 Brookmead", ["Flat 14 Orchard House, 22 Brookmead"]),
    ("The victim lived at Hill Top Farm.", ["Hill Top Farm"]),
    # a home named "The …" before a comma, with or without a flat
    ("Tom lived at Flat 3, The Maltings, Bedford.", ["Flat 3, The Maltings"]),
    ("She lived in a flat at The Maltings, Bedford.", ["The Maltings"]),
    # a street named with "area" after "the"
    ("Sarah, 25, of the Ashby Road area of Loughborough, died.", ["Ashby Road"]),
    # after an age and a person's name (court news), before "in <town>" or a comma and a town
    ("Before the court was 41-year-old Sean Patrick Quinn from Glenarm Park in Lisburn.", ["Glenarm Park"]),
    ("Also charged was 29-year-old AM of Mayfield Grove, Derry.", ["Mayfield Grove"]),
    ("In the dock was 35-year-old Gerard Dunne from Carnmoney Rise in Lisburn.", ["Carnmoney Rise"]),
    ("In the dock was 35-year-old Gerard Dunne from Rathgillan in Lisburn.", ["Rathgillan"]),
    # after a person's name and "of": a home before the sentence ends at a listed town
    ("'It was a shock,' said Mrs Hale, of Brookfields, Kidderminster.", ["Brookfields"]),
    ("The plaque was unveiled by Tom Evans, of Hafod Lwyd, Bala; he spoke.", ["Hafod Lwyd"]),
    ("said Mrs Hale, of Brookfields, Kidderminster, a former nurse.", ["Brookfields"]),
    ("The award went to Nora Kerr from Woodvale in Lisburn.", ["Woodvale"]),
    # ... or a street between the home and its town
    ("Grant, of Craigard, Ardgour Road, Oban, admitted the charge.", ["Ardgour Road", "Craigard"]),
    # a street with no number in an address run into one line, before its town and postcode
    ("Instructed by: Irwin Mitchell LLP Riverside House Bridge Street Sheffield S3 8DT", ["Bridge Street"]),
    ("Represented by: Leigh Day Priory House Farringdon Road London EC1M 3HQ", ["Farringdon Road"]),
    ("Contact: Ann Hale Partners Mill Lane Leeds LS1 4AB", ["Mill Lane"]),
])
def test_streets_are_found(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # after "from": a town, an organisation, a word no name, a name of common words, no verb nor person after
    "Smith from Leeds, Yorkshire, said the plan was sound.",
    "Jones from Gwent Police, Newport, said the inquiry was closed.",
    "Staff from Tesco Extra, Cardiff, said the store was shut.",
    "Volunteers from Kingsway Hub, Cardiff, said they helped.",
    "Byrne from Gleann Ard, Drogheda, and then the pair left.",
    # a town and a lower-case word after a residence word; no fixed abode
    "She lived in Leeds close to her mother.",
    "She lived in Leeds road works.",
    "He was of no fixed abode in Leeds.",
    "In 2019 Princes street was closed.",
    # a service's premises, a court and a building of no building word before a town
    "She went to the refuge at Grace House refuge in Leeds.",
    "The hearing was at Leeds Crown Court in Leeds.",
    "They met at the Royal Exchange in London.",
    # a year then a title that is also a street abbreviation
    "On 3 March 2019 Dr. Patel saw her.",
    "In March 2019 Dr Jones referred her.",
    # a count then a word that is also a street type
    "The service uses the '7 Steps' model.",
    "There were 3 Court hearings.",
    # a date then a capitalised street name is not a house number and street
    "On 12 March Station Road was closed.",
    # a street type alone after a preposition
    "She went to Court on Monday.",
    # a weak street type after a preposition names a court, park, bank or district
    "He appeared at Manchester Crown Court in May.",
    # a court of law is no address
    "The case went to Crown Court; he was later seen at the Magistrates' Court.",
    "She walked in Hyde Park.",
    "He appealed to the Supreme Military Administrative Court in 2005.",
    "HE APPEARED AT 2 CROWN COURT HEARINGS",
    "The case went to Administrative Court in 2005.",
    "He was chief dealer at Sumitomo Bank.",
    # St before a name is Saint: a town, not a street
    "The family moved to Bury St Edmunds in 2019.",
    "She was born in St Albans.",
    # after an age but not before a town, or a town before the comma: no home named
    "Ann Reed, 41, of Maple Reach, a charity, said",
    "Ann Reed, 41, of Leeds, Yorkshire, said",
    "the University of Kent, Canterbury, said",
    # a number after the street makes it a score or count
    "Neath 10 Treorchy 13 Ebbw Vale 17",
    # a named place, not a street, before a home word
    "She returned to her Manchester home.",
    "They went back to the Old Bank house.",
    # a town, village or district where someone lives is a place, not an address
    "She lived in Notting Hill for years.",
    "They had lived in Cwmbran, Torfaen, since 2001.",
    "He moved to Leeds in 2019.",
    "Jones, of Cwmbran, said the family was shocked.",
    # a street word alone that is a common word, or a prison named like a Welsh street
    "The case was moved to Court on Monday.",
    "He was sent to Parc Prison in 2015.",
    # a street that goes on into a company's name
    "55  Coombe Abbey Park Ltd – Capital Financing",
    # a titled name is never a street, nor a year after a month and day, a time or an age a house number
    "On December 11, 2012, Miss Hill was admitted to hospital.",
    "Earlier in 2012, Miss Hill, who was from Neyland, had suffered the loss.",
    "At 19:15, Miss Hill asked to leave the ward.",
    "Jane Smith, aged 42, Mr Lane said.",
    "In 2019, Mrs Green told police.",
    "In 2019 Sergeant Court gave evidence.",
    "since 2004, Det Sgt Row has led the team",
    "In 2012, Laura Hill was admitted.",
    "aged 21, Laura Hill was found",
    "She returned home to Mr Mill.",
    # a Welsh street word before a town, in no sentence about a home: a hill, a prison
    "He climbed at Bryn Celyn, Mold.",
    "The family home was near the river; he played at Victoria Park, Belfast.",
    # a town's court of law, named like a street without a number
    "She appeared at a hearing at Belfast Court via a videolink.",
    "He was sent to Parc Prison, Bridgend, in 2015.",
    # no Eircode: a year after a school year, a road, a code name, a conference, a county
    "Pupils in Y12 2019 and the A65 road near Skipton.",
    "D7 was the code name; the Dublin 2019 conference; Co. Dublin",
    # a number before common words or a place going on into a phrase is no house number
    "He lived in 2 London boroughs.",
    "She has lived at 3 Agencies' hostels and 4 addresses.",
    "The address is in Leeds.",
    "She moved to The Netherlands, then to The Hague, then home.",
    # a town where someone lives, a place's park, a possessive, a year after a comma
    "She lived for years in Leeds; they met at Hyde Park, where she lived.",
    "They went to Leeds, where she lived. She lived happily in Hyde Park.",
    "She lived at Jane's for a while and lived at Leeds.",
    "In 2019,Church Road was closed; we had 1,000 Road users.",
    # a citation's number before a heading: no street's name holds "in"
    "Neutral Citation Number: [2006] EWCA Crim 2984 IN THE COURT OF APPEAL",
    # a number of a section, not an age, before "of"
    "Para 3 of Annex A, Leeds, and Chapter 12 of Working Together, Leeds, said so.",
    "At her home, she said, there was no heating.",
    # after a name and "of": a society, a hospital, a police force, a firm, counsel, a town, a school, a council
    "Mr Freeth, of the Hagley Historical Society, found the names.",
    "A nurse from Royal Oldham Hospital, Oldham, said so.",
    "PC Jones of Greater Manchester Police, Manchester.",
    "John Smith of Counsel.",
    "A man from Belfast was charged. He is from York.",
    "Dr Ann Reed, of Cardiff University, Cardiff.",
    "Mr Smith, of Smith Solicitors, Leeds.",
    "The head, of Oakfield Primary School, Leeds.",
    "Jane Smith, of Leeds, Yorkshire.",
    "Ms Patel, of Bradford Council, Bradford.",
    "a 30-year-old man from Leeds in West Yorkshire was held.",
    "a 30-year-old nurse from Royal Victoria Hospital in Belfast was held.",
    "Mr Smith, of Smith Solicitors, Leeds, a firm.",
    # a village near a town is no home ("of Little Dunham, near Swaffham")
    "TB, of Great Dunham, near Swaffham, also admitted it; Ian Reid, of Hillcrest, near Kidderminster.",
    "said Mrs Hale, of Little Dunham, Swaffham. Mr Cole, from Upper Arley in Kidderminster.",
    "said Mrs Hale, of Chadwell Heath, Romford; Mr Cole, from Ashby Cross in Leeds.",
    "A 40-year-old worker from NSPCC in Leeds said; Ms Hale, of NSPCC, Leeds.",
    # ... or no listed town after the home: a county, a word, nothing
    "said Mrs Hale, of Brookfields, the charity.",
    "said Mrs Hale, of Brookfields.",
    # a postcode after an organisation's name and a building's alone
    "Leeds City Council, Civic Hall, Leeds LS1 1UR",
])
def test_years_counts_and_titles_are_not_addresses(recognizer, text):
    assert found(recognizer, text) == []


def test_a_titled_name_in_an_address_is_never_spread_as_a_street(rules):
    """The known-address spread looks for streets with their street word, never a titled name."""
    streets = StreetNames(rules).in_addresses(["2012, Miss Hill", "At 19:15, Miss Hill", "14 Mill Lane"])
    assert streets == {"Mill Lane", "Mill lane"}
