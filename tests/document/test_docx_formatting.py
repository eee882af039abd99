"""Formatting survives redaction: untouched runs keep their properties, a replacement
takes the formatting of the run where the replaced text began, structure is unchanged."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from redactor.document.docx import DocxDocument
from redactor.document.docx.ns import q
from tests.builders.docx_builder import NAME, DocxBuilder, changes_for, every_place, run

PATH = Path("review.docx")


def redact(source: bytes, replacement: str = "J P-W") -> docx.document.Document:
    doc = DocxDocument.load(PATH, source)
    return docx.Document(io.BytesIO(doc.render(changes_for(doc.segments, replacement=replacement))))


def paragraph(document: docx.document.Document, starts: str) -> docx.text.paragraph.Paragraph:
    return next(p for p in document.paragraphs if p.text.startswith(starts))


def props(r: docx.text.run.Run) -> tuple:
    return (r.text, r.bold, r.italic, r.underline, r.font.color.rgb, r.font.size, r.style.name)


@pytest.fixture(scope="module")
def pair() -> tuple[docx.document.Document, docx.document.Document]:
    source = every_place()
    return docx.Document(io.BytesIO(source)), redact(source)


def test_untouched_runs_keep_their_formatting(pair) -> None:
    before, after = (paragraph(d, "Bold lead") for d in pair)
    assert before.style.name == after.style.name == "Heading 2"
    untouched = [props(r) for r in before.runs if NAME not in r.text]
    assert [props(r) for r in after.runs if "J P-W" not in r.text] == untouched
    assert after.text == before.text.replace(NAME, "J P-W")


def test_name_across_runs_bookmark_and_proof_marks_takes_first_run_formatting(pair) -> None:
    after = paragraph(pair[1], "Split")
    assert after.text == "Split: J P-W end."
    replaced = next(r for r in after.runs if r.text == "J P-W")
    assert replaced.bold and not replaced.italic and not replaced.underline
    assert after._p.find(q("w:bookmarkStart")) is not None


def test_name_across_a_hyperlink_boundary() -> None:
    b = DocxBuilder()
    rid = b.doc.part.relate_to("https://example.org/", "http://schemas.openxmlformats.org/officeDocument/"
                               "2006/relationships/hyperlink", is_external=True)
    b.add_body_xml(f'<w:p>{run("See " + NAME[:7], "<w:i/>")}<w:hyperlink r:id="{rid}">'
                   f'{run(NAME[7:] + " online", "<w:b/>")}</w:hyperlink></w:p>')
    after = redact(b.build())
    p = after.paragraphs[-1]
    assert p.text == "See J P-W online"
    assert [(r.text, r.italic) for r in p.runs] == [("See ", True), ("J P-W", True)]


def test_name_beside_a_drawing_in_the_same_run_keeps_the_drawing() -> None:
    b = DocxBuilder()
    b.add_body_xml(f'<w:p><w:r><w:t>{NAME[:6]}</w:t><w:footnoteReference w:id="1"/>'
                   f'<w:t xml:space="preserve">{NAME[6:]} wrote.</w:t></w:r></w:p>')
    out = redact(b.build())
    p = out.paragraphs[-1]._p
    assert "".join(t.text for t in p.iter(q("w:t"))) == "J P-W wrote."
    assert p.find(".//" + q("w:footnoteReference")) is not None


def test_structure_and_images_unchanged(pair) -> None:
    before, after = (d.element.body for d in pair)
    for tag in ("w:p", "w:tbl", "w:tr", "w:tc", "w:sectPr", "w:drawing", "w:fldChar", "a:blip"):
        assert len(list(before.iter(q(tag)))) == len(list(after.iter(q(tag)))), tag
    blip = next(after.iter(q("a:blip")))
    image = pair[1].part.related_parts[blip.get(q("r:embed"))]
    assert image.blob.startswith(b"\x89PNG")


def test_styles_numbering_and_sections_survive(pair) -> None:
    before, after = pair
    # every style stays, in order; a style name Word does not build in becomes "Style <n>"
    assert [s.style_id for s in before.styles] == [s.style_id for s in after.styles]
    assert [s.name for s in after.styles if not s.builtin and s.name.startswith("Style ")] == ["Style 1"]
    assert len(before.sections) == len(after.sections) == 2
    assert after.sections[0].different_first_page_header_footer
