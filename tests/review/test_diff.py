"""``redactor diff``: the changed words of a redacted copy, at a glance."""
from __future__ import annotations

import io

import pytest
from rich.console import Console
from typer.testing import CliRunner

from redactor.cli import app
from redactor.review.diff import print_word_diff, word_diff
from tests.builders.docx_builder import paragraphs_docx


@pytest.mark.parametrize("before, after, expected", [
    # a name becomes initials; the rest of the line is context
    ("Joe Bloggs was seen.", "JB was seen.", [[("-", "Joe Bloggs"), ("+", "JB"), ("=", " was seen.")]]),
    # a placeholder and an e-mail are single words
    ("mail p.grant@example.com.", "mail [email removed].",
     [[("=", "mail "), ("-", "p.grant@example.com"), ("+", "[email removed]"), ("=", ".")]]),
    # unchanged lines are not shown
    ("same\nDr Smith\nsame", "same\nDr S\nsame", [[("=", "Dr "), ("-", "Smith"), ("+", "S")]]),
])
def test_word_diff(before, after, expected):
    assert word_diff(before, after) == expected


def test_plain_terminal_marks_removals_and_insertions(tmp_path):
    (tmp_path / "a.txt").write_text("Joe Bloggs was seen.\nNothing else.\n")
    (tmp_path / "b.txt").write_text("JB was seen.\nNothing else.\n")
    out = io.StringIO()
    assert print_word_diff(tmp_path / "a.txt", tmp_path / "b.txt", Console(file=out, no_color=True)) == 1
    assert out.getvalue().splitlines()[0] == "[-Joe Bloggs-]{+JB+} was seen."


def test_word_files_are_compared_by_their_text(tmp_path):
    for name, text in (("a.docx", "Joe Bloggs was seen."), ("b.docx", "JB was seen.")):
        paragraphs_docx(tmp_path / name, text)
    result = CliRunner().invoke(app, ["diff", str(tmp_path / "a.docx"), str(tmp_path / "b.docx")])
    assert result.exit_code == 0, result.output
    assert "Joe Bloggs" in result.output and "JB" in result.output and "1 changed lines" in result.output


