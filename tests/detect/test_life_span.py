"""Life spans beside a name: the date of birth opening the span goes, the date of death stays;
a chronology's range, a financial year or a period is no life and stays whole."""
import pytest

from redactor.detect.life_span import LifeSpans
from redactor.detect.recognizers.date_of_birth import DobBinder
from redactor.rules import Rules
from redactor.types import Kind, Segment


@pytest.fixture(scope="module")
def spans(rules: Rules, vocabulary) -> LifeSpans:
    return LifeSpans(rules, DobBinder.from_rules(rules, vocabulary))


def _births(spans: LifeSpans, text: str) -> list[str]:
    lines = [Segment(f"p{i}", line, f"line {i}") for i, line in enumerate(text.split("\n"))]
    return [d.text for d in spans.find(lines) if d.kind is Kind.DATE_OF_BIRTH]


@pytest.mark.parametrize(("text", "expected"), [
    # every piece of the line the span closes that is a name: the person and the name they went by
    ("John Emrys Williams, Willy Welsh, 1929-2023\nOur father died on 7 January 2023.",
     ["John Emrys Williams", "Willy Welsh"]),
    # keep: one name alone (a public figure's too), a family word, a line on its own above, words telling of
    # a death, what names no one
    ("Peter Hughes 12/03/1948–02/05/2020", []),
    ("Dylan Thomas, 1914-1953", []),
    ("Our Mum, 1917 - 2007", []),
    ("Margaret Owen\n1950 — 2021", []),
    ("Annual Report, 2015-2019", []),
    ("Jane Smith 2015-2019", []),
])
def test_a_name_and_another_it_went_by_on_a_line_a_life_span_closes(spans, text, expected):
    lines = [Segment(f"p{i}", line, f"line {i}") for i, line in enumerate(text.split("\n"))]
    assert [d.text for d in spans.find(lines) if d.kind is Kind.PERSON] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a heading that is a name and a nickname, the span closing it
    ("John Emrys Williams, Willy Welsh, 1929-2023\nOur father died on 7 January 2023.", ["1929"]),
    # a span alone on its line, under the name
    ("Tribute that I read out at the Funeral.\nRhena Jane\n30 October 1917 - 13 September 2007\nMum was born in Wales.",
     ["30 October 1917"]),
    # ... above the name, any dash, with spaces or without
    ("1950 — 2021\nMargaret Owen\nShe was loved by all.", ["1950"]),
    ("Peter Hughes 12/03/1948–02/05/2020", ["12/03/1948"]),
    # labelled at both ends, wherever it stands
    ("Her grandfather (born 1901 – died 1988) farmed near Bala.", ["1901"]),
    ("Her grandfather, b. 1901 – d. 1988, farmed near Bala.", ["1901"]),
    # a child's short life, where a death is told
    ("In loving memory of Alfie Jones 2015 - 2019", ["2015"]),
    ("RIP Sophie Turner\n2016-2020", ["2016"]),
    # a parent a tribute names by a family word
    ("Our Mum\n1917 - 2007\nMum was born and brought up in Wales.", ["1917"]),
    ("Dad 1929-2023", ["1929"]),
    # keep: chronology ranges, periods, financial years, a post held, words that name no one
    ("Jane Smith 2015-2019", []),
    ("She lived in Leeds between 2015-2019 with her partner.", []),
    ("Annual Report 2015-2019", []),
    ("Anna Evans\nApril 2019 – March 2020", []),
    ("Financial year 2019-20", []),
    ("Peter Hughes 2019/20", []),
    ("Mark Taylor 2019-20", []),
    ("The review covers the period between 1 January 2018 and 3 March 2020.", []),
    ("Domestic Violence, Crime and Victims Act 2004-2021", []),
    ("Date\tEvent\n01/04/2015 - 31/03/2019\tcontract with the council", []),
    ("Police 1950-2020", []),
    ("Mother and Baby Unit 1990-2010", []),
    ("Our 1990-2010", []),
    ("Sarah Jones 2020-1950", []),
    ("Sarah Jones 1850-2020", []),
    ("Timeline\n2001 - 2020\nThe agencies involved", []),
])
def test_life_spans(spans: LifeSpans, text: str, expected: list[str]) -> None:
    assert _births(spans, text) == expected


def test_a_tables_cells_are_not_read_with_the_cells_beside_them(spans: LifeSpans) -> None:
    cells = [Segment("c1", "Peter Hughes", "row 1", column_header="Officer"),
             Segment("c2", "1990 - 2012", "row 1", column_header="In post")]
    assert spans.find(cells) == []
    assert [d.text for d in spans.find([Segment("p1", "Peter Hughes", "line 1"),
                                        Segment("p2", "1990 - 2012", "line 2")])] == ["1990"]
