"""A batch's Word files from one template share their styles byte for byte: the second one
is spared reading them, and comes out byte for byte as it would alone. Styles that name an
author, that passed only under the waiver, or that a document reaches as something other than
its styles, are read every time."""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pytest

from redactor.document.docx import DocxDocument, templates
from redactor.document.docx.package import Package
from redactor.errors import RedactorError
from tests.builders.docx_builder import SECRETS, DocxBuilder, changes_for

STYLES = "word/styles.xml"


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    """No styles kept from other tests; ``parsed`` lists each part parsed."""
    monkeypatch.setattr(templates, "_written", OrderedDict())
    parsed: list[str] = []
    xml = Package.xml

    def counted(self, part):
        if part not in self._trees:
            parsed.append(part)
        return xml(self, part)

    monkeypatch.setattr(Package, "xml", counted)
    return parsed


def document(text: str, styles_edit=None) -> bytes:
    b = DocxBuilder()
    b.add_paragraph(text)
    if styles_edit is not None:
        b.edit(lambda pkg: pkg.put(STYLES, styles_edit(pkg.parts[STYLES])))
    return b.build()


def outputs(data: bytes, **options) -> tuple:
    doc = DocxDocument.load(Path("imr.docx"), data, **options)
    changes = changes_for(doc.segments, SECRETS)
    return doc.segments, doc.findings(), doc.render(changes), doc.render_tracked(changes)


def test_the_second_document_of_a_template_skips_its_styles_and_comes_out_the_same(fresh) -> None:
    first, second = document("Joanna Pemberton-Whyte moved."), document("She lived at 14 Larkspur Avenue.")
    alone = outputs(second)
    templates._written.clear()
    outputs(first)
    fresh.clear()
    assert outputs(second) == alone
    assert STYLES not in fresh and "word/stylesWithEffects.xml" not in fresh, fresh


def test_styles_naming_an_author_are_read_every_time(fresh) -> None:
    """A tracked change of a style names its author: replaced, with a finding, in every document."""
    def change(styles: bytes) -> bytes:
        return styles.replace(b"</w:rPr></w:style>", b'</w:rPr><w:rPrChange w:id="9" w:author="Joanna Pemberton-Whyte"'
                              b' w:date="2020-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:style>', 1)
    data = document("A paragraph.", change)
    for _ in range(2):
        fresh.clear()
        _, findings, rendered, _ = outputs(data)
        assert STYLES in fresh and "comment and revision author names replaced by 'Reviewer'" in findings
        assert b"Pemberton" not in rendered


def test_styles_that_passed_under_the_waiver_are_checked_again_without_it() -> None:
    def foreign(styles: bytes) -> bytes:
        return styles.replace(b"</w:styles>", b'<x:note xmlns:x="urn:x">Joanna Pemberton-Whyte</x:note></w:styles>')
    data = document("A paragraph.", foreign)
    _, findings, _, _ = outputs(data, allow_unknown_parts=True)
    assert any("kept unchecked" in f for f in findings)
    with pytest.raises(RedactorError, match="does not know"):
        outputs(data)


def test_styles_under_another_relationship_are_read_as_what_they_are_there(fresh) -> None:
    """The same styles bytes reached as custom XML data are that document's custom XML: read
    and checked as such, not written as the styles kept from the first document."""
    def as_custom_xml(pkg) -> None:
        def retype(rels) -> None:
            for rel in rels:
                if rel.get("Type", "").endswith("/styles"):
                    rel.set("Type", rel.get("Type").rpartition("/")[0] + "/customXml")
        pkg.edit_xml("word/_rels/document.xml.rels", retype)
    b = DocxBuilder()
    b.add_paragraph("Joanna Pemberton-Whyte moved.")
    second = b.edit(as_custom_xml).build()
    alone = outputs(second)
    templates._written.clear()
    outputs(document("A paragraph."))
    fresh.clear()
    assert outputs(second) == alone
    assert STYLES in fresh, fresh
