"""Styles a batch's documents share byte for byte (those of one template). Word's styles
parts are cleaned, audited and written alike whatever document holds them: nothing in them
is a segment, and nothing outside them changes them while they are the styles they say they
are (their relationship and content type say styles, they have no relationships of their
own). So once one has passed every check, its written form is kept, by its name and bytes
as read, and a later document holding the same part holds it (``Package.held``): out of the
XML the load cleans, indexes and audits, written as kept, and deflated once (``zipped.share``).

Only a part whose bytes cannot name an author (which the clean-up would replace, with a
finding) is kept, and only from a document loaded without the unknown-parts waiver (so that
it passed the audit with nothing waived)."""
from __future__ import annotations

import threading
from collections import OrderedDict

from redactor.document.docx.classify import content_types
from redactor.document.docx.inventory import PARTS, Kind
from redactor.document.docx.ns import q
from redactor.document.docx.package import Held, Package, rels_of
from redactor.document.docx.zipped import KEPT, share

W_STYLES = q("w:styles")
NAMES = ("word/styles.xml", "word/stylesWithEffects.xml")
_written: OrderedDict[tuple[str, bytes], bytes] = OrderedDict()  # (name, bytes as read) -> as written; KEPT of them
_lock = threading.Lock()  # serve may load on more than one thread


def hold(pkg: Package) -> None:
    """Hold each styles part of ``pkg`` kept from an earlier document (before it is read)."""
    for part in NAMES:
        raw = pkg.data.get(part)
        if raw is None or rels_of(part) in pkg.data:
            continue
        with _lock:
            written = _written.get((part, raw))
            if written is not None:
                _written.move_to_end((part, raw))
                pkg.held[part] = Held(W_STYLES, written)


def release(pkg: Package, kinds: dict[str, Kind]) -> None:
    """Read again, like any other part, each held part this package does not give as styles
    (``kinds``: what classify found the parts to be)."""
    for part in [p for p in pkg.held if not _styles(pkg, kinds, p)]:
        del pkg.held[part]


def remember(pkg: Package, kinds: dict[str, Kind], written: Package, audited: list[str], waived: bool) -> None:
    """Keep the styles parts of a document loaded in full: ``written`` holds them as written,
    ``audited`` are the parts its audit checked; ``waived``: loaded under the waiver."""
    if waived:
        return
    for part in NAMES:
        source = pkg.source(part) if part in audited else None
        if source is not None and pkg.root_tag(part) == W_STYLES and _styles(pkg, kinds, part) \
                and rels_of(part) not in pkg.data and b"author" not in source and b"initials" not in source:
            share(written.data[part])
            with _lock:
                _written[part, source] = written.data[part]
                _written.move_to_end((part, source))
                while len(_written) > KEPT:
                    _written.popitem(last=False)


def _styles(pkg: Package, kinds: dict[str, Kind], part: str) -> bool:
    kind = PARTS.get(content_types(pkg).get(part, ""))
    return kind is not None and kind.says == "styles" and part in kinds and kinds[part].says == "styles"
