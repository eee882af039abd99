"""Reading inputs safely, and writing an output with its review bundle as one unit.

A ``Publication`` locks the output (a second run on it is refused), stages every
file in a private folder beside it (``.NAME.redactor-tmp/``, fsynced), then moves
the bundle and, last, the output into place. A crash at any point leaves either
nothing new or the complete result; the next run on the same output finds the
staging folder, undoes a half-done move and removes it.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from redactor.errors import RedactorError, os_error_words
from redactor.limits import limit

PAUSE_ENV = "REDACTOR_TEST_PAUSE"  # crash tests: stop at this stage of writing
LOCK_WAIT = 2.0  # seconds a run waits for a lock before refusing


def check_source(path: Path) -> None:
    """Refuse an input that does not exist, or is a folder or anything else but a file."""
    name = path.name or str(path)
    if not path.exists():
        raise RedactorError(f"{name}: no such file")
    if path.is_dir():
        raise RedactorError(f"{name}: is a folder, not a file")
    if not path.is_file():
        raise RedactorError(f"{name}: not a file")


def read_input(path: Path, limit_name: str = "input_mb") -> bytes:
    """The bytes of an input file, refusing missing, empty, unreadable and oversized files
    (``limit_name``: the size limit that applies, in MB)."""
    check_source(path)
    size = path.stat().st_size
    if size == 0:
        raise RedactorError(f"{path.name}: the file is empty")
    limit(limit_name).check(size / (1024 * 1024), path.name)
    try:
        return path.read_bytes()
    except OSError as e:
        raise RedactorError(f"{path.name}: cannot be read: {os_error_words(e)}") from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pause_point(stage: str) -> None:
    """Test hook: with REDACTOR_TEST_PAUSE=STAGE, say so on stderr and wait to be killed."""
    if os.environ.get(PAUSE_ENV) == stage:
        print(f"paused at {stage}", file=sys.stderr, flush=True)
        time.sleep(3600)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (owner-only) with ``data``, flushed to disk."""
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _lock(path: Path, what: Path, wait: float = LOCK_WAIT) -> int:
    """Hold an exclusive lock on the file ``path`` (for the destination ``what``), waiting
    up to ``wait`` seconds (another run's clean-up holds one briefly), or refuse. The
    holder removes the file when done, so a lock taken on a removed file is retried."""
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise RedactorError(f"{what}: another redactor run is writing it; "
                                "run again when that one has finished") from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)


def _unlock(path: Path, fd: int) -> None:
    path.unlink(missing_ok=True)
    os.close(fd)


def _hidden(path: Path, kind: str) -> Path:
    return path.parent / f".{path.name}.redactor-{kind}"


