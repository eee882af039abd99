"""The development set (../shared/eval/dhr-dev, when present) meets the targets in
both formats, and the Word outputs leak nothing in metadata or tracked deletions."""
import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import SHARED_EVAL

DEV = SHARED_EVAL / "dhr-dev"
pytestmark = [pytest.mark.eval, pytest.mark.model,
              pytest.mark.skipif(not (DEV / "case01.json").exists(), reason="../shared/eval/dhr-dev not present")]


@pytest.mark.parametrize("ext", ["txt", "docx"])
def test_dev_set_meets_the_targets(tmp_path, ext):
    source = tmp_path / "in"
    source.mkdir()
    for f in DEV.glob(f"case*.{ext}"):
        shutil.copy(f, source / f.name)
    subprocess.run([sys.executable, "-m", "redactor", "batch", str(source), "-o", str(tmp_path / "out"),
                    "--no-review"], check=True, capture_output=True)
    scored = subprocess.run([sys.executable, str(SHARED_EVAL / "score_dhr.py"), str(DEV), str(tmp_path / "out"),
                             "--ext", ext], check=True, capture_output=True, text=True)
    figures = json.loads(scored.stdout.splitlines()[0])
    assert figures["missing_outputs"] == 0
    assert figures["name_leak"] <= 0.005
    assert figures["dob_leak"] == figures["address_leak"] == figures["contact_leak"] == 0
    assert figures["keep_loss"] <= 0.02
    assert figures["initials"] >= 0.95
    assert figures["metadata_leak_docs"] == figures["tracked_deletion_leak_docs"] == 0
