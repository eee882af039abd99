"""A place of worship called after its street (issue 14, dev13: "High Street English Baptist Chapel"):
the street opens the chapel's name, which stays whole; a street where someone lives still goes (written
again inside a chapel's name it stays there, as "Mill Lane Baptist Church" did before).
Made-up texts in the shapes met."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # a street, a language and a denomination before the building's word
    ("The funeral was held at Hope Street Welsh Methodist Church on Monday.\n",
     "The funeral was held at Hope Street Welsh Methodist Church on Monday.\n"),
    ("Ann Hale sang in the choir of Tabernacle Road English Congregational Chapel.\n",
     "AH sang in the choir of Tabernacle Road English Congregational Chapel.\n"),
    ("Her service was at Market Square United Reformed Church.\n",
     "Her service was at Market Square United Reformed Church.\n"),
    # keep row: the street someone lives in still goes beside a chapel's name
    ("Ann Hale lived in Hope Street Cardiff. Her chapel was Bethel Welsh Methodist Church.\n",
     "AH lived in [address removed] Cardiff. Her chapel was Bethel Welsh Methodist Church.\n"),
])
def test_a_chapel_called_after_its_street_stays(redact_text, text, expected):
    assert redact_text(text)[0] == expected
