"""Redact a folder: every .docx, .txt and .md, one case for all of them; every other file
is named in the report with the reason it is not redacted.

Detection (the slow part) runs in worker processes (forked, on Linux, from this process
once it has loaded the model, so that they share it), against the case as it was when the
batch began and the names the batch's documents found on strong evidence; planning,
writing and committing people then happen in this process in input order. So the outputs
are the same whatever the number of workers, and a name found in one document never
reaches another on weak evidence.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import NamedTuple

from redactor.api import Redactor, case_string_detections
from redactor.decide.case import FULL_NAME, TABLE, TITLE, CaseString
from redactor.decide.plan import evidence
from redactor.detect.memo import Memo
from redactor.document import SUPPORTED, not_read
from redactor.document.base import Document
from redactor.errors import RedactorError, unexpected_words
from redactor.files import sha256, write_atomic
from redactor.mapping import dump_mapping
from redactor.names import family_plurals, whole_words
from redactor.review.report import render_report
from redactor.types import Detection, FileResult, Kind, Segment
from redactor.version import __version__

REPORT_JSON, REPORT_HTML = "report.json", "report.html"


@dataclass(frozen=True)
class Options:
    """What a batch was asked for; workers rebuild their detector from it."""

    rules: Path | None = None
    case: Path | None = None
    model: str | None = None
    mapping: Path | None = None
    accept_revisions: bool = False
    remove_embedded: bool = False
    allow_unknown_parts: bool = False
    review: bool = True
    force: bool = False
    recursive: bool = False
    workers: int = 1


@dataclass
class BatchReport:
    files: list[FileResult]
    stamp: dict[str, str]

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    @property
    def skipped(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "skipped"]


def _files(folder: Path, recursive: bool) -> list[Path]:
    """Every file under ``folder`` (relative paths, sorted), leaving out hidden files, Word
    lock files, and the outputs and review bundles of an earlier run."""
    if not folder.is_dir():
        raise RedactorError(f"{folder}: not a folder")
    found = folder.rglob("*") if recursive else folder.iterdir()
    return sorted(rel for rel in (p.relative_to(folder) for p in found if p.is_file())
                  if ".redacted" not in rel.suffixes and not any(part.endswith(".review") for part in rel.parts[:-1])
                  and not any(part.startswith((".", "~$")) for part in rel.parts))


def batch_inputs(folder: Path, recursive: bool = False) -> list[Path]:
    """The documents under ``folder`` that are redacted (relative paths, sorted)."""
    return [rel for rel in _files(folder, recursive) if rel.suffix.lower() in SUPPORTED]


def skipped_files(folder: Path, recursive: bool = False) -> list[FileResult]:
    """Every other file under ``folder``, with the reason it is not redacted."""
    return [FileResult(rel.as_posix(), "skipped", reason) for rel in _files(folder, recursive)
            if (reason := not_read(rel, rel.as_posix())) is not None]


def check_folders(in_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder that is the input folder or inside it, or that is a file."""
    a, b = in_dir.resolve(), out_dir.resolve()
    if b == a or a in b.parents:
        raise RedactorError(f"{out_dir}: the output folder must not be the input folder or inside it")
    if out_dir.exists() and not out_dir.is_dir():
        raise RedactorError(f"{out_dir}: is a file; the output of a batch is a folder")


def review_dirs(sources: list[Path]) -> dict[Path, Path]:
    """Each input's review bundle (relative): NAME.review/, or NAME.EXT.review/ when
    another input of the same folder has the same name in another format."""
    stems = Counter((p.parent, p.stem) for p in sources)
    return {p: p.parent / (f"{p.stem}.review" if stems[(p.parent, p.stem)] == 1 else f"{p.name}.review")
            for p in sources}


