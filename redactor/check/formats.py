"""The gate's report as text (people), JSON and JUnit XML (CI)."""
from __future__ import annotations

import json
from collections import defaultdict
from xml.etree import ElementTree as ET

from redactor.check.gate import CheckReport


def as_text(report: CheckReport) -> str:
    lines = [f"{f.file}: {f.location}: {f.kind}: {f.text}" for f in report.findings]
    lines += [f"{file}: cannot be read: {reason}" for file, reason in report.errors]
    verdict = {0: "clean", 1: "something identifying remains", 2: "an input could not be read"}[report.exit_code]
    lines.append(f"{len(report.files)} file(s) checked, {len(report.findings)} finding(s): {verdict}")
    return "\n".join(lines)


def as_json(report: CheckReport) -> str:
    return json.dumps({
        "clean": report.exit_code == 0, "exit_code": report.exit_code, "files": report.files,
        "findings": [vars(f) for f in report.findings],
        "errors": [{"file": file, "reason": reason} for file, reason in report.errors]},
        indent=2, ensure_ascii=False)


def as_junit(report: CheckReport) -> str:
    """One test case per file: a failure lists its findings, an error says why it cannot be read."""
    by_file = defaultdict(list)
    for f in report.findings:
        by_file[f.file].append(f)
    errors = dict(report.errors)
    suite = ET.Element("testsuite", name="redactor check", tests=str(len(report.files)),
                       failures=str(len(by_file)), errors=str(len(errors)))
    for file in report.files:
        case = ET.SubElement(suite, "testcase", classname="redactor.check", name=file)
        if file in errors:
            ET.SubElement(case, "error", message=errors[file])
        elif by_file[file]:
            failure = ET.SubElement(case, "failure", message=f"{len(by_file[file])} identifying item(s) remain")
            failure.text = "\n".join(f"{f.location}: {f.kind}: {f.text}" for f in by_file[file])
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode")


FORMATS = {"text": as_text, "json": as_json, "junit": as_junit}
