"""Address blocks above a postcode, in one paragraph or over consecutive ones
(no spaCy needed). Each case is a list of paragraphs; "|" marks what is removed."""
import pytest
import regex

from redactor.detect.address_block import AddressBlocks, across_lines
from redactor.detect.recognizers.street_address import StreetAddressRecognizer
from redactor.rules import load_rules
from redactor.types import Segment


@pytest.fixture(scope="module")
def blocks() -> AddressBlocks:
    return AddressBlocks(load_rules())


def removed(blocks, paragraphs):
    segments = [Segment(f"p{i}", text, f"paragraph {i}")
                for i, text in enumerate(paragraphs)]
    return [paragraphs[b.segment][b.start:b.end] for b in blocks.find(segments)]


@pytest.mark.parametrize("paragraphs,expected", [
    # a letter's block, one paragraph per line: the organisation above the building stays,
    # and so do the towns, as every town of a report does
    (["Devon County Council", "County Hall,", "Topsham Road,", "Exeter, Devon", "EX2 4QD", "31 October 2022"],
     ["County Hall", "Topsham Road", "EX2 4QD"]),
    # a postcode mistyped after a known town ends the block all the same
    (["Re: 12 Elm Close,", "Enfield,", "London, N9 9P4"], ["12 Elm Close", "N9 9P4"]),
    # the same block as one paragraph with line breaks
    (["Civic Centre,\nBurnley Road,\nTodmorden\nOL14 5LH"], ["Civic Centre,\nBurnley Road", "OL14 5LH"]),
    # comma-separated in a sentence: the building and street before the town
    (["Write to us at Civic Centre, Burnley Road, Todmorden, OL14 5LH."],
     ["Civic Centre, Burnley Road", "OL14 5LH"]),
    # a name between the building and the postcode that is no known town is a street
    (["Venue: Hendon Town Hall, The Burroughs, London NW4 4BQ"], ["Hendon Town Hall, The Burroughs", "NW4 4BQ"]),
    # a judgment's masthead: the court's street goes, London stays
    (["Royal Courts of Justice", "Strand Road,", "London, WC2A 2LL"], ["Strand Road", "WC2A 2LL"]),
    # a street without a street word between an organisation's line and its town; a postcode's
    # outward half after a town ends a block too
    (["Royal Courts of Justice", "Strand", "London, WC2", "Date: Tuesday"], ["Strand", "WC2"]),
    (["Royal Courts of Justice\nStrand, London, WC2A 2LL\n20/07/2015"], ["Strand", "WC2A 2LL"]),
    (["Royal Courts of Justice, Strand, London WC2"], ["Strand", "WC2"]),
    (["Royal Courts of Justice", "The Strand", "London WC2A 2LL"], ["The Strand", "WC2A 2LL"]),
    # ... but a division or a service of common words there is no street: only the postcode's half goes
    (["Royal Courts of Justice", "Family Division", "London, WC2"], ["WC2"]),
    # a flat named by its floor opens the block as "Flat 3" does ("Re:" before it stays)
    (["Re: Top Floor Flat,\n47 Agate Road,\nLondon W6 0AL"], ["Top Floor Flat,\n47 Agate Road", "W6 0AL"]),
    (["Basement Flat", "12 Mill Lane", "Leeds LS1 4AB"], ["Basement Flat", "12 Mill Lane", "LS1 4AB"]),
    # a flat and a house number; a name before it is not part of it
    (["Jane Smith, Flat 3, 12 Mill Lane, Leeds LS1 4AB"], ["Flat 3, 12 Mill Lane", "LS1 4AB"]),
    # a flat at the end of a sentence's piece; a district on no list of towns below the street stays, as a town does
    (["She lived at Flat 6, 197 Willow Mews, Reddish, SK5 8YH."], ["Flat 6, 197 Willow Mews", "SK5 8YH"]),
    # below a street, a village of one or two words on no list stays, inside a line too
    (["THE QUEENS HEAD, 22 THE GREEN, THRINGSTONE, LE67 8NR"], ["22 THE GREEN", "LE67 8NR"]),
    (["7 Church Lane, Little Eversden, CB23 1HQ, Mr & Mrs Dawes"], ["7 Church Lane", "CB23 1HQ"]),
    # ... and a district line above the town
    (["Denmark House", "169-173 Stockton Street", "Middlehaven", "Middlesbrough", "TS2 1BY"],
     ["Denmark House", "169-173 Stockton Street", "TS2 1BY"]),
    # a known town in capitals stays, at the end of a line or inside it
    (["FLEETBANK HOUSE, 2-6 SALISBURY SQUARE, LONDON EC4Y 8JX"], ["2-6 SALISBURY SQUARE", "EC4Y 8JX"]),
    (["LICENCE - TODAY FISH AND GRILL, 10 MIDDLE ROW, STEVENAGE SG1 3AW pdf icon PDF 344 KB"],
     ["10 MIDDLE ROW", "SG1 3AW"]),
    (["Hendon Town Hall, The Burroughs, LONDON NW4 4BQ"], ["Hendon Town Hall, The Burroughs", "NW4 4BQ"]),
    (["Royal Courts of Justice, 12 STRAND ROAD, LONDON WC2"], ["12 STRAND ROAD", "WC2"]),
    # a house number on its own line above its street
    (["12,", "Mill Lane,", "Leeds LS1 4AB"], ["12", "Mill Lane", "LS1 4AB"]),
    # a house number whose street name was lost ("165 Fleet Street" written "165 Street")
    (["Epiq Europe Ltd 165 Street, London EC4A 2DY,"], ["165 Street", "EC4A 2DY"]),
    # a home's name and a street of a plural type, after a venue
    (["Location : Caledonian Suite, COSLA, Verity House, 19 Haymarket Yards, Edinburgh, EH12 5BH"],
     ["Verity House, 19 Haymarket Yards", "EH12 5BH"]),
    # a Welsh street
    (["1 Maes y Brenin,", "Colwyn Bay", "LL29 8AB"], ["1 Maes y Brenin", "LL29 8AB"]),
    # a post office box
    (["PO Box 123, Leeds LS1 4AB"], ["PO Box 123", "LS1 4AB"]),
    # a building without a street
    (["Rose Cottage", "Hebden Bridge", "HX7 8AD"], ["Rose Cottage", "HX7 8AD"]),
    # an abbreviated street type with a full stop
    (["Unit 4, Canal Rd.", "Bradford BD1 4QN"], ["Unit 4, Canal Rd", "BD1 4QN"]),
    # a line that is a street and nothing else, with the building above it; towns stay
    (["The Old School House,", "Mill Lane,", "Todmorden"], ["The Old School House", "Mill Lane"]),
    (["Flat 2, 14 Lime Court."], ["Flat 2, 14 Lime Court"]),
    # a street between commas, with the building before it, even with no postcode
    (["The offices at Civic Centre, Burnley Road, Todmorden were closed."], ["Civic Centre, Burnley Road"]),
    # a numbered street with no street word, before a town and a postcode inside a sentence
    (["Lisa lived at 14 Broadway, Oldham OL1 3AB with her partner."], ["14 Broadway", "OL1 3AB"]),
    (["Please write to the panel at Cumbria House, 117 Botchergate, Carlisle CA1 1RD."],
     ["Cumbria House, 117 Botchergate", "CA1 1RD"]),
    (["Unit 4, 14A Broadway,", "Oldham", "OL1 3AB"], ["Unit 4, 14A Broadway", "OL1 3AB"]),
    # a forces postal address: the barracks above the BFPO number, not the garrison's name
    (["Lisa Horder, Domestic Abuse Champion,\nHQ Westfalen Garrison, Normandy Barracks,\nBFPO 16"],
     ["Normandy Barracks,\nBFPO 16"]),
    # an Irish address: an Eircode ends a block as a postcode does; a Dublin postal district is
    # the town of a street line above it, and stays, as a county does
    (["Apartment 4,", "12 Mountjoy Square,", "Dublin 1", "D01 X2Y3"],
     ["Apartment 4", "12 Mountjoy Square", "D01 X2Y3"]),
    (["Rose Cottage, Main Street, Swords, Co. Dublin, K67 F4E2"], ["Rose Cottage, Main Street", "K67 F4E2"]),
    (["Unit 3,", "Kimmage Manor,", "Dublin 6W"], ["Unit 3", "Kimmage Manor"]),
    (["Apartment 4, The Maltings, Dublin 8."], ["Apartment 4, The Maltings"]),
    # a postcode district with a mistyped inward half after its town
    (["12 Kiln Road,", "Enfield,", "London, N9 9P4"], ["12 Kiln Road", "N9 9P4"]),
    (["Civic Offices, Wood Quay,", "Dublin 8, D08 RF3F"], ["Civic Offices, Wood Quay", "D08 RF3F"]),
    # two blocks in one paragraph
    (["Civic Centre, Burnley Road, Todmorden OL14 5LH\nor at 5 Mill Lane, Leeds LS1 4AB"],
     ["Civic Centre, Burnley Road", "OL14 5LH", "5 Mill Lane", "LS1 4AB"]),
    # a house's name of no building word above its street, on its own line or after a colon inside a line;
    # a name after a colon above a town alone, as its own line would be
    (["The Archdeaconry, Pett Lane, Charing, Ashford, TN27 0DL"], ["The Archdeaconry, Pett Lane", "TN27 0DL"]),
    (["Archdeacon: The Venerable Ann Lee: The Chantry, Pett Lane, Charing, TN27 0DL 01233 712649"],
     ["The Chantry, Pett Lane", "TN27 0DL"]),
    (["Bishop: The Right Reverend Ann Lee: Old Palace, Canterbury CT1 2EE (01227) 459382"],
     ["Old Palace", "CT1 2EE"]),
    (["Bishop: The Right Reverend Ann Lee:", "Old Palace, Canterbury CT1 2EE"], ["Old Palace", "CT1 2EE"]),
    # ... but the last words of a longer name, a place's or an organisation's above a street stay with it
    (["a Premises Licence for the Today Fish and Grill, 10 Middle Row, Stevenage SG1 3AW."],
     ["10 Middle Row", "SG1 3AW"]),
    (["Premises: Tring Supermarket", "37 Christchurch Road", "Tring", "HP23 5AB"],
     ["37 Christchurch Road", "HP23 5AB"]),
    (["Contact Victim Support, 4 Mill Lane, Leeds LS1 4AB."], ["4 Mill Lane", "LS1 4AB"]),
])
def test_the_whole_block_goes(blocks, paragraphs, expected):
    assert removed(blocks, paragraphs) == expected


