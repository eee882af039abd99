"""Reading inputs safely and writing outputs atomically."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from redactor.errors import RedactorError

MAX_INPUT_BYTES = 50 * 1024 * 1024


def read_input(path: Path, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of an input file, refusing missing, empty and oversized files."""
    if not path.exists():
        raise RedactorError(f"{path.name}: no such file")
    if not path.is_file():
        raise RedactorError(f"{path.name}: not a file")
    size = path.stat().st_size
    if size == 0:
        raise RedactorError(f"{path.name}: the file is empty")
    if size > max_bytes:
        raise RedactorError(f"{path.name}: {size // (1024 * 1024)} MB is over the {max_bytes // (1024 * 1024)} MB limit")
    return path.read_bytes()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, so a
    reader never sees a half-written file and a failure leaves nothing behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_output(source: Path, output: Path, force: bool) -> None:
    """Refuse to overwrite the input, or an existing output without ``force``."""
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        raise RedactorError(f"{output.name}: the output would overwrite the input")
    if output.exists() and not force:
        raise RedactorError(f"{output.name}: already exists (use --force to replace it)")
