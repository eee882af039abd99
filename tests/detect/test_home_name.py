"""Homes named without a street word, where the text says someone lives (no spaCy needed)."""
import pytest

from redactor.detect.recognizers.home_name import HomeNameRecognizer
from redactor.rules import load_rules


@pytest.fixture(scope="module")
def recognizer() -> HomeNameRecognizer:
    return HomeNameRecognizer(load_rules())


def found(recognizer, text):
    return sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"])})


@pytest.mark.parametrize("text,expected", [
    # after a verb of living and "at": before a listed town, or in a Welsh house name's shape
    ("Her brother, a slater living at Bryn Eithin, Llysfaen, gave evidence.", ["Bryn Eithin"]),
    ("He lives at Hill Top, Bradfield, with his wife.", ["Hill Top"]),
    ("A slater living at Bryn Eithin in Llysfaen gave evidence.", ["Bryn Eithin"]),
    ("Her son, who still lives at Tan-yr-Allt, was told.", ["Tan-yr-Allt"]),
    ("They resided at Ty-n-y-Coed until 1990.", ["Ty-n-y-Coed"]),
    ("William Williams, a quarryman living at Erw Llewelyn, Llysfaen, identified the body.", ["Erw Llewelyn"]),
    ("Brian, who still lives at Pen-y-Coppy, and Maureen.", ["Pen-y-Coppy"]),
    # a witness's name and occupation, then the home with a street or home word, a town and a verb
    ("JO, labourer, Sea View, Old Colwyn, said that he saw the fall.", ["Sea View"]),
    ("MP, farmer, Tyddyn Farm, Abergele, told the inquest", ["Tyddyn Farm"]),
    ("RW, a retired collier, Bryn Awel, Mostyn, deposed that he found the body.", ["Bryn Awel"]),
    ("Elias Davies, quarryman, Ocean View, Old Colwyn, said that he was one of a gang.", ["Ocean View"]),
    # a home's name with a home word just after a person's, as minutes give it
    ("E. Jones suggested James Thomas, Bryn Lodge, Clerk to contact him.", ["Bryn Lodge"]),
    ("Present: J. Thomas, Rose Cottage; Mr Price, Manor Farm.", ["Manor Farm", "Rose Cottage"]),
    # named after a home word
    ("The next farm was Pen-y-Gaer, where the Joneses lived.", ["Pen-y-Gaer"]),
    ("They bought a cottage called Bryn Awel near the chapel.", ["Bryn Awel"]),
    ("Their house is Rose Cottage, on the hill.", ["Rose Cottage"]),
    ("The family farm, Pen-y-Gaer, was sold in 1990.", ["Pen-y-Gaer"]),
    ("She died at her home, Arden House, Solihull.", ["Arden House"]),
    ("The property, Ivy Cottage, was searched.", ["Ivy Cottage"]),
    # a street after someone's home, between commas or dashes, with the home's name before it or not
    ("The cortège will leave his family home - Glasfryn, Tenby Road - at 11:30am.", ["Glasfryn, Tenby Road"]),
    ("She died at her home, 12 Mill Lane, on Tuesday.", ["12 Mill Lane"]),
    ("He was found at their home, Ty Gwyn, Heol y Parc, Cardiff.", ["Ty Gwyn, Heol y Parc"]),
    ("at the family home – Rose Cottage, Mill Lane – in May", ["Rose Cottage", "Rose Cottage, Mill Lane"]),
    # ... or the home's name alone, on no list of names, before lower-case words
    ("The cortège will leave the family home, Glasfryn, on Friday.", ["Glasfryn"]),
    ("She died at her home - Bryngolau - at 11am.", ["Bryngolau"]),
    # a family history's or a deed's homes: before "in the parish of", before a description of the person
    # after a listed name's "of", after "the <surname> family of", after a home word and "of" before a town
    ("the son of Evan and Ann Jones of Penrhiwgoch farm in the parish of Trelech.", ["Penrhiwgoch"]),
    ("a lease of Maesglas and Blaencwm in the township of Nantmel, at a rent of £12", ["Blaencwm"]),
    ("between Hugh Owen of Tyddynbach, yeoman, and Jane Owen of Penlanfach, widow.", ["Penlanfach", "Tyddynbach"]),
    ("The land was held by the Vaughan family of Trawsgoed.", ["Trawsgoed"]),
    ("He took the farm of Cwmhwplin near Pencader.", ["Cwmhwplin"]),
    # described as a home after its name, quoted or before a comma
    ("the name of the farm and “Tan Rhos” another nearby property has its name from the lane.", ["Tan Rhos"]),
    ("In 1871 they moved to Upper Glyn, a small farm near Pencader.", ["Upper Glyn"]),
])
def test_homes_are_found(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text", [
    # a listed town, in a Welsh shape too
    "He was living at Llysfaen, Conwy, then.",
    "She lives at Betws-y-Coed now.",
    "He lives at Stoke-on-Trent.",
    # an organisation, a person's home by a title
    "He was living at Ashworth Hospital, Maghull, at the time.",
    # a town, a church, a person, a collection in a family history or a deed
    "Jacob Price of Llanboidy married Mary Lewis of Llanwinio in the parish of Trelech.",
    "He was vicar of St Mary in the parish of Llanboidy.",
    "Evans of Swansea, widow, and Davies of Cardiff, farmer; Thomas of the parish, farmer.",
    "the Smith family of Leeds; the Lloyd family of Bronwydd MSS No. 1968.",
    "the house of John Smith in Leeds; the farm of Mr Price in Clydey; the home of Mary in Leeds.",
    "She went to the home of AB in Leeds; the Smith family of NSPCC, Leeds.",
    "He was of Little Dunham in the parish of Swaffham; the Lloyd family of Kings Heath.",
    "She was living at Mrs Hughes's, Conwy.",
    # an occupation before a firm and its town: no street nor home word
    "Rhiannon Dale, solicitor, Hugh James, Cardiff, said the firm agreed.",
    # after a person's name: a court, a home word going on, a word no name before it, a service
    "Judge Thomas, Crown Court, sentenced him.",
    "James Thomas, Rose Cottage Bakery, supplied the cakes.",
    "The Clerk, Rose Cottage, wrote.",
    "James Thomas, Beech Court hostel, was there.",
    # a home word before a word that names no home
    "The house was Victorian.",
    "The farm is Welsh speaking.",
    "The house, Leeds City Council said, was empty.",
    "She knew the area, Hyde Park, well.",
    "He left the house, Leeds City Council said, on Friday.",
    "She died at her home, Sarah said, in May.",
    "He sold the house, Grade Two listed, in 2001.",
    "They left their home, Leeds, in May.",
    "She went to their house, Mrs Jones said, that night.",
    "She returned to her home, Leeds, in May.",
    "They left her house, a sheltered housing scheme, in May.",
    "She visited the home, Beech Court, a sheltered housing scheme.",
    "He was living at Ashworth Hospital in Maghull.",
    # a description that is a person's, a business's or a place's, not a home's
    "Jo Bell, a farm worker, said. Ann Roe, a property developer, said. Tan House, a care home, closed.",
    "The Swan, a public house in Leeds, shut. Hafod, a wind farm owned by the council, grew.",
    "Glascoed, a village near the farm, and Leeds, a city with a house, and the NSPCC, a house of charity.",
    # a place someone stays, not lives
    "They were staying at Tan-yr-Allt for the weekend.",
])
def test_other_names_stay(recognizer, text):
    assert found(recognizer, text) == []
