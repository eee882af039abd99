"""One `redactor serve` session is one case: the documents dropped in it, redacted one
after another by one Redactor (so a person keeps the same initials in every document),
their originals and review data in a private temporary folder deleted at the end."""
from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import Any

from redactor.api import Redactor
from redactor.casefile import load_case
from redactor.errors import RedactorError
from redactor.files import write_atomic
from redactor.review.apply import Reviewed, reviewed
from redactor.review.decisions import DecisionsFile, load_decisions
from redactor.review.html import Served, render_review_page
from redactor.rules import Rules
from redactor.types import PictureView, Plan


class State(str, Enum):
    WAITING = "waiting"
    REDACTING = "redacting"
    READY = "ready"
    FAILED = "failed"


@dataclass
class Entry:
    """One uploaded document and what has been made from it (all inside ``folder``)."""

    id: str
    name: str
    folder: Path
    state: State = State.WAITING
    stage: str | None = None  # what a redaction is doing ("Reading pictures…")
    error: str | None = None
    plan: Plan | None = None
    pictures: list[PictureView] = field(default_factory=list)
    proposed: DecisionsFile | None = None
    saved: Reviewed | None = None
    outputs: dict[str, Path] = field(default_factory=dict)  # "final", "tracked" once saved
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # saving and making outputs

    @property
    def source(self) -> Path:
        return self.folder / self.name

    def status(self) -> dict[str, Any]:
        """What the upload page shows: counts only, never document text."""
        plan = self.plan
        return {"id": self.id, "name": self.name, "state": self.state.value, "stage": self.stage, "error": self.error,
                "changes": len(plan.changes) if plan else None, "people": len(plan.people) if plan else None}


