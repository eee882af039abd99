"""The gate's verdict and formats, without any NLP."""
import json
from xml.etree import ElementTree as ET

import pytest

from redactor.check.formats import as_json, as_junit, as_text
from redactor.check.gate import CheckReport, Finding, Suggested, name_pattern
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
        "text": "Joe Bloggs", "part": "word/footer1.xml", "severity": "error"}]
    suite = ET.fromstring(as_junit(report))
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert "Joe Bloggs" in cases["out/imr.docx"].find("failure").text
    assert cases["out/ok.txt"].find("failure") is None and cases["out/bad.pdf"].find("error") is not None


SUGGESTED = Suggested("out/imr.txt", "line 9", "person", "Kendal", "body", "a name this document gives as a person")


@pytest.mark.parametrize("findings, suggestions, strict, code", [
    ([], [SUGGESTED], False, 0),        # a suggestion is a warning: the gate passes
    ([], [SUGGESTED], True, 1),         # ... unless --strict asks
    ([FOUND], [SUGGESTED], False, 1),   # findings still fail
    ([], [], True, 0),                  # strict and nothing to check: clean
])
def test_suggestions_are_warnings_unless_strict(findings, suggestions, strict, code):
    report = CheckReport(["out/imr.txt"], findings, [], suggestions, strict)
    assert report.exit_code == code
    assert json.loads(as_json(report))["exit_code"] == code


def test_text_json_and_junit_carry_each_suggestion_with_its_severity():
    report = CheckReport(["out/imr.txt", "out/ok.txt"], [], [], [SUGGESTED])
    text = as_text(report)
    assert "out/imr.txt: line 9: warning: may be person: Kendal (a name this document gives as a person)" in text
    assert text.endswith("2 file(s) checked, 0 finding(s), 1 suggestion(s): clean, but check the suggestions")
    data = json.loads(as_json(report))
    assert data["clean"] and data["findings"] == [] and data["suggestions"] == [{
        "file": "out/imr.txt", "location": "line 9", "kind": "person", "text": "Kendal", "part": "body",
        "reason": "a name this document gives as a person", "severity": "warning"}]
    suite = ET.fromstring(as_junit(report))
    assert suite.get("failures") == "0"
    case = next(c for c in suite.iter("testcase") if c.get("name") == "out/imr.txt")
    assert case.find("failure") is None and "warning: line 9: may be person: Kendal" in case.find("system-out").text

    strict = ET.fromstring(as_junit(CheckReport(["out/imr.txt"], [], [], [SUGGESTED], strict=True)))
    assert strict.get("failures") == "1" and "error: line 9: may be person: Kendal" in strict.find(
        "testcase/failure").text
    assert json.loads(as_json(CheckReport(["out/imr.txt"], [], [], [SUGGESTED], strict=True)))[
        "suggestions"][0]["severity"] == "error"


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
