"""A known person's lone name that is also a month, day, place or word: the person here,
or the word's ordinary sense? The word read is the one in [brackets]."""
from __future__ import annotations

import pytest
import regex

from redactor.decide.known import reading as known_reading
from redactor.decide.known.reading import LoneReading, written_as
from redactor.rules import load_rules


@pytest.fixture(scope="module")
def reading() -> LoneReading:
    return LoneReading(load_rules())


def read(reading: LoneReading, marked: str):
    start = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    return reading.read(text, start, marked.index("]") - 1)


_LONE_WORDS = [
    # a month: the date next to a number, after a date word, in an anchored range
    ("They moved to Oldham in [March] 2019.", False),
    ("On 2 [March] the police attended.", False),
    ("[April] 2019 saw a second referral.", False),
    ("The case was reviewed in early [April].", False),
    ("Contact stopped in mid-[May].", False),
    ("from [March] to May 2020", False),
    ("between May and [March]", False),
    ("The case closed until [April].", False),
    # ... and the person where nothing makes it a date
    ("[March] told the officer that she was frightened.", True),
    ("She lived with [April] and the children.", True),
    ("The officer said that [April] was at home.", True),
    ("Until [April] arrived, nobody called.", True),
    ("[Sunday] and May were living together.", True),  # two names, no range
    ("The GP saw [May] until August.", True),
    ("According to [May], the relationship ended.", True),
    # a day: "on", "every", "last", "morning"
    ("He visited her on [Sunday].", False),
    ("She attended every [Sunday].", False),
    ("It happened on [Sunday] morning.", False),
    ("[Sunday] rang 999.", True),
    # evidence for the person wins over every date reading
    ("In [March]'s view the case was closed.", True),
    ("In [April]’s flat the police found a knife.", True),
    ("Mrs [March] was seen in 2019.", True),
    ("her daughter [April] was born in 2001", True),
    ("in relation to [June], who was 4", True),
    ("in [May] said she was afraid", True),
    # a place after a place word; the person elsewhere
    ("The family moved to [Kendal] in 2017.", False),
    ("She lived in [Kendal] for a year.", False),
    ("The condition is that [Kendal] must have no contact.", True),
    ("She spoke to [Kendal] on the phone.", True),
    # a thing before a street, building or other ordinary word; after "the"
    ("She was seen at the [Church] Street surgery.", False),
    ("the [Hope] Centre", False),
    ("the [March] meeting", False),
    ("the [Summer] term", True),  # not an ordinary word to the rules
    ("an investigation into the [Öcalan] poisoning", True),
    ("The [Clinton] administration's views", True),  # a place, not an ordinary word
    ("HAVEL PRAISES [ALBRIGHT] AS FRIEND", True),  # in capitals every word is capitalised
    ("the [KENDAL] ROAD surgery", False),
    ("She was referred to the [Young] Carers service.", False),
    ("the [Ellen] Smith case", True),  # a surname after it: a name
    ("The [March] family moved away.", True),
    ("[Hope] had asked for help.", True),
    ("The panel thanks [Hope] for her account.", True),
    # a title after "the" is the office, whoever bears it as a surname ("Ms Judge"): never her
    ("what the [Judge] described as a serious injury", False),
    ("and the [Sheriff] said that he would defer sentence", False),
    ("The [Coroner] told the inquest that the death was accidental.", False),
    ("The [Master] family farmed there.", True),  # the family is theirs
    ("Ms [Judge] said the death was accidental.", True),
]


@pytest.mark.parametrize("marked, person", _LONE_WORDS)
def test_a_lone_known_word(reading, marked, person):
    assert read(reading, marked).person is person


def test_a_title_before_it_says_so(reading):
    assert read(reading, "Mrs [March] was seen.").titled
    assert read(reading, "DC 4471 [Kendal] arrested him.").titled
    assert not read(reading, "[March] was seen.").titled


@pytest.mark.parametrize("form, found, expected", [
    ("March", "March", True), ("March", "MARCH", True), ("March", "march", False),
    ("O'Neill", "O’Neill", True), ("MARCH", "March", True), ("van der Berg", "Van der Berg", True),
])
def test_a_lone_word_is_only_read_as_written_capitalised_or_in_capitals(form, found, expected):
    assert written_as(form, found) is expected


_USED = [
    # before a person's verb, an adverb between allowed
    ("Her sister said [June] always said family came first.", True),
    ("Later [June] went to the shops.", True),
    ("[June] often visited her son.", True),
    # before "and" and a capitalised word that is no month or day
    ("[June] and PF went to the seaside.", True),
    ("They said [June] and Ellen had argued.", True),
    ("[June] and July were wet.", False),
    # opening a sentence before a verb
    ("[June] was always a kind and generous woman.", True),
    ("She was kind. [June] had three children.", True),
    ("“[June] would never hurt anyone.”", True),
    # a verb that a month also takes, not opening a sentence
    ("The deadline for [June] was missed.", False),
    ("Reports for [June] were late.", False),
    ("[June] rainfall was high.", False),
]


@pytest.mark.parametrize("marked, used", _USED)
def test_a_lone_word_used_as_a_name(reading, marked, used):
    start = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    assert reading.used_as_a_name(text, start, marked.index("]") - 1) is used


def test_a_long_paragraph_is_read_as_the_whole_text_reads_it(reading, monkeypatch):
    """The look-backs search only the last characters before a word: every word of a long
    paragraph (every case above, one after another) reads as it does looking back through it all."""
    cases = [m for m, _ in [*_LONE_WORDS, *_USED]] + ["Mrs [March] was seen.", "DC 4471 [Kendal] arrested him.",
                                                       "[Una] Crown was seen.", "from [March] to May 2020"]
    text = " ".join(c.replace("[", "").replace("]", "") for c in cases) * 3
    assert len(text) > 10 * known_reading.LOOK_BACK
    words = [(m.start(), m.end()) for m in regex.finditer(r"\p{Lu}[\p{L}'’-]*", text)]

    def readings() -> list:
        return [(reading.read(text, a, b), reading.used_as_a_name(text, a, b), reading.first_name_before(text, a),
                 reading.titled(text, a)) for a, b in words]

    windowed = readings()
    monkeypatch.setattr(known_reading, "LOOK_BACK", len(text))
    assert windowed == readings()
    assert {v.why for v, *_ in windowed} >= {"a date", "after a title", "after a family word", "a place"}
