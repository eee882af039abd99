"""Name leaks left on dev16 read in general (names24): an initial and a surname that is a word after an
age; counsel after a party's label in brackets; a particle opening an item of a plural title's list; a name
and a role in a table's cells flattened to one line; a title run into initials and a surname.
Made-up sentences, none from a split; each reading with what it must leave alone."""
import pytest


def _gone_and_kept(redact_text, text, gone, kept):
    """No string of ``gone`` is left in the redacted text, every string of ``kept`` is."""
    out, _ = redact_text(text)
    assert not [g for g in gone if g in out], out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text,gone,kept", [
    # an initial and a word as surname after an age: a person, and the surname known for the rest
    ("The application to release 31-year-old K Warden was refused. Police said Warden had breached bail.",
     ["Warden"], ["31-year-old"]),
    ("The 29-year-old R Temple was arrested; Temple was later charged.", ["Temple"], []),
    ("Police named 42-year-old Martin Fender. Fender was refused bail.", ["Fender"], []),
    ("A court heard that 56-year-old P. Mercer had been drinking, and Mercer admitted it.", ["Mercer"], []),
    # no initial that is a word, no place after one letter, no place alone
    ("A 30-year-old N Ireland man was arrested in Belfast.", [], ["N Ireland", "Belfast"]),
    ("The 17-year-old A Level student gave evidence.", [], ["A Level"]),
    ("The 19-year-old Derry woman was released.", [], ["Derry woman"]),
    ("Nineteen-year-old Driver Ronald Shears and Able Seaman Douglas Smith died.", ["Shears"], ["Driver"]),
    ("A 44-year-old S Wales man and a 50-year-old W Yorkshire woman were charged.", [], ["S Wales", "W Yorkshire"]),
])
def test_an_initial_and_a_surname_after_an_age(redact_text, text, gone, kept):
    _gone_and_kept(redact_text, text, gone, kept)


@pytest.mark.parametrize("text,gone,kept", [
    # counsel after a party's label in brackets, up to the firm's ";", letters between them passed over
    ("(For FR) Ormond, QC, Tallis; Capital Defence, Edinburgh\n", ["Ormond", "Tallis"], ["Capital Defence"]),
    ("(For the Appellant) Brennan, KC, Lister; Lindsays, Dundee\n", ["Brennan", "Lister"], ["(For the Appellant)"]),
    ("(For SG) Ferrier; Crown Office\n", ["Ferrier"], ["Crown Office"]),
    # a bracket that is no party's label, or no ";" after it: left alone
    ("(For information) Housing, Health, Education; see annex\n", [], ["Housing, Health, Education"]),
    ("(For FR) Housing and Health teams attended\n", [], ["Housing and Health"]),
])
def test_counsel_after_a_bracketed_party_label(redact_text, text, gone, kept):
    _gone_and_kept(redact_text, text, gone, kept)


@pytest.mark.parametrize("text,gone,kept", [
    # a particle opening an item of a plural title's list: the whole list is people
    ("Before: the Bailiff, and Jurats de Gruchy and Olsson.", ["Gruchy", "Olsson"], ["Bailiff"]),
    ("Present: Councillors van Dyke, Thorne and Pryce.", ["Dyke", "Thorne", "Pryce"], ["Present"]),
    ("Judgment of Jurats Le Marquand and Blampied was given.", ["Marquand", "Blampied"], ["Judgment"]),
])
def test_a_particle_in_a_plural_titles_list(redact_text, text, gone, kept):
    _gone_and_kept(redact_text, text, gone, kept)


@pytest.mark.parametrize("text,gone,kept", [
    # a table's row flattened to one line, its cells split by " / " or " | ": a name, then a role, is a person's
    ("Members\nKB / Chief Executive Youth Justice Agency /\nPaddy Kinahan / Director Children’s Law Centre /\n",
     ["Paddy Kinahan"], ["Director Children’s Law Centre"]),
    ("Name | Role\nRhian Cowley | Independent Chair\nTobias Wren | Director of Public Health\n",
     ["Cowley", "Wren"], ["Independent Chair", "Director of Public Health"]),
    # a body's or a place's cell before a role is no person
    ("Agency / Contact\nYouth Justice / Director /\nBelfast Trust / Director of Nursing /\n"
     "Probation Service | Head of Service |\nWomen's Aid / Director /\n",
     [], ["Youth Justice", "Belfast Trust", "Probation Service", "Women's Aid"]),
])
def test_a_name_and_a_role_in_a_tables_cells(redact_text, text, gone, kept):
    _gone_and_kept(redact_text, text, gone, kept)


@pytest.mark.parametrize("text,gone,kept", [
    # a personal title run into initials and a surname, as a flattened attendance list writes them
    ("PRESENT: Miss R E, Mrs MH, MrsHMcAlister, MrJKOwen\n", ["McAlister", "Owen"], ["Mrs MH"]),
    ("Apologies were received from DrPSinghal. Later MrsHMcAlister spoke.", ["Singhal", "McAlister"], ["Apologies"]),
    # no title's letters run into capitals, no shop's name
    ("He bought it at MrDIY and ran MsDOS on it.", [], ["MrDIY", "MsDOS"]),
    ("Prof A Hale MA (Cantab), FRCPath (UK), FRCPsych was consulted.", [], ["FRCPath (UK)", "FRCPsych"]),
])
def test_a_title_run_into_initials_and_a_surname(redact_text, text, gone, kept):
    _gone_and_kept(redact_text, text, gone, kept)
