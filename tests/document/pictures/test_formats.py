"""Reading and covering each kind of picture: metafiles and SVG through the text they
hold (no OCR), pixels through the OCR engine; anything unreadable refused."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from redactor.document import pictures
from redactor.document.pictures import Cover, Drawn, Unreadable
from redactor.document.pictures.metafile import read_metafile
from redactor.document.pictures.reading import Line, column_headers, fold, leaked
from tests.builders.pictures import emf, genogram, genogram_fixture, svg, wmf


@pytest.mark.parametrize("make", [emf, wmf], ids=["emf", "wmf"])
def test_metafile_text_records_are_read_and_rewritten_in_place(make) -> None:
    blob = make()
    reading = pictures.read(pictures.clean(blob))
    texts = [line.text for line in reading.lines]
    assert "Key" in texts and any("Abigail Okafor (34)" in t for t in texts)  # a WMF has no extents: one baseline
    line = next(i for i, t in enumerate(texts) if t.startswith("Abigail"))
    covered = pictures.cover(pictures.clean(blob), reading, [Cover(line, 0, 14, "AO")])
    assert len(covered) == len(blob)  # every size and offset as it was
    again = [x.text for x in read_metafile(covered).lines]
    assert not any("Abigail" in t or "Okafor" in t for t in again)
    assert any(t.startswith("AO ") and "(34)" in t for t in again)


def test_metafile_comments_are_blanked() -> None:
    """An EMF+ record or anything a program kept in a comment could hold a name."""
    blob = bytearray(emf())
    comment = b"\x46\x00\x00\x00" + (8 + 16).to_bytes(4, "little") + b"Abigail Okafor!!"
    at = blob.index(b"\x0e\x00\x00\x00", 108)  # before EMR_EOF
    blob[at:at] = comment
    blob[48:52] = len(blob).to_bytes(4, "little")
    assert b"Abigail Okafor!!" not in pictures.clean(bytes(blob))


@pytest.mark.parametrize("blob", [b"\x01\x00\x00\x00" + b"Abigail Okafor", emf()[:150],
                                  b"\x01\x00\x09\x00" + bytes(20)], ids=["not an EMF", "cut short", "damaged WMF"])
def test_damaged_metafiles_are_unreadable(blob: bytes) -> None:
    with pytest.raises(Unreadable):
        pictures.clean(blob)


def test_svg_text_is_read_and_names_and_metadata_removed() -> None:
    cleaned = pictures.clean(svg())
    assert b"Okafor family" not in cleaned and b"inkscape" not in cleaned  # title and editor's label
    reading = pictures.read(cleaned)
    assert [line.text for line in reading.lines] == ["Abigail Okafor (34)", "b. 21/05/1990", "Marcus Whitlock (38)",
                                                     "Key", "Male Female Deceased"]
    covered = pictures.cover(cleaned, reading, [Cover(0, 0, 14, "AO"), Cover(1, 3, 13, "")])
    assert b"Okafor" not in covered and b"21/05/1990" not in covered and b"AO (34)" in covered


@pytest.mark.parametrize("svg_text", [
    b'<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,AAAA"/></svg>',
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    b'<svg xmlns="http://www.w3.org/2000/svg"><use href="other.svg#a"/></svg>',
    b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(http://x/y)"/></svg>',
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>unclosed</svg>',
], ids=["a picture inside", "a script", "a link outside", "a fetch in a style", "damaged"])
def test_svg_that_loads_content_is_unreadable(svg_text: bytes) -> None:
    with pytest.raises(Unreadable):
        pictures.clean(svg_text)


@pytest.mark.parametrize("sizes", [b'width="." height="-3"', b'viewBox=". . . ."', b'viewBox="0 0 1e999 5"'])
def test_an_svg_with_sizes_that_are_no_numbers_is_still_read_and_covered(sizes: bytes) -> None:
    blob = b'<svg xmlns="http://www.w3.org/2000/svg" ' + sizes + b'><text x="." y="2">Grace Okafor</text></svg>'
    reading = pictures.read(blob)
    assert [line.text for line in reading.lines] == ["Grace Okafor"]
    covered = pictures.cover(blob, reading, [Cover(0, 0, 12, "G O")], [Drawn((0, 0, 10, 10))])
    assert b"Okafor" not in covered and b"G O" in covered


def test_pixels_are_read_with_boxes_and_covered_where_asked() -> None:
    blob = pictures.clean(genogram_fixture().data)
    reading = pictures.read(blob)
    texts = [line.text for line in reading.lines]
    first = next(i for i, t in enumerate(texts) if t.startswith("Abigail Okafor"))
    covered = pictures.cover(blob, reading, [Cover(first, 0, 14, "AO")], [Drawn((870, 552, 960, 587), "")])
    again = [line.text for line in pictures.read(covered).lines]
    assert not any("Abigail" in t or "Okafor (34)" in t for t in again)
    assert "AO" in again and "(34)" in again  # the initials written in, the age left readable
    assert "Key" not in again  # the drawn box covers the key's title
    assert "Male Female Deceased" in again


def test_pixels_keep_nothing_but_pixels() -> None:
    img = genogram(width=300)
    out = io.BytesIO()
    img.save(out, "PNG", pnginfo=_text_chunk("Author", "Abigail Okafor"))
    cleaned = pictures.clean(out.getvalue())
    assert b"Okafor" not in cleaned
    assert Image.open(io.BytesIO(cleaned)).tobytes() == img.tobytes()


def _text_chunk(key: str, value: str):
    from PIL.PngImagePlugin import PngInfo
    info = PngInfo()
    info.add_text(key, value)
    return info


def test_a_picture_pillow_cannot_read_is_unreadable() -> None:
    with pytest.raises(Unreadable):
        pictures.clean(b"\x89PNG\r\n\x1a\n" + b"Abigail Okafor")


def test_a_table_in_a_picture_gives_each_cell_its_column_header() -> None:
    def line(text: str, x: int, y: int) -> Line:
        return Line(text, 1.0, (x, y, x + 10 * len(text), y + 20))
    lines = [line("Name", 10, 10), line("DOB", 200, 10), line("Status", 400, 10),
             line("Abigail Okafor", 10, 50), line("21/05/1990", 200, 50), line("Open", 400, 50),
             line("Referral outcome", 10, 120)]
    assert column_headers(lines) == [None, None, None, "Name", "DOB", "Status", None]


def test_a_covered_word_read_again_is_a_leak_but_a_kept_one_is_not() -> None:
    forbidden = {fold("Okafor"), fold("Close")}
    expected = ["AO (34)", "Closed"]
    assert not leaked(expected, ["AO (34)", "Closed"], forbidden)  # "Closed" was there and stays
    assert leaked(expected, ["AO 0kafor (34)", "Closed"], forbidden)  # OCR confusion folded away
    assert leaked(expected, ["AOOkafor(34)", "Closed"], forbidden)  # run together


def test_a_box_drawn_on_an_svg_covers_it_in_the_svg_s_own_units() -> None:
    blob = pictures.clean(svg().replace(b'height="420"', b'height="420" viewBox="0 0 1800 840"'))
    covered = pictures.cover(blob, pictures.read(blob), [], [Drawn((340, 130, 400, 160))])  # shown at half size
    assert b'<rect x="680" y="260" width="120" height="60" fill="white"/>' in covered
    assert b">Key<" not in covered and b"Male Female" in covered  # text under the box goes, not only hidden
