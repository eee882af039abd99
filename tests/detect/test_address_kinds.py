"""Address kinds met on real text (issue 14), through the whole program: the address goes,
the town, county, organisation and chronology beside it stay. Made-up texts in the shapes met."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # a county abbreviated between the town and the postcode district: the county stays, the district goes
    ("23/00860/FUL 14 Lincoln Avenue, Cheltenham, Glos GL51 Additional documents: Minutes: none.\n",
     "23/00860/FUL [address removed], Cheltenham, Glos [address removed] Additional documents: Minutes: none.\n"),
    # a flat named by its floor above its street and postcode
    ("Re: Top Floor Flat,\n47 Acacia Road,\nLondon W6 0AL\nBefore: His Honour Judge Hodge QC\n",
     "Re: [address removed]\n[address removed],\nLondon [address removed]\nBefore: His Honour Judge H QC\n"),
    # a funeral notice: the home's name and street between dashes after "his family home"
    ("The cortège will leave his family home - Glasfryn, Tenby Road - at 11:30am and travel through Cardigan.\n",
     "The cortège will leave his family home - [address removed] - at 11:30am and travel "
     "through Cardigan.\n"),
    # ... or the home's name alone, which NER may take for a person
    ("The cortège will leave the family home, Glasfryn, on Friday and travel to Cardigan.\n",
     "The cortège will leave the family home, [address removed], on Friday and travel to Cardigan.\n"),
    # news: a home's name after a named person and "from", before a listed town
    ("Liam Byrne from Gleann Ard, Drogheda, and Sean Bates from Wastsonville, Portadown, admitted the supply.\n",
     "LB from [address removed], Drogheda, and SB from [address removed], Portadown, admitted the supply.\n"),
    # parish minutes: the site of a planning application between its number and its works
    ("a. Applications received\ni. 184411 – Bramleys, The Loop, Upton Bishop – Proposed formation of vehicular "
     "access. Following discussion, it was RESOLVED unanimously to return no objection.\n",
     "a. Applications received\ni. 184411 – [address removed], [address removed], Upton Bishop – Proposed formation "
     "of vehicular access. Following discussion, it was RESOLVED unanimously to return no objection.\n"),
    # minutes: a home's name just after a person's
    ("It was resolved to seek quotes. E. Jones suggested James Thomas, Bryn Lodge, Clerk to contact him.\n",
     "It was resolved to seek quotes. EJ suggested JT, [address removed], Clerk to contact him.\n"),
    # court news: a home with no street word after an age and a name, before "in" a listed town; after a
    # name and "of" before the sentence ends at a listed town
    ("In the dock was 35-year-old Gerard Dunne from Rathgillan in Lisburn. \"It was a shock,\" said Mrs Hale, "
     "of Brookfields, Kidderminster.\n",
     "In the dock was 35-year-old GD from [address removed] in Lisburn. \"It was a shock,\" said Mrs H, "
     "of [address removed], Kidderminster.\n"),
    # minutes: a site to the end of its line after a planning authority's number, the village after a comma stays
    ("4.3 Application: 181299 Bramble Knap, Gorsley\nDescription: Porch. RESOLVED no objection.\n",
     "4.3 Application: 181299 [address removed], Gorsley\nDescription: Porch. RESOLVED no objection.\n"),
    # a family history: a farm in its parish, the parish stays
    ("Ann was the daughter of Evan Jones of Penrhiwgoch farm in the parish of Trelech.\n",
     "A was the daughter of EJ of [address removed] farm in the parish of Trelech.\n"),
])
def test_addresses_go_and_places_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected
