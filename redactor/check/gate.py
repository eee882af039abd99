"""Run the gate over files: the same detection and decisions as redaction, against a
case that is only read (so every form of a name the file itself establishes, in a table
label, a header row or in full, is found wherever else it survives: ``decide/known/``),
plus the case's real names in every case form, and full names whose initials a table of
the file gives in their place."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

from redactor.api import Redactor, case_string_detections
from redactor.check.initials import full_names_with, given_initials
from redactor.check.sources import CHECKED, files_in, is_review_bundle, read_places
from redactor.decide.case import STRONG, Case
from redactor.decide.plan import build_plan
from redactor.document.base import by_segment
from redactor.errors import RedactorError
from redactor.mapping import load_mapping
from redactor.names import words
from redactor.types import Plan, Segment

BUNDLE = "a review bundle holds the original personal data: never publish it"


@dataclass(frozen=True)
class Finding:
    """Something identifying left in a file, where, and what (shown: the person running
    the gate is checking exactly this)."""

    file: str
    location: str
    kind: str
    text: str
    part: str = ""


@dataclass(frozen=True)
class Suggested(Finding):
    """Kept text that may be personal data (a suggestion of the plan): a warning, which
    fails the gate only when asked (``strict``)."""

    reason: str = ""


@dataclass
class CheckReport:
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # errors: something identifying remains
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    suggestions: list[Suggested] = field(default_factory=list)  # warnings: may be personal data
    strict: bool = False  # suggestions fail the gate too

    @property
    def exit_code(self) -> int:
        return 2 if self.errors else 1 if self.findings or self.strict and self.suggestions else 0


def _first_name(names: frozenset[str]):
    return lambda word: word in names or word.title() in names


def name_pattern(case: Case) -> regex.Pattern | None:
    """Whole-word occurrences of the case's real names, as written, in capitals, in
    title case, and (names of two words or more) in lower case ("joe bloggs final
    report"). Lone words found only by NER or a name list are left to detection."""
    forms = {f for p in case.people for f in p.forms
             if p.fixed or (p.evidence[f].how if f in p.evidence else "alone") in STRONG or len(words(f)) > 1}
    variants = {v for f in forms for v in (f, f.upper(), f.title(), *([f.lower()] if len(words(f)) > 1 else []))}
    if not variants:
        return None
    alternation = "|".join(regex.escape(v) for v in sorted(variants, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


class Gate:
    """The model, rules and case loaded once; ``check_file`` per file."""

    def __init__(self, rules: Path | None = None, case_file: Path | None = None, mapping: Path | None = None,
                 model: str | None = None) -> None:
        if mapping is not None and not mapping.is_file():
            raise RedactorError(f"{mapping}: no such mapping file")
        self.redactor = Redactor.create(rules, case_file, model)  # no mapping: nothing is ever saved
        self.case = load_mapping(mapping).with_case_file(self.redactor.case_file)
        self.names = name_pattern(self.case)

    def check_file(self, path: Path) -> tuple[list[Finding], list[Suggested]]:
        """What remains in ``path``: the findings, and the plan's suggestions the findings do not report."""
        places = read_places(path, self.redactor.rules.fields)
        found = [Finding(str(path), where, "metadata", what) for where, what in places.metadata]
        found += [Finding(str(path), where, "picture to check", why) for where, why in places.pictures]
        plan = self._plan(path, places.segments)
        changes = plan.changes if plan else []
        where = {s.id: s for s in places.segments}
        found += [Finding(str(path), where[c.segment_id].location, c.kind.value, c.original, where[c.segment_id].part)
                  for c in changes]
        taken = {(c.segment_id, c.start) for c in changes}
        for s in places.segments:
            found += [Finding(str(path), s.location, "known name", m.group(), s.part)
                      for m in (self.names.finditer(s.text) if self.names else ())
                      if (s.id, m.start()) not in taken]
        rules = self.redactor.rules
        given = given_initials(places.segments, rules.field_kind)
        spans = by_segment(changes)
        found += [Finding(str(path), s.location, "person (initials given in a table)", s.text[a:b], s.part)
                  for s, a, b in full_names_with(places.segments, given, _first_name(rules.first_names))
                  if not any(c.start < b and a < c.end for c in spans.get(s.id, ()))]
        reported = {(f.location, f.text) for f in found}  # a suggestion the gate already reports says nothing more
        return found, [Suggested(str(path), where[g.segment_id].location, g.kind.value, g.original,
                                 where[g.segment_id].part, g.reason) for g in (plan.suggestions if plan else [])
                       if (where[g.segment_id].location, g.original) not in reported]

    def _plan(self, path: Path, segments: Sequence[Segment]) -> Plan | None:
        if not segments:
            return None
        detections = self.redactor.detector.detect(segments, self.case.travelling_forms()) + \
            case_string_detections(segments, self.case.strings)
        return build_plan(path.name, "", segments, detections, self.redactor.rules, self.case)


def run_check(paths: list[Path], case_file: Path | None = None, mapping: Path | None = None,
              rules: Path | None = None, model: str | None = None, strict: bool = False) -> CheckReport:
    """Check every file named and every file under the folders named (one of a type the
    gate cannot read is an error; a review bundle, which holds the original, a finding);
    with ``strict``, suggestions fail the gate too."""
    report = CheckReport(strict=strict)
    targets = files_in(paths)
    if not targets:  # a gate that passes on nothing would hide a wrong path
        raise RedactorError("nothing to check: no files in the paths given")
    gate = Gate(rules, case_file, mapping, model)
    for path in targets:
        report.files.append(str(path))
        try:
            if is_review_bundle(path):
                report.findings.append(Finding(str(path), "review bundle", "review bundle", BUNDLE))
                continue
            if path.suffix.lower() not in CHECKED:
                raise RedactorError(f"{path.name}: unsupported file type (the gate reads "
                                    f"{', '.join(CHECKED)})")
            found, suggested = gate.check_file(path)
            report.findings += found
            report.suggestions += suggested
        except RedactorError as e:
            report.errors.append((str(path), str(e)))
    return report
