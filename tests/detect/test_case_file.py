"""The case file: known people, fixed replacements, strings to remove and keep,
and validation messages that name the bad line."""
from pathlib import Path

import pytest

from redactor.api import Redactor
from redactor.casefile import load_case
from redactor.errors import RedactorError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bad_case_file_names_the_line(tmp_path):
    path = write(tmp_path, "people:\n  - name: Joe Bloggs\n  - name: Jane Doe\n    role: [victim]\n")
    with pytest.raises(RedactorError, match=r"case.yaml:4: people.1.role"):
        load_case(path)


def test_an_unknown_key_is_refused(tmp_path):
    with pytest.raises(RedactorError, match=r"case.yaml:2: unknown key in the top level"):
        load_case(write(tmp_path, "# people of the review\npeeple: []\n"))


@pytest.mark.model
def test_case_people_remove_and_keep(tmp_path):
    case = write(tmp_path, "\n".join([
        "people:", "  - name: Will Hunter", "    aliases: [Billy]", "    replacement: Adult A",
        "remove: [Blue Door Cafe]", "keep: [Hope Street Centre]", ""]))
    source = tmp_path / "in.txt"
    source.write_text("Billy met Will Hunter at the Blue Door Cafe near Hope Street Centre.\n", encoding="utf-8")
    out = Redactor.create(case_path=case).redact_file(source, tmp_path / "out.txt", review=False).output
    assert out.read_text() == "Adult A met Adult A at the [removed] near Hope Street Centre.\n"
