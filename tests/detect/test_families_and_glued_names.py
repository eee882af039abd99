"""A family called by its name, a first name that is a month after a family word, a known name
glued to the word before it: through redact, with the rows each must leave alone."""
import pytest


@pytest.mark.parametrize("text,gone,kept", [
    # a family's name before "family" is taken, NER's reading beside it or not
    ("We pray for your very good neighbours, the Hogan family.", ["Hogan"], ["family"]),
    ("The Royal family visited. The Smith family home was sold in June 2019.", ["Smith"], ["Royal", "June 2019"]),
    # a known surname counted in the plural is the family's
    ("There were members of the Nevin family and nine Dinnegans. Anthony Dinnegan of Mullingar was charged.",
     ["Dinnegans", "Dinnegan"], ["Mullingar"]),
    # a first name that is a month after a family word; a date stays
    ("Her brother was at the inquest but mum June made the decision to stay at home.", ["June"], ["mum"]),
    ("Her son was born in June. The photo of mum was taken on 2 June 2019.", [], ["in June", "2 June 2019"]),
    # two family words of one couple before a name between commas
    ("When his brother and sister-in-law, Tahira, arrived, an ambulance was called.", ["Tahira"], ["sister-in-law"]),
    # a known surname glued to a lower-case word
    ("The body of William West, of Hastings, was found. Remote homeWest had admitted his murder.", ["West"],
     ["Hastings", "Remote home"]),
])
def test_family_names_and_glued_names(redact_text, text, gone, kept):
    out, _ = redact_text(text)
    assert not [g for g in gone if g in out], out
    assert all(k in out for k in kept), out
