"""Library entry points; the CLI is a thin skin over these."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from redactor.casefile import CaseFile, load_case
from redactor.decide.people import PeopleRegistry
from redactor.decide.plan import build_plan
from redactor.document import SUPPORTED, load_document
from redactor.document.base import Document
from redactor.errors import RedactorError
from redactor.files import check_output, write_atomic
from redactor.rules import Rules, load_rules
from redactor.types import Plan


def default_output(source: Path) -> Path:
    """NAME.redacted.EXT beside the input."""
    return source.with_name(f"{source.stem}.redacted{source.suffix}")


@dataclass(frozen=True)
class Redaction:
    """What one redaction produced."""

    plan: Plan
    output: Path
    review_dir: Path | None
    findings: list[str]


@dataclass
class Redactor:
    """Rules, case file, NLP model and the people met so far: one per run or batch."""

    rules: Rules
    case: CaseFile
    model: str | None = None
    accept_revisions: bool = False
    remove_embedded: bool = False
    registry: PeopleRegistry = field(init=False)

    def __post_init__(self) -> None:
        from redactor.detect.detector import Detector  # spaCy loads here, not at import

        self.detector = Detector(self.rules, self.case, self.model)
        self.forget_people()

    def forget_people(self) -> None:
        """Start afresh: nobody met yet but the case file's people (a new, unrelated case)."""
        self.registry = PeopleRegistry.from_case(self.case)

    @classmethod
    def create(cls, rules_dir: Path | None = None, case_path: Path | None = None,
               model: str | None = None, **options: bool) -> "Redactor":
        return cls(load_rules(rules_dir), load_case(case_path), model, **options)

    def load(self, source: Path) -> Document:
        return load_document(source, self.accept_revisions, self.remove_embedded)

    def plan(self, document: Document) -> Plan:
        """Detect and decide every change for one loaded document."""
        known = {f for p in self.registry.people if p.first and p.last or p.fixed for f in p.forms}
        detections = self.detector.detect(document.segments, known)
        return build_plan(document.path.name, document.sha256, document.segments, detections,
                          self.rules, self.registry)

    def redact_file(self, source: Path, output: Path | None = None, force: bool = False,
                    review: bool = True, review_dir: Path | None = None) -> Redaction:
        """Redact ``source`` into ``output`` (default NAME.redacted.EXT) and, unless
        ``review`` is off, write the review bundle (default NAME.review/ beside it).
        Never overwrites the input; checks every destination before writing any."""
        from redactor.review.bundle import check_bundle, default_review_dir, write_bundle
        from redactor.review.decisions import LoadOptions

        output = output or default_output(source)
        if output.suffix.lower() != source.suffix.lower():
            raise RedactorError(f"{output.name}: the output must keep the input's format ({source.suffix})")
        check_output(source, output, force)
        bundle = (review_dir or default_review_dir(source, output)) if review else None
        if bundle is not None:
            check_bundle(bundle, force)
        document = self.load(source)
        plan = self.plan(document)
        write_atomic(output, document.render(plan.active_changes()))
        if bundle is not None:
            options = LoadOptions(accept_revisions=self.accept_revisions, remove_embedded=self.remove_embedded)
            write_bundle(plan, document, bundle, self.rules, model=self.detector.model, options=options,
                         force=force)
        return Redaction(plan, output, bundle, document.findings())


def inputs_in(folder: Path) -> list[Path]:
    """Supported documents in a folder (not outputs of an earlier run), sorted."""
    if not folder.is_dir():
        raise RedactorError(f"{folder}: not a folder")
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in SUPPORTED and ".redacted" not in p.suffixes
                  and not p.name.startswith((".", "~$")))
