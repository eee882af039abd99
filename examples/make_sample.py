"""Write examples/sample-imr.docx and examples/sample-imr.txt: a fictional IMR
(every person, address and number is invented) in the shape of the Greater
Manchester DHR template: header table, family composition, narrative,
comprehensive chronology and action plan. The Word file also holds a genogram (a picture
of the family, as every IMR has), which names a brother the text never mentions.

    .venv/bin/python examples/make_sample.py
"""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.shared import Inches, Pt
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
TITLE = "RESTRICTED - Domestic Homicide Review in respect of Abigail Rose Okafor"
HEADER = [
    ["Domestic Homicide Review in respect of", "Abigail Rose Okafor"],
    ["Date of Birth", "14/02/1987"],
    ["Date of Death", "02/11/2021"],
    ["Details of perpetrator (s)", "Daniel Whitlock, husband of the victim"],
    ["Author of IMR", "Priya Raman, Named Nurse for Safeguarding"],
    ["Agency", "Stockport NHS Foundation Trust"],
]
FAMILY = [
    ["Name", "Date of Birth", "Relationship to Subject", "Address"],
    ["Abigail Rose Okafor", "14/02/1987", "Victim", "Flat 3, 27 Larkspur Avenue, Stockport, SK4 2JD"],
    ["Daniel Whitlock", "09/07/1984", "Husband", "Flat 3, 27 Larkspur Avenue, Stockport, SK4 2JD"],
    ["Hope Whitlock", "21/05/2015", "Daughter", "Flat 3, 27 Larkspur Avenue, Stockport, SK4 2JD"],
    ["Grace O'Neill-Okafor", "30/01/1962", "Mother", "11 Heron Way, Oldham, OL8 3QT"],
]
NARRATIVE = [
    ("Introduction", [
        "This report sets out the contact Stockport NHS Foundation Trust had with Abigail Rose Okafor, "
        "known to her family as Abi, and with her husband Daniel Whitlock between 01/01/2020 and 02/11/2021.",
        "Abi was 34 when she died. Her date of birth is 14th February 1987.",
    ]),
    ("Agency involvement", [
        "On 12/03/2021 Abi attended the Emergency Department with a facial injury and told Nurse Fuller that "
        "she had walked into a door. Dr. Kowalczyk recorded the injury but no DASH risk assessment was completed.",
        "DC 4471 Ellis of Greater Manchester Police referred the family to MARAC on 19/03/2021 after a neighbour, "
        "Mr Wiśniewski, reported shouting at 27 Larkspur Avenue.",
        "Mr Whitlock told the health visitor, Summer Bishop, that Abi's mother was \"interfering\". "
        "Ms Bishop shared this with the IDVA, who had not been able to reach Abi on 07700 900461.",
        "Hope's school nurse noted that Hope was often late. Whitlock's account to the school was not checked.",
        "Paramedic Fairbanks attended on 02/11/2021 and Abi was pronounced dead at 23:40.",
    ]),
    ("Analysis of involvement", [
        "Practitioners did not always apply the DASH guidance, and the MAPPA and MARAC processes were not linked. "
        "Learning for the Community Safety Partnership is set out below in line with the Domestic Violence, "
        "Crime and Victims Act 2004. KM, the ward manager, has since introduced routine enquiry.",
        "Abi's e-mail address (abi.okafor87@example.org) and NHS number 943 476 5919 were on the referral.",
    ]),
]
CHRONOLOGY = [
    ["Date", "Time", "Source of evidence", "Name of professional", "Contact with", "Event", "Comments"],
    ["12/03/2021", "14:05", "ED notes", "Joanna Fuller", "Abi", "Attended ED with facial injury.", "No DASH completed."],
    ["19/03/2021", "10:30", "Police log", "Tom Ellis", "Daniel", "DC Ellis referred to MARAC.", "Policy followed."],
    ["06/04/2021", "11:00", "Health visiting record", "Summer Bishop", "Hope", "Home visit; Mr Whitlock present.",
     "Abi not seen alone."],
    ["02/11/2021", "23:10", "Ambulance record", "Lee Fairbanks", "Abi", "Call handler Raman took the 999 call.",
     "Response within target."],
]
# the genogram: (label, second line, x, y, male, deceased); a partner line and a child line join them
GENOGRAM = [
    ("Abigail Okafor (34)", "d. 02/11/2021", 430, 60, False, True),
    ("Daniel Whitlock (37)", "", 130, 60, True, False),
    ("Hope Whitlock (6)", "b. 21/05/2015", 280, 330, False, False),
    ("Grace O'Neill-Okafor (59)", "", 730, 60, False, False),
    ("Samuel Okafor (31)", "b. 03/08/1990", 730, 330, True, False),
]
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ACTIONS = [
    ["Recommendation", "Key actions", "Lead officer", "Target date"],
    ["Routine enquiry in ED", "Train all ED staff in DASH", "Head of Safeguarding", "31/03/2022"],
]


def write_docx(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "RESTRICTED - IMR: Abigail Rose Okafor"
    doc.sections[0].footer.paragraphs[0].text = "Author: Priya Raman, Stockport NHS Foundation Trust"
    doc.add_heading(TITLE, level=1)
    for rows in (HEADER, FAMILY):
        _table(doc, rows)
        doc.add_paragraph()
    doc.add_paragraph("Genogram")
    doc.add_picture(io.BytesIO(genogram()), width=Inches(6))
    for heading, paragraphs in NARRATIVE:
        doc.add_heading(heading, level=2)
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.add_heading("Comprehensive Agency Chronology", level=2)
    _table(doc, CHRONOLOGY)
    doc.add_heading("Single Agency Recommendations for Action", level=2)
    _table(doc, ACTIONS)
    doc.core_properties.author = "Priya Raman"
    doc.core_properties.title = "IMR Abigail Okafor"
    doc.save(path)


def genogram() -> bytes:
    """The family as a genogram: squares for men, circles for women, a cross for the dead."""
    img = Image.new("RGB", (1100, 560), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 20) if FONT.exists() else ImageFont.load_default(20)
    d.line([(210, 100), (470, 100)], fill="black", width=3)  # Daniel and Abigail
    d.line([(340, 100), (340, 330)], fill="black", width=3)  # their daughter
    d.line([(510, 100), (770, 100)], fill="black", width=3)  # Abigail and her mother
    d.line([(770, 140), (770, 330)], fill="black", width=3)  # the mother's son
    for label, second, x, y, male, deceased in GENOGRAM:
        box = [x, y, x + 80, y + 80]
        (d.rectangle if male else d.ellipse)(box, outline="black", width=3)
        if deceased:
            d.line(box, fill="black", width=2)
        d.text((x - 40, y + 92), label, font=font, fill="black")
        if second:
            d.text((x - 40, y + 120), second, font=font, fill="black")
    d.text((900, 470), "Key", font=font, fill="black")
    d.text((900, 500), "Male  Female  Deceased", font=font, fill="black")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _table(doc, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
            if r == 0 and len(rows[0]) > 2:
                table.cell(r, c).paragraphs[0].runs[0].bold = True


def write_txt(path: Path) -> None:
    lines = [TITLE, *("\t".join(r) for r in HEADER), "Family Composition", *("\t".join(r) for r in FAMILY)]
    for heading, paragraphs in NARRATIVE:
        lines += [heading, *paragraphs]
    lines += ["Comprehensive Agency Chronology", *("\t".join(r) for r in CHRONOLOGY),
              "Single Agency Recommendations for Action", *("\t".join(r) for r in ACTIONS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_docx(HERE / "sample-imr.docx")
    write_txt(HERE / "sample-imr.txt")
