"""``redactor batch``: one case for a folder, reports, skips, refusals, workers."""
from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from redactor.batch import batch_inputs, review_dirs, skipped_files
from redactor.cli import app
from tests.builders.compound import compound_file
from tests.builders.docx_builder import DocxBuilder, emf_with_text, paragraphs_docx
from tests.builders.pictures import Fixture, picture_docx, svg
from tests.builders.xlsx_builder import Sheet, XlsxBuilder
from tests.builders.zips import found_in

runner = CliRunner()


def run(*args) -> object:
    return runner.invoke(app, [str(a) for a in args])


def folder(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".docx"):
            paragraphs_docx(root / name, *text.splitlines())
        else:
            (root / name).write_text(text, encoding="utf-8")
    return root


def text_of(path: Path) -> str:
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8")


def test_inputs_keep_relative_paths_and_same_stems_get_distinct_bundles(tmp_path):
    folder(tmp_path, {"IMR.txt": "x", "IMR.docx": "x", "sub/b.md": "x", ".hidden.txt": "x",
                      "old.redacted.txt": "x", "~$lock.docx": "x", "notes.pdf": "x", "sub/old.doc": "x",
                      "old.review/review.html": "x", "old.review/tracked.docx": "x"})
    assert batch_inputs(tmp_path) == [Path("IMR.docx"), Path("IMR.txt")]
    found = batch_inputs(tmp_path, recursive=True)
    assert found == [Path("IMR.docx"), Path("IMR.txt"), Path("sub/b.md")]
    # every other file is named with what to do; hidden files, lock files and earlier outputs are not files to redact
    assert [(f.path, f.status, f.reason) for f in skipped_files(tmp_path, recursive=True)] == [
        ("notes.pdf", "skipped", "notes.pdf is a PDF: redact the Word document it was made from "
                                 "(`redactor check` can check a PDF)"),
        ("sub/old.doc", "skipped", "sub/old.doc is a Word 97-2003 document: open it in Word and save it as .docx")]
    assert review_dirs(found) == {Path("IMR.docx"): Path("IMR.docx.review"), Path("IMR.txt"): Path("IMR.txt.review"),
                                  Path("sub/b.md"): Path("sub/b.review")}


@pytest.mark.parametrize("out", [".", "redacted", "sub/deeper"])
def test_an_output_folder_inside_the_input_folder_is_refused(tmp_path, out):
    folder(tmp_path, {"a.txt": "Joe Bloggs was the victim.\n"})
    result = run("batch", tmp_path, "-o", tmp_path / out)
    assert result.exit_code == 2 and "must not be the input folder or inside it" in result.output
    assert not (tmp_path / out / "report.json").exists()


@pytest.mark.model
def test_a_corrupt_file_is_reported_and_the_others_are_done(tmp_path):
    src = folder(tmp_path / "in", {"a.txt": "Joe Bloggs was the victim.\n", "IMR.txt": "Joe was seen.\n",
                                   "IMR.docx": "Joe Bloggs met Dr Smith."})
    (src / "broken.docx").write_bytes(b"not a zip")
    (src / "old.docx").write_bytes(compound_file("WordDocument", "1Table"))
    (src / "older.doc").write_bytes(compound_file("WordDocument", "1Table"))
    out = tmp_path / "out"
    result = run("batch", src, "-o", out, "--workers", "1")
    assert result.exit_code == 2
    assert "error: broken.docx: not a valid Word document" in result.output
    assert "error: old.docx is a Word 97-2003 document: open it in Word and save it as .docx" in result.output
    assert "skipped: older.doc is a Word 97-2003 document: open it in Word and save it as .docx" in result.output
    assert "3 redacted, 2 failed, 1 skipped; report: " in result.output
    assert text_of(out / "a.txt") == "JB was the victim.\n"
    assert text_of(out / "IMR.txt") == "JB was seen.\n"   # one mapping for the batch
    assert text_of(out / "IMR.docx") == "JB met Dr S."
    assert (out / "IMR.txt.review" / "review.html").exists() and (out / "IMR.docx.review" / "tracked.docx").exists()
    report = json.loads((out / "report.json").read_text())
    by_path = {f["path"]: f for f in report["files"]}
    broken = by_path["broken.docx"]
    assert broken["status"] == "failed" and "not a valid Word document" in broken["reason"]
    assert by_path["older.doc"]["status"] == "skipped" and "Word 97-2003" in by_path["older.doc"]["reason"]
    assert by_path["a.txt"]["counts"] == {"person": 1} and by_path["a.txt"]["review"] == "a.review/review.html"
    page = (out / "report.html").read_text()
    assert 'href="IMR.docx.review/review.html"' in page and "not a valid Word document" in page
    assert "Joe" not in page and "Bloggs" not in page