def safe_name(name: str) -> str:
    """The file name alone (no folders, no control characters), never hidden."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if not base or base.startswith("."):
        raise RedactorError("a file name is missing or starts with a dot")
    return base


class Session:
    """The documents of one case. Redaction runs on one worker thread, in upload order;
    ``close`` waits for it, then deletes the private folder."""

    def __init__(self, make_redactor: Callable[[Path | None], Redactor], case: Path | None = None) -> None:
        """``make_redactor(case_path)`` builds the session's Redactor (on the worker thread)."""
        self.folder = Path(tempfile.mkdtemp(prefix="redactor-serve-"))
        self.folder.chmod(0o700)  # personal data: owner only
        self._make_redactor = make_redactor
        self._case = case
        self._redactor: Redactor | None = None
        self._redactor_case: Path | None = None
        self._entries: dict[str, Entry] = {}
        self._lock = threading.Lock()
        self.closed = False
        self.rules: Rules | None = None  # once the Redactor is built
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redactor-serve")
        self._worker.submit(self._ready)  # load the model while the user picks files

    # -- the worker thread only ------------------------------------------------------
    def _ready(self) -> Redactor:
        """The session's Redactor, rebuilt only if a case file arrived before any document."""
        if self._redactor is None or self._redactor_case != self._case:
            case = self._case
            self._redactor = self._make_redactor(case)
            self._redactor.detector  # noqa: B018 - load the model now, while the user picks files
            self._redactor_case, self.rules = case, self._redactor.rules
        return self._redactor

    def _redact(self, entry: Entry) -> None:
        if self.closed:
            return
        entry.state = State.REDACTING
        try:
            redactor = self._ready()
            redactor.on_stage = lambda stage: setattr(entry, "stage", stage)
            try:
                done = redactor.redact_file(entry.source, entry.folder / "proposed" / entry.name,
                                            review_dir=entry.folder / "review")
            finally:
                redactor.on_stage, entry.stage = None, None
            entry.proposed = load_decisions(entry.folder / "review" / "decisions.json")
            entry.plan, entry.pictures, entry.state = done.plan, done.pictures, State.READY
        except RedactorError as e:
            entry.error, entry.state = str(e), State.FAILED
        except Exception as e:  # noqa: BLE001 - reported on the page, never a traceback
            entry.error, entry.state = f"internal error ({e.__class__.__name__})", State.FAILED

    # -- request handlers ------------------------------------------------------------
    def _check_open(self) -> None:
        if self.closed:
            raise RedactorError("this session has finished; start redactor serve again")

    def set_case(self, name: str, data: bytes) -> None:
        """Use the uploaded case file for every document; only before the first one."""
        with self._lock:
            self._check_open()
            if self._entries:
                raise RedactorError("add the case file before the first document "
                                    "(click Finish and delete, then start again)")
            folder = self.folder / "case"
            folder.mkdir(mode=0o700, exist_ok=True)
            path = folder / safe_name(name)
            write_atomic(path, data)
            try:
                load_case(path)  # refuse a bad case file now, with its line
            except RedactorError as e:  # name the file as the user knows it, not our folder
                raise RedactorError(str(e).replace(str(path), path.name)) from None
            self._case = path
        self._worker.submit(self._ready)

    def add(self, name: str, data: bytes) -> Entry:
        """Keep an uploaded document in its own folder and queue it for redaction."""
        with self._lock:
            self._check_open()
            entry = Entry(id=f"d{len(self._entries) + 1}", name=safe_name(name),
                          folder=self.folder / f"d{len(self._entries) + 1}")
            entry.folder.mkdir(mode=0o700)
            write_atomic(entry.source, data)
            self._entries[entry.id] = entry
        self._worker.submit(self._redact, entry)
        return entry

    def entries(self) -> list[Entry]:
        with self._lock:
            return list(self._entries.values())

    def entry(self, entry_id: str, state: State | None = None) -> Entry:
        """The document ``entry_id``: LookupError if there is none, RedactorError if it
        is not in ``state``."""
        entry = self._entries.get(entry_id)
        if entry is None or self.closed:
            raise LookupError(entry_id)
        if state is not None and entry.state is not state:
            raise RedactorError(f"{entry.name} is not ready ({entry.state.value})")
        return entry

    def review_page(self, entry_id: str, served: Served) -> str:
        """The review page, showing the last saved decisions if there are any."""
        entry = self.entry(entry_id, State.READY)
        assert entry.plan is not None and self.rules is not None  # set before an entry is READY
        decisions = entry.saved.decisions if entry.saved else entry.proposed
        return render_review_page(entry.plan, self.rules, decisions, served, entry.pictures)

    def save(self, entry_id: str, body: bytes) -> dict[str, Any]:
        """Check posted decisions like `redactor apply` does and make the final document
        from them with the same code; for Word, the copy with tracked changes follows
        when first asked for (``output``)."""
        entry = self.entry(entry_id, State.READY)
        with entry.lock:
            path = entry.folder / "decisions.json"
            write_atomic(path, body)
            done = reviewed(entry.source, load_decisions(path))
            for old in entry.outputs.values():
                old.unlink(missing_ok=True)
            stem, suffix = Path(entry.name).stem, Path(entry.name).suffix
            outputs = {"final": entry.folder / "final" / f"{stem}.redacted{suffix}"}
            write_atomic(outputs["final"], done.render())
            if hasattr(done.document, "render_tracked"):
                outputs["tracked"] = entry.folder / "final" / f"{stem}.tracked{suffix}"
            entry.saved, entry.outputs = done, outputs
        return {"kept": done.kept, "rejected": done.rejected, "added": done.added}

    def output(self, entry_id: str, which: str) -> Path:
        """The saved final document or tracked copy (LookupError if there is none)."""
        entry = self.entry(entry_id)
        with entry.lock:
            path, done = entry.outputs[which], entry.saved
            if done is not None and not path.exists() and hasattr(done.document, "render_tracked"):
                tracked = done.document.render_tracked(done.changes, done.pictures)  # the tracked copy, on demand
                write_atomic(path, tracked)
        return path

    def close(self) -> None:
        """Stop taking work, let a running redaction finish, delete the private folder."""
        with self._lock:
            self.closed = True
        self._worker.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.folder, ignore_errors=True)
