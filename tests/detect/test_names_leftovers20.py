"""Name leaks left on dev13 read in general (names20): a titled member with initials whose body runs on after
the surname on a list line, a known name as a possessive without its apostrophe, a first name paired with
another. Made-up sentences, none from a split; each reading with what it must leave alone."""
import pytest

from redactor.detect.recognizers.known_names import UnmarkedPossessiveRecognizer
from redactor.detect.recognizers.people_list import PeopleListRecognizer
from redactor.detect.recognizers.person_context import PersonContextRecognizer
from redactor.detect.recognizers.titled_person import TitledPersonRecognizer
from redactor.detect.spans import clean_person
from redactor.types import Detection, Kind


def _found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"})


@pytest.mark.parametrize("text,expected", [
    # after a title and initials one surname: a place that is no surname, or a body's name, opens the body
    ("Cllr R Platt Derbyshire County Council", ["Platt"]),
    ("Also present: Mrs J Patel Leeds City Council", ["Patel"]),
    ("Dr A Okafor Hull University Teaching Hospitals", ["Okafor"]),
    # a surname of two words after initials stays whole
    ("Mr A Lloyd Webber attended", ["Lloyd Webber"]),
])
def test_the_body_after_a_titled_member_with_initials(rules, vocabulary, text, expected):
    assert _found(TitledPersonRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    # the body the allow list reads after a title and initials starts after the surname
    ("Cllr R Platt Derbyshire County Council", ["Derbyshire County Council"]),
    ("Dr A Okafor Hull University Teaching Hospitals", ["Hull University Teaching Hospitals"]),
    # a possessive after initials is a body named for a person; no title, no surname taken
    ("Dr J Gray's Hospital", ["Gray's Hospital"]),
    ("Platt Derbyshire County Council", ["Platt Derbyshire County Council"]),
])
def test_a_body_after_a_titled_member_with_initials_starts_after_the_surname(vocabulary, text, expected):
    assert [text[a:b] for a, b in vocabulary.keep_spans(text)] == expected


@pytest.mark.parametrize("text,gone,kept", [
    ("Also in Attendance:\nCllr R Platt Derbyshire County Council\nCllr H Byrne Lancashire County Council\n",
     ["Platt", "Byrne"], ["Derbyshire County Council", "Lancashire County Council"]),
])
def test_titled_members_on_list_lines_go_and_their_bodies_stay(redact_text, text, gone, kept):
    out, _ = redact_text(text)
    assert not [g for g in gone if g in out] and all(k in out for k in kept), out


NOUNS = frozenset({"outcome", "home", "sister", "car"})


@pytest.mark.parametrize("text,expected", [
    # a known name with a possessive's "s" and no apostrophe, before a noun: the name, without its "s"
    ("this impacted on Gillians outcome", ["Gillian"]),
    ("Police were called to Tomaszs home twice.", ["Tomasz"]),
    # not before a word that is no noun, nor after "the" or a count (a family: FamilyPluralRecognizer's)
    ("Gillians were there", []),
    ("The Tomaszs car", []),
])
def test_a_possessive_without_its_apostrophe(text, expected):
    found = UnmarkedPossessiveRecognizer({"Gillians", "Tomaszs"}, NOUNS, "KNOWN_PERSON", 1.0, "K", "why")
    assert [text[r.start:r.end] for r in found.analyze(text, ["KNOWN_PERSON"])] == expected


@pytest.mark.parametrize("text,gone,kept", [
    ("Gillian Smith died in 2019. The panel asked how this impacted on Gillians outcome.\n", ["Gillian"], []),
    ("Tomasz Nowak was 34. Police went to Tomaszs home twice.\n", ["Tomasz"], []),
    # an "s" that makes a listed name, a place or an English word is another name or a word
    ("Peter Hall was seen. Peters mother wrote to Bill Hunt about the unpaid Bills interest.\n", [],
     ["Peters mother", "Bills interest"]),
])
def test_a_known_name_as_an_unmarked_possessive_goes(redact_text, text, gone, kept):
    out, _ = redact_text(text)
    assert not [g for g in gone if g in out] and all(k in out for k in kept), out


def _cleaned(vocabulary, text, name, recognizer="SpacyRecognizer"):
    """What ``clean_person`` makes of ``name`` in ``text`` as ``recognizer`` found it."""
    start = text.index(name)
    d = Detection("p", start, start + len(name), name, Kind.PERSON, 0.85, recognizer, "found")
    found = clean_person(d, text, vocabulary)
    return found.text if found else None


@pytest.mark.parametrize("text,name,expected", [
    # a listed first name after another and "and" is a person, whatever place it names too
    ("Although Graham and Mari were faithful members of the chapel.", "Mari", "Mari"),
    ("Both Dennis and Florence attended the service.", "Florence", "Florence"),
    # not after a place's preposition, nor a place that is no first name, nor after a comma
    ("She moved from Graham and Mari to Leeds.", "Mari", None),
    ("They had a holiday in Florence and Victoria.", "Victoria", None),
    ("He was taken to Gravesend, Kent.", "Kent", None),
])
def test_a_first_name_paired_with_another_is_a_person(vocabulary, text, name, expected):
    assert _cleaned(vocabulary, text, name) == expected


