"""The gate's verdict and formats, without any NLP."""
import json
from xml.etree import ElementTree as ET

import pytest

from redactor.check.formats import as_json, as_junit, as_text
from redactor.check.gate import CheckReport, Finding, name_pattern
from redactor.decide.case import Case
from redactor.types import Link, Person

FOUND = Finding("out/imr.docx", "footer (section 1, default), paragraph 1", "person", "Joe Bloggs", "word/footer1.xml")


@pytest.mark.parametrize("findings, errors, code", [
    ([], [], 0),                                   # clean
    ([FOUND], [], 1),                              # something identifying remains
    ([FOUND], [("out/bad.docx", "bad.docx: not a valid Word document")], 2),  # unreadable wins
])
def test_exit_codes(findings, errors, code):
    assert CheckReport(["out/imr.docx"], findings, errors).exit_code == code


def test_text_json_and_junit_carry_each_finding():
    report = CheckReport(["out/imr.docx", "out/ok.txt", "out/bad.pdf"], [FOUND],
                         [("out/bad.pdf", "bad.pdf: not a readable PDF")])
    assert "out/imr.docx: footer (section 1, default), paragraph 1: person: Joe Bloggs" in as_text(report)
    data = json.loads(as_json(report))
    assert data["exit_code"] == 2 and data["findings"] == [{
        "file": "out/imr.docx", "location": "footer (section 1, default), paragraph 1", "kind": "person",
        "text": "Joe Bloggs", "part": "word/footer1.xml"}]
    suite = ET.fromstring(as_junit(report))
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert "Joe Bloggs" in cases["out/imr.docx"].find("failure").text
    assert cases["out/ok.txt"].find("failure") is None and cases["out/bad.pdf"].find("error") is not None


@pytest.mark.parametrize("text, found", [
    ("Joe Bloggs was seen.", ["Joe Bloggs"]),
    ("JOE BLOGGS FINAL REPORT", ["JOE BLOGGS"]),
    ("scr joe bloggs final report", ["joe bloggs"]),   # a full name in lower case, as in a file title
    ("Mr Bloggs called.", ["Bloggs"]),                  # a surname seen after a title travels
    ("We hope that Joe is well.", []),                  # a lone word seen alone is left to detection
    ("JB was seen; Bloggsy left.", []),                 # initials and longer words are not the name
])
def test_the_cases_real_names_are_found_in_every_case_form(text, found):
    joe = Person("P1", "Joe", "Bloggs", "JB", forms={"Joe Bloggs", "Bloggs", "Joe"},
                 evidence={"Joe Bloggs": Link("full name"), "Bloggs": Link("title"), "Joe": Link("alone")})
    assert [m.group() for m in name_pattern(Case.from_people([joe])).finditer(text)] == found
