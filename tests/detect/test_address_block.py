"""Address blocks above a postcode, in one paragraph or over consecutive ones
(no spaCy needed). Each case is a list of paragraphs; "|" marks what is removed."""
import pytest

from redactor.detect.address_block import AddressBlocks
from redactor.rules import load_rules
from redactor.types import Segment


@pytest.fixture(scope="module")
def blocks() -> AddressBlocks:
    return AddressBlocks(load_rules())


def removed(blocks, paragraphs):
    segments = [Segment(f"p{i}", text, f"paragraph {i}")
                for i, text in enumerate(paragraphs)]
    return [paragraphs[i][a:b] for i, a, b in blocks.find(segments)]


@pytest.mark.parametrize("paragraphs,expected", [
    # a letter's block, one paragraph per line: the organisation above the building stays
    (["Devon County Council", "County Hall,", "Topsham Road,", "Exeter, Devon", "EX2 4QD", "31 October 2022"],
     ["County Hall", "Topsham Road", "Exeter, Devon", "EX2 4QD"]),
    # the same block as one paragraph with line breaks
    (["Civic Centre,\nBurnley Road,\nTodmorden\nOL14 5LH"], ["Civic Centre,\nBurnley Road,\nTodmorden\nOL14 5LH"]),
    # comma-separated in a sentence: the building and street before the town
    (["Write to us at Civic Centre, Burnley Road, Todmorden, OL14 5LH."],
     ["Civic Centre, Burnley Road, Todmorden, OL14 5LH"]),
    # a flat and a house number; a name before it is not part of it
    (["Jane Smith, Flat 3, 12 Mill Lane, Leeds LS1 4AB"], ["Flat 3, 12 Mill Lane, Leeds LS1 4AB"]),
    # a post office box
    (["PO Box 123, Leeds LS1 4AB"], ["PO Box 123, Leeds LS1 4AB"]),
    # a building without a street
    (["Rose Cottage", "Hebden Bridge", "HX7 8AD"], ["Rose Cottage", "Hebden Bridge", "HX7 8AD"]),
    # an abbreviated street type with a full stop
    (["Unit 4, Canal Rd.", "Bradford BD1 4QN"], ["Unit 4, Canal Rd", "Bradford BD1 4QN"]),
    # a town on the postcode's own line belongs to it, even in a sentence
    (["She moved to Leeds LS1 4AB."], ["Leeds LS1 4AB"]),
    # a line that is a street and nothing else, with the building above it; towns stay
    (["The Old School House,", "Mill Lane,", "Todmorden"], ["The Old School House", "Mill Lane"]),
    (["Flat 2, 14 Lime Court."], ["Flat 2, 14 Lime Court"]),
    # a street between commas, with the building before it, even with no postcode
    (["The offices at Civic Centre, Burnley Road, Todmorden were closed."], ["Civic Centre, Burnley Road"]),
    # two blocks in one paragraph stay two spans
    (["Civic Centre, Burnley Road, Todmorden OL14 5LH\nor at 5 Mill Lane, Leeds LS1 4AB"],
     ["Civic Centre, Burnley Road, Todmorden OL14 5LH", "5 Mill Lane, Leeds LS1 4AB"]),
])
def test_the_whole_block_goes(blocks, paragraphs, expected):
    assert removed(blocks, paragraphs) == expected


@pytest.mark.parametrize("paragraphs", [
    # a postcode alone: the recognizers already remove it, no block around it
    ["Her new address was confirmed as LS1 4AB."],
    # towns above a postcode with no street or building above them stay
    ["Devon County Council", "EX2 4QD"],
    # a postcode inside a line does not end a block
    ["Leeds LS1 4AB is where the meeting was held."],
    # a line that is a park, a hill or a court is no street line
    ["Hyde Park", "Manchester Crown Court"],
    ["They met in Hyde Park, London, and at Notting Hill."],
    # a street inside a longer piece is the recognizers' business, not a block's
    ["The Mill Lane incident, reported in May, was reviewed."],
])
def test_no_block(blocks, paragraphs):
    assert removed(blocks, paragraphs) == []


def test_a_block_does_not_cross_into_a_table_cell(blocks):
    paragraphs = ["Civic Centre", "Todmorden OL14 5LH"]
    segments = [Segment("p0", paragraphs[0], "p0"), Segment("t1", paragraphs[1], "cell", "body", "Venue")]
    assert [paragraphs[i][a:b] for i, a, b in blocks.find(segments)] == ["Todmorden OL14 5LH"]
