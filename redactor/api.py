"""Library entry points; the CLI is a thin skin over these."""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import cached_property
from pathlib import Path

from redactor.casefile import CaseFile, load_case
from redactor.decide.case import REVIEWER, Case, CaseString
from redactor.decide.known.audit import verify_output
from redactor.decide.plan import build_plan
from redactor.document import check_input, load_document, read_segments
from redactor.document.base import Document
from redactor.errors import RedactorError
from redactor.files import Publication, check_output, default_output
from redactor.mapping import load_mapping, save_mapping
from redactor.names import in_a_date, whole_words
from redactor.rules import Rules, load_rules
from redactor.types import Detection, Link, PictureView, Plan, Segment, Status


@dataclass(frozen=True)
class Redaction:
    """What one redaction produced."""

    plan: Plan
    output: Path
    review_dir: Path | None
    findings: list[str]
    pictures: list[PictureView] = field(default_factory=list)  # as the review page shows them


class _Saving(Enum):
    """When ``Redactor.commit`` saves the mapping file."""

    EACH = auto()  # after each document committed (outside ``saving_once``)
    ONCE_NOTHING_NEW = auto()  # within ``saving_once``, no document committed yet: nothing to save on leaving
    ONCE_DUE = auto()  # within ``saving_once``, documents committed: saved once, on leaving


@dataclass
class Redactor:
    """Rules, case file, NLP model and the case (the people met so far): one per run or
    batch. With ``mapping`` the case is read from that file (if it exists) and saved
    back after every document written (in a batch: once, ``saving_once``)."""

    rules: Rules
    case_file: CaseFile
    model: str | None = None
    accept_revisions: bool = False
    remove_embedded: bool = False
    allow_unknown_parts: bool = False
    mapping: Path | None = None
    case: Case = field(init=False)
    on_stage: Callable[[str], None] | None = field(default=None, init=False, repr=False)  # what a load is doing
    _saving: _Saving = field(default=_Saving.EACH, init=False, repr=False)

    def __post_init__(self) -> None:
        self.forget_people()

    @cached_property
    def detector(self):
        from redactor.detect.detector import Detector, collector_paused  # spaCy loads here, not at import

        with collector_paused():  # what is built lives as long as the process: no collection need walk it
            detector = Detector(self.rules, self.case_file, self.model)
            gc.freeze()
        return detector

    @cached_property
    def model_name(self) -> str:
        from redactor.detect.models import choose_pipeline

        return choose_pipeline(self.model).name

    def forget_people(self) -> None:
        """Start afresh: the mapping file's people (if any) and the case file's."""
        self.case = load_mapping(self.mapping).with_case_file(self.case_file)

    @classmethod
    def create(cls, rules_dir: Path | None = None, case_path: Path | None = None,
               model: str | None = None, mapping: Path | None = None, **options: bool) -> Redactor:
        return cls(load_rules(rules_dir), load_case(case_path), model, mapping=mapping, **options)

    def load(self, source: Path) -> Document:
        return load_document(source, self.accept_revisions, self.remove_embedded, self.allow_unknown_parts,
                             on_stage=self.on_stage, fields=self.rules.fields)

    def detect(self, document: Document) -> list[Detection]:
        """Every detection in a loaded document; names travel from the case only with
        strong evidence (never a lone word found by NER or a name list)."""
        return self.detector.detect(document.segments, self.case.travelling_forms()) + \
            case_string_detections(document.segments, self.case.strings)

    def plan(self, document: Document, detections: Sequence[Detection] | None = None,
             elsewhere: Iterable[str] = ()) -> Plan:
        """Every change proposed for one loaded document; the case is left as it was.
        ``elsewhere``: names other documents of a batch found on strong evidence."""
        if detections is None:
            detections = self.detect(document)
        return build_plan(document.path.name, document.sha256, document.segments, detections,
                          self.rules, self.case, elsewhere)

    def commit(self, plan: Plan) -> None:
        """Add a written document's people to the case for good (and to the mapping file)."""
        self.case.commit(plan)
        if self._saving is _Saving.EACH:
            self.save()
        else:
            self._saving = _Saving.ONCE_DUE

    def save(self) -> None:
        if self.mapping is not None:
            save_mapping(self.case, self.mapping)

    @contextmanager
    def saving_once(self) -> Iterator[None]:
        """Within it, documents committed are saved to the mapping file once, on leaving
        (on an error too, so that it holds every document written), not after each: a
        batch's mapping is written once, not once a document."""
        self._saving = _Saving.ONCE_NOTHING_NEW
        try:
            yield
        finally:
            due, self._saving = self._saving is _Saving.ONCE_DUE, _Saving.EACH
            if due:
                self.save()

    def redact_file(self, source: Path, output: Path | None = None, force: bool = False,
                    review: bool = True, review_dir: Path | None = None,
                    detections: Sequence[Detection] | None = None, elsewhere: Iterable[str] = (),
                    document: Document | None = None) -> Redaction:
        """Redact ``source`` into ``output`` (default NAME.redacted.EXT) and, unless
        ``review`` is off, write the review bundle (default NAME.review/ beside it);
        then commit its people to the case. ``detections`` made elsewhere (a batch
        worker) spare detecting again, and ``document`` (``source`` as this redactor
        loads it) loading again; ``elsewhere`` are the names the batch's other documents
        found on strong evidence. Never overwrites the input; the output and its bundle
        are written as one unit, under a lock, and only once no known full name can be
        found in the output as rendered."""
        from redactor.review.bundle import bundle_files, check_bundle, default_review_dir
        from redactor.review.decisions import LoadOptions

        check_input(source)
        output = output or default_output(source)
        if output.suffix.lower() != source.suffix.lower():
            raise RedactorError(f"{output.name}: the output must keep the input's format ({source.suffix})")
        bundle = (review_dir or default_review_dir(source, output)) if review else None
        with Publication(output, bundle) as publication:
            check_output(source, output, force)
            if bundle is not None:
                check_bundle(bundle, force)
            if document is None:
                document = self.load(source)
            plan = self.plan(document, detections, elsewhere)
            data = document.render(plan.active_changes())
            views = document.picture_views(plan.active_changes())
            options = LoadOptions(accept_revisions=self.accept_revisions, remove_embedded=self.remove_embedded,
                                  allow_unknown_parts=self.allow_unknown_parts)
            files = bundle_files(plan, document, self.rules, model=self.model_name, options=options,
                                 mapping=self.mapping, pictures=views) if bundle is not None else None
            verify_output(source.name, read_segments(output.name, data), plan.known)
            publication.publish(data, files)
        self.commit(plan)
        return Redaction(plan, output, bundle, document.findings(), views)


