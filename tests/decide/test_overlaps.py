from redactor.decide.overlaps import resolve_overlaps
from redactor.types import Detection, Kind


def det(start, end, kind=Kind.PERSON, score=0.8, title=None, seg="s1"):
    return Detection(seg, start, end, "x" * (end - start), kind, score, "R", "", title)


def test_longer_span_wins_and_losers_keep_nothing():
    address = det(0, 40, Kind.ADDRESS)
    postcode = det(33, 40, Kind.ADDRESS, 1.0)
    first_name = det(3, 11, Kind.PERSON, 0.5)
    assert resolve_overlaps([postcode, first_name, address]) == [address]


def test_same_span_prefers_the_one_that_knows_its_title():
    plain, titled = det(3, 9, score=0.85), det(3, 9, score=0.7, title="Nurse")
    assert resolve_overlaps([plain, titled]) == [titled]


def test_segments_do_not_interfere():
    a, b = det(0, 5, seg="a"), det(0, 5, seg="b")
    assert sorted(resolve_overlaps([a, b]), key=lambda d: d.segment_id) == [a, b]


def test_addresses_that_overlap_are_one_address():
    text = "Flat 6, 197 Willow Mews, Reddish, SK5 8YH"
    street = Detection("s1", 0, 23, text[:23], Kind.ADDRESS, 0.85, "Street", "")
    block = Detection("s1", 8, 41, text[8:], Kind.ADDRESS, 0.85, "Block", "")
    person = det(8, 11, Kind.PERSON, 0.9)
    assert resolve_overlaps([street, person, block]) == [Detection("s1", 0, 41, text, Kind.ADDRESS, 0.85, "Block", "")]


def test_people_that_overlap_are_one_person():
    # a family word's reading took "Nuelia Nunes", the known surname "Nunes Lagos": the whole name goes
    text = "his wife, Nuelia Nunes Lagos."
    context = Detection("s1", 10, 22, "Nuelia Nunes", Kind.PERSON, 0.9, "Context", "")
    known = Detection("s1", 17, 28, "Nunes Lagos", Kind.PERSON, 0.8, "Known", "")
    assert [(d.start, d.end, d.text) for d in resolve_overlaps([context, known])] == [(10, 28, text[10:28])]


def test_a_person_is_not_joined_to_a_letter_of_the_words_after():
    # "Dr Carolyn Harper" and a reading's "Harper D" of "Harper D/Chief Superintendent": the title's word stays
    text = "Dr Carolyn Harper D/Chief Superintendent"
    titled = Detection("s1", 3, 17, "Carolyn Harper", Kind.PERSON, 0.9, "Titled", "")
    weak = Detection("s1", 11, 19, "Harper D", Kind.PERSON, 0.75, "Initial", "")
    assert [d.text for d in resolve_overlaps([titled, weak])] == [text[3:17]]
