"""The tracked-changes copy a real `redactor redact` writes: Word's Accept All gives
exactly the redacted output, Reject All exactly the input, and LibreOffice opens it."""
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from tests.builders.revisions import settle, texts

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-imr.docx"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("tracked")
    source = folder / "imr.docx"
    shutil.copy(SAMPLE, source)
    result = CliRunner().invoke(app, ["redact", str(source)])
    assert result.exit_code == 0, result.output
    return {"input": source, "output": folder / "imr.redacted.docx", "tracked": folder / "imr.review" / "tracked.docx"}


def test_accept_all_is_the_redacted_output_and_reject_all_the_input(bundle):
    tracked = bundle["tracked"].read_bytes()
    assert texts(settle(tracked, accept=True)) == texts(bundle["output"].read_bytes())
    assert texts(settle(tracked, accept=False), codes=False) == texts(bundle["input"].read_bytes(), codes=False)
    assert texts(settle(tracked, accept=True)) != texts(bundle["input"].read_bytes())


@pytest.mark.office
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_tracked_copy(bundle, tmp_path):
    profile = (tmp_path / "profile").as_uri()
    for name in ("output", "tracked"):
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(bundle[name])], check=True, capture_output=True, timeout=180)
        assert (tmp_path / f"{bundle[name].stem}.pdf").stat().st_size > 1000
