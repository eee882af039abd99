"""The `regex` module's pattern compiler with its flags as plain integers.

`regex` parses a pattern in Python, and its parser tests and combines flags (``case_flags &
FULLIGNORECASE`` for every character of a pattern) as members of ``RegexFlag``, an
``enum.IntFlag``, each ``&`` or ``|`` a call into Python's ``enum``. The rules' patterns run to
thousands of characters (tries of names and places): about 600,000 such calls, 0.4 s of CPU, a
third of compiling every pattern a run needs. ``plain_flags`` rebinds the compiler's own flag
constants and tables to the same values as ``int``: the code compiled is the same, the public
``regex.IGNORECASE`` and friends are untouched.
"""
from __future__ import annotations

import regex._main
import regex._regex_core


def plain_flags() -> None:
    """Rebind the flag constants the compiler reads, and the tables holding them, as ints."""
    flag = regex._regex_core.RegexFlag
    for module in (regex._regex_core, regex._main):
        names = vars(module)
        for name, value in list(names.items()):
            if type(value) is flag:
                setattr(module, name, int(value))
            elif type(value) is dict and any(type(x) is flag for item in value.items() for x in item):
                setattr(module, name, {_plain(k): _plain(v) for k, v in value.items()})


def _plain(value: object) -> object:
    return int(value) if isinstance(value, regex._regex_core.RegexFlag) else value
