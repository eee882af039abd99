"""ReviewTitleRecognizer: the pseudonym in a review's title or heading. No spaCy."""
import pytest

from redactor.detect.recognizers.review_title import ReviewTitleRecognizer


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return ReviewTitleRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # after a colon, a dash or a space: a listed first name, even one that is also a place
    ("Serious Case Review: Maisie", ["Maisie"]),
    ("Child Safeguarding Practice Review – Jody", ["Jody"]),
    ("DHR Sarah", ["Sarah"]),
    # a first name that is also a month or word, when it ends the heading's line: "SAR June"
    ("Skip to content\n\nSAR June\n\n1. Introduction", ["June"]),
    ("Safeguarding Adults Review: May\nThe review", ["May"]),
    ("Serious Case Review June 2019", []),
    ("the DHR May 2020 report", []),
    ("the SAR June meeting", []),
    # ... or in quotes, backticks too, before the rest of the heading
    ("Domestic Homicide Review `June` - Overview Report", ["June"]),
    ("Domestic Homicide Review 'May' - Summary Report", ["May"]),
    ("Domestic Homicide Review `Adam` - Overview Report", ["Adam"]),
    ("DHR 'May 2019' report", []),
    ("Domestic Homicide Review June 2019 - Overview Report", []),
    ("Local Safeguarding Children Board Serious Case Review Sofia Published 22 December 2015", ["Sofia"]),
    ("Domestic Homicide Review in respect of ‘Kasia’", ["Kasia"]),
    ("Safeguarding Adults Review: Zawadi (pseudonym)", ["Zawadi"]),
    # a name on no list when it ends the heading
    ("Serious Case Review: Okonjo", ["Okonjo"]),
    ("the DHR into Okonjo was published", ["Okonjo"]),
    # what follows a review's name but names no one
    ("The DHR Panel met in May.", []),
    ("Domestic Homicide Review Case 23", []),
    ("Serious Case Review Published 2015", []),
    ("the SAR Annual Report 2020", []),
    ("Safeguarding Adults Review: Norfolk", []),
    ("DHR: Devon", ["Devon"]),  # a first name that is also a county: the pseudonym wins in a title
    ("Serious Case Review Child D", []),
    ("the DHR Executive Summary", []),
    ("DHR: Home Office feedback", []),
    ("the referral to the CSPR Subgroup and a Rapid Review", []),
    # after a review's name that opens a longer title; a report named for its subject
    ("Serious Case Review Overview Report Holly Author: IC Date: 22 nd June 2021", ["Holly"]),
    ("Page 1: BBSCB Rosie Report Final 26.11", ["Rosie"]),
    ("The Annual Report was published", []),
    # a subject's label: a listed first name ending it, any name word before a year, a surname after "Family"
    ("Case Diana/2020", ["Diana"]),
    ("Case Kitty/2020", ["Kitty"]),
    # ... a first name that is also a month or word, ending the line: "Child June"
    ("Serious Case Review\nChild June\n\nJune was 4.", ["June"]),
    ("Child May be at risk", []),
    ("Child April 2019\n", []),
    ("Case Simran/2019", ["Simran"]),
    ("Case Joyce Jackson/2015", ["Joyce Jackson"]),
    ("Case Martin/2018", ["Martin"]),
    ("Case Tamana/2018", ["Tamana"]),
    ("Child Chloe was seen by her GP", ["Chloe"]),
    ("Adult Sylvie", ["Sylvie"]),
    ("Baby Alan died in 2011.", ["Alan"]),
    ("Family Patel moved to Leeds", ["Patel"]),
    ("Young Person Sophie", ["Sophie"]),
    # labels before the names of things stay
    ("Case conference on 3 May", []),
    ("Initial Child Protection Case Conference", []),
    ("Family Court", []),
    ("Family Justice Council", []),
    ("Adult Social Care", []),
    ("Family Support Worker", []),
    ("Family Group Conference", []),
    ("Family Liaison Officer", []),
    ("Child Death Overview Panel", []),
    ("Case LR/2019", []),
    ("Family Carlisle", []),
    ("Family Grace Church", []),
])
def test_pseudonyms_in_review_titles(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected
