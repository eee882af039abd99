"""clean_person: where a person span found by NER or a name list really starts and
ends, and which finds name no one. No spaCy: the detections are made by hand."""
import pytest

from redactor.detect.spans import clean_person
from redactor.types import Detection, Kind


def tidy(vocabulary, text, found, recognizer="SpacyRecognizer", score=0.85, english=frozenset()):
    start = text.index(found)
    d = Detection("s", start, start + len(found), found, Kind.PERSON, score, recognizer)
    cleaned = clean_person(d, text, vocabulary, english)
    return None if cleaned is None else (cleaned.text, cleaned.title)


@pytest.mark.parametrize("text,found,expected", [
    # a rank NER takes into the name stays as the title, one word or two
    ("Det Sgt Nadia Orme spoke to her.", "Det Sgt Nadia Orme", ("Nadia Orme", "Det Sgt")),
    ("Coroner Alison Mutch ruled.", "Coroner Alison Mutch", ("Alison Mutch", "Coroner")),
    # a title ending in a particle's letters is no particle ("der" of "Recorder")
    ("Recorder Evans sat.", "Recorder Evans", ("Evans", "Recorder")),
    ("Senior Coroner Alison Mutch ruled.", "Alison Mutch", ("Alison Mutch", "Senior Coroner")),
    # an ordinary word after "the" names no person; a name after "a" still does
    ("The Findings are set out below.", "Findings", None),
    ("beaten by a Guy Whittingham goal", "Guy Whittingham", ("Guy Whittingham", None)),
    # acronyms written without a vowel are never part of a name on weak evidence
    ("The partnership (Devon SCP) decided.", "Devon SCP", None),
    ("met the DHR Panel", "DHR Panel", None),
    # page and document furniture, report headings
    ("Embed Size (px)", "Embed Size", None),
    ("Error! Bookmark not defined.", "Bookmark", None),
    ("Published 3 March 2020", "Published", None),
    # names in capitals are names: a vowel tells them from an acronym
    ("seen by Nadia ORME at home", "Nadia ORME", ("Nadia ORME", None)),
    # a place after to/from/for/in is the place, even a county or town that is also a first name
    ("She moved to Devon in 2019.", "Devon", None),
    ("She moved from Shirley to Beverley.", "Shirley", None),
    ("She moved from Shirley to Beverley.", "Beverley", None),
    ("He was born in Yorkshire.", "Yorkshire", None),
    ("previously Chair of the LSCB for Devon", "Devon", None),
    # ... and a county or region after its town and a comma
    ("at the family home in Gravesend, Kent, on 12 September", "Kent", None),
    ("a flat in Exeter, Devon.", "Devon", None),
    ("officers of Kent and Devon attended", "Devon", None),
    # ... and a town after a venue and a comma
    ("Venue: Cabinet Room 'B' - County Hall, Preston", "Preston", None),
    ("at the Civic Centre, Shirley, on Monday", "Shirley", None),
    # a place's name after its opening word, a body named after a plural's possessive
    ("She lived in Little Heath all her life.", "Heath", None),
    ("a gift from The Soldiers’ Charity (NI)", "Charity", None),
    ("and to Saint Michael's Hospice in Harrogate", "Hospice", None),
    ("She stayed with Amy's Grace that night.", "Grace", ("Grace", None)),
    # a place's words before a building's or body's word
    ("the Masterclass at Antrim Civic Centre on 1 November", "Antrim Civic", None),
    # a town whose name opens with a first name, NER having found its last word
    ("Adult D lived in Newton Aycliffe and was known to Harbour.", "Aycliffe", None),
    ("She met Zuzanna Ene there.", "Ene", ("Zuzanna Ene", None)),
    # a club named after its town; a full name ending in a town's name, before what people do
    ("Werder Bremen 1 (Bode 85th)", "Werder Bremen", None),
    ("The deputy head Suraj Bhan said she was safe.", "Suraj Bhan", ("Suraj Bhan", None)),
    # a body's or building's word ends the name of a body, not of a person
    ("She was referred by Blackwood Constabulary in 2019.", "Blackwood Constabulary", None),
    ("Ross County 17 8 3 6 27 23 27", "Ross County", None),
    ("Present: Jane Hall, Chair", "Jane Hall", ("Jane Hall", None)),
    # ... but not a person's name after another word, a possessive, nor a place after a title
    ("the inquest into Elizabeth's death", "Elizabeth", ("Elizabeth", None)),
    ("she went to Shirley's house", "Shirley", ("Shirley", None)),
    ("Okonkwo, Devon was interviewed.", "Devon", ("Devon", None)),  # "Surname, Forename": no place before
    ("Devon said she was frightened.", "Devon", ("Devon", None)),
    ("She spoke to Mrs Shirley about it.", "Shirley", ("Shirley", "Mrs")),
    ("Shirley, Heath and Grace met at the Centre, Grace said.", "Grace", ("Grace", None)),
    ("Preston Davies Centre staff", "Preston Davies", ("Preston Davies", None)),
    # a verb in -ing opening the sentence is no first name
    ("Sentencing Okafor, the judge said", "Sentencing Okafor", ("Okafor", None)),
    ("Describing Nadia Orme, he said", "Describing Nadia Orme", ("Nadia Orme", None)),
    ("She met Channing Orme there.", "Channing Orme", ("Channing Orme", None)),
    # a place or a church named after a saint
    ("She lived in St Helens.", "Helens", None),
    ("ST LOUIS 13 14 0", "LOUIS", None),
    ("He moved to Saint Albans.", "Saint Albans", None),
    # the Crown heading a case is no person ("REGINA v JOHN SMITH"); a woman called Regina is
    ("REGINA", "REGINA", None),
    ("Regina Okonjo attended.", "Regina Okonjo", ("Regina Okonjo", None)),
    # a title or a strong recognizer keeps an ordinary word as a name
    ("She told Mrs Summer about it.", "Summer", ("Summer", "Mrs")),
])
def test_person_span(vocabulary, text, found, expected):
    assert tidy(vocabulary, text, found) == expected


