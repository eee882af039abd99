"""The `regex` compiler with plain-int flags (redactor/regex_flags.py): compiled faster, matching the same."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import regex
import regex._regex_core as core

import redactor  # noqa: F401  (applies plain_flags)

# Each pattern leans on the flags the compiler combines: case folding, scoped and global flags.
_CHECKS = textwrap.dedent(r"""
    import regex
    patterns = [r"(?i:straße|Ann)", r"(?fi)STRASSE", r"(?i)(?<!\w)ship, the [A-Z]\w+", r"(?m)^[ \t]*(?P<n>\p{Lu}\w+)$",
                r"(?V1i)[[a-z]--[aeiou]]+", r"(?x) a \s+ b # comment", r"(?i:MAC)(?-i:Donald)", r"\p{Lu}\p{Ll}+(?=\s)"]
    texts = ["Straße ANN ann strasse", "the SHIP, THE Titanic", "  Kerry\nx y\nLowen", "bcdfg aeiou", "a  b ab",
             "macDonald MACDONALD MacDONALD", "Mary had ", "STRASSE straße Strasse"]
    print([[(m.span(), m.groups()) for t in texts for m in regex.compile(p, regex.I if n % 2 else 0).finditer(t)]
           for n, p in enumerate(patterns)])
""")


def test_the_compiler_reads_plain_ints_and_the_public_flags_stay_flags() -> None:
    assert type(core.FULLIGNORECASE) is int and all(type(v) is int for v in core.CASE_FLAGS_COMBINATIONS.values())
    assert isinstance(regex.IGNORECASE, core.RegexFlag)
    assert regex.compile("a", regex.I).flags & regex.IGNORECASE


def test_patterns_match_the_same_as_with_enum_flags() -> None:
    """The same patterns, compiled with the library as shipped (a process that never imports
    redactor) and with plain flags, find the same matches and groups."""
    shipped = subprocess.run([sys.executable, "-c", _CHECKS], capture_output=True, text=True, check=True).stdout
    plain = subprocess.run([sys.executable, "-c", "import redactor\n" + _CHECKS], capture_output=True, text=True,
                           check=True).stdout
    assert plain == shipped and "Titanic" not in plain  # spans only, but some were found
    assert shipped.count("((") > 10
