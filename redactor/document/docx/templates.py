"""Styles a batch's documents share byte for byte (those of one template). A styles part is
cleaned, audited and written alike whatever document holds it: nothing in it is a segment,
and nothing outside it changes it when it has no relationships of its own. So once one has
passed every check, its written form is kept, by its name and bytes as read, and a later
document holding the same part is spared reading it again: the part is held (``Package.held``),
out of the XML the load cleans and audits, and written as kept.

Only a part whose bytes cannot name an author (which the clean-up would replace, with a
finding) is kept, and only from a document loaded without the unknown-parts waiver (so that
it passed the audit with nothing waived)."""
from __future__ import annotations

from collections import OrderedDict

from redactor.document.docx.ns import q
from redactor.document.docx.package import Held, Package, rels_of

W_STYLES = q("w:styles")
KEPT = 8  # parts kept: the styles (two parts each) of a few templates
_written: OrderedDict[tuple[str, bytes], bytes] = OrderedDict()  # (name, bytes as read) -> as written


def hold(pkg: Package) -> None:
    """Hold each part of ``pkg`` kept from an earlier document."""
    sizes = {len(raw) for _, raw in _written}
    for part, raw in pkg.data.items():
        if len(raw) in sizes and (part, raw) in _written and rels_of(part) not in pkg.data:
            _written.move_to_end((part, raw))
            pkg.held[part] = Held(W_STYLES, _written[part, raw])


def remember(pkg: Package, written: Package, audited: list[str], waived: bool) -> None:
    """Keep the styles parts of a document loaded in full: ``written`` holds them as written,
    ``audited`` are the parts its audit checked; ``waived``: loaded under the waiver."""
    if waived:
        return
    for part in audited:
        source = pkg.source(part)
        if pkg.root_tag(part) == W_STYLES and rels_of(part) not in pkg.data and source is not None \
                and b"author" not in source and b"initials" not in source:
            _written[part, source] = written.data[part]
            _written.move_to_end((part, source))
    while len(_written) > KEPT:
        _written.popitem(last=False)
