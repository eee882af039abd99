"""One error type whose message is the one line a user sees. Messages never quote
document content: they name the file, the part and what is wrong."""
from __future__ import annotations

import errno
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError


class RedactorError(Exception):
    """A problem with the input or the request, reported without a traceback."""


_WORDS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "no such file or folder",
    errno.EEXIST: "already exists (use --force to replace it)",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EMFILE: "too many open files",
    errno.EIO: "the disk reported an input/output error",
    errno.EXDEV: "the folders are on different disks",
}


def os_error_words(e: OSError) -> str:
    """What an operating-system error means, in words (never the file's content)."""
    return _WORDS.get(e.errno or 0, e.strerror.lower() if e.strerror else "an operating-system error")


def unexpected_words(e: BaseException) -> str:
    """One line for an error no check caught, in words, without its text (it may quote input)."""
    if isinstance(e, OSError):
        where = f"{e.filename}: " if isinstance(e.filename, (str, os.PathLike)) else ""
        return f"{where}{os_error_words(e)}"
    if isinstance(e, RecursionError):
        return "the input is nested too deeply to process"
    if isinstance(e, MemoryError):
        return "out of memory: the input is too large for this machine (see the limits in the README)"
    return f"internal error ({e.__class__.__name__}); rerun with REDACTOR_DEBUG=1 for details"


def _dotted(loc: tuple[Any, ...]) -> str:
    return ".".join(str(x) for x in loc) or "the top level"


def validation_words(e: ValidationError, where: Callable[[tuple[Any, ...]], str] = _dotted) -> str:
    """The first problem of a pydantic error, "field: what is wrong", never quoting the
    input: an unknown key (it may be a person's name) is named by where it is."""
    first = e.errors()[0]
    loc = tuple(first["loc"])
    if first["type"] == "extra_forbidden":
        return f"unknown key in {where(loc[:-1])}"
    return f"{where(loc)}: {first['msg'].removeprefix('Value error, ')}"
