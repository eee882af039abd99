"""What a change covers in a line read from a picture."""
from __future__ import annotations

import pytest

from redactor.document.pictures.reading import whole_words


@pytest.mark.parametrize("text, found, covered", [
    # OCR read "O'Neill" as "d'Neill": the name was found from "Neill" on; "d'" goes with it
    ("Grace d'Neill-Okafor (59)", "Neill-Okafor", "d'Neill-Okafor"),
    ("Mary O’Brien (41)", "Brien", "O’Brien"),
    # letters glued after it go too ("Okafors" read for "Okafor's")
    ("the Okafors home", "Okafor", "Okafors"),
    # a label or a bracket beside it stays: "b." before a date, "(34)" after a name
    ("b.21/05/2015", "21/05/2015", "21/05/2015"),
    ("Abigail Okafor(34)", "Abigail Okafor", "Abigail Okafor"),
])
def test_a_name_is_covered_with_the_letters_glued_to_it(text, found, covered):
    start = text.index(found)
    a, b = whole_words(text, start, start + len(found))
    assert text[a:b] == covered
