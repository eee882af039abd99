"""Homes, extensions and the places beside them, read by general readings (seventh stop): a name given to a home
("called", "named"), a place after "nearby", a house number glued to its street, a home after its occupier or
after a person and a comma, "The" + a name after a person's age, a home described with a town's word in its
name; an extension ending a contact line. And what each must not take: a name described as a charity or a
soap, a hearing's venue, a listed word or a person's name given to a house, a year glued to a street, a
public three-digit number. Made-up texts in the shapes met in news, minutes and agendas."""
import pytest

from redactor.casefile import CaseFile
from redactor.detect.engine import build_registry
from redactor.detect.recognizers.home_name import HomeNameRecognizer
from redactor.detect.recognizers.named_home import NamedHomeRecognizer
from redactor.detect.recognizers.street_address import StreetAddressRecognizer


@pytest.fixture(scope="module")
def recognizers(rules, vocabulary):
    extension = [r for r in build_registry(rules, vocabulary, CaseFile()).recognizers
                 if r.name == "PhoneExtensionRecognizer"]
    return [NamedHomeRecognizer(rules), HomeNameRecognizer(rules), StreetAddressRecognizer(rules), *extension]


def found(recognizers, text):
    return sorted({text[r.start:r.end] for rec in recognizers for r in rec.analyze(text, rec.supported_entities, None)
                   if r.entity_type in ("ADDRESS", "PHONE_NUMBER")})


@pytest.mark.parametrize("text,expected", [
    # a name given to someone's home, whatever its words: "The" and a common word, title-case words, one unlisted
    ("Police were called to their home, called The Granary, at 6am.", ["The Granary"]),
    ("They lived in a farmhouse named Cold Harbour until 1990.", ["Cold Harbour"]),
    ("Her cottage, called Little Orchard, was sold to a neighbour.", ["Little Orchard"]),
    ("He grew up in a house known as Tyddyn Gwyn.", ["Tyddyn Gwyn"]),
    # a place after "nearby" or "the neighbouring", read as if the word were absent
    ("She moved into her sister's home in nearby Larchwood Avenue last spring.", ["Larchwood Avenue"]),
    ("He lived at the neighbouring Mill Lane for a year.", ["Mill Lane"]),
    # a house number glued to its street, as a lost space leaves it
    ("Leeds Police Station, 27Kirkgate Road, Leeds", ["27Kirkgate Road"]),
    # a home after its occupier, and a described home though a town's word is in its name
    ("The tenants of Rookery Nook complained about the hedge.", ["Rookery Nook"]),
    ("A letter came from the owner of Badgers Holt, the adjoining property.", ["Badgers Holt"]),
    # a home's name that is a body's word too, after a person and a comma
    ("Judge Lee, sentencing AB, of Marlow Court, Derby, yesterday, said it was grave.", ["Marlow Court"]),
    # "The" and a name after a person and their age, before its town
    ("Tom Hall (29) of The Rowan in Omagh, Co Tyrone, faces a charge.", ["The Rowan"]),
    ("Amy Grant (22), of The Laurels in Lisburn, admitted the charge.", ["The Laurels"]),
    # a home described after its name as someone's home
    ("Neighbours of Willow Bank, the family home, heard screams.", ["Willow Bank"]),
    # an extension after its abbreviation, or ending a contact line after the contact's name or initials
    ("Contact: JT  4471", ["4471"]),
    ("For further information contact: RB  5521", ["5521"]),
    ("Contact officer: Jo Bell 44170", ["44170"]),
    ("Please ring ext. 2231 for details.", ["2231"]),
])
def test_homes_and_extensions_are_found(recognizers, text, expected):
    assert found(recognizers, text) == expected


@pytest.mark.parametrize("text", [
    # a name described as an organisation's or a thing's is no home
    "She volunteered at Home Farm, a charity for adults with learning disabilities.",
    "He watched Emmerdale Farm, the soap, every night.",
    # a hearing's venue before its town
    "No one appeared at the hearing, held at Elmwood House, Dartford, on Monday.",
    # a listed word or a person's name given to a house, a listed town
    "They called the house Rose. His house, named Bob Smith, was a joke. A property called Leeds.",
    # a year glued to a street's name, a lone street word in a sentence with no home
    "In 2019Main Street was closed.",
    # "called" as a verb after someone's home
    "The care home called Bupa Direct yesterday.",
    # a listed town after "nearby"
    "They moved to nearby Leeds in 2001.",
    # a court of law named as one after a person
    "Jo Roe, of Carlisle Crown Court, said it was grave.",
    # a public number, a number that goes on, a count; "extension" of a building
    "Phone: 101",
    "Contact: 2929/1",
    # a year ending a contact line is a date, not an extension
    "Contact: home visit June 2019",
    "The meeting lasted 2929 seconds and the rear extension 2019 was approved.",
    # an owner may own a business
    "The owner of Harrods, the store, said so.",
])
def test_what_only_looks_like_a_home_or_an_extension_stays(recognizers, text):
    assert found(recognizers, text) == []


@pytest.mark.parametrize("text,expected", [
    # through the whole program: a name given to a home is surer than a person's context ("named")
    ("They lived in a farmhouse named Cold Harbour until 1990.\n",
     "They lived in a farmhouse named [address removed] until 1990.\n"),
    ("Her cottage, called Little Orchard, was sold.\n", "Her cottage, called [address removed], was sold.\n"),
    ("Neighbours of Willow Bank, the family home, heard screams.\n",
     "Neighbours of [address removed], the family home, heard screams.\n"),
])
def test_a_name_given_to_a_home_goes(redact_text, text, expected):
    assert redact_text(text)[0] == expected


def test_a_home_described_once_goes_wherever_the_text_names_it_again(redact_text):
    text = ("A letter came from the owner of Badgers Holt, the adjoining property.\n\n"
            "The impact of the new shed on Badgers Holt was discussed.\n")
    assert redact_text(text)[0] == ("A letter came from the owner of [address removed], the adjoining property.\n\n"
                                    "The impact of the new shed on [address removed] was discussed.\n")


@pytest.mark.parametrize("text,expected", [
    # a former clergy house is a home's name after a titled person, whatever the surname is; the one place
    # between the home and the clause's verb is its village, never a person NER takes it for
    ("The Reverend Hill of The Old Rectory, Bunny, wrote to the council.\n",
     "The Reverend H of [address removed], Bunny, wrote to the council.\n"),
    ("Mrs Ann Cole, of The Old Vicarage, Bunny, said the hedge was hers.\n",
     "Mrs AC, of [address removed], Bunny, said the hedge was hers.\n"),
])
def test_a_village_after_a_home_stays(redact_text, text, expected):
    assert redact_text(text)[0] == expected