@pytest.mark.parametrize("paragraphs", [
    # a postcode alone: the recognizers already remove it, no block around it
    ["Her new address was confirmed as LS1 4AB."],
    ["She moved to Leeds LS1 4AB."],
    # an organisation or a line of common words above a town is no street
    ["Devon County Council", "London", "SW1A 2AA"],
    ["Dear Sir", "Devon County Council", "London", "SW1A 2AA"],
    ["Please write to:", "Children Services", "London", "SW1A 2AA"],
    # a motorway after a town is no postcode's outward half
    ["The M25 near Leeds M1"],
    ["The traffic at Milton Keynes, M1 was slow."],
    # a venue under a date: the year ending the date line is no house number
    ["Wednesday, 31st October, 2018\nJim Cooke Conference Suite, Stockton Central Library, Stockton on Tees, TS18 1TU"],
    # towns above a postcode with no street or building above them stay
    ["Devon County Council", "EX2 4QD"],
    # a postcode inside a line does not end a block
    ["Leeds LS1 4AB is where the meeting was held."],
    # a count after a building is no street
    ["County Hall, 3 Agencies"],
    ["Civic Centre, 2 Children attended"],
    # a numbered name is no street when it is a date, a year, a count of things or a role,
    # and a postcode inside a line reaches no line above it
    ["On 14 March 2019, Leeds LS1 4AB was visited."],
    ["The 2019 Annual Review, Leeds LS1 4AB."],
    ["The panel met 3 Agencies, Leeds LS1 4AB."],
    ["Jo Smith, Team 4 Manager, Leeds LS1 4AB"],
    ["12 Broadway,", "Oldham OL1 3AB is where she lived."],
    ["Venue: Chamber - County Hall, Carmarthen. SA31 1JP. View directions"],
    # a line that is a park, a hill or a court is no street line
    ["Hyde Park", "Manchester Crown Court"],
    ["QUEEN'S BENCH DIVISION", "DIVISIONAL COURT"],
    ["OPINION OF THE COURT", "JUDGMENT OF THE COURT"],
    ["They met in Hyde Park, London, and at Notting Hill."],
    # Dublin with a year, a county or no street line above it is no address
    ["The Dublin 2019 conference", "Leeds LS1 4AB"],
    ["Devon County Council", "Dublin 7"],
    ["She moved to Co. Dublin, Dublin 7 in 2019."],
    ["D7 was the code name", "Dublin 7"],
    ["Venue: Hybrid - Siambr Dafydd Orwig, Swyddfeydd y Cyngor, Caernarfon LL55 1SH. View directions"],
    # a street inside a longer piece is the recognizers' business, not a block's
    ["The Mill Lane incident, reported in May, was reviewed."],
])
def test_no_block(blocks, paragraphs):
    assert removed(blocks, paragraphs) == []


