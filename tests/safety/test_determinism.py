"""The same text or Markdown input, case file, rules and version give byte-identical
outputs and review bundles: nothing in them depends on the time, the process (each run
has its own hash seed, so set order differs) or the folder."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]

IMR = """\
# Chronology

| Date | Event |
|---|---|
| 3 May 2021 | Joe Bloggs (DOB 12/03/1978) seen by Dr Amara Okafor at 14 Acacia Avenue, Leeds LS6 2AB. |
| 9 May 2021 | Sarah Jones rang 07700 900123; Mr Bloggs's sister Kim was told. |

Joe Bloggs, known as Jojo, was referred to MARAC. Kevin Marsh and Kevin Marsh's manager attended.
"""


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_two_runs_give_identical_bytes(tmp_path, monkeypatch, suffix):
    monkeypatch.chdir(tmp_path)
    Path(f"imr{suffix}").write_text(IMR, encoding="utf-8")
    Path("case.yaml").write_text("people:\n  - name: Kim Bloggs\n    role: sister\n", encoding="utf-8")
    runs = []
    for seed, folder in (("1", "first"), ("2", "second")):
        result = subprocess.run([sys.executable, "-m", "redactor", "redact", f"imr{suffix}", "-o",
                                 f"{folder}/imr{suffix}", "--case", "case.yaml"], check=False, capture_output=True,
                                text=True,
                                env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)})
        assert result.returncode == 0, result.stderr
        runs.append({p.relative_to(folder).as_posix(): p.read_bytes()
                     for p in sorted(Path(folder).rglob("*")) if p.is_file()})
    assert sorted(runs[0]) == sorted([f"imr{suffix}", "imr.review/README.txt", "imr.review/decisions.json",
                                      "imr.review/review.html"])
    assert runs[0] == runs[1]
    assert b"Joe Bloggs" not in runs[0][f"imr{suffix}"]
