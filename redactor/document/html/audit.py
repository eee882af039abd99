"""The last check of an HTML chunk at load: every element is on the inventory, every
attribute is a listed code or a place, and every text a reader could see (element text and
tails) is part of a place. Style sheets hold only what ``css`` kept. The first problem makes
the chunk ``NotRedactable``."""
from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from redactor.document.html.chunk import local
from redactor.document.html.inventory import BLOCKS, CODES, INLINE, LINK, READ, SPACED, STRUCTURE
from redactor.document.inner import NotRedactable, Place, Slot, is_code

UNREAD_TEXT = "holds text in a place redactor does not read"
UNKNOWN_MARKUP = "holds markup of a kind redactor does not know"
LONG_VALUE = "holds a value that is not the short code its place expects"


def audit(root: etree._Element, places: Sequence[Place]) -> None:
    covered: set[Slot] = {s for p in places for s in p.target.slots()}
    for el in root.iter():
        name = local(el)
        if name not in STRUCTURE | INLINE | BLOCKS:
            raise NotRedactable(UNKNOWN_MARKUP)
        for where in ("text", "tail"):
            value = el.text if where == "text" else el.tail
            if value and value.strip() and (el, where) not in covered and not (name == "style" and where == "text"):
                raise NotRedactable(UNREAD_TEXT)
        for attr, value in el.attrib.items():
            low = attr.lower()
            if not value.strip() or (el, attr) in covered:
                continue
            if low in READ or low == LINK:
                raise NotRedactable(UNREAD_TEXT)
            if attr not in CODES and low not in SPACED:
                raise NotRedactable(UNKNOWN_MARKUP)
            if not is_code(value, low in SPACED) or (attr in CODES and not CODES[attr].match(value)):
                raise NotRedactable(LONG_VALUE)