@pytest.mark.parametrize("text,name,recognizer,expected", [
    # a thing named for a pair after "the": an event's, body's or organisation's noun after them
    ("They visited the Victoria and Albert Museum.", "Albert", "SpacyRecognizer", None),
    ("We watched the Eric and Ernie Show on Boxing Day.", "Ernie Show", "SpacyRecognizer", None),
    # a name the document gives still goes there, whatever thing it names too
    ("They visited the Victoria and Albert Museum.", "Albert", "KnownNameRecognizer", "Albert"),
    ("the Tom and Jerry Show", "Tom", "KnownNameRecognizer", "Tom"),
    ("a grant from the Ruth and Owen Foundation", "Ruth", "KnownNameRecognizer", "Ruth"),
    # not a known full name, nor without "the", nor three words, nor a noun of no thing
    ("the Victoria and Albert Jones Trust", "Albert Jones", "KnownNameRecognizer", "Albert Jones"),
    ("Tom and Albert Show dogs.", "Albert", "KnownNameRecognizer", "Albert"),
    ("the Victoria and Albert Jones Trust", "Albert", "KnownNameRecognizer", "Albert"),
    ("the Victoria and Albert Hunt", "Albert", "KnownNameRecognizer", "Albert"),
])
def test_a_thing_named_for_a_pair(vocabulary, text, name, recognizer, expected):
    assert _cleaned(vocabulary, text, name, recognizer) == expected


@pytest.mark.parametrize("text,expected", [
    # an item of an attendance list ends before the next label a flattened line runs on
    ("Present: Huw Bevan, Ifor Pugh Apologies: Ann Lee", ["Huw Bevan", "Ifor Pugh", "Ann Lee"]),
    ("In attendance: Members of the Public: Sian Lloyd, Tom Hughes, Wil Wild Apologies: Cllr Rees",
     ["Sian Lloyd", "Tom Hughes", "Wil Wild"]),
    ("Present: Powys County Council, Dyfed-Powys Police Apologies: Ann Lee", ["Ann Lee"]),
    # a role after a name still ends at its item
    ("Present: Amy Tate – Head of Service, Norfolk County Council; Ben Ola, Chair", ["Amy Tate", "Ben Ola"]),
])
def test_an_attendance_item_before_the_next_label(rules, vocabulary, text, expected):
    found = PeopleListRecognizer(rules, vocabulary).analyze(text, ["PERSON"])
    assert [text[r.start:r.end] for r in found if r.entity_type == "PERSON"] == expected


@pytest.mark.parametrize("text,name,expected", [
    # a later item of a list of people whose first word is a town on no surname list is a person
    ("Present: Sian Lloyd, Tom Hughes, Wil Wild", "Wil Wild", "Wil Wild"),
    # a ward named for its town opening a list's line is not
    ("Brechin Landward - Mr P. Yates", "Brechin Landward", None),
])
def test_a_later_item_of_a_list_opened_by_a_town(vocabulary, text, name, expected):
    assert _cleaned(vocabulary, text, name, "PeopleListRecognizer") == expected


def test_a_flattened_attendance_line_loses_every_name(redact_text):
    out, _ = redact_text("Attendance: Members of the Public: Sian Lloyd, Tom Hughes, Wil Wild Apologies: Cllr Rees\n")
    assert not [n for n in ("Sian", "Hughes", "Wil", "Wild", "Rees") if n in out], out


@pytest.mark.parametrize("text,expected", [
    # the author of a work whose title is quoted, after "by", ending the clause: on no name list, a place first too
    ('2.  "Goodbye!" by Grafton Maggs', ["Grafton Maggs"]),
    ("Poems read: ‘Harvest’ by Otley Quarmby, and others", ["Otley Quarmby"]),
    # not a body nor a place, nor a name without a quoted title before "by"
    ('the report "Working Together" by Hull City Council.', []),
    ("'Safeguarding Review' by Public Health Wales", []),
    ("It was signed by Otley Quarmby.", []),
])
def test_the_author_after_a_quoted_title(rules, vocabulary, text, expected):
    assert _found(PersonContextRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    # a first name on no other list, alone between commas inside a sentence
    ("each played at a high level and, Lynsey, won caps for Ireland.", ["Lynsey"]),
    ("Of the three, Kirsty, the eldest, stayed at home.", ["Kirsty"]),
    # not a month, a place, a surname or a word, nor an item after a capitalised one
    ("In the spring, May, June and July were wet.", []),
    ("We went to Leeds, Bradford, and York.", []),
    ("The letter was sent, Thompson, to the wrong address.", []),
    ("Present: Amy, Kirsty, Tom", []),
])
def test_a_first_name_alone_between_commas(rules, vocabulary, text, expected):
    found = PersonContextRecognizer(rules, vocabulary).analyze(text, ["PERSON"])
    assert [text[r.start:r.end] for r in found if r.start > 0 and text[r.start - 2] == ","] == expected


def test_a_name_the_document_gives_goes_inside_a_thing_named_for_a_pair(redact_text):
    text = ("Subject of the review: Mari\n\nMari died in 2019. Her family set up the Mari and Graham Trust in her "
            "memory.\n")
    assert "Mari" not in redact_text(text)[0]
