"""Each target of a workbook names the slots whose whole text it reads: the audit takes
them as read (a formula's literal, a part of its slot, is checked literal by literal)."""
from __future__ import annotations

from lxml import etree

from redactor.document.docx.runs import DRAWING
from redactor.document.docx.targets import RunText, Value
from redactor.document.inner import SlotText
from redactor.document.xlsx import formulas
from redactor.document.xlsx.ns import NS
from redactor.document.xlsx.targets import CodedText, FormulaLiteral, NumberCell, References, SheetName

X = etree.fromstring(f'<x:x xmlns:x="{NS["x"]}"><x:c r="A1"><x:f>"Joe"&amp;A2</x:f><x:v>7</x:v>'
                     '</x:c><x:sheet name="Joe Bloggs"/><x:oddHeader>&amp;LJoe</x:oddHeader></x:x>')
CELL, SHEET, HEADER = X[0], X[1], X[2]
FORMULA, VALUE = CELL[0], CELL[1]
A = etree.fromstring(f'<a:p xmlns:a="{NS["a"]}"><a:r><a:t>Joe</a:t></a:r><a:r><a:t> Bloggs</a:t></a:r></a:p>')


def test_each_target_names_the_slots_it_reads():
    assert NumberCell(CELL, "7").slots() == [(VALUE, "text")]
    assert SheetName(SHEET).slots() == [(SHEET, "name")]
    assert CodedText(HEADER).slots() == [(HEADER, "text")] and CodedText(HEADER).text == "Joe"
    assert SlotText([(SHEET, "name"), " ", (VALUE, "text")]).slots() == [(SHEET, "name"), (VALUE, "text")]
    assert Value(SHEET, "name").slots() == [(SHEET, "name")] and Value(VALUE).slots() == [(VALUE, "text")]
    assert RunText(A, "text", DRAWING).slots() == [(t, "text") for t in A.iter(f"{{{NS['a']}}}t")]


def test_a_literal_or_a_reference_reads_no_whole_slot():
    assert FormulaLiteral((FORMULA, "text"), 0).slots() == [] and FormulaLiteral((FORMULA, "text"), 0).text == "Joe"
    assert References((FORMULA, "text"), SHEET, formulas.rename_sheet).slots() == []


def test_a_literal_with_letters_is_text():
    """Of a formula's literals, those with letters are read (a name); a number or a code is not."""
    assert formulas.worded_literals('IF(A1="Joe Bloggs","12",CONCAT("-",B2,"Mr "))') == [0, 3]
    assert formulas.worded('"Seen by "') and not formulas.worded('"0.00 "')