@pytest.mark.model
def test_up_to_date_outputs_are_skipped_unless_forced(tmp_path):
    src = folder(tmp_path / "in", {"a.txt": "Joe Bloggs was the victim.\n", "b.txt": "Mary Field called.\n"})
    out = tmp_path / "out"
    assert run("batch", src, "-o", out, "--no-review", "--workers", "1").exit_code == 0
    (out / "a.txt").write_text("marker", encoding="utf-8")
    (src / "b.txt").write_text("Mary Field called again.\n", encoding="utf-8")
    again = run("batch", src, "-o", out, "--no-review", "--workers", "1", "--force")
    assert again.exit_code == 0 and text_of(out / "a.txt") == "JB was the victim.\n"
    (out / "a.txt").write_text("marker", encoding="utf-8")
    (src / "b.txt").write_text("Mary Field called twice.\n", encoding="utf-8")
    third = run("batch", src, "-o", out, "--no-review", "--workers", "1")
    assert text_of(out / "a.txt") == "marker"  # same input, rules, mapping and version: skipped
    assert third.exit_code == 2 and "b.txt: already exists" in third.output  # a changed input needs --force
    statuses = {f["path"]: f["status"] for f in json.loads((out / "report.json").read_text())["files"]}
    assert statuses == {"a.txt": "up to date", "b.txt": "failed"}


@pytest.mark.model
def test_a_rerun_with_the_mapping_it_wrote_skips_every_file(tmp_path):
    src = folder(tmp_path / "in", {"a.txt": "Joe Bloggs was the victim.\n", "b.txt": "Mary Field called Joe.\n"})
    out, mapping = tmp_path / "out", tmp_path / "case.json"
    assert run("batch", src, "-o", out, "--mapping", mapping, "--workers", "1").exit_code == 0
    saved = mapping.read_bytes()
    again = run("batch", src, "-o", out, "--mapping", mapping, "--workers", "1")
    assert again.exit_code == 0 and "2 up to date" in again.output
    assert mapping.read_bytes() == saved


@pytest.mark.model
def test_one_and_two_workers_give_the_same_outputs_and_mapping(tmp_path, monkeypatch):
    """Also where the workers are not forked from the batch's process (Windows, macOS) and
    each loads the model itself."""
    import redactor.batch

    src = folder(tmp_path / "in", {f"doc{i}.txt": text for i, text in enumerate([
        "Samuel Smith was the victim. Sarah Stone was his sister.\n",
        "Sam was seen by Dr Patel. Simon Sands visited.\n",
        "Sarah Stone called the police about Samuel Smith.\n",
        "Joe Bloggs, known as Jojo, was a neighbour. Jojo left.\n"])})
    runs = {}
    for n, forked in ((1, True), (2, True), (2, False)):
        if not forked:
            monkeypatch.setattr(redactor.batch, "_FORK", None)
        out, mapping = tmp_path / f"out{n}{forked}", tmp_path / f"map{n}{forked}.json"
        assert run("batch", src, "-o", out, "--no-review", "--workers", n, "--mapping", mapping).exit_code == 0
        runs[n, forked] = ({p.name: p.read_text() for p in sorted(out.glob("*.txt"))}, mapping.read_text())
    assert runs[1, True] == runs[2, True] == runs[2, False]
    assert runs[1, True][0]["doc2.txt"] == "SS2 called the police about SS.\n"


@pytest.mark.model
def test_a_folder_of_one_document_starts_no_worker_process(tmp_path, monkeypatch):
    """A worker would load the model again only to read the one document."""
    import redactor.batch

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker process was started")

    monkeypatch.setattr(redactor.batch, "ProcessPoolExecutor", no_pool)
    src = folder(tmp_path / "in", {"only.txt": "Samuel Smith was the victim.\n"})
    result = run("batch", src, "-o", tmp_path / "out", "--no-review", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "only.txt").read_text() == "SS was the victim.\n"


