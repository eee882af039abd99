"""Known names never survive a plan: what detection left of a name the document or case
gives is replaced as the same person, and an output still holding one is refused.
Plans are built from hand-made detections (no NLP): a table label names the family."""
from __future__ import annotations

from dataclasses import replace

import pytest

from redactor.decide.case import Case
from redactor.decide.known.audit import RECOGNIZER, audit, verify_output
from redactor.decide.known.forms import FormIndex, KnownForm
from redactor.decide.known.reading import LoneReading
from redactor.decide.plan import build_plan
from redactor.document.base import splice
from redactor.errors import RedactorError
from redactor.types import Detection, Kind, Link, Person, Plan, Segment, Status
from tests.decide.planning import RULES

TABLE = [("Ellen March", "EM"), ("Peter March", "PM"), ("April Sunday", "AS")]


def family_plan(*lines: str, case: Case | None = None, elsewhere: tuple[str, ...] = (),
                found: tuple[tuple[str, str], ...] = ()) -> Plan:
    """The plan of a document whose "Name" column gives TABLE, then ``lines`` of prose
    (each after the one before, no blank line); ``found``: (line text, name) that detection
    found in the prose."""
    segments = [Segment(f"T{i}", name, f"table row {i}", column_header="Name") for i, (name, _) in enumerate(TABLE)]
    segments += [Segment(f"L{i}", text, f"line {i}", wraps=i > 0) for i, text in enumerate(lines)]
    detections = [Detection(s.id, 0, len(s.text), s.text, Kind.PERSON, 0.95, "TableFieldRecognizer", "table label")
                  for s in segments[:len(TABLE)]]
    for line, name in found:
        s = next(s for s in segments if s.text == line)
        start = s.text.index(name)
        detections.append(Detection(s.id, start, start + len(name), name, Kind.PERSON, 0.8, "KnownNameRecognizer"))
    return build_plan("imr.txt", "0" * 64, segments, detections, RULES, case or Case(), elsewhere)


def output(plan: Plan) -> list[str]:
    """The prose lines as the plan renders them."""
    changes = plan.active_changes()
    return [splice(s.text, [c for c in changes if c.segment_id == s.id]) for s in plan.segments if s.id[0] == "L"]


@pytest.mark.parametrize("line, expected", [
    # a couple whose surname is a month, the month itself kept
    ("Ellen March and Peter March moved to Oldham in March 2019.", "EM and PM moved to Oldham in March 2019."),
    # capitals, possessives straight and curly
    ("ELLEN MARCH was seen. Ellen March's GP and Ellen March’s sister", "EM was seen. EM's GP and EM’s sister"),
    # a lone surname two people share becomes its own initial; the date stays
    ("March told the officer on 2 March that she was afraid.", "M told the officer on 2 March that she was afraid."),
    # a first name that is a month and a surname that is a day
    ("April visited her mother on Sunday. April said there was no hope.",
     "AS visited her mother on Sunday. AS said there was no hope."),
    ("In April 2019 Sunday rang 999.", "In April 2019 AS rang 999."),
    # a title stays, the lone name becomes its initial
    ("Mrs March was interviewed.", "Mrs M was interviewed."),
    # a surname alone between commas, "of" and a place
    ("March, of Salford, was convicted in 2020.", "M, of Salford, was convicted in 2020."),
    # the ordinary word stays
    ("She was seen at the Church Street surgery with no hope of change.",
     "She was seen at the Church Street surgery with no hope of change."),
    # the family is the person's
    ("Inquest: The March Family", "Inquest: The M Family"),
    # a longer proper name holding the word stays; a sure name after a word on no name list goes
    ("Counsel from Iscoed March Chambers attended.", "Counsel from Iscoed March Chambers attended."),
    ("The officer, Sgt Doc March, attended.", "The officer, Sgt Doc M, attended."),
])
def test_what_survives_detection_is_replaced(line, expected):
    plan = family_plan(line)
    assert output(plan) == [expected]
    assert all(c.recognizer == RECOGNIZER for c in plan.changes if c.segment_id == "L0")