ENGLISH = frozenset({"later", "then", "yesterday", "grace", "police"})  # what a dictionary knows


@pytest.mark.parametrize("text,found,expected", [
    # a first name no dictionary knows opening a sentence or a line goes with the surname found
    ("The GP was there. Amit Patel had known the family.", "Patel", ("Amit Patel", None)),
    ("Grunde Njos attended the meeting.", "Njos", ("Grunde Njos", None)),
    ("2. Pernila Wiberg (Sweden) 1:17.97", "Wiberg", ("Pernila Wiberg", None)),
    ("Grace Njos attended the meeting.", "Njos", ("Grace Njos", None)),  # a listed first name, a word too
    # an English word opening the sentence stays, and so does a month
    ("Later Patel said he was worried.", "Patel", ("Patel", None)),
    ("Then Njos left.", "Njos", ("Njos", None)),
    ("June Patel was interviewed.", "Patel", ("Patel", None)),
])
def test_an_unknown_first_name_opening_a_sentence_goes_with_its_surname(vocabulary, text, found, expected):
    assert tidy(vocabulary, text, found, english=ENGLISH) == expected


def test_without_a_dictionary_no_word_opening_a_sentence_is_taken_as_a_first_name(vocabulary):
    assert tidy(vocabulary, "Grunde Njos attended the meeting.", "Njos") == ("Njos", None)


@pytest.mark.parametrize("text,found,expected", [
    # after to/from/for, a first name the document already gives a person is that person
    ("The officer spoke to Shirley alone.", "Shirley", ("Shirley", None)),
    ("a letter from Devon to the court", "Devon", ("Devon", None)),
    ("worried for Beverley and the children", "Beverley", ("Beverley", None)),
    # after "in", a place stays the place
    ("He was in Devon at the time.", "Devon", None),
    # a full name found again keeps its words, a word for a surname too
    ("read out from Una Crown's family", "Una Crown", ("Una Crown", None)),
    # a known first name that is also a month or word is kept for the plan to read ("SAR June", then "June")
    ("June, a white British lady, died at her flat.", "June", ("June", None)),
    ("The GP found June had low blood pressure.", "June", ("June", None)),
])
def test_known_person_named_like_a_place(vocabulary, text, found, expected):
    assert tidy(vocabulary, text, found, recognizer="KnownNameRecognizer", score=0.8) == expected


