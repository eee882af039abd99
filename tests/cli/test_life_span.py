"""A tribute's life span through `redactor redact` as a user runs it: the year or date of birth
opening the span is removed, the date of death and the chronology's ranges stay."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from redactor.cli import app

pytestmark = pytest.mark.model

TRIBUTE = ("Gareth Emlyn Parry, Gary Tiles, 1931-2022\n\n"
           "Our father died on 3 March 2022. He worked for the council from 1968-1996.\n\n"
           "Margaret Owen\n\n"
           "14 June 1925 - 2 February 2019\n\n"
           "The review covers April 2019 – March 2020 and the financial year 2019-20.\n")


def test_the_birth_end_of_a_life_span_goes_and_the_death_end_stays(tmp_path):
    source = tmp_path / "tribute.txt"
    source.write_text(TRIBUTE, encoding="utf-8")
    result = CliRunner().invoke(app, ["redact", str(source), "--no-review"])
    assert result.exit_code == 0, result.output
    out = (tmp_path / "tribute.redacted.txt").read_text(encoding="utf-8")
    assert "1931" not in out and "14 June 1925" not in out
    assert "-2022\n" in out and "- 2 February 2019\n" in out
    assert "from 1968-1996." in out and "April 2019 – March 2020" in out and "2019-20." in out
