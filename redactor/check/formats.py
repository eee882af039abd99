"""The gate's report as text (people), JSON and JUnit XML (CI). Findings are errors
(something identifying remains: the gate fails); suggestions are warnings (kept text
that may be personal data, to check), failing the gate only with ``--strict``."""
from __future__ import annotations

import json
from collections import defaultdict
from xml.etree import ElementTree as ET

from redactor.check.gate import CheckReport


def _severity(report: CheckReport) -> str:
    return "error" if report.strict else "warning"


def as_text(report: CheckReport) -> str:
    lines = [f"{f.file}: {f.location}: {f.kind}: {f.text}" for f in report.findings]
    lines += [f"{g.file}: {g.location}: {_severity(report)}: may be {g.kind}: {g.text} ({g.reason})"
              for g in report.suggestions]
    lines += [f"{file}: cannot be read: {reason}" for file, reason in report.errors]
    verdict = {0: "clean", 1: "something identifying remains", 2: "an input could not be read"}[report.exit_code]
    if report.exit_code == 0 and report.suggestions:
        verdict = "clean, but check the suggestions"
    lines.append(f"{len(report.files)} file(s) checked, {len(report.findings)} finding(s), "
                 f"{len(report.suggestions)} suggestion(s): {verdict}")
    return "\n".join(lines)


def as_json(report: CheckReport) -> str:
    return json.dumps({
        "clean": report.exit_code == 0, "exit_code": report.exit_code, "files": report.files,
        "findings": [{**vars(f), "severity": "error"} for f in report.findings],
        "suggestions": [{**vars(g), "severity": _severity(report)} for g in report.suggestions],
        "strict": report.strict,
        "errors": [{"file": file, "reason": reason} for file, reason in report.errors]},
        indent=2, ensure_ascii=False)


def as_junit(report: CheckReport) -> str:
    """One test case per file: a failure lists its findings (and, ``strict``, its
    suggestions), an error says why it cannot be read; suggestions that do not fail the
    gate are its system-out, one "warning:" line each."""
    by_file: defaultdict[str, list[str]] = defaultdict(list)
    warned: defaultdict[str, list[str]] = defaultdict(list)
    for f in report.findings:
        by_file[f.file].append(f"{f.location}: {f.kind}: {f.text}")
    for g in report.suggestions:
        (by_file if report.strict else warned)[g.file].append(
            f"{_severity(report)}: {g.location}: may be {g.kind}: {g.text} ({g.reason})")
    errors = dict(report.errors)
    failing = [file for file in report.files if by_file[file] and file not in errors]
    suite = ET.Element("testsuite", name="redactor check", tests=str(len(report.files)),
                       failures=str(len(failing)), errors=str(len(errors)))
    for file in report.files:
        case = ET.SubElement(suite, "testcase", classname="redactor.check", name=file)
        if file in errors:
            ET.SubElement(case, "error", message=errors[file])
        elif by_file[file]:
            failure = ET.SubElement(case, "failure", message=f"{len(by_file[file])} identifying item(s) remain")
            failure.text = "\n".join(by_file[file])
        if warned[file]:
            ET.SubElement(case, "system-out").text = "\n".join(warned[file])
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode")


FORMATS = {"text": as_text, "json": as_json, "junit": as_junit}