def _rules_hash(redactor: Redactor) -> str:
    h = hashlib.sha256()
    for f in sorted(p for p in redactor.rules.directory.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(f.relative_to(redactor.rules.directory).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def _stamp(redactor: Redactor, options: Options) -> dict[str, str]:
    """What an output depends on besides its input: rules, case file, model, options,
    version and the mapping file (as the batch left it: a rerun reads it so)."""
    mapping = json.dumps(dump_mapping(redactor.case).model_dump(mode="json"), sort_keys=True)
    return {"version": __version__, "rules": _rules_hash(redactor), "model": redactor.model_name,
            "case_file": sha256(redactor.case_file.model_dump_json().encode()),  # names: never in the report
            "mapping": sha256(mapping.encode()) if options.mapping else "none",
            "options": f"accept_revisions={options.accept_revisions} remove_embedded={options.remove_embedded} "
                       f"allow_unknown_parts={options.allow_unknown_parts} review={options.review}"}


def _up_to_date(out_dir: Path, stamp: dict[str, str]) -> dict[str, FileResult]:
    """Files the last batch into ``out_dir`` redacted with the same stamp, by path."""
    try:
        last = json.loads((out_dir / REPORT_JSON).read_text(encoding="utf-8"))
        if last.get("stamp") != stamp:
            return {}
        return {f["path"]: FileResult(**f) for f in last["files"] if f["status"] in ("redacted", "up to date")}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


# --- detection, in this process or in a worker --------------------------------------

class _Worker(NamedTuple):
    """What detection in this process reads: set once per worker (or per batch in this process)."""

    redactor: Redactor
    known: frozenset[str]  # the case's known names
    strings: tuple[CaseString, ...]  # the case's strings
    review: bool  # suggestions are read only for a review bundle
    memo: Memo  # the texts read so far


_worker: _Worker | None = None


def _init_worker(options: Options, known: frozenset[str], strings: tuple[CaseString, ...]) -> None:
    global _worker
    redactor = Redactor.create(options.rules, options.case, options.model,
                               accept_revisions=options.accept_revisions, remove_embedded=options.remove_embedded,
                               allow_unknown_parts=options.allow_unknown_parts)
    _ = redactor.detector  # load the model once, now
    _worker = _Worker(redactor, known, strings, options.review, Memo())


class Detected(NamedTuple):
    """One document as detection left it."""

    detections: list[Detection]
    segments: list[Segment]
    strong: frozenset[str]  # the names it found on strong evidence
    first: list[Detection]  # its first pass, which no name from elsewhere changes
    document: Document | None  # as the first round loaded it (the second reads its segments only)

    @property
    def words(self) -> int:
        return sum(len(s.text.split()) for s in self.segments)


# source, extra names, and in the second round its segments and first pass from the first
Task = tuple[Path, frozenset[str], list[Segment] | None, list[Detection] | None]


def _detect(source: Path, extra: frozenset[str], segments: list[Segment] | None,
            first: list[Detection] | None) -> Detected | str | None:
    """The detections of one document against the case as the batch began (plus the
    ``extra`` names other documents of the batch found on strong evidence), its word
    count and the names it found on strong evidence; the reason it cannot be read; or,
    when ``extra`` is given and none of it occurs in the document, None. Without
    ``segments`` the document is loaded (and returned, so that it is loaded once); with
    them and its ``first`` pass, only the second pass runs again."""
    assert _worker is not None
    redactor, known, strings, review, memo = _worker
    document = None
    try:
        if segments is None:
            document = redactor.load(source)
            segments = document.segments
        if extra:
            pattern = whole_words(extra | family_plurals(extra))  # "the McDonaghs" after "Michael McDonagh"
            if pattern is None or not any(pattern.search(s.text) for s in segments):
                return None
        if first is None:
            first, second = redactor.detector.passes(segments, known | extra, hints=review, memo=memo)
        else:
            second = redactor.detector.known_pass(segments, first, known | extra, hints=review)
        detections = first + second
    except RedactorError as e:
        return str(e)
    except Exception as e:  # noqa: BLE001 - one file's failure is reported, the batch goes on
        return f"{source.name}: {unexpected_words(e)}"
    detections += case_string_detections(segments, strings)
    least = redactor.rules.min_score(Kind.PERSON)
    # a name inside an address is the street's ("85 Queen Victoria Street"): it never travels
    streets = {(d.segment_id, d.start, d.end) for d in detections
               if d.kind is Kind.ADDRESS and d.score >= redactor.rules.min_score(Kind.ADDRESS)}
    strong = frozenset(d.text for d in detections if d.kind is Kind.PERSON and d.score >= least
                       and evidence(d) in (FULL_NAME, TITLE, TABLE)
                       and not redactor.detector.vocabulary.names_a_place(d.text)  # "NORTHERN IRELAND" never travels
                       and not any(s == d.segment_id and a <= d.start and d.end <= b for s, a, b in streets))
    return Detected(detections, segments, strong, first, document)


# Workers forked from this process share its loaded model and rules (copy-on-write): no
# worker imports or loads anything again. Where fork is missing or unsafe (Windows; macOS,
# whose system libraries may not survive it), each worker loads its own (``_init_worker``).
_FORK = multiprocessing.get_context("fork") if sys.platform == "linux" else None


@contextmanager
def _detector(redactor: Redactor, options: Options, documents: int
              ) -> Iterator[Callable[[list[Task]], Iterator[Detected | str | None]]]:
    """A function detecting (source, extra, segments, first) tasks in order: in this process, or
    in worker processes, at most two documents per worker in flight. Workers are forked from
    this process once it has loaded the model (where fork is not used, each loads it once).
    No more workers than ``documents``: each would cost a process for nothing."""
    global _worker
    known = frozenset(redactor.case.travelling_forms())
    strings = tuple(redactor.case.strings)
    workers = min(options.workers, documents)
    forked = workers > 1 and _FORK is not None
    try:
        if forked:
            _ = redactor.detector  # loaded before forking: every worker shares it
        if workers <= 1 or forked:
            _worker = _Worker(redactor, known, strings, options.review, Memo())
        if workers <= 1:
            yield lambda tasks: (_detect(*task) for task in tasks)
            return
        pool = ProcessPoolExecutor(workers, mp_context=_FORK) if forked else \
            ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(options, known, strings))
        with pool:
            def run(tasks: list[Task]) -> Iterator[Detected | str | None]:
                pending: deque[Future] = deque()
                for task in tasks:
                    pending.append(pool.submit(_detect, *task))
                    if len(pending) >= 2 * workers:
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
            yield run
    finally:
        _worker = None  # let the texts read go


def _detect_all(redactor: Redactor, sources: list[Path], options: Options,
                on_read: Callable[[int], None]) -> list[Detected | str]:
    """Every document's detections. A name one document finds on strong evidence (a full
    name, a title and surname, a table label) is then looked for in the others, whose
    second pass runs again if it occurs in them; lone words never travel. The result
    does not depend on the order of the documents or the number of workers."""
    with _detector(redactor, options, len(sources)) as detect:
        found: list[Detected | str] = []
        for result in detect([(source, frozenset(), None, None) for source in sources]):
            assert result is not None
            found.append(result)
            on_read(0 if isinstance(result, str) else result.words)
        # a lone place word on no name list ("Scotland" of "Baroness Scotland") is not looked for in the others: the
        # plan replaces it there only after a title ("HIS HON JUDGE OPENSHAW"; ``elsewhere``), not in "Police Scotland"
        strong = frozenset(n for r in found if isinstance(r, Detected) for n in r.strong
                           if not redactor.detector.vocabulary.only_a_place(n))
        again = {i: r for i, r in enumerate(found) if isinstance(r, Detected) and strong - r.strong}
        tasks: list[Task] = [(sources[i], strong - r.strong, r.segments, r.first) for i, r in again.items()]
        for (i, before), result in zip(again.items(), detect(tasks), strict=True):
            if isinstance(result, Detected):
                found[i] = result._replace(document=before.document)
            elif result is not None:
                found[i] = result
    return found


def run_batch(in_dir: Path, out_dir: Path, options: Options,
              on_file: Callable[[FileResult], None] = lambda r: None,
              on_read: Callable[[int], None] = lambda words: None) -> BatchReport:
    """Redact every supported document under ``in_dir`` into the same relative path
    under ``out_dir``, with report.json and report.html there. A document that fails
    is reported and skipped; outputs up to date are skipped unless ``options.force``.
    ``on_read`` is called with each document's word count as its detection is done,
    ``on_file`` as each document is written."""
    check_folders(in_dir, out_dir)
    sources = batch_inputs(in_dir, options.recursive)
    skipped = skipped_files(in_dir, options.recursive)
    if not sources and not skipped:
        raise RedactorError(f"{in_dir}: no .docx, .txt or .md documents")
    redactor = Redactor.create(options.rules, options.case, options.model, mapping=options.mapping,
                               accept_revisions=options.accept_revisions, remove_embedded=options.remove_embedded,
                               allow_unknown_parts=options.allow_unknown_parts)
    stamp = _stamp(redactor, options)
    done = {} if options.force else _up_to_date(out_dir, stamp)
    bundles = review_dirs(sources)
    todo, results = [], {}
    for result in skipped:
        results[Path(result.path)] = result
        on_file(result)
    for rel in sources:
        last = done.get(rel.as_posix())
        if last is not None and (out_dir / rel).exists() and last.sha256 == sha256((in_dir / rel).read_bytes()):
            results[rel] = FileResult(**{**asdict(last), "status": "up to date"})
            on_file(results[rel])
        else:
            todo.append(rel)
    detected = deque(_detect_all(redactor, [in_dir / r for r in todo], options, on_read))
    strong = frozenset().union(*(d.strong for d in detected if isinstance(d, Detected)))  # no name survives in any
    with redactor.saving_once():  # the mapping file, written once for the batch
        for rel in todo:  # each loaded document is let go once written
            results[rel] = _redact_one(redactor, in_dir, out_dir, rel, bundles[rel], detected.popleft(), options,
                                       strong)
            on_file(results[rel])
    report = BatchReport([results[rel] for rel in sorted(results)], _stamp(redactor, options))
    write_report(report, out_dir)
    return report


def _redact_one(redactor: Redactor, in_dir: Path, out_dir: Path, rel: Path, bundle: Path,
                detected: Detected | str, options: Options, strong: frozenset[str]) -> FileResult:
    if isinstance(detected, str):
        return FileResult(rel.as_posix(), "failed", detected)
    words = detected.words
    try:
        done = redactor.redact_file(in_dir / rel, out_dir / rel, options.force, review=options.review,
                                    review_dir=out_dir / bundle, detections=detected.detections,
                                    elsewhere=strong, document=detected.document)
    except RedactorError as e:
        return FileResult(rel.as_posix(), "failed", str(e), words=words)
    except Exception as e:  # noqa: BLE001 - one file's failure is reported, the batch goes on
        return FileResult(rel.as_posix(), "failed", f"{rel.name}: {unexpected_words(e)}", words=words)
    counts = Counter(c.kind.value for c in done.plan.active_changes())
    return FileResult(rel.as_posix(), "redacted", counts=dict(sorted(counts.items())), words=words,
                      review=(bundle / "review.html").as_posix() if options.review else None,
                      sha256=done.plan.sha256)


def write_report(report: BatchReport, out_dir: Path) -> None:
    """report.json (what was done, and the stamp a later run compares) and report.html."""
    data = {"stamp": report.stamp, "files": [asdict(f) for f in report.files]}
    write_atomic(out_dir / REPORT_JSON, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    write_atomic(out_dir / REPORT_HTML, render_report(report.files).encode("utf-8"))


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
