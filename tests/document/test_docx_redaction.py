"""Every place of a .docx is exposed as segments and redacted by render(), checked on the
raw bytes of every part of the output zip, without any NLP."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from redactor.document.base import by_segment, splice
from redactor.document.docx import DocxDocument
from redactor.document.docx.ns import q
from redactor.errors import RedactorError
from tests.builders.docx_builder import FRAGMENTS, NAME, SECRETS, DocxBuilder, changes_for, every_place

PATH = Path("review.docx")


@pytest.fixture(scope="module")
def source() -> bytes:
    return every_place()


@pytest.fixture(scope="module")
def doc(source: bytes) -> DocxDocument:
    return DocxDocument.load(PATH, source)


@pytest.fixture(scope="module")
def output(doc: DocxDocument) -> dict[str, bytes]:
    return parts(doc.render(changes_for(doc.segments)))


def parts(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def root(blob: dict[str, bytes], part: str) -> etree._Element:
    return etree.fromstring(blob[part])


def test_source_holds_the_data_everywhere(source: bytes) -> None:
    leaked = {n for n, b in parts(source).items() if NAME.encode() in b}
    assert {"word/document.xml", "word/footnotes.xml", "word/comments.xml", "docProps/custom.xml",
            "word/charts/chart1.xml", "word/diagrams/drawing1.xml", "customXml/item9.xml"} <= leaked


def test_no_known_string_left_in_any_part(output: dict[str, bytes]) -> None:
    found = [(part, s) for part, blob in output.items() for s in SECRETS + FRAGMENTS
             if s.lower().encode() in blob.lower()]
    assert found == []


@pytest.mark.parametrize("location", [
    "header (section 1, default)", "header (section 1, first)", "header (section 1, even)",
    "footer (section 1, default)", "footer (section 1, first)", "footer (section 1, even)",
    "header (section 2, default)", "footer (section 2, default)", "footnote 1", "endnote 1", "comment 0",
    "text box 1", "chart 1, paragraph 1", "chart 1, label", "SmartArt data 1",
    "(deleted text)", "(field code)", "field code", "alt text", "image title", "table 1 caption",
    "table 1 description", "link tooltip", "link target", "document properties, title",
    "document properties, subject", "document properties, keywords", "document properties, comments",
    "document properties, category", "table 1, row 2, column 'Address', table 1, row 1, column 1",
])
def test_place_is_a_segment(doc: DocxDocument, location: str) -> None:
    assert any(location in s.location for s in doc.segments)


def test_ids_are_stable_and_unique(source: bytes, doc: DocxDocument) -> None:
    again = DocxDocument.load(PATH, source)
    assert [(s.id, s.text) for s in again.segments] == [(s.id, s.text) for s in doc.segments]
    assert len({s.id for s in doc.segments}) == len(doc.segments)
    assert doc.segments[0].id == "word/document.xml#p1"


def test_table_cells_carry_their_labels(doc: DocxDocument) -> None:
    dob = next(s for s in doc.segments if s.text == "12/04/1984" and "table" in s.location)
    assert (dob.column_header, dob.row_label) == ("Date of Birth", NAME)


def test_deleted_text_is_its_own_segment(doc: DocxDocument) -> None:
    deleted = [s for s in doc.segments if s.id.endswith(".del")]
    assert len(deleted) == 1 and deleted[0].text.startswith("Deleted: ")
    current = next(s for s in doc.segments if s.id == deleted[0].id[:-4])
    assert "Deleted" not in current.text


def test_text_box_copies_are_one_segment_and_both_redacted(doc: DocxDocument, output: dict[str, bytes]) -> None:
    assert sum("text box" in s.location for s in doc.segments) == 1
    body = root(output, "word/document.xml")
    boxes = list(body.iter(q("w:txbxContent")))
    assert len(boxes) == 2
    texts = ["".join(t.text for t in box.iter(q("w:t"))) for box in boxes]
    assert texts[0] == texts[1] and "[X]" in texts[0]


def test_every_paragraph_segment_reads_back_as_spliced(doc: DocxDocument, output: dict[str, bytes]) -> None:
    changes = by_segment(changes_for(doc.segments))
    blob = io.BytesIO()
    with zipfile.ZipFile(blob, "w") as zf:
        for name, data in output.items():
            zf.writestr(name, data)
    after = {s.id: s.text for s in DocxDocument.load(PATH, blob.getvalue()).segments}
    for s in doc.segments:
        if "#p" in s.id:
            assert after[s.id] == splice(s.text, changes.get(s.id, [])), s.location


def test_metadata_cleared(output: dict[str, bytes]) -> None:
    core = root(output, "docProps/core.xml")
    assert [core.find(q(n)) for n in ("dc:creator", "cp:lastModifiedBy")] == [None, None]
    app = root(output, "docProps/app.xml")
    ep = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    assert [app.find(ep + n) for n in ("Company", "Manager", "Template")] == [None, None, None]
    assert not any(n.startswith(("docProps/custom", "docProps/thumbnail")) for n in output)
    assert b"custom" not in output["_rels/.rels"] and b"thumbnail" not in output["_rels/.rels"]
    assert b"custom.xml" not in output["[Content_Types].xml"]
    settings = root(output, "word/settings.xml")
    for name in ("w:docVars", "w:mailMerge", "w:attachedTemplate", "w:rsids"):
        assert settings.find(q(name)) is None
    assert b"attachedTemplate" not in output.get("word/_rels/settings.xml.rels", b"")
    assert not any(b"w:rsid" in blob for blob in output.values())


def test_reviewer_names_bookmarks_and_object_names_neutral(output: dict[str, bytes]) -> None:
    comment = root(output, "word/comments.xml").find(q("w:comment"))
    assert (comment.get(q("w:author")), comment.get(q("w:initials"))) == ("Reviewer", "R")
    person = root(output, "word/people.xml")[0]
    assert person.get(q("w15:author")) == "Reviewer" and len(person) == 0
    body = root(output, "word/document.xml")
    names = {b.get(q("w:name")) for b in body.iter(q("w:bookmarkStart"))}
    # "_Split" and "_JoannaPemberton" are not Word's own names (_Toc1, _GoBack): renamed too
    assert names == {f"_bm{n}" for n in range(1, 6)}
    refs = {t.text.split()[1] for t in body.iter(q("w:instrText")) if (t.text or "").startswith(" REF")}
    assert refs == {"_bm2", "_bm4", "_bm5"}
    assert {d.get("name") for d in body.iter(q("wp:docPr"))} >= {"Picture 101", "Picture 301"}


def test_bound_content_control_data_follows_the_control(output: dict[str, bytes]) -> None:
    item = root(output, "customXml/item9.xml")
    assert [el.text or "" for el in item] == ["[X]", ""]


def test_findings_name_what_was_found_without_text(doc: DocxDocument) -> None:
    found = doc.findings()
    for expected in ("custom document properties removed", "thumbnail picture removed",
                     "document variables removed", "mail-merge data source removed",
                     "attached template reference removed", "1 picture(s) re-encoded", "AutoText (glossary) removed"):
        assert any(f.startswith(expected) for f in found), expected
    assert not any(s.lower() in f.lower() for f in found for s in SECRETS + FRAGMENTS)


def test_accept_revisions_first(source: bytes) -> None:
    accepted = DocxDocument.load(PATH, source, accept_revisions=True)
    assert not any(s.id.endswith(".del") for s in accepted.segments)
    body = root(parts(accepted.render([])), "word/document.xml")
    assert body.find(".//" + q("w:ins")) is None and body.find(".//" + q("w:del")) is None
    assert not any("Deleted:" in s.text for s in accepted.segments)


def test_embedded_objects_refused_or_removed() -> None:
    b = DocxBuilder()
    b.add_paragraph()
    b.add_ole_object()
    source = b.build()
    with pytest.raises(RedactorError, match="1 embedded object.*--remove-embedded removes them"):
        DocxDocument.load(PATH, source)
    removed = DocxDocument.load(PATH, source, remove_embedded=True)
    assert "embedded object removed" in removed.findings()
    out = parts(removed.render(changes_for(removed.segments)))
    assert not any(n.startswith("word/embeddings/") for n in out)
    assert b"oleObject" not in out["word/_rels/document.xml.rels"]
    assert root(out, "word/document.xml").find(".//" + q("w:object")) is None


def test_a_change_that_does_not_match_is_refused(doc: DocxDocument) -> None:
    good = changes_for(doc.segments)[0]
    bad = type(good)(**{**good.__dict__, "original": "something else"})
    with pytest.raises(RedactorError, match="does not match"):
        doc.render([bad])


def test_same_input_gives_byte_identical_outputs(source: bytes) -> None:
    """Fixed zip timestamps and entry order: two loads, two renders, the same bytes."""
    first, second = DocxDocument.load(PATH, source), DocxDocument.load(PATH, source)
    changes = changes_for(first.segments)
    assert first.render(changes) == second.render(changes)
    assert first.render_tracked(changes) == second.render_tracked(changes)
    with zipfile.ZipFile(io.BytesIO(first.render(changes))) as zf:
        assert zf.namelist()[0] == "[Content_Types].xml"
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)} and zf.comment == b""


def test_list_levels_without_a_label_as_libreoffice_writes_them_load() -> None:
    """LibreOffice writes an empty level text for each unnumbered list level; two of them
    made every document it saved fail with an internal error."""
    builder = DocxBuilder()
    builder.add_paragraph()
    builder.add_numbering()
    source = builder.edit(lambda pkg: pkg.put("word/numbering.xml", pkg.parts["word/numbering.xml"].replace(
        b"</w:abstractNum>", b'<w:lvl w:ilvl="1"><w:lvlText w:val=""/></w:lvl>'
                             b'<w:lvl w:ilvl="2"><w:lvlText w:val=""/></w:lvl></w:abstractNum>'))).build()
    document = DocxDocument.load(PATH, source)
    assert sum(s.location.startswith("numbering") for s in document.segments) == 1