def case_string_detections(segments: Sequence[Segment], strings: Sequence[CaseString]) -> list[Detection]:
    """Every whole-word occurrence of the strings reviewers added to the case, but in a date."""
    found = []
    for s in strings:
        pattern = whole_words([s.text])
        if pattern is None:
            continue
        for segment in segments:
            found += [Detection(segment.id, start, end, segment.text[start:end], s.kind, 1.0, "CaseStringRecognizer",
                                f"added by a reviewer ({s.evidence.document or 'an earlier document'})")
                      for start, end in pattern.spans(segment.text) if not in_a_date(segment.text, start, end)]
    return found


def join_reviewed(mapping: Path, decisions_path: Path) -> None:
    """Add a review's verdicts to the case saved in ``mapping``: the strings the reviewer
    added join it (a person's form, or a string removed in every later document); a form
    this document brought whose every change was rejected leaves it."""
    from redactor.review.decisions import load_decisions

    decisions = load_decisions(decisions_path)
    source = decisions.input.name
    case = load_mapping(mapping)
    verdicts: dict[tuple[str, str], set[bool]] = {}
    for c in decisions.changes:
        if c.person_id:
            verdicts.setdefault((c.person_id, c.original), set()).add(c.status is Status.REJECTED)
    for (person_id, form), rejected in verdicts.items():
        p = case.get(person_id)
        link = p.evidence.get(form) if p else None
        if rejected == {True} and link is not None and link.document == source:
            case = case.forget(person_id, form)
    for a in decisions.added:
        case.add_string(a.text, a.replacement, a.kind, Link(REVIEWER, source))
    save_mapping(case, mapping)
