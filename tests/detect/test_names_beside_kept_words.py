"""Names written beside a word the allow list keeps, or after words that tell a person (dev9's kinds): an
acronym the allow list reads ("ED", "DASH") that is a listed name written in title case in a full name;
a family word in title case opening a name ("our Uncle Stan"); one surname after the plural of a personal
title ("Messrs Orams"); a listed first name after a harm done to it ("stabbed Mika"); any name word joined
to a listed first name before a verb of both ("Madina and Maryha would"). Each row that
finds has rows that must not, through the whole program."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # an acronym in title case is a name in a full name: a listed first name before a name word ...
    ("Ed Balls said the plan would fail.", "EB said the plan would fail."),
    # ... and so is the name found again alone, in title case
    ("Ed Balls said it would fail. Later Ed told the committee, and she went to ED.",
     "EB said it would fail. Later EB told the committee, and she went to ED."),
    # ... or a listed name after a listed first name
    ("The checklist was done with Stephen Dash on Monday.", "The checklist was done with SD on Monday."),
    # in capitals it is the acronym; in title case beside no name, or no listed name, it stays
    ("She attended ED at 10pm and the ED doctor saw her.", "She attended ED at 10pm and the ED doctor saw her."),
    ("A Dash risk checklist and a DASH form were done.", "A Dash risk checklist and a DASH form were done."),
    ("The Marac meeting was told by the Idva Sarah Jones.", "The Marac meeting was told by the Idva SJ."),
    # ... nor its plural
    ("the LCSPRs (formerly SCRs) or SARs", "the LCSPRs (formerly SCRs) or SARs"),
    # a family word in title case opening a name is what the family calls the person
    ("We went to Warrington to see our Uncle Stan and Auntie Eunice, and to Derbyshire.",
     "We went to Warrington to see our Uncle S and Auntie E, and to Derbyshire."),
    ("Cousin Jack said no.", "Cousin J said no."),
    # a family word opening a body's name, or before an ordinary word, stays
    ("The Mother and Baby Unit was closed.", "The Mother and Baby Unit was closed."),
    ("Partner Agencies were invited.", "Partner Agencies were invited."),
    # the plural of a personal title is only ever written before surnames: one names a family
    ("Richard Cosker (the agent) spoke on behalf of Messrs Orams.  He explained",
     "RC (the agent) spoke on behalf of Messrs O.  He explained"),
    # the title stays before a list too
    ("Messrs Smith and Jones attended.", "Messrs S and J attended."),
    # a full name after one is a firm's, and so is a name before "& Co"
    ("QC (instructed by Messrs Christian Fisher, London WC1A 1LY) appeared",
     "QC (instructed by Messrs Christian Fisher, London [address removed]) appeared"),
    ("Messrs Smith & Co acted.", "Messrs Smith & Co acted."),
    # a plural of a role before one word is no family
    ("Councillors Hughes voted.", "Councillors Hughes voted."),
    # a listed first name after a harm done to it
    ("The former soldier stabbed Mika FOUR times after claiming she admitted it.",
     "The former soldier stabbed M FOUR times after claiming she admitted it."),
    # not a common word nor the first word of a home's name (the home itself goes as an address)
    ("He attacked Christian churches and damaged Rose Cottage.",
     "He attacked Christian churches and damaged [address removed]."),
    ("He was attacked Friday and stabbed twice.", "He was attacked Friday and stabbed twice."),
    # any name word joined by "and" to a listed first name, before a verb of both
    ("He was determined that Madina and Maryha would not be allowed out.",
     "He was determined that M and M2 would not be allowed out."),
    # not a place, a kept word nor a body's name
    ("Sarah and Leeds were both mentioned.", "S and Leeds were both mentioned."),
    ("Sarah and Safeguarding were told.", "S and Safeguarding were told."),
    ("Sarah and Children's Services were told.", "S and Children's Services were told."),
])
def test_names_beside_kept_words(redact_text, text, expected):
    assert redact_text(text)[0] == expected