class Publication:
    """Write ``output`` (a file) and ``bundle`` (a folder of files, optional) as one unit.

        with Publication(output, bundle) as p:   # locks both, cleans up an earlier crash
            ...check, compute...
            p.publish(data, {"decisions.json": ...})

    Without ``output``, the bundle alone is written the same way. Both must be on one disk.
    """

    def __init__(self, output: Path | None, bundle: Path | None = None) -> None:
        if output is None and bundle is None:
            raise ValueError("nothing to write")
        self.output = output
        self.bundle = bundle
        primary = output if output is not None else bundle
        assert primary is not None
        self.primary = primary
        self.staging = _hidden(primary, "tmp")
        self._locks: list[tuple[Path, int]] = []
        self._made: list[Path] = []
        self._committed = False

    def __enter__(self) -> Publication:  # noqa: PYI034 - typing.Self needs Python 3.11
        try:
            for target in (self.output, self.bundle):
                if target is not None:
                    self._make_parent(target)
                    self._locks.append((_hidden(target, "lock"), _lock(_hidden(target, "lock"), target)))
            if self.output is not None and self.bundle is not None \
                    and os.stat(self.output.parent).st_dev != os.stat(self.bundle.parent).st_dev:
                raise RedactorError(f"{self.bundle}: the review folder must be on the same disk as the output")
            self._recover()
        except OSError as e:
            self._release()
            raise RedactorError(self._folder_error(e)) from None
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if not self._committed:
                self._recover()
        finally:
            self._release()
        for folder in reversed(self._made if not self._committed else ()):
            try:
                folder.rmdir()  # a folder made for an output that never came
            except OSError:
                break

    def _make_parent(self, target: Path) -> None:
        missing = [p for p in reversed(target.parents) if not p.exists()]
        target.parent.mkdir(parents=True, exist_ok=True)
        self._made += missing

    def _release(self) -> None:
        while self._locks:
            _unlock(*self._locks.pop())

    def _folder_error(self, e: OSError) -> str:
        if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"{self.primary.parent}: the output folder is not writable"
        return f"{self.primary}: cannot write it: {os_error_words(e)}"

    def publish(self, data: bytes | None, bundle_files: Mapping[str, bytes] | None = None) -> None:
        """Stage ``data`` (the output) and ``bundle_files`` (name -> bytes), then move them
        into place, the output last."""
        try:
            self._stage(data, bundle_files)
            self._commit()
        except OSError as e:
            raise RedactorError(f"{self.primary}: cannot write it: {os_error_words(e)}") from None

    def _stage(self, data: bytes | None, bundle_files: Mapping[str, bytes] | None) -> None:
        self.staging.mkdir(mode=0o700)
        if self.output is not None:
            _write_new(self.staging / "output", data or b"")
            pause_point("staged-output")
        if self.bundle is not None:
            folder = self.staging / "bundle"
            folder.mkdir(mode=0o700)
            for name, content in (bundle_files or {}).items():
                _write_new(folder / name, content)
            _fsync_dir(folder)
        _fsync_dir(self.staging)
        pause_point("staged")
        manifest = {"bundle": str(self.bundle.resolve()) if self.bundle else None,
                    "has_output": self.output is not None}
        _write_new(self.staging / "ready", json.dumps(manifest).encode())
        _fsync_dir(self.staging)
        pause_point("ready")

    def _commit(self) -> None:
        if self.bundle is not None:
            if self.bundle.exists():
                if not self.bundle.is_dir():
                    raise RedactorError(f"{self.bundle}: exists and is not a folder")
                os.rename(self.bundle, self.staging / "old-bundle")
                pause_point("old-bundle-aside")
            os.rename(self.staging / "bundle", self.bundle)
            _fsync_dir(self.bundle.parent)
            pause_point("bundle-placed")
        if self.output is not None:
            os.replace(self.staging / "output", self.output)
            _fsync_dir(self.output.parent)
        self._committed = True
        pause_point("committed")
        shutil.rmtree(self.staging)

    def _recover(self) -> None:
        _recover_staging(self.staging)
        for folder in {target.parent for target in (self.output, self.bundle) if target is not None}:
            _sweep(folder)


def _recover_staging(staging: Path) -> None:
    """Undo what an unfinished run left in ``staging`` (its lock held): a half-done move is
    rolled back (the earlier bundle comes back), a finished one kept; the folder goes."""
    if not staging.exists():
        return
    try:
        manifest = json.loads((staging / "ready").read_text())
    except (FileNotFoundError, ValueError):  # no manifest, or cut short: nothing was moved yet
        manifest = None
    if manifest is not None:
        last = staging / ("output" if manifest["has_output"] else "bundle")
        bundle = Path(manifest["bundle"]) if manifest["bundle"] else None
        if last.exists() and bundle is not None:  # not committed: put everything back
            if not (staging / "bundle").exists() and bundle.is_dir():
                shutil.rmtree(bundle)
            if (staging / "old-bundle").exists():
                os.rename(staging / "old-bundle", bundle)
    shutil.rmtree(staging)


def _sweep(folder: Path) -> None:
    """Clean up after crashed runs on other outputs in ``folder``: each staging folder or
    lock file whose lock no live run holds is recovered and removed."""
    names = {p.name.removeprefix(".").rsplit(".redactor-", 1)[0] for p in folder.glob(".*.redactor-*")}
    for name in sorted(names):
        target = folder / name
        try:
            fd = _lock(_hidden(target, "lock"), target, wait=0)
        except RedactorError:
            continue  # a live run (this one included) is writing it
        try:
            _recover_staging(_hidden(target, "tmp"))
        finally:
            _unlock(_hidden(target, "lock"), fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as one unit (no half-written file, ever)."""
    with Publication(path) as publication:
        publication.publish(data)


def default_output(source: Path) -> Path:
    """NAME.redacted.EXT beside the input."""
    return source.with_name(f"{source.stem}.redacted{source.suffix}")


def check_output(source: Path, output: Path, force: bool) -> None:
    """Refuse to overwrite the input, or an existing output without ``force``."""
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        raise RedactorError(f"{output.name}: the output would overwrite the input")
    if output.exists() and not force:
        raise RedactorError(f"{output.name}: already exists (use --force to replace it)")
