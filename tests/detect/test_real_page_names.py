"""Kinds of name mention real UK public pages write (judgments' headings, minutes, news
captions and bylines, tributes, pages copied from PDFs) that no name list need hold:
recognizer-level tables of what each rule finds, and what it must leave alone. No spaCy."""
import pytest

from redactor.detect.handles import Handles
from redactor.detect.line_break_names import LineBreakNames
from redactor.detect.recognizers.known_names import QuotedLowerCaseRecognizer
from redactor.detect.recognizers.party_caption import PartyCaptionRecognizer
from redactor.detect.recognizers.people_list import PeopleListRecognizer
from redactor.detect.recognizers.person_context import PersonContextRecognizer
from redactor.detect.recognizers.titled_person import TitledPersonRecognizer
from redactor.types import Segment

ENGLISH = frozenset({"others", "grace", "house", "station", "whether", "garden"})  # a stand-in dictionary


def found(recognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"]


def lines(text: str) -> list[Segment]:
    return [Segment(f"L{i}", line, f"line {i}") for i, line in enumerate(text.split("\n")) if line.strip()]


@pytest.mark.parametrize("text,expected", [
    # a party's name in capitals before its party's word, on its line; a numbered run-on list of parties
    ("PRZEMYSLAW JANKOWSKI Appellant", ["PRZEMYSLAW JANKOWSKI"]),
    ("Jane Moss (2) Respondent", ["Jane Moss"]),
    ("(1) RH2 (2) MV (3) NICOS SAVVA aka NS (4) CHRYSTALLA SAVVA or MV and (5) CL Accused and Respondents",
     ["NICOS SAVVA", "CHRYSTALLA SAVVA"]),
    # ... or after its party's word as a label opening the line
    ("CASE REF: 17430/19\nCLAIMANT: Denen Beeka\nRESPONDENTS: 1. Lloyds Banking Group PLC", ["Denen Beeka"]),
    ("Claimant: Jane Moss", ["Jane Moss"]),
    ("Applicant: Leeds City Council", []),
    ("RESPONDENT: Chief Constable of the PSNI", []),
    ("Claimant: not named", []),
    # bodies, offices, the Crown and places in that place stay
    ("REGIONAL COURT OF TORUN, POLAND Respondent", []),
    ("THE CROWN PROSECUTION SERVICE Respondent", []),
    ("SECRETARY OF STATE FOR THE HOME DEPARTMENT Respondent", []),
    ("HM ADVOCATE Appellant", []),
    ("GENERAL MEDICAL COUNCIL Appellant", []),
    ("METROPOLITAN POLICE COMMISSIONER Defendant", []),
    ("NORTHERN IRELAND Respondent", []),
    # no party's word: no heading
    ("(3) NICOS SAVVA aka NS", []),
    ("The Appellant was represented. Counsel for the Respondent argued.", []),
])
def test_party_caption(rules, vocabulary, text, expected):
    assert found(PartyCaptionRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Between:\nNICOS SAVVA\nClaimant\n- and -\nTHE CROWN PROSECUTION SERVICE\nDefendant", ["NICOS SAVVA"]),
    ("(1) AMINA DIALLO\n\nAppellant", ["AMINA DIALLO"]),
    ("BETWEEN:\nEC AND ZROUGE ALEXANDER\nAppellant\n-and-\nMM\nRespondent", ["ZROUGE ALEXANDER"]),
    ("GENERAL MEDICAL COUNCIL\nAppellant", []),
    ("NICOS SAVVA\nThe claimant gave evidence.", []),
])
def test_party_caption_on_the_line_above(rules, vocabulary, text, expected):
    assert [d.text for d in PartyCaptionRecognizer(rules, vocabulary).across(lines(text))] == expected


@pytest.mark.parametrize("text,expected", [
    # a first name ending a line, its surname opening the next
    ("GT, SD and Eleri\nButler were welcomed as new Board members.", ["Eleri", "Butler"]),
    ("The meeting was chaired by Dr Amara\nOkafor.", ["Amara", "Okafor"]),
    ("Minutes taken by Sarah\nJones", ["Sarah", "Jones"]),
    # a building, a station, a word, another capitalised word after it, a name already whole on its line
    ("She was referred to Grace\nHouse for support.", []),
    ("Services in Victoria\nStation were closed.", []),
    ("Members asked Jane\nwhether it was done.", []),
    ("She moved with Rose\nGarden staff.", []),
    ("It was sent to Amy\nTate Oldham Council today.", []),
    ("Tom Hughes and Tom Mary\nEvans attended.", []),
])
def test_name_split_by_a_line_break(rules, vocabulary, text, expected):
    assert [d.text for d in LineBreakNames(rules, vocabulary).find(lines(text), ENGLISH)] == expected