@pytest.mark.model
@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_share_the_model_the_batch_loaded_once(tmp_path, monkeypatch):
    """Two workers on two cores: the model and rules are loaded once, in the batch's own
    process, not again in each worker."""
    from redactor.detect.detector import Detector

    built = tmp_path / "built"
    build = Detector.__init__

    def counted(self, *args, **kwargs):
        with built.open("a") as f:
            f.write(f"{os.getpid()}\n")
        build(self, *args, **kwargs)

    monkeypatch.setattr(Detector, "__init__", counted)
    src = folder(tmp_path / "in", {"a.txt": "Samuel Smith was the victim.\n", "b.txt": "Sam was seen by Dr Patel.\n",
                                   "c.txt": "Samuel Smith called.\n"})
    result = run("batch", src, "-o", tmp_path / "out", "--no-review", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert built.read_text().split() == [str(os.getpid())]
    assert (tmp_path / "out" / "c.txt").read_text() == "SS called.\n"


@pytest.mark.model
def test_two_runs_sharing_a_mapping_file_keep_initials_and_clash_numbers(tmp_path):
    mapping = tmp_path / "case.mapping.json"
    first = folder(tmp_path / "imrs", {"police.txt": "Samuel Smith was the victim. Sarah Stone was his sister.\n"})
    assert run("batch", first, "-o", tmp_path / "out1", "--no-review", "--mapping", mapping).exit_code == 0
    assert stat.S_IMODE(mapping.stat().st_mode) == 0o600
    before = json.loads(mapping.read_text())
    assert [p["replacement"] for p in before["people"]] == ["SS", "SS2"]
    later = folder(tmp_path / "overview", {"draft.txt": "Sarah Stone and Simon Sands met. Sarah was upset.\n"})
    assert run("redact", later / "draft.txt", "--no-review", "--mapping", mapping).exit_code == 0
    # Sarah keeps SS2; a clash is numbered within a document only, so Simon is SS
    assert text_of(later / "draft.redacted.txt") == "SS2 and SS met. SS2 was upset.\n"
    after = json.loads(mapping.read_text())
    assert [p["replacement"] for p in after["people"]] == ["SS", "SS2", "SS"]
    assert {f["text"]: f["evidence"] for f in after["people"][1]["forms"]} == {
        "Sarah Stone": "full name", "Sarah": "alone"}


def batch_of_two(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    """The redacted texts of a batch of two documents, a.txt and b.txt, in one worker."""
    src = folder(tmp_path / "in", {"a.txt": a, "b.txt": b})
    assert run("batch", src, "-o", tmp_path / "out", "--no-review", "--workers", "1").exit_code == 0
    return text_of(tmp_path / "out" / "a.txt"), text_of(tmp_path / "out" / "b.txt")


@pytest.mark.model
def test_a_name_found_on_strong_evidence_travels_to_the_other_documents(tmp_path):
    _, b = batch_of_two(tmp_path, "Mr Orchard was the neighbour.\n",
                        "Orchard called the police from the apple orchard.\n")
    # a title and surname in one document: the surname alone is a name in the other
    assert b == "O called the police from the apple orchard.\n"


@pytest.mark.model
def test_a_place_read_after_a_rank_never_travels_as_a_name(tmp_path):
    a, b = batch_of_two(tmp_path,
                        "In attendance: Mr George Hamilton, Chief Constable NORTHERN IRELAND (7) Mr Mark Lane.\n",
                        "Services for victims in Northern Ireland were reviewed by Mr Hamilton.\n")
    # the rank's area stays in its document and in every other; the people go
    assert a == "In attendance: Mr GH, Chief Constable NORTHERN IRELAND (7) Mr ML.\n"
    assert b == "Services for victims in Northern Ireland were reviewed by Mr H.\n"


@pytest.mark.model
def test_a_place_read_as_a_name_never_travels_alone(tmp_path):
    a, b = batch_of_two(tmp_path, "The report was launched by Baroness Scotland and Mr John Preston.\n",
                        "Police Scotland attended. The family moved to Preston. John Preston was told.\n")
    # the peer goes in her document; the nation and the city stay in the other, the full name goes there too
    assert a == "The report was launched by Baroness S and Mr JP.\n"
    assert b == "Police Scotland attended. The family moved to Preston. JP was told.\n"


@pytest.mark.model
def test_a_place_word_found_after_a_title_goes_after_a_title_elsewhere(tmp_path):
    _, b = batch_of_two(tmp_path, "THE HONOURABLE MR. JUSTICE OPENSHAW\nMr Justice OPENSHAW: I sentence you.\n",
                        "HIS HON JUDGE OPENSHAW QC\nThe family lived in Openshaw, Manchester.\n")
    # the judge (a surname on no list that is a place too) goes after a title; the place stays
    assert b == "HIS HON JUDGE O QC\nThe family lived in Openshaw, Manchester.\n"


@pytest.mark.model
def test_a_name_inside_an_address_never_travels_as_a_name(tmp_path):
    a, b = batch_of_two(tmp_path,
                        "Trustees: COIF Charities Senator House 85 Queen Victoria Street London. Mr Tom Hale, Chair.\n",
                        "Her cake was made in the shape of the Queen Victoria boat. Mr Hale sent it.\n")
    # the street named after a queen goes as an address there, the ship stays in the other; the person goes
    assert "Queen Victoria" not in a
    assert b == "Her cake was made in the shape of the Queen Victoria boat. Mr H sent it.\n"


@pytest.mark.model
def test_each_document_is_read_once_even_when_names_travel(tmp_path, monkeypatch):
    """Detection, the second round (a name from another document) and writing share one load,
    also where the name travels into an embedded workbook and a picture."""
    import redactor.api

    src = folder(tmp_path / "in", {"a.docx": "Mr Orchard was the neighbour.", "b.docx": "Orchard called.\nHe left.",
                                   "c.txt": "Orchard and Mrs Plum met.\n"})
    book = DocxBuilder()
    book.add_paragraph("The visits are in the table.")
    book.add_spreadsheet_object(XlsxBuilder([Sheet("Visits", [["Visitor", "Visits"], ["Orchard", 3]])]).build(),
                                emf_with_text("Visits 3"))
    (src / "d.docx").write_bytes(book.build())
    tree = Fixture("svg", svg([("Orchard visited", 40, 140), ("Key", 40, 300)]), "svg", ["Orchard"], ["Key"])
    (src / "e.docx").write_bytes(picture_docx([tree], ["The family tree follows."]))
    loads = []
    read = redactor.api.load_document
    monkeypatch.setattr(redactor.api, "load_document",
                        lambda path, *a, **k: loads.append(path.name) or read(path, *a, **k))
    assert run("batch", src, "-o", tmp_path / "out", "--no-review", "--workers", "1").exit_code == 0
    assert sorted(loads) == ["a.docx", "b.docx", "c.txt", "d.docx", "e.docx"]
    assert text_of(tmp_path / "out" / "b.docx") == "O called.\nHe left."
    for name in ("d.docx", "e.docx"):
        assert not found_in((tmp_path / "out" / name).read_bytes(), ("Orchard",)), name


@pytest.mark.model
def test_a_batch_writes_its_mapping_once_with_every_documents_people(tmp_path, monkeypatch):
    """Once for the batch, not once a document (each write is the whole case: a folder of n
    documents cost n writes of a case growing with each), atomically, owner-only."""
    import redactor.api

    writes = []
    save = redactor.api.save_mapping
    monkeypatch.setattr(redactor.api, "save_mapping", lambda case, path: (writes.append(path), save(case, path)))
    src = folder(tmp_path / "in", {"a.txt": "Samuel Smith was the victim.\n", "b.txt": "Mary Field called.\n",
                                   "c.docx": "Peter Jones was her son."})
    mapping = tmp_path / "maps" / "case.json"
    mapping.parent.mkdir()
    assert run("batch", src, "-o", tmp_path / "out", "--no-review", "--mapping", mapping).exit_code == 0
    assert writes == [mapping]
    people = {f["text"] for p in json.loads(mapping.read_text())["people"] for f in p["forms"]}
    assert {"Samuel Smith", "Mary Field", "Peter Jones"} <= people
    assert [p.name for p in mapping.parent.iterdir()] == ["case.json"]  # nothing left of the writing
    assert stat.S_IMODE(mapping.stat().st_mode) == 0o600


@pytest.mark.model
def test_a_batch_stopped_after_a_document_has_its_people_in_the_mapping(tmp_path):
    """Stopped part-way (Ctrl-C), the mapping holds the people of every document written, so
    that a later run gives them the same replacements."""
    from redactor.batch import Options, run_batch

    src = folder(tmp_path / "in", {"a.txt": "Samuel Smith was the victim.\n", "b.txt": "Mary Field called.\n"})
    mapping = tmp_path / "case.json"

    def stop(result) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(src, tmp_path / "out", Options(mapping=mapping, review=False), on_file=stop)
    assert (tmp_path / "out" / "a.txt").read_text() == "SS was the victim.\n"
    assert not (tmp_path / "out" / "b.txt").exists()
    people = [f["text"] for p in json.loads(mapping.read_text())["people"] for f in p["forms"]]
    assert people == ["Samuel Smith"]
