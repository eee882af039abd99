"""Text inside the pictures of a Word file is read, covered and verified: the done-when
of issue 15 on pictures made here (genograms full size and shrunk to 400 px, a
screenshot of a case system, a rotated low-quality scanned letter, an EMF, a WMF, an
SVG). None is refused, no picture is lost, OCR of the output reads no identifying word,
and at least 90% of the words that must stay are still read."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from redactor.api import Redactor
from redactor.document import pictures
from redactor.document.pictures import ocr
from redactor.document.pictures.reading import fold, tokens
from redactor.errors import RedactorError
from tests.builders.pictures import Fixture, genogram_fixture, metafile_fixtures, picture_docx, pixel_fixtures

pytestmark = pytest.mark.model
TEXT = ["Abigail Okafor was known to the service from 2019. Her son Jayden attended the local school."]


def media(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("word/media/")}


def drawings(blob: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return zf.read("word/document.xml").count(b"<a:blip ")


def read_words(blob: bytes) -> list[str]:
    """Every folded word OCR (or a metafile's or SVG's text) reads in a picture."""
    return [w for line in pictures.read(blob).lines for w in tokens(line.text) | {fold(line.text)}]


@pytest.fixture(scope="module")
def redacted(engine: Redactor, tmp_path_factory) -> tuple[list[Fixture], bytes, Path]:
    fixtures = pixel_fixtures() + metafile_fixtures()
    folder = tmp_path_factory.mktemp("pictures")
    source = folder / "imr.docx"
    source.write_bytes(picture_docx(fixtures, TEXT))
    engine.forget_people()
    done = engine.redact_file(source, folder / "out.docx", review=True)
    return fixtures, done.output.read_bytes(), folder


def test_no_picture_is_refused_or_lost(redacted) -> None:
    fixtures, output, folder = redacted
    assert len(media(output)) == len(fixtures)
    assert drawings(output) == len(fixtures)


def test_no_identifying_word_is_read_in_the_output_pictures(redacted) -> None:
    fixtures, output, _ = redacted
    for fx, blob in zip(fixtures, media(output).values(), strict=True):
        words = read_words(blob)
        joined = "".join(words)
        for secret in fx.identifying:
            f = fold(secret)
            assert f not in words and not (len(f) >= 5 and f in joined), (fx.name, secret)


def test_at_least_nine_in_ten_kept_words_are_still_read(redacted) -> None:
    fixtures, output, _ = redacted
    kept = read = 0
    for fx, blob in zip(fixtures, media(output).values(), strict=True):
        joined = "".join(read_words(blob))
        for word in fx.kept:
            kept += 1
            read += fold(word) in joined
    assert read / kept >= 0.9, f"{read} of {kept}"


def test_a_person_in_a_picture_gets_the_initials_the_text_gives(engine: Redactor, tmp_path: Path) -> None:
    source = tmp_path / "imr.docx"
    source.write_bytes(picture_docx([genogram_fixture()], ["Abigail Okafor was referred by Doctor Renwick."]))
    engine.forget_people()
    plan = engine.redact_file(source, tmp_path / "out.docx", review=False).plan
    mentions = [c for c in plan.changes if c.original in ("Abigail Okafor", "Okafor")]
    assert {c.person_id for c in mentions} == {mentions[0].person_id}
    assert any(c.segment_id.startswith("word/media/") for c in mentions)
    assert any(not c.segment_id.startswith("word/media/") for c in mentions)


def test_a_name_still_read_after_covering_refuses_the_file(engine: Redactor, tmp_path: Path, monkeypatch) -> None:
    """Fail closed: a cover that hides nothing is caught by reading the picture again."""
    monkeypatch.setattr(pictures, "cover", lambda blob, reading, covers, drawn=(): blob + b"")
    source = tmp_path / "imr.docx"
    source.write_bytes(picture_docx([genogram_fixture()]))
    engine.forget_people()
    with pytest.raises(RedactorError, match=r"in picture 1, a name or detail is still read .*--remove-embedded"):
        engine.redact_file(source, tmp_path / "out.docx", review=False)
    assert not (tmp_path / "out.docx").exists()
    engine.remove_embedded = True
    try:
        done = engine.redact_file(source, tmp_path / "out.docx", review=False)
    finally:
        engine.remove_embedded = False
    output = done.output.read_bytes()
    assert media(output) == {} and drawings(output) == 0
    assert "1 picture(s) removed: a covered name or detail was still read in them (--remove-embedded)" in done.findings


def test_pictures_the_engine_cannot_read_refuse_the_file_with_the_fix(engine: Redactor, tmp_path: Path,
                                                                      monkeypatch) -> None:
    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setattr(ocr, "_failure", "the OCR engine is not installed (ImportError)")
    monkeypatch.setattr(pictures, "_read_cache", {})
    source = tmp_path / "imr.docx"
    source.write_bytes(picture_docx([genogram_fixture()]))
    engine.forget_people()
    with pytest.raises(RedactorError) as refused:
        engine.redact_file(source, tmp_path / "out.docx", review=False)
    assert str(refused.value) == ("imr.docx: holds pictures, but the OCR engine is not installed (ImportError); "
                                  "reinstall redactor with its dependencies (pip install --force-reinstall redactor), "
                                  "or pass --remove-embedded")


def test_a_document_without_pictures_never_loads_the_engine(tmp_path: Path) -> None:
    """The 100-page IMR without pictures stays as fast as before: no OCR import at all."""
    import subprocess
    import sys

    from tests.builders.pictures import picture_docx as build

    (tmp_path / "imr.docx").write_bytes(build([], TEXT))
    script = ("import sys; from redactor.api import Redactor; from pathlib import Path; "
              "Redactor.create().redact_file(Path('imr.docx'), review=False); "
              "print(sorted(m for m in ('onnxruntime', 'rapidocr', 'cv2') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "[]"