@pytest.mark.parametrize("text,expected", [
    ("- P.byrne@ mirror.co.uk @PaulByrne Mirror", ["PaulByrne"]),
    ("Follow @MerseyPolice and @sarah_jones88 on Twitter.", ["sarah_jones88"]),
    ("Upload: hoanganh", ["hoanganh"]),
    ("Uploaded by jsmith77", ["jsmith77"]),
    ("Posted on 12 March 2020 by tgriffiths", ["tgriffiths"]),
    # a site's category or user, a body's handle, an e-mail address
    ("Upload: others", []),
    ("Published 3 May by admin", []),
    ("Follow @WestMidsPolice for updates. Mail jo.bloggs@example.org", []),
])
def test_handles(rules, vocabulary, text, expected):
    assert [d.text for d in Handles(rules, vocabulary).find(lines(text), ENGLISH)] == expected


@pytest.mark.parametrize("text,expected", [
    # a role written after a name without a separator
    ("Safron Rose Independent review author April 2016", ["Safron Rose"]),
    ("Kath Morgan Head of Safeguarding Cwm Taf", ["Kath Morgan"]),
    # roles, services and places alone
    ("Mental Health Lead", []),
    ("Quality Assurance Manager", []),
    ("Hope Street Project Lead", []),
    ("Family Court Adviser", []),
    ("Cwm Taf Regional Safeguarding Board", []),
])
def test_role_after_a_name(rules, vocabulary, text, expected):
    assert found(PeopleListRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    # a speaker between commas before what was said, listed or a word too
    ("The chairman of the committee, which heard the report, Chuck Berry, said: \"It is tragic.\"", ["Chuck Berry"]),
    ("In a statement, Thames Valley Police, said nothing.", []),
    ("The partnership, West Mercia, said it would act.", []),
    ("The school, Head Teacher, said so.", []),
    # a nickname in quotes between a first name and a surname
    ('Ashleigh "Ash" Jenkins died in hospital.', ["Ashleigh", "Ash", "Jenkins"]),
    ("Kevin ‘Kev the Tank’ Walsh was known locally.", ["Kevin", "Kev the Tank", "Walsh"]),
    ('The "Three Counties" Partnership was formed.', []),
    # bylines and credits
    ("Feb 15, 2011 | Article By: Malamin Conteh & Sainey Marong", ["Malamin Conteh"]),
    ("Words: Bethan Lloyd | Pictures: Gareth Davies", ["Bethan Lloyd", "Gareth Davies"]),
    ("Credit: Wales News Service. Photo: Lancashire Police. By: Staff Reporter", []),
    # a photograph's caption
    ("Annabella Bell with a photograph of her mother, who was murdered", ["Annabella Bell"]),
    ("Thandiwe Mokoena (left) and her sister", ["Thandiwe Mokoena"]),
    ("Victoria Park (pictured) was closed. Chester Zoo (left) reopened.", []),
    # ages between commas, a family word and "of", an occupation before a lone first name
    ("Kacper, 19, and Wiktoria, 17, were taken to hospital.", ["Kacper", "Wiktoria"]),
    ("In Leeds, 17, people died.", []),
    ("Ayesha Siddiqui, mother of Zain, spoke outside court.", ["Zain"]),
    ("the mother of two and the son of God", []),
    ("She was accompanied by her advocate, Siobhan, from Women's Aid.", ["Siobhan"]),
    ("about Chloe herself very little was said", ["Chloe"]),
    # the first names listed after one in a person's context
    ("Thanks to Bryony, Saoirse and Ffion for their work.", ["Bryony", "Saoirse", "Ffion"]),
    ("Thanks to Bryony, Cardiff and Ffion for their work.", ["Bryony"]),
    # an age in words; first names joined by a hyphen
    ("Tributes were paid. Alfie-James, aged six, died.", ["Alfie-James"]),
    # a tribute's family: lists with initials and ages, in-laws, spouses, "of"
    ("She had 7 brothers and sisters J, D, Ann, R2, J2 and D.", ["Ann"]),
    ("their children C (29) and Mena (23) were at her side.", ["Mena"]),
    ("She doted on her grand daughters L3, M2 and Lara, and others.", ["Lara"]),
    ("L's daughter in law Nell will now read.", ["Nell"]),
    ("She was married to David for nearly 60 years.", ["David"]),
    ("born in 1951; married to Olusola and has four children.", ["Olusola"]),
    ("Daughter of Fredrick and Hannah.", ["Fredrick"]),
    ("She moved to Leeds and married in June.", []),
    ("Fern Schofield of Counsel", ["Schofield"]),
    # a list's item between initials
    ("JB, Adrian and GC, of Omagh, had appealed.", ["Adrian"]),
    # a case's subject in a heading; a surname in capitals before its first name
    ("IN THE MATTER OF MAISIE-ROSE (A CHILD)", ["MAISIE-ROSE"]),
    ("Inquest: BALOGUN, Adewale", ["BALOGUN, Adewale"]),
    ("Victim: NOWAK, Agnieszka", ["NOWAK, Agnieszka"]),
    ("SHERIFF ANDREW BERRY, Esquire, Sheriff of Grampian", []),
    ("BELFAST, Northern Ireland", []),
    ("LEEDS, Crown Court", []),
    ("NOTE, Paragraph 3", []),
    # capitals ending a role's or body's name before a comma and a name ("Portfolio Holder ELDC, David")
    ("Present: Craig Leyland, Portfolio Holder ELDC, David Loveday, Planning Officer ELDC", []),
])
def test_person_context_on_real_pages(rules, vocabulary, text, expected):
    assert found(PersonContextRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Councillors: Smith, Jones, Okafor and Brennan-Hughes.", ["Smith", "Jones", "Okafor", "Brennan-Hughes"]),
    ("Councillors: Police and Crime Panel", []),
    ("Counsel for the Local Authority: MISS A SEHAT", ["A SEHAT"]),
    ("Write to Councillors Kelly and Gray, Leeds LS1 4AB", ["Kelly", "Gray"]),
    ("Apologies for Absence Cllrs Mrs B, Dipple, Kendall, M, S2", ["Dipple", "Kendall"]),
    ("on behalf of Councillors Myla Arceno, RB, NC, Graham Lawrence CC, AM and LR.",
     ["Myla Arceno", "Graham Lawrence"]),
    ("Councillors Noakes (Vice-Chairman), Backhouse, Mrs C, E, Dr H,", ["Noakes", "Backhouse"]),
])
def test_plural_title_with_a_colon(rules, vocabulary, text, expected):
    assert found(TitledPersonRecognizer(rules, vocabulary), text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Councillors Noakes (Vice-Chairman), Backhouse, Mrs C, E, Dr H,\nPatterson, Scholes, Sloan, JS, Mrs T, T2",
     ["Patterson", "Scholes", "Sloan"]),
    ("Cllrs Smith and Jones,\nthe officers present", []),
    ("Councillors Smith and Jones.\nPatterson attended.", []),
])
def test_a_list_after_a_title_of_several_on_the_next_line(rules, vocabulary, text, expected):
    assert [d.text for d in TitledPersonRecognizer(rules, vocabulary).across(lines(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ('Her friend wrote: "God bless tara and give strength to all her family."', ["tara"]),
    ('A post read: "rip faith, love you"', ["faith"]),
    # not after a determiner, nor outside quotes, nor written with a capital (the first pass reads that)
    ('"Keep the faith," he said.', []),
    ("tara was not in quotes", []),
])
def test_known_first_name_in_lower_case_in_a_quoted_post(text, expected):
    recognizer = QuotedLowerCaseRecognizer({"tara", "faith"}, "KNOWN_PERSON", 0.8, "KnownNameRecognizer", "known")
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["KNOWN_PERSON"])] == expected


@pytest.mark.parametrize("word,listed", [("Llŷr", True), ("Seán", True), ("Wiśniewski", True), ("Sąd", False)])
def test_a_name_written_with_accents_the_list_has_without(vocabulary, word, listed):
    assert (vocabulary.in_first_names(word) or vocabulary.in_surnames(word)) is listed
