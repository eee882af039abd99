"""Pictures with text in them, made here with Pillow (and by hand for metafiles and SVG),
and Word files holding them: genograms (full size and shrunk to 400 px), a screenshot of
a case system, a rotated low-quality scanned letter, an EMF and a WMF with text records,
an SVG. Each comes with the words that identify someone (which must not be read in the
output) and the words that must stay (which must still be read).

Every name, address and date here is made up."""
from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.shared import Inches
from PIL import Image, ImageDraw, ImageFont

from tests.builders.docx_builder import Package, xml

FONTS = (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
         Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu or Liberation Sans from the system, else the font Pillow ships."""
    path = next((p for p in FONTS if p.exists()), None)
    return ImageFont.truetype(str(path), size) if path else ImageFont.load_default(size)


@dataclass
class Fixture:
    """A picture, the identifying words in it and the words that must stay readable."""

    name: str
    data: bytes
    ext: str
    identifying: list[str]
    kept: list[str]
    people: list[str] = field(default_factory=list)  # full names, as the text may give them


@dataclass(frozen=True)
class Relative:
    name: str
    age: int | None = None
    born: str | None = None
    died: str | None = None
    male: bool = False
    deceased: bool = False


FAMILY = (Relative("Abigail Okafor", 34, born="21/05/1990"), Relative("Marcus Whitlock", 38, male=True),
          Relative("Hope Whitlock", 8, born="14/02/2016"), Relative("Jayden Okafor", 12, male=True),
          Relative("Grace Okafor", 67, died="2019", deceased=True), Relative("Tobias Renwick", 41, male=True))


def _png(img: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **options)
    return out.getvalue()


def genogram(family: tuple[Relative, ...] = FAMILY, width: int = 1200) -> Image.Image:
    """Squares (male) and circles (female), joined by lines, a label under each with
    name, age, birth and death; a key in the corner."""
    height = int(width * 0.62)
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    s = width / 1200
    f = font(int(20 * s))
    spots = [(150, 60), (650, 60), (150, 330), (650, 330), (400, 60), (950, 330)]
    d.line([(190 * s, 100 * s), (690 * s, 100 * s)], fill="black", width=3)
    d.line([(440 * s, 100 * s), (440 * s, 300 * s), (190 * s, 300 * s), (690 * s, 300 * s)], fill="black", width=3)
    for (x, y), r in zip(spots, family, strict=False):
        box = [x * s, y * s, (x + 80) * s, (y + 80) * s]
        (d.rectangle if r.male else d.ellipse)(box, outline="black", width=3)
        if r.deceased:
            d.line([box[0], box[1], box[2], box[3]], fill="black", width=2)
        label = r.name + (f" ({r.age})" if r.age is not None else "")
        d.text(((x - 40) * s, (y + 92) * s), label, font=f, fill="black")
        extra = f"b. {r.born}" if r.born else f"d. {r.died}" if r.died else ""
        if extra:
            d.text(((x - 40) * s, (y + 120) * s), extra, font=f, fill="black")
    d.text((880 * s, 560 * s), "Key", font=f, fill="black")
    d.text((880 * s, 590 * s), "Male   Female   Deceased", font=f, fill="black")
    d.text((880 * s, 620 * s), "Partner   Household", font=f, fill="black")
    return img


def genogram_fixture(width: int = 1200, name: str = "genogram") -> Fixture:
    img = genogram(width=1200)
    if width != 1200:
        img = img.resize((width, int(img.height * width / 1200)), Image.LANCZOS)
    return Fixture(name, _png(img), "png",
                   identifying=["Abigail", "Okafor", "Marcus", "Whitlock", "Hope", "Jayden", "Grace", "Tobias",
                                "Renwick", "21/05/1990", "14/02/2016"],
                   kept=["Key", "Male", "Female", "Deceased", "Partner", "Household", "(34)", "(38)", "(8)", "(12)",
                         "(67)", "(41)", "2019"],
                   people=[r.name for r in FAMILY])


def screenshot_fixture() -> Fixture:
    """A case system's list of contacts, as a screenshot: header bar, grid, coloured rows."""
    img = Image.new("RGB", (1300, 420), (245, 245, 245))
    d = ImageDraw.Draw(img)
    f, bold = font(18), font(20)
    d.rectangle([0, 0, 1300, 50], fill=(30, 70, 130))
    d.text((20, 12), "Children's Services - Case Record", font=bold, fill="white")
    cols = [20, 270, 470, 850, 1060]
    header = ["Name", "DOB", "Address", "Worker", "Status"]
    rows = [["Abigail Okafor", "21/05/1990", "14 Larkspur Avenue, M21 9QX", "Team 3", "Open"],
            ["Hope Whitlock", "14/02/2016", "14 Larkspur Avenue, M21 9QX", "Team 3", "Open"],
            ["Marcus Whitlock", "03/11/1986", "7 Fennel Close, M22 4RT", "Team 1", "Closed"]]
    y = 80
    for x, h in zip(cols, header, strict=True):
        d.text((x, y), h, font=bold, fill="black")
    for i, row in enumerate(rows):
        y = 130 + i * 60
        d.rectangle([10, y - 10, 1290, y + 40], fill=(255, 255, 255) if i % 2 else (225, 235, 250))
        for x, cell in zip(cols, row, strict=True):
            d.text((x, y), cell, font=f, fill="black")
    d.text((20, 350), "Referral outcome: Assessment - Priority High", font=f, fill="black")
    return Fixture("screenshot", _png(img), "png",
                   identifying=["Abigail", "Okafor", "Hope", "Whitlock", "Marcus", "21/05/1990", "14/02/2016",
                                "03/11/1986", "Larkspur", "M21", "9QX", "Fennel", "M22", "4RT"],
                   kept=["Name", "DOB", "Address", "Worker", "Status", "Team", "Open", "Closed", "Referral",
                         "Assessment", "Priority", "High"],
                   people=["Abigail Okafor", "Hope Whitlock", "Marcus Whitlock"])


def letter_fixture() -> Fixture:
    """A scanned letter: an address block, a date of birth, a few lines of text, turned
    by 2 degrees and saved as a JPEG of quality 40."""
    img = Image.new("L", (1100, 1000), 250)
    d = ImageDraw.Draw(img)
    f = font(24)
    lines = [(60, "Ms Abigail Okafor"), (60, "14 Larkspur Avenue"), (60, "Manchester"), (60, "M21 9QX"),
             (60, ""), (60, "Date of birth: 21/05/1990"), (60, ""), (60, "Dear Ms Okafor,"),
             (60, "Thank you for attending the appointment"), (60, "at the clinic on 3 March. We will write"),
             (60, "again with the results of the assessment."), (60, ""), (60, "Yours sincerely,"),
             (60, "Outpatient Department")]
    for i, (x, text) in enumerate(lines):
        d.text((x, 60 + i * 45), text, font=f, fill=20)
    img = img.rotate(2, expand=False, fillcolor=250, resample=Image.BICUBIC)
    return Fixture("letter", _png(img.convert("RGB"), "JPEG", quality=40), "jpeg",
                   identifying=["Abigail", "Okafor", "Larkspur", "M21", "9QX", "21/05/1990"],
                   kept=["Dear", "Thank", "appointment", "clinic", "assessment", "sincerely", "Outpatient",
                         "Department"],  # the town is a line of the address block: removed with it
                   people=["Abigail Okafor"])


LABELS = [("Abigail Okafor (34)", 40, 140), ("b. 21/05/1990", 40, 170), ("Marcus Whitlock (38)", 400, 140),
          ("Key", 700, 300), ("Male Female Deceased", 700, 330)]


def emf(labels: list[tuple[str, int, int]] = LABELS) -> bytes:
    """An EMF drawing a box and each label as an EMR_EXTTEXTOUTW record."""
    def record(kind: int, body: bytes) -> bytes:
        return struct.pack("<II", kind, 8 + len(body)) + body
    face = "Arial".encode("utf-16-le").ljust(64, b"\0")
    logfont = struct.pack("<5i8B", -20, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0) + face
    records = [record(82, struct.pack("<I", 1) + logfont), record(37, struct.pack("<I", 1)),
               record(43, struct.pack("<4i", 40, 40, 120, 120))]
    for text, x, y in labels:
        chars = text.encode("utf-16-le")
        string = chars.ljust((len(chars) + 3) // 4 * 4, b"\0")
        dx = struct.pack(f"<{len(text)}I", *([11] * len(text)))
        body = struct.pack("<4iIff", x, y - 20, x + 11 * len(text), y, 1, 1.0, 1.0)
        body += struct.pack("<iiIII4iI", x, y - 20, len(text), 76, 0, 0, 0, -1, -1, 76 + len(string))
        records.append(record(84, body + string + dx))
    records.append(record(14, struct.pack("<III", 0, 16, 20)))
    size = 108 + sum(len(r) for r in records)
    header = struct.pack("<II4i4i", 1, 108, 0, 0, 900, 420, 0, 0, 23812, 11112)
    header += struct.pack("<4sIIIHHIIIiiii", b" EMF", 0x10000, size, len(records) + 1, 2, 0, 0, 0, 0,
                          1920, 1080, 508, 286)
    header += struct.pack("<IIIII", 0, 0, 0, 508000, 286000)
    return header + b"".join(records)


def wmf(labels: list[tuple[str, int, int]] = LABELS) -> bytes:
    """A placeable WMF drawing each label as a META_TEXTOUT record."""
    def record(function: int, body: bytes) -> bytes:
        return struct.pack("<IH", (6 + len(body)) // 2, function) + body
    face = b"Arial".ljust(32, b"\0")
    records = [record(0x02FB, struct.pack("<5h8B", -20, 0, 0, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0) + face),
               record(0x012D, struct.pack("<H", 0))]
    for text, x, y in labels:
        raw = text.encode("cp1252")
        records.append(record(0x0521, struct.pack("<H", len(raw)) + raw.ljust(len(raw) + len(raw) % 2, b"\0")
                              + struct.pack("<hh", y - 20, x)))
    records.append(record(0x0000, b""))
    words = 9 + sum(len(r) for r in records) // 2
    header = struct.pack("<HHHIHIH", 1, 9, 0x0300, words, 1, max(len(r) for r in records) // 2, 0)
    placeable = struct.pack("<IH4hHI", 0x9AC6CDD7, 0, 0, 0, 900, 420, 96, 0)
    checksum = 0
    for (w,) in struct.iter_unpack("<H", placeable):
        checksum ^= w
    return placeable + struct.pack("<H", checksum) + header + b"".join(records)


def svg(labels: list[tuple[str, int, int]] = LABELS) -> bytes:
    texts = "".join(f'<text x="{x}" y="{y}" font-family="DejaVu Sans" font-size="20">{t}</text>' for t, x, y in labels)
    return ('<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" '
            'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="900" height="420" '
            'inkscape:label="Okafor family"><title>Okafor family genogram</title>'
            '<rect x="40" y="40" width="80" height="80" fill="none" stroke="black"/>'
            f'{texts}</svg>').encode()


def metafile_fixtures() -> list[Fixture]:
    identifying = ["Abigail", "Okafor", "Marcus", "Whitlock", "21/05/1990"]
    kept = ["Key", "Male", "Female", "Deceased", "(34)", "(38)"]
    return [Fixture("emf", emf(), "emf", identifying, kept, ["Abigail Okafor", "Marcus Whitlock"]),
            Fixture("wmf", wmf(), "wmf", identifying, kept, ["Abigail Okafor", "Marcus Whitlock"]),
            Fixture("svg", svg(), "svg", identifying, kept, ["Abigail Okafor", "Marcus Whitlock"])]


def pixel_fixtures() -> list[Fixture]:
    return [genogram_fixture(), genogram_fixture(400, "genogram-400px"), screenshot_fixture(), letter_fixture()]


CONTENT_TYPES = {"emf": "image/x-emf", "wmf": "image/x-wmf", "svg": "image/svg+xml"}


def picture_docx(fixtures: list[Fixture], text: list[str] = ()) -> bytes:
    """A Word file: ``text`` paragraphs, then each picture in a paragraph of its own
    (metafiles and SVG added to the package by hand: python-docx does not take them)."""
    doc = Document()
    doc.add_heading("Individual Management Review", 1)
    for paragraph in text:
        doc.add_paragraph(paragraph)
    vector = []
    for fx in fixtures:
        doc.add_paragraph(f"Figure: {fx.name}")
        if fx.ext in CONTENT_TYPES:
            vector.append(fx)
            doc.add_paragraph(f"[[{fx.name}]]")
        else:
            doc.add_picture(io.BytesIO(fx.data), width=Inches(6))
    out = io.BytesIO()
    doc.save(out)
    pkg = Package(out.getvalue())
    for n, fx in enumerate(vector, 1):
        rid = pkg.add(f"word/media/drawing{n}.{fx.ext}", fx.data, CONTENT_TYPES[fx.ext], "word/document.xml",
                      IMAGE_REL)

        def put(root, fx=fx, rid=rid, n=n) -> None:
            for p in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
                if "".join(p.itertext()) == f"[[{fx.name}]]":
                    p.getparent().replace(p, xml(_drawing(rid, 300 + n)))
        pkg.edit_xml("word/document.xml", put)
    return pkg.to_bytes()


def _drawing(rid: str, shape: int) -> str:
    return ('<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="5486400" cy="2560320"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{shape}" name="Picture {shape}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
            f'<pic:cNvPr id="{shape}" name="Picture {shape}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
            f'<a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="5486400" cy="2560320"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')