def test_a_block_does_not_cross_into_a_table_cell(blocks):
    paragraphs = ["Civic Centre", "Todmorden OL14 5LH"]
    segments = [Segment("p0", paragraphs[0], "p0"), Segment("t1", paragraphs[1], "cell", "body", "Venue")]
    assert [paragraphs[b.segment][b.start:b.end] for b in blocks.find(segments)] == []


def test_a_street_line_alone_is_weaker_evidence(blocks):
    paragraphs = ["Wall Street, since the bid, has speculated.", "Topsham Road,", "Exeter EX2 4QD",
                  "14 Lime Grove, Leeds"]
    segments = [Segment(f"p{i}", text, f"paragraph {i}") for i, text in enumerate(paragraphs)]
    assert [(paragraphs[b.segment][b.start:b.end], b.alone) for b in blocks.find(segments)] == [
        ("Wall Street", True), ("Topsham Road", False), ("EX2 4QD", False), ("14 Lime Grove", False)]


@pytest.mark.parametrize("lines,expected", [
    # a street broken over two lines of a text: each line's piece goes
    (["Mr Ali, of 15 Grange", "Road, Bradford, objected."], ["15 Grange", "Road"]),
    # ... inside its name: a number ending a line of a table is no house number
    (["She lived at 14", "High Street with him."], []),
    (["Huddersfield 22 7 7 8 25 28 28", "Queens Park Rangers 22 7 7 8 25 28 28"], []),
    (["Total: 11,880M", "State Street Bank and Trust Company"], []),
    # a street whole on one line is the recognizer's own; lines a blank line apart are no street
    (["She lived at 14 High Street", "with him."], []),
    (["Page 14", "", "High Street stores closed."], []),
])
def test_a_street_broken_over_two_lines(rules, lines, expected):
    segments = [Segment(f"L{i}", text, f"line {i}", wraps=i > 0 and bool(lines[i - 1]))
                for i, text in enumerate(lines) if text]
    found = across_lines(segments, StreetAddressRecognizer(rules), regex.compile(r"\p{L}{2}"))
    assert [segments[i].text[a:b] for i, a, b in found] == expected
