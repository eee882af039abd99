"""Targets without their trees, found again in a fresh parse of the same bytes.

A loaded document keeps its parts as bytes, so that it is plain data (it pickles, to
travel from a batch worker to the process that writes it) and a render parses only what
its changes touch. A target (``document/inner.Target``) holds lxml elements; ``detach``
copies it with an ``Address`` in place of each element: the tree it is in (a key the
document chooses: a part, or an embedded document and its part) and its position among
that tree's nodes in document order. ``attach`` binds such a copy to the elements at
those addresses in trees parsed again from the bytes the document keeps, which hold the
same nodes in the same order. Any target whose state is elements, tuples and lists of
them, and values that pickle (strings, numbers, module-level functions, named dialects)
is found again this way: a new kind of target needs nothing more."""
from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from itertools import count
from typing import Any

from lxml import etree


@dataclass(frozen=True)
class Address:
    """The ``ordinal``-th node, in document order, of the tree ``tree`` names."""

    tree: Hashable
    ordinal: int


class Addresses:
    """The address of any element of the trees ``roots`` names (root element -> key)."""

    def __init__(self, roots: Mapping[etree._Element, Hashable]) -> None:
        self.roots = roots
        self._ordinals: dict[etree._Element, dict[etree._Element, int]] = {}

    def of(self, element: etree._Element) -> Address:
        root = element.getroottree().getroot()
        ordinals = self._ordinals.get(root)
        if ordinals is None:
            ordinals = self._ordinals[root] = dict(zip(root.iter(), count(), strict=False))
        return Address(self.roots[root], ordinals[element])


class Elements:
    """The element at an address, in the tree ``root(key)`` gives (each parsed once)."""

    def __init__(self, root: Callable[[Any], etree._Element]) -> None:
        self.root = root
        self._nodes: dict[Hashable, list[etree._Element]] = {}

    def at(self, address: Address) -> etree._Element:
        nodes = self._nodes.get(address.tree)
        if nodes is None:
            nodes = self._nodes[address.tree] = list(self.root(address.tree).iter())
        return nodes[address.ordinal]


def detach(target: Any, addresses: Addresses) -> Any:
    """A copy of ``target`` holding the address of each element it holds."""
    copy = object.__new__(type(target))
    copy.__dict__.update({k: _swap(v, addresses.of, etree._Element) for k, v in vars(target).items()})
    return copy


def attach(detached: Any, elements: Elements) -> Any:
    """A copy of a ``detach``ed target holding the element at each of its addresses."""
    copy = object.__new__(type(detached))
    copy.__dict__.update({k: _swap(v, elements.at, Address) for k, v in vars(detached).items()})
    return copy


def _swap(value: Any, swap: Callable[[Any], Any], kind: type) -> Any:
    if isinstance(value, kind):
        return swap(value)
    if isinstance(value, tuple | list):
        return type(value)(_swap(v, swap, kind) for v in value)
    return value