LATER = [
    # used as a name: opening a sentence before a verb, before a person's verb, before "and" and a name
    ("June was always a kind and generous woman.", "J was always a kind and generous woman."),
    ("June always said that family came first.", "J always said that family came first."),
    ("June and PF went to the seaside in June 2019.", "J and PF went to the seaside in June 2019."),
    # the date and the month stay
    ("On 3 June the police attended.", "On 3 June the police attended."),
    ("The deadline for June was missed.", "The deadline for June was missed."),
]


def lone_plan(recognizer: str, score: float) -> Plan:
    """A document naming "June" alone once (found by ``recognizer``), then LATER's lines."""
    lines = ["For June, my wonderful mother in law.", *(line for line, _ in LATER)]
    segments = [Segment(f"L{i}", text, f"line {i}") for i, text in enumerate(lines)]
    found = Detection("L0", 4, 8, "June", Kind.PERSON, score, recognizer, "a family word after it")
    return build_plan("dhr.txt", "0" * 64, segments, [found], RULES, Case())


def test_a_lone_name_given_in_a_persons_context_is_replaced_where_it_is_used_as_a_name():
    assert output(lone_plan("PersonContextRecognizer", 0.9)) == ["For J, my wonderful mother in law.",
                                                                  *(out for _, out in LATER)]


def test_a_lone_name_only_ner_found_does_not_spread():
    assert output(lone_plan("SpacyRecognizer", 0.85))[1:] == [line for line, _ in LATER]


WHOLE = [
    # a lone word of a name given in full is the person wherever it is written as a name; one that is
    # also a place or a word ("Mary") where it is used as a name: here only NER found the full name
    ("Later, as a Health Visitor in Chelmsford, Mary found joy.",
     "Later, as a Health Visitor in Chelmsford, MP found joy."),
    ("Friends said Mary loved her garden.", "Friends said MP loved her garden."),
    ("Hope was the name she gave her daughter.", "HY was the name she gave her daughter."),
    # no part of a longer proper name, no date, no thing, no ordinary word opening a sentence
    ("She was baptised at St Mary's and worked at Queen Mary University.",
     "She was baptised at St Mary's and worked at Queen Mary University."),
    ("She lived on Mary Street and moved to Mary in May.", "She lived on Mary Street and moved to Mary in May."),
    ("Young carers were given hope.", "Young carers were given hope."),
    ("Young and Old Together is a charity.", "Young and Old Together is a charity."),
    ("She worked at Power & Sons and at Power Marsh Solicitors.",
     "She worked at Power & Sons and at Power Marsh Solicitors."),
    # a month or a day after the name makes no longer name: the chronology's date follows it
    ("A MARAC referral was made for Power August 2017.", "A MARAC referral was made for MP August 2017."),
    # another's full name, a flattened list's next item
    ("Counsel: Blake Power, solicitors; Ann Smith Power and Light Board.",
     "Counsel: Blake Power, solicitors; Ann Smith Power and Light Board."),
]


def test_a_lone_word_of_a_name_ner_found_in_full_is_replaced_where_it_is_written_as_a_name():
    lines = ["A tribute to Mary Power and Hope Young.", *(line for line, _ in WHOLE)]
    segments = [Segment(f"L{i}", text, f"line {i}") for i, text in enumerate(lines)]
    ner = [Detection("L0", 13, 23, "Mary Power", Kind.PERSON, 0.85, "SpacyRecognizer"),
           Detection("L0", 28, 38, "Hope Young", Kind.PERSON, 0.85, "SpacyRecognizer")]
    plan = build_plan("tribute.txt", "0" * 64, segments, ner, RULES, Case())
    assert output(plan)[1:] == [out for _, out in WHOLE]


def test_a_full_name_only_ner_found_is_not_forced_onto_the_thing_it_names():
    segments = [Segment("L0", "Booking St Pancras for the meeting.", "line 1"),
                Segment("L1", "Meet at St Pancras Hospital.", "line 2")]
    ner = [Detection("L0", 8, 18, "St Pancras", Kind.PERSON, 0.85, "SpacyRecognizer")]
    plan = build_plan("minutes.txt", "0" * 64, segments, ner, RULES, Case())
    assert output(plan) == ["Booking SP for the meeting.", "Meet at St Pancras Hospital."]
    assert plan.known == []  # not verified: only NER's reading made it a name


