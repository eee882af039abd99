"""Where someone lives told apart from venues, institutions, titles and villages (eighth stop, addr18):
a court is no home ("Dr Patel, of Crown Court, Leeds"); a street type that is also a title, before a
first name, is the title ("Pathologist Dr Margot"); a station named for its street is the station; a
venue's named room and its number are the room's ("Conference Room 2, Victoria Quay": the street still
goes); where a childhood was lived is a home, a lower-case "park" a street's, its name a place's when
its own town follows ("grew up in Maine park in Galgorm"); a village "near" a town is where someone
comes from ("Jex, from Llwycoed, near Aberdare"); a town's court alone on a line is its court of law;
a reference number is no Eircode. Made-up texts, none from a split."""
import pytest

from redactor.detect.address_block import AddressBlocks
from redactor.detect.recognizers.named_home import NamedHomeRecognizer
from redactor.detect.recognizers.street_address import StreetAddressRecognizer
from redactor.types import Segment


@pytest.fixture(scope="module")
def streets(rules):
    return StreetAddressRecognizer(rules)


@pytest.fixture(scope="module")
def homes(rules):
    return NamedHomeRecognizer(rules)


@pytest.fixture(scope="module")
def blocks(rules):
    return AddressBlocks(rules)


def addresses(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"]) if r.entity_type == "ADDRESS"})


def in_blocks(blocks, paragraphs):
    segments = [Segment(f"p{i}", text, f"paragraph {i}") for i, text in enumerate(paragraphs)]
    return [paragraphs[b.segment][b.start:b.end] for b in blocks.find(segments)]


@pytest.mark.parametrize("text,expected", [
    # where a childhood was lived, a lower-case "park" after a name; a place's name before its own town
    ("He grew up in Drumahoe park in Coleraine and later moved away.", ["Drumahoe park"]),
    ("They were brought up in Killyvolgan park, Ballymena, by their aunt.", ["Killyvolgan park"]),
    ("She grew up in Derry road, Omagh, with her sisters.", ["Derry road"]),
    ("He grew up in Ardglen Park in Portadown.", ["Ardglen Park"]),
    # a named room's number is no house number: the street after it still goes
    ("The group met in Conference Room 4, Atlantic Quay, Glasgow.", ["Atlantic Quay"]),
    ("The panel sat in the Jubilee Suite 2, Riverside Walk, Derby.", ["Riverside Walk"]),
    # an abbreviated street type before a town is still a street's
    ("She lived at 14 Acacia Dr, Leeds until 2010.", ["14 Acacia Dr"]),
    # a flat's number is a home's
    ("She lived at Flat 2, 14 Atlantic Quay, Glasgow.", ["Flat 2, 14 Atlantic Quay"]),
])
def test_homes_read_so(streets, text, expected):
    assert addresses(streets, text) == expected


@pytest.mark.parametrize("text", [
    # a court of law after a person and "of": an institution, no home
    "Dr Patel, of Crown Court, Leeds, said the injuries were serious.",
    "Mr Hughes, of Sheriff Court, Perth, told the hearing he agreed.",
    "Ms Kerr, 41, of Magistrates Court, Derby, gave evidence.",
    # a title that is also a street type's abbreviation, before a first name
    "The inquest heard evidence from Consultant Forensic Pathologist Dr Helen Marsh and from the police.",
    "She was interviewed by Senior Medical Examiner Dr Rajesh Kumar on Friday.",
    # a station named for its street
    "He was seen arriving at Mill Lane Station at 6pm.",
    "The pair met near Queen Street bus station in Glasgow.",
    # where someone grew up that is a town or a district, not a street
    "She grew up in Notting Hill and moved to Leeds. He grew up in Leeds and went to school there.",
    "He grew up in poverty in Glasgow.",
    # a lower-case park after a town, no town after it: the town's park
    "She lived in Leeds park with her dog.",
    # a reference number of an Eircode's shape
    "Approval of condition 2 of planning permission P172713/F. To site two new garages.",
])
def test_what_streets_leave(streets, text):
    assert addresses(streets, text) == []


@pytest.mark.parametrize("text,expected", [
    # a village "near" a town, after a person and "from" or "of": where they come from
    ("The decision to charge Jex, from Pentrefoel, near Aberdare in south Wales, was criticised.", []),
    ("Evans, of Pentrecelyn, near Ruthin, admitted the offence.", []),
    ("A man, 34, from Cwmdu, near Crickhowell, was charged.", []),
    # ... a home where the text says so: before its town, or where someone lived, or "at" where it happened
    ("Evans, of Pentrecelyn, Ruthin, admitted the offence.", ["Pentrecelyn"]),
    ("He returned to Ty Mawr, Orion, near Denbigh, where he lived with his parents.", ["Ty Mawr"]),
    ("Maldwyn Harries was killed at Cefn Rhiwlas near Llandeilo on 23 September.", ["Cefn Rhiwlas"]),
    ("Jones, of Penlan Farm, near Cardigan, admitted the offence.", ["Penlan Farm"]),
])
def test_a_village_near_a_town(homes, text, expected):
    assert addresses(homes, text) == expected


@pytest.mark.parametrize("paragraphs,expected", [
    # a venue's named room above its building is no address line
    (["Meeting held in Committee Room 1, County Hall, Glenfield, Leicester LE3 8RA"], ["County Hall", "LE3 8RA"]),
    # a town's court alone on a line, a heading: its court of law
    (["Judge warns on costs", "Dungannon Court", "A judge has warned he is very close to awarding costs."], []),
    # a street alone on a line above its postcode still goes; a flat above its street too
    (["The tenant lived at:", "Belmont Court,", "Belfast BT4 2AA"], ["Belmont Court", "BT4 2AA"]),
    (["Flat 1, 12 Mill Lane,", "Leeds LS1 1AA"], ["Flat 1, 12 Mill Lane", "LS1 1AA"]),
])
def test_rooms_and_courts_in_blocks(blocks, paragraphs, expected):
    assert in_blocks(blocks, paragraphs) == expected


@pytest.mark.parametrize("text,expected", [
    ("He was a much loved son. He grew up in Drumahoe park in Coleraine where he went to school.\n",
     "He was a much loved son. He grew up in [address removed] in Coleraine where he went to school.\n"),
    ("The inquest heard evidence from Consultant Forensic Pathologist Dr Helen Marsh.\n",
     "The inquest heard evidence from Consultant Forensic Pathologist Dr HM.\n"),
    ("Meeting: Conference Room 4, Atlantic Quay, Glasgow.\n",
     "Meeting: Conference Room 4, [address removed], Glasgow.\n"),
    ("He was seen arriving at Mill Lane Station at 6pm.\n", "He was seen arriving at Mill Lane Station at 6pm.\n"),
])
def test_the_program_reads_them_so(redact_text, text, expected):
    assert redact_text(text)[0] == expected
