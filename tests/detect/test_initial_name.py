"""InitialNameRecognizer: an initial and a surname. No spaCy: NER's view is a stand-in."""
from types import SimpleNamespace

import pytest

from redactor.detect.recognizers.initial_name import InitialNameRecognizer


@pytest.fixture(scope="module")
def recognizer(vocabulary):
    return InitialNameRecognizer(vocabulary)


@pytest.mark.parametrize("text,expected", [
    ("S. Campbell c Healy b Gillespie 31", ["S. Campbell"]),
    ("The letter was signed by J. Adams on 3 May.", ["J. Adams"]),
    ("seen by J.Okafor", ["J.Okafor"]),
    # an initial, a first name and a surname; not a body's, a street's or a place's word after it
    ("The company said A. Curts Cooke will retire.", ["A. Curts Cooke"]),
    ("seen by J. Adams London office", ["J. Adams"]),
    # two initials run together are an abbreviation
    ("the U.S. Army said", []),
    # an ordinary word after a letter that ends a sentence ("child A. Police ...")
    ("Child A. Police attended.", []),
    ("Plan B. The panel agreed.", []),
    # initials without full stops: items of a list of members, councillors, counsel
    ("Vice-Chairman: S P Porter", ["S P Porter"]),
    ("Aldermen: A G Ewart MBE and S Martin", ["A G Ewart", "S Martin"]),
    ("Councillors: S Carson, A P Ewing, J Gallen, D Honeyford, A Swan and N Trimble",
     ["S Carson", "A P Ewing", "J Gallen", "D Honeyford", "A Swan", "N Trimble"]),
    ("Apologies for absence were received from H Hopkins and H Jackson Co-opted Members.",
     ["H Hopkins", "H Jackson"]),
    ("Appellant: J Carroll, Solicitor Advocate, McLaughlin; John Pryde & Co", ["J Carroll"]),
    # ... a listed surname outside a list too, but never after "A" or "I", nor an ordinary word
    ("The report was written by M Birnbaum in 2019.", ["M Birnbaum"]),
    ("A Safer Future for All", []),
    ("see Appendix A Summary", []),
    ("Grade A Listed building", []),
    # a run-on list of members (flattened minutes): pairs side by side, before or after a title, after a body
    ("Derbyshire Fire and Rescue Councillor C Short A Waldie J Townsend Derbyshire Probation",
     ["C Short", "A Waldie", "J Townsend"]),
    ("Bolsover District Council J Mead Councillor B Murray-Carr S Tomlinson (Also NEDDC)",
     ["J Mead", "B Murray-Carr", "S Tomlinson"]),
    ("Erewash Borough Council Councillor M Wallis Chesterfield Borough Council", ["M Wallis"]),
    ("Derbyshire Constabulary Councillor A F Charles D Collins H Boffy K Mahay Public Health",
     ["A F Charles", "D Collins", "H Boffy", "K Mahay"]),
    # ... never a listed place on no surname list (a tick column's letter before a council), but a surname
    ("Youth Families & Social Work, Y Nottinghamshire County Council Marion Clay", []),
    ("Chair Y Nottinghamshire Healthcare NHS Trust", []),
    ("Councillor A Kent B Lincoln", ["A Kent", "B Lincoln"]),
    # ... not letters naming parts, grades or plans, nor a titled name the title's reading takes
    ("Annex A Part B Table C", []),
    ("Plan A Option B", []),
    ("Stage 2 Part A Section B", []),
    ("Dr A Smith and Mr B Jones", []),
    # a place with one initial alone is the place ("N Ireland" is a surname too: NER's view decides it)
    ("Office: Belfast, N Carolina", []),
])
def test_initial_name(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected


def test_a_place_ner_names_is_no_person(recognizer):
    text = "arms find in N. Ireland"
    start = text.index("N.")
    ireland = SimpleNamespace(label_="GPE", start_char=start, end_char=len(text))
    artifacts = SimpleNamespace(tokens=SimpleNamespace(ents=[ireland]))
    assert recognizer.analyze(text, ["PERSON"], artifacts) == []
    assert len(recognizer.analyze(text, ["PERSON"])) == 1  # without NER's word, the shape alone


def test_ner_calling_an_initial_and_a_surname_a_place_is_no_reason_but_for_a_compass_point(recognizer):
    """NER calls "B. Sandells" a place; only "N.", "S.", "E." and "W." abbreviate a place's word."""
    text = "T. Edwards informed Cllrs. that B. Sandells has asked that the fence be repaired."
    start = text.index("B.")
    place = SimpleNamespace(label_="GPE", start_char=start, end_char=start + len("B. Sandells"))
    artifacts = SimpleNamespace(tokens=SimpleNamespace(ents=[place]))
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"], artifacts)] == \
        ["T. Edwards", "B. Sandells"]


@pytest.mark.parametrize("text,expected", [
    # initials and a surname after a role, ending the item or the sentence
    ("PRESENT Cllrs: P Maw, M Chapman, County Councillor S Parkin; the clerk A Claydon.",
     ["P Maw", "M Chapman", "A Claydon"]),
    ("Minutes were taken by the Clerk J Osei, and approved.", ["J Osei"]),
    # not a capitalised phrase after a role
    ("The clerk A Safer Future report was read.", []),
])
def test_initials_and_a_surname_after_a_role(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected


def test_after_a_title_the_initial_is_the_titles(recognizer):
    assert recognizer.analyze("seen by Dr J. Smith today", ["PERSON"]) == []


def test_a_body_run_on_with_members_keeps_the_bodies_not_the_members(vocabulary):
    text = "Erewash Borough Council Councillor M Wallis Chesterfield Borough Council N Thurstan Councillor S Blank"
    kept = [text[a:b] for a, b in vocabulary.keep_spans(text)]
    assert kept == ["Erewash Borough Council", "Chesterfield Borough Council"]
