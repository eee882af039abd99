"""What each mention becomes: the policy's "Doctor Smith should be Doctor S, or Joe
Bloggs should read JB"."""
from __future__ import annotations

from redactor.names import initial, split_name
from redactor.types import Person


def person_replacement(person: Person, mention: str, titled: bool, ambiguous: bool = False) -> str:
    """A full name becomes the person's initials; a lone word after a title becomes
    its own initial (the title stays outside the span); any other lone word becomes
    the person's initials, unless several people share it ("Whitlock" in a family),
    when it too becomes its own initial rather than guess. A case-file replacement
    wins over all of these."""
    if person.fixed:
        return person.fixed
    first, last = split_name(mention)
    if first is None and (titled or ambiguous):
        return initial(last)
    return person.initials
