"""The review bundle beside each output."""
from __future__ import annotations

import io
import stat
import zipfile

import pytest

from redactor.document import load_document
from redactor.errors import RedactorError
from redactor.review.bundle import default_review_dir, write_bundle
from redactor.review.decisions import load_decisions
from tests.builders.docx_builder import paragraphs_docx


def test_bundle_for_text(small, rules, tmp_path):
    plan, document = small
    directory = default_review_dir(tmp_path / "imr.txt", tmp_path / "out" / "imr.redacted.txt")
    assert directory == tmp_path / "out" / "imr.review"
    written = write_bundle(plan, document, directory, rules, model="m")
    assert sorted(p.name for p in written) == ["README.txt", "decisions.json", "review.html"]
    assert "ORIGINAL PERSONAL DATA of imr.txt" in (directory / "README.txt").read_text()
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    decisions = load_decisions(directory / "decisions.json")
    assert len(decisions.changes) == len(plan.changes) and decisions.model == "m"


def test_an_existing_bundle_is_kept_without_force(small, rules, tmp_path):
    plan, document = small
    write_bundle(plan, document, tmp_path / "r", rules)
    (tmp_path / "r" / "decisions.json").write_text("reviewer's work")
    with pytest.raises(RedactorError, match="r: already exists"):
        write_bundle(plan, document, tmp_path / "r", rules)
    assert (tmp_path / "r" / "decisions.json").read_text() == "reviewer's work"
    write_bundle(plan, document, tmp_path / "r", rules, force=True)
    load_decisions(tmp_path / "r" / "decisions.json")


@pytest.mark.model
def test_word_input_gets_tracked_changes(redactor, rules, tmp_path):
    source = tmp_path / "imr.docx"
    paragraphs_docx(source, "Joe Bloggs was seen by Dr Smith at the surgery.", "Mr Bloggs telephoned on 07700 900123.")
    document = load_document(source)
    plan = redactor.plan(document)
    write_bundle(plan, document, tmp_path / "imr.review", rules)
    with zipfile.ZipFile(io.BytesIO((tmp_path / "imr.review" / "tracked.docx").read_bytes())) as z:
        body = z.read("word/document.xml").decode()
    assert body.count("<w:del ") >= 3 and "Bloggs" in body  # deleted text stays, as a revision
