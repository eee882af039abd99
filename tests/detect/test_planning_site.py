"""The site of a planning application in minutes (no spaCy needed)."""
import pytest

from redactor.detect.recognizers.planning_site import PlanningSiteRecognizer
from redactor.rules import load_rules


@pytest.fixture(scope="module")
def recognizer() -> PlanningSiteRecognizer:
    return PlanningSiteRecognizer(load_rules())


def found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"])})


@pytest.mark.parametrize("text,expected", [
    # the site's pieces between the number and the works; the village after them stays
    ("i. 184411 – Bramleys, The Loop, Upton Bishop – Proposed formation of vehicular access.",
     ["Bramleys", "The Loop"]),
    ("ii. 182337 Tan House Farm, Upton Bishop – Proposed erection of an agricultural building.", ["Tan House Farm"]),
    ("iv. 182594 Barland, Sargeants Lane, Kilcot – proposed conversion of a garage.", ["Barland", "Sargeants Lane"]),
    # one piece alone is the site; a street or a house number last goes too; a listed town stays
    ("182374 – Hill Top – Proposed extension to garage.", ["Hill Top"]),
    ("23/00712/FUL 12 Mill Lane, Leeds - Erection of a single storey rear extension", ["12 Mill Lane"]),
    ("DC/19/01234: Rose Cottage, Mill Lane: Change of use to a dwelling", ["Mill Lane", "Rose Cottage"]),
    ("P/2019/1234/FUL Ivy House, Church Street – Two storey side extension", ["Church Street", "Ivy House"]),
    # the words of a plot before the name it is by stay
    ("19/P/1234 – Land adjacent to Rose Cottage, Mill Lane, Upton Bishop – Erection of a dwelling",
     ["Mill Lane", "Rose Cottage"]),
    # no works after the site: to the end of its line or item, after a number only a planning authority
    # writes or an application's label; a site's lower-case words in brackets aside, the village last stays
    ("- 21/503311/SUB Larkrise Orchard Road\nConsultee comment on discharge of conditions", ["Larkrise Orchard Road"]),
    ("- 19/01234/HOUSE PROPOSAL: 7 Brook Close Upper Hale", ["7 Brook Close Upper Hale"]),
    ("4.2 Application 181234 Land at Windrush, Kilcot.\nDescription: Erection of a barn", ["Windrush"]),
    ("4.3 Application: 181299 Bramble Knap, Gorsley\nDescription: Porch", ["Bramble Knap"]),
    ("Planning Application: PA18/03092 Tregenna, Polgooth", ["Tregenna"]),
    ("3.1 JR – Planning Application - 0/45120 Bryn Eithin Llangernyw (should read Bryn Eithin Uchaf) 3.2 EW",
     ["Bryn Eithin Llangernyw", "Bryn Eithin Uchaf"]),
    # a site named before "planning application"
    ("Cllr Jones declared an interest in the Tyn Llidiart planning application.", ["Tyn Llidiart"]),
    ("Members discussed the Hafod Wen planning applications at length.", ["Hafod Wen"]),
    # a community's number, a letter and the application's ("15C30H/FR"), the site to the end of its line
    ("7.1  12C34H/FR – Ty Gwyn Farm, Malltraeth\n\n7.2  18C225B – Bron Haul, Llanfair", ["Bron Haul", "Ty Gwyn Farm"]),
    # a business's name stays
    ("7.7  45C84R/ECON – The Dune Café, Sea Lodge, Newborough", ["Sea Lodge"]),
    # an application's label and no number, before a site shaped as a home's or a street's
    ("1.  A) Planning Application – Home Farm, Allington\n\nCouncillor Jones took the chair.", ["Home Farm"]),
    # an item of a list of applications: its mark, a number and the site's pieces to its line's end
    ("iv. 174210 Meadow View, Kiln Lane, Gorsley\n", ["Kiln Lane", "Meadow View"]),
    # an authority's letter and a stop before its number, a stop after it ("S.15/1746/OUT.")
    ("of a Planning Application (S.16/0412/FUL. The Old Forge, Weston. Outline application", ["The Old Forge"]),
])
def test_sites_are_found(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # no works after the dash, no application's number, a year, an organisation's premises
    "182339 – Tuffets, The Line, Linton – Following discussion, it was resolved.",
    "The Line, Linton – Proposed formation of vehicular access.",
    "In 2019 – Smith, Jones – proposed a motion.",
    "182400 – Linton Village Hall – Proposed extension.",
    # a date's year, an amount, a phone number before names and a dash
    "On 12 March 2019, Smith, Jones – Proposed by Cllr Green.",
    "£125000 – Smith – Proposed by the Chair.",
    "Minute 202301 – Smith, Jones – Proposed by Cllr Green and agreed.",
    # an application's number before a sentence, a decision, another line, no label; an organisation's site
    "Application 170522 RESOLVED to support the application.",
    "Application: PA18/03092 Members agreed to object to it.",
    "the earlier approved application number 163225 for 2 dwellings",
    "Subject to 19/505241/FULL\nUnanimously AGREED to recommend approval",
    "Case 182339 Anne Jones\nRef: 2017NICORONER5 Belfast",
    "3.4 Application: 171321 Land adjacent to Brampton Abbotts Village Hall",
    # a town's, a person's, an organisation's planning application
    "the Leeds planning application, the Council planning application and the Smith planning application",
    "the HMO planning application was refused.",
    # after a label and no number, a site shaped as no home, an organisation's; an item's number alone
    "A) Planning Application – Update from the Clerk\nB) Planning Application: Village Hall, Allington",
    "Planning Application – Wilson\n7.1 2019 – Smith, Jones",
    # an item's mark and a number before people's names, a committee and a hall
    "2. 104562 Jones, Mary\n3. 123456 Finance Committee, Village Hall\n",
])
def test_other_numbers_and_names_stay(recognizer, text):
    assert found(recognizer, text) == []


def test_a_site_after_a_label_and_no_number_goes_through_the_whole_program(redact_text):
    # no five digits in the text: the label alone brings it to the recognizer
    text = "1.  A) Planning Application – Home Farm, Allington\n\nCouncillor Jones took the chair.\n"
    assert "Home Farm" not in redact_text(text)[0]
