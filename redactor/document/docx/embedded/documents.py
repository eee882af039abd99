"""The embedded documents of a Word file: prepared at load, read into segments."""
from __future__ import annotations

from redactor.document.docx.classify import content_types, drop_unused, remove_with_owners
from redactor.document.docx.embedded.chunks import index_chunk, open_chunk, prepare_chunk
from redactor.document.docx.embedded.previews import blank
from redactor.document.docx.embedded.workbooks import index_workbook, open_workbook, prepare_workbook, workbook_metadata
from redactor.document.docx.inventory import PREVIEW, REDACTABLE, Action, Kind
from redactor.document.docx.package import Inner, Package
from redactor.document.docx.segment_index import Index
from redactor.document.inner import NotRedactable
from redactor.errors import RedactorError

WORKBOOK, CHUNK = "embedded workbook", "imported HTML chunk"
_READ = {ctype: kind.says for (_, ctype), kind in REDACTABLE.items()}  # content type -> what it is


def prepare(pkg: Package, kinds: dict[str, Kind], remove_embedded: bool) -> list[str]:
    """Open, clean and audit every embedded document ``classify`` found readable, and blank
    their previews; returns findings. RedactorError for one that cannot be redacted, unless
    ``remove_embedded`` (then it is removed)."""
    findings: list[str] = []
    types = content_types(pkg)
    numbers = {part: n for n, part in enumerate(_workbooks(pkg, types), 1)}  # as the index numbers them
    redacted: dict[str, int] = {}
    removed = 0
    for part, kind in kinds.items():
        if kind.action is not Action.READ or kind.says not in (WORKBOOK, CHUNK) or part not in pkg.data:
            continue
        try:
            findings += (prepare_workbook(pkg, part, numbers.get(part, 0)) if kind.says == WORKBOOK
                         else prepare_chunk(pkg, part, types.get(part, "")))
            redacted[kind.says] = redacted.get(kind.says, 0) + 1
        except NotRedactable as e:
            if not remove_embedded:
                raise e.refusal(pkg.name, kind.says,
                                "cannot be redacted; not processed (--remove-embedded removes it)") from None
            remove_with_owners(pkg, part)
            findings.append(f"an {kind.says} that {e} removed")
            removed += 1
    if removed:
        drop_unused(pkg)
    previews = [p for p, k in kinds.items() if k is PREVIEW and p in pkg.data]
    for part in previews:
        empty = blank(pkg.data[part])
        if empty is not None:
            pkg.data[part] = empty
        elif remove_embedded:
            remove_with_owners(pkg, part)
        else:
            raise RedactorError(f"{pkg.name}: holds the preview picture of an embedded workbook in a format "
                                "redactor cannot blank; not processed (--remove-embedded removes the object)")
    if WORKBOOK in redacted:
        findings.append(f"{redacted[WORKBOOK]} embedded workbook(s) redacted like the text"
                        + (f"; {len(previews)} preview picture(s) of them blanked (Word draws them again "
                           "when the object is opened)" if previews else ""))
    if CHUNK in redacted:
        findings.append(f"{redacted[CHUNK]} imported HTML chunk(s) redacted like the text")
    return findings


def index_embedded(out: Index, pkg: Package) -> None:
    """Add the segments of every embedded document in ``pkg`` to ``out``."""
    types = content_types(pkg)
    count: dict[str, int] = {}
    for part in list(pkg.order):
        what = _READ.get(types.get(part, ""))
        if what is None:
            continue
        count[what] = count.get(what, 0) + 1
        if what == WORKBOOK:
            index_workbook(out, pkg, part, count[what])
        else:
            index_chunk(out, pkg, part, types.get(part, ""), count[what])


def open_embedded(pkg: Package, part: str) -> Inner:
    """The embedded document in ``part`` (one ``index_embedded`` read), opened once per package."""
    content_type = content_types(pkg).get(part, "")
    return open_workbook(pkg, part) if _READ.get(content_type) == WORKBOOK else open_chunk(pkg, part, content_type)


def metadata(pkg: Package) -> list[tuple[str, str]]:
    """(where, value) of the names embedded documents hold outside their texts (authors,
    companies), for ``redactor check``, which reads a file as it is."""
    return [found for n, part in enumerate(_workbooks(pkg, content_types(pkg)), 1)
            for found in workbook_metadata(pkg, part, n)]


def _workbooks(pkg: Package, types: dict[str, str]) -> list[str]:
    """The workbook parts, in the order that numbers them ("embedded workbook 2")."""
    return [p for p in pkg.order if _READ.get(types.get(p, "")) == WORKBOOK]
