"""A cache that forgets everything rather than grow: for values a detector or a vocabulary
works out again and again (a batch runs a document's second pass more than once, a reading asks
of the same text many times) and that depend on their key alone."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def made_once(kept: dict[K, V], key: K, limit: int, make: Callable[[], V]) -> V:
    """``kept[key]``, made by ``make`` the first time it is asked for; ``kept`` is emptied when it
    holds ``limit`` values and one more is to be made (a long ``serve`` session does not grow)."""
    value = kept.get(key)
    if value is None:
        if len(kept) >= limit:
            kept.clear()
        value = kept[key] = make()
    return value