@pytest.mark.parametrize("text,found,expected", [
    # post-nominal letters follow a name and are no part of it
    ("Gwendolyn Pask OBE, MA, BA (Hons)", "Gwendolyn Pask OBE", ("Gwendolyn Pask", None)),
    ("Jane Smith QC appeared.", "Jane Smith QC", ("Jane Smith", None)),
    ("His Honour Judge PRICE Q.C. sentenced him.", "PRICE Q", ("PRICE", "His Honour Judge")),
    # a judge's office after the surname stays: "Harker J" is Harker, not "H. J."
    ("The appeal was heard by Harker J in 2019.", "Harker J", ("Harker", None)),
    ("Lloyd LJ agreed.", "Lloyd LJ", ("Lloyd", None)),
    # a body's initials after a full name are no part of it; a surname in capitals is
    ("Authors: Fiona Johnson with Sally Trench SCIE Lead Reviewers", "Sally Trench SCIE", ("Sally Trench", None)),
    ("seen by John Paul SMITH at home", "John Paul SMITH", ("John Paul SMITH", None)),
    # a place or capitalised word + an acronym is a body, not a person
    ("the Leeds CCG said", "Leeds CCG", None),
])
def test_letters_after_a_name(vocabulary, text, found, expected):
    assert tidy(vocabulary, text, found) == expected


def test_an_acronym_after_a_titled_name(vocabulary):
    text = "She tried to give Ms Cowan CPR, the court heard."
    assert tidy(vocabulary, text, "Cowan CPR", "TitledPersonRecognizer", 0.9) == ("Cowan", "Ms")


@pytest.mark.parametrize("text,found,expected", [
    # an initial and a surname are one name; after a title, the initial stays with the title
    ("S. Campbell c Healy b Gillespie 31", "S. Campbell", ("S. Campbell", None)),
    ("Dr J. Smith and Mr C.A. Whomersley met.", "C.A. Whomersley", ("Whomersley", "Mr C.A.")),
])
def test_initials(vocabulary, text, found, expected):
    assert tidy(vocabulary, text, found) == expected


@pytest.mark.parametrize("text,found,expected", [
    # a panel list's line: a full name running into its agency ends before it
    ("Edward Yaxley Avon and Somerset Constabulary", "Edward Yaxley Avon", ("Edward Yaxley", None)),
    ("Val Janson Bath and North East Somerset Clinical Commissioning Group", "Val Janson Bath",
     ("Val Janson", None)),
    ("Ann Hartigan Sirona Housing Trust", "Ann Hartigan Sirona", ("Ann Hartigan", None)),
    ("David Warren Accredited Independent Chair", "David Warren Accredited", ("David Warren", None)),
    ("Colin Pettigrew Corporate Director, Children's Services", "Colin Pettigrew Corporate",
     ("Colin Pettigrew", None)),
    # ... not a surname that is a word, alone before its item's end ("said Tan Kong Yam, head of …")
    ("said Tan Kong Yam, head of Business Policy", "Tan Kong Yam", ("Tan Kong Yam", None)),
    # ... nor one before a clause that names a body later
    ("10. Hilde Synnove Lid (Norway) 148.20", "Hilde Synnove Lid", ("Hilde Synnove Lid", None)),
    ("daughter, Siti Hardiyanti Rukmana, in what the Citra Group said", "Siti Hardiyanti Rukmana",
     ("Siti Hardiyanti Rukmana", None)),
    # ... a name of three words stays whole
    ("Mary Jane Smith attended.", "Mary Jane Smith", ("Mary Jane Smith", None)),
    ("Sarah Louise Okafor said", "Sarah Louise Okafor", ("Sarah Louise Okafor", None)),
    ("John Paul Jones Avon and Somerset Constabulary", "John Paul Jones", ("John Paul Jones", None)),
])
def test_a_name_running_into_its_agency(vocabulary, text, found, expected):
    english = frozenset({"lid", "in", "what", "accredited", "corporate", "yam"})
    assert tidy(vocabulary, text, found, english=english) == expected