def test_a_lone_name_in_an_allow_listed_phrase_stays():
    segments = [Segment("T0", "Clare Wood", "table", column_header="Name"),
                Segment("L0", "Clare asked about Clare's Law.", "line 1")]
    table = [Detection("T0", 0, 10, "Clare Wood", Kind.PERSON, 0.95, "TableFieldRecognizer")]
    plan = build_plan("imr.txt", "0" * 64, segments, table, RULES, Case())
    assert output(plan) == ["CW asked about Clare's Law."]


def test_a_known_name_broken_across_two_lines_is_replaced_as_one():
    plan = family_plan("The family said that Peter", "March had asked for help.")
    assert output(plan) == ["The family said that PM", " had asked for help."]


def test_a_planned_change_inside_a_known_full_name_gives_way_to_the_whole_name():
    line = "ELLEN MARCH was seen."
    plan = family_plan(line, found=((line, "ELLEN"),))
    assert output(plan) == ["EM was seen."]
    (change,) = [c for c in plan.changes if c.segment_id == "L0"]
    assert (change.original, change.replacement, change.recognizer) == ("ELLEN MARCH", "EM", RECOGNIZER)
    assert "known name: 'Ellen March' (table label)" in change.reason


def test_second_pass_finds_of_a_known_word_used_in_its_ordinary_sense_are_kept():
    line = "The family moved to Oldham in March 2019 and Peter March stayed."
    plan = family_plan(line, found=((line, "March"),))  # the second pass found the month
    assert output(plan) == ["The family moved to Oldham in March 2019 and PM stayed."]


def test_a_case_persons_name_survives_nowhere():
    case = Case()
    first = family_plan("Ellen March was seen.")
    case.commit(first)
    # a later document that names her in full only in prose detection missed
    segments = [Segment("L0", "Ellen March and her son moved to Oldham.", "line 1")]
    plan = build_plan("later.txt", "0" * 64, segments, [], RULES, case)
    assert [c.replacement for c in plan.changes] == ["EM"]
    assert "Ellen March" in plan.known


def test_a_lone_name_only_another_document_gives_is_replaced_only_where_the_text_says_it_is_a_person():
    case = Case.from_people([Person("P1", None, "Hardy", "H", {"Hardy"}, evidence={"Hardy": Link("title", "a.txt")})])
    segments = [Segment("L0", "Kim read the Hardy report. Hardy said he was afraid.", "line 1")]
    plan = build_plan("b.txt", "0" * 64, segments, [], RULES, case)
    assert output(plan) == ["Kim read the Hardy report. H said he was afraid."]


def test_a_name_another_document_of_the_batch_gives_is_replaced():
    segments = [Segment("L0", "She lived with Hope Young in Oldham.", "line 1")]
    plan = build_plan("b.txt", "0" * 64, segments, [], RULES, Case(), elsewhere=("Hope Young",))
    assert output(plan) == ["She lived with HY in Oldham."]


def test_a_rejected_change_is_left_and_counted():
    segment = Segment("L0", "Ellen March was seen by Ellen March.", "line 1")
    rejected = replace(family_plan().changes[0], segment_id="L0", id="L0:0", status=Status.REJECTED)
    index = FormIndex([KnownForm("Ellen March", "decisions", True)])
    found = audit([segment], [rejected], index, LoneReading(RULES))
    assert [s.pieces for s in found.survivors] == [((0, "L0", 24, 35),)]  # the second, which no decision covers
    assert found.rejected == {("ellen", "march"): 1}


def test_an_output_still_holding_a_known_full_name_is_refused_in_one_line_naming_no_one():
    out = [Segment("L0", "EM was seen by ELLEN\nMARCH.", "line 1")]
    with pytest.raises(RedactorError) as e:
        verify_output("imr.txt", out, ["Ellen March"])
    assert "Ellen" not in str(e.value) and "\n" not in str(e.value) and "refused" in str(e.value)
    verify_output("imr.txt", out, ["Ellen March"], allowed={("ellen", "march"): 1})  # a reviewer kept it
    verify_output("imr.txt", [Segment("L0", "EM was seen in March.", "line 1")], ["Ellen March"])
