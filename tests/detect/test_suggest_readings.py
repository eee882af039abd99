"""The second reading (detect/suggest/) on its own, without spaCy's NER (only the
pipeline's dictionary): what each reading takes for possible personal data, and what it
never reads."""
from __future__ import annotations

import pytest

from redactor.decide.suggestions import SURE
from redactor.detect.lexicon import Lexicon
from redactor.detect.models import choose_pipeline, load_pipeline
from redactor.detect.suggest import Suggester
from redactor.detect.suggest.base import NameWords
from redactor.detect.suggest.contexts import PersonContexts
from redactor.detect.suggest.variants import Misspellings
from redactor.detect.suggest.wording import load_wording
from redactor.types import Kind, Segment


@pytest.fixture(scope="module")
def suggester(rules, vocabulary) -> Suggester:
    return Suggester(rules, vocabulary, Lexicon(load_pipeline(choose_pipeline().name)))


def read(suggester: Suggester, text: str, least: float = 0.0) -> set[tuple[str, Kind]]:
    """What the text-only readings find in ``text``, once admitted, ranked ``least`` or more."""
    reads = suggester._admitted(text, [*suggester.contexts.read(text), *suggester.contexts.titled_lists(text),
                                       *suggester.shapes.read(text), *suggester.lists.read(text)])
    return {(text[r.start:r.end], r.kind) for r in reads if r.score >= least}


P, A, D = Kind.PERSON, Kind.ADDRESS, Kind.DATE_OF_BIRTH


@pytest.mark.parametrize("text, expected", [
    ("her son Aleksy was at school", ("Aleksy", P)),                  # after a family word, on no list
    ("Kendal attended the meeting", ("Kendal", P)),                    # a place before a person's verb
    ("Kendal's mother called the police", ("Kendal", P)),              # owning a family member
    ("A review in relation to Clare", ("Clare", P)),                   # a person's context before it
    ("He was better known as Tiny.", ("Tiny", P)),                     # a nickname
    ("Serious Case Review: Maisie", ("Maisie", P)),                    # a pseudonym in a review's title
    ("Local Safeguarding Children Board Serious Case Review Sofia Published 22 December", ("Sofia", P)),
    ("R v Thornbury [2021] EWCA Crim 1123", ("Thornbury", P)),         # a party to a case, also a town
    ("Harker J gave judgment", ("Harker", P)),                         # surname + judge's letters
    ("Lloyd LJ agreed.", ("Lloyd", P)),
    ("MORGAN LCJ said the sentence stood", ("MORGAN", P)),
    ("Present: Amy Tate – Head of Service; Ben Ola – DI", ("Ben Ola", P)),  # a run-on attendance list
    ("Councillors Hargreaves, Okonedo and Pilbeam attended", ("Okonedo", P)),  # surnames after a plural title
    ("Tomasz Wrobel (TW) chaired the meeting", ("Tomasz Wrobel", P)),  # a name before its initials
    ("Priya to book the room.", ("Priya", P)),                         # the owner of an action
    ("the family came home.Rukhsana called", ("home.Rukhsana", P)),    # glued to the sentence before
    ("according to her familyUna Crown was", ("familyUna", P)),        # a lost space
    ("APOLOGIES: Huw Jones, TonyKillow and Carys Jones.", ("TonyKillow", P)),  # a lost space between first and surname
    ("said that April had visited often", ("April", P)),               # a month that is a first name
    ("back to their Larch Avenue home", ("Larch Avenue", A)),          # a street without a number
    ("she had been born in March 1961 in Leeds", ("March 1961", D)),   # a birth written as an event
    ("On 2 May 2001 a son, K, was born.", ("2 May 2001", D)),
    ("Vice-Chairman: Alderman S P Porter", ("S P Porter", P)),       # a surname after its initials, with them
    ("Councillors: J Laverty BEM, A Swan and N Trimble", ("A Swan", P)),  # after "A", in a list of such names
    ("Apologies were received from H Hopkins and H Jackson Co-opted Members.", ("H Jackson", P)),  # not a firm's "Co"
    ("Councillors: Craig ab Iago, Menna Baines", ("Craig ab Iago", P)),  # a Welsh particle inside a name
    ("Member Fran Gosling-Thomas FGT Rachel Dent Emma Kettle Hannah Powell Role", ("Rachel Dent", P)),  # a run of names
    ("Mr Michael Chambers BL (instructed by McNamee, Solicitors)", ("Michael Chambers", P)),  # counsel, not chambers
    ("Appellant: J Carroll, Solicitor Advocate, McLaughlin", ("J Carroll", P)),  # counsel's role after a name
    ("Appellant: Dean of Faculty, Gilroy (sol adv); Collins & Co", ("Gilroy", P)),
    ("W H QC for Parker (2)", ("Parker", P)),                          # the party counsel appears for
    ("Decisions >> McfEtrich, R (on the application of) v Secretary of State", ("McfEtrich", P)),
    ("Decisions >> Last & Ors v R [2005] EWCA Crim 106", ("Last", P)),  # a party that is also a word
    ("the events and circumstances relating to Bobbie, and to review", ("Bobbie", P)),
    ("We heard from Councillor Amy Tate Leeds City Council today", ("Amy Tate", P)),  # inside an agency's pattern
    ("Apologies were received from Cllr Honeyford, Stockport Council", ("Honeyford", P)),  # a word no list knows
    ("The item was moved by Councillor Honeyford Stockport Metropolitan Borough Council", ("Honeyford", P)),
    # an attendance table flattened into a line: initialled names parted by blanks (and titles)
    ("Fire and Rescue Councillor K Bright A Fenwick J Orme Probation", ("A Fenwick", P)),
    ("District Council J Mead Councillor B Holt S Tomlinson (Also NEDDC)", ("J Mead", P)),
    ("Case Kitty/2019", ("Kitty", P)),                                 # a board's list of reviews, an ordinary word
    ("Upload: jbloggs77", ("jbloggs77", P)),                           # a user name after an upload label
    ("Uploaded by marta.k", ("marta.k", P)),
    # a place or month that is a first name opens a name before a word no list knows
    ("Northampton Beverley Czyz NN1 4YD", ("Beverley Czyz", P)),
    # a body's letters before a name are no part of it; a street word after a first name may be a surname
    ("Brenda Farnham ACAS Andrew Way ACAS Gwenda Fletcher", ("Andrew Way", P)),
    ("Between :\nPRZEMYSLAW JANKOWSKI Appellant", ("PRZEMYSLAW JANKOWSKI", P)),  # a name in capitals stays whole
    # a name in a list whose other items are people's initials, whatever its words also are
    ("Volunteers from the Community group SB, HK, Cai Sage and DM helped.", ("Cai Sage", P)),
])
def test_a_reading_takes_it_for_personal_data(suggester, text, expected):
    assert expected in read(suggester, text)


@pytest.mark.parametrize("text, expected", [
    # a titled first name takes the word after it, whatever it is; a body's name after it stays out
    ("In Attendance: PC Martin Norwood Police Scotland (PS)", ("Martin Norwood", P)),
    ("Counsel for the Local Authority: MISS A SEHAT", ("A SEHAT", P)),  # a title and a name in capitals
    ("Solicitor for the Guardian: MR J O'NEILL", ("J O'NEILL", P)),
    ("known affectionately as Granny Valley on account of her", ("Granny Valley", P)),  # a nickname, any words
    ("born on July 5, 1949; married to Olusola and has four children", ("Olusola", P)),  # a spouse
    ("Mum was born Margaret “Matthews” in Denbigh in 1941.", ("Matthews", P)),  # a maiden name in quotes
    ("his father Anthony 'Tony' Smith", ("Tony", P)),                  # a nickname in quotes
    # a context's first name with the word after it, a body's word too where no name goes on after it
    ("the Crown was represented by John Service, District Procurator Fiscal", ("John Service", P)),
    ("solicitors Liz Frankis Citizens Advice, Newport", ("Liz Frankis", P)),  # a surname no list knows
    # the items of a titled list, a role in brackets and a title between, over a line break
    ("Councillors Noakes (Vice-Chairman), Backhouse, Mrs Cobbold, Elliott,\nPatterson, Ward and Webb",
     ("Backhouse", P)),
    ("Councillors Noakes (Vice-Chairman), Backhouse, Mrs Cobbold, Elliott,\nPatterson, Ward and Webb",
     ("Patterson", P)),
    ("Councillors Noakes (Vice-Chairman), Backhouse, Mrs Cobbold, Elliott,\nPatterson, Ward and Webb",
     ("Ward", P)),                                                     # a surname that is also a word
    # initials and a surname before a bracket of their letters, whatever the surname also is
    ("Present: A Winter (AW) Chair, I Church (IC) Vice-Chair, F Hall (FH)", ("I Church", P)),
    ("S Dolman (SD), D Court (DC), A Sewell (AS), J Hughes (JH)", ("D Court", P)),
    ("S Dolman (SD), D Court (DC), A Sewell (AS), J Hughes (JH)", ("A Sewell", P)),
    # counsel after a party's label, before their profession and their agents
    ("Second Appellant: Oduya, Brannigan, Solicitor Advocates; Thorntons, Dundee", ("Brannigan", P)),
    ("For the Respondent: Kerrigan, Q.C., Lyle; Crown Agent", ("Kerrigan", P)),
    ("Third Respondent: Delacroix, Pembury, Solicitor Advocates; Fitch & Co", ("Pembury", P)),
    # a title and a name in quotes after an alias word, over an allow-listed word
    ("She was known as “Mrs Tesco” to the staff at the store.", ("Mrs Tesco", P)),
    # a name before an age between commas or in brackets
    ("Klodka, 46, of Manchester, and Winiarska, 45, of Leeds were jailed.", ("Winiarska", P)),
    ("when Ostrowska, 38, arrived with Teodora, three, and Marek (7)", ("Ostrowska", P)),
    # a surname in capitals after a title and an office in capitals
    ("B E F O R E: MR JUSTICE HOLROYD and LORD JUSTICE PENN", ("HOLROYD", P)),
    ("B E F O R E: MR JUSTICE HOLROYD and LORD JUSTICE PENN", ("PENN", P)),
])
def test_a_person_context_reads_it_surely(suggester, text, expected):
    """Read as sure as a suggestion the budget always keeps (``SURE``), not only as a
    listed or unknown word, which the budget of a long list may drop."""
    assert expected in read(suggester, text, least=SURE)


@pytest.mark.parametrize("text, never", [
    ("KM said she was fine.", "KM"),                                   # initials
    ("Adult A's mother said", "A"),
    ("He went to [address removed] on 4 May.", "address removed"),     # a placeholder
    ("MARAC met on 3 May 2019 under the Care Act 2014.", "MARAC"),     # allow-listed acronym ...
    ("MARAC met on 3 May 2019 under the Care Act 2014.", "3 May 2019"),  # ... a chronology date
    ("MARAC met on 3 May 2019 under the Care Act 2014.", "Care Act"),  # ... and legislation
    ("Devon County Council attended", "Devon County Council"),         # an allow-listed agency
    ("Devon County Council attended", "Devon"),
    ("On 3 March 2019 Dr Patel saw JB, born 12/04/1984.", "3 March 2019"),  # only the date nearest the birth
    ("The Police attended.", "Police"),                                # ordinary capitalised words
    ("Appendix J shows the timeline", "Appendix"),
    ("Buy it on eBay or iPhone, see www.example.Com", "eBay"),          # no listed name glued
    ("Open it in PowerPoint or JavaScript on YouTube", "PowerPoint"),  # no listed first name glued to a name word
    ("Open it in PowerPoint or JavaScript on YouTube", "JavaScript"),
    ("They met at the Crown Court on Monday.", "Crown Court"),         # an institution is no street
    ("A Review of the case was held", "Review"),                        # an article is no initial
    ("See Appendix C Family Tree", "Family"),
    ("Alderman S P Porter chaired", "Alderman"),                        # letters going on into a name: no judge's
    ("THE QUEEN v CH", "QUEEN"),                                        # a court party
    ("Upload your documents here", "your"),                             # an upload label with a sentence
    ("Upload: others", "others"),                                       # a site's category, an English word
    ("Case Management Review", "Management"),                           # an ordinary word after "Case"
    ("A Smith and the council", "A Smith"),                             # an article alone, no list
    ("In Attendance: PC Martin Norwood Police Scotland (PS)", "Martin Norwood Police"),  # a body's word
    ("Councillors Noakes (Vice-Chairman), Backhouse", "Vice-Chairman"),  # a role in brackets
    ("Brenda Farnham ACAS Andrew Way ACAS", "ACAS Andrew"),             # a body's letters
    ("she was formerly Head of Service", "Head"),                       # English words after an alias word
    ("MR JUSTICE COBB", "JUSTICE"),                                     # a title in capitals
    ("The report on Adult B (AB) and Child D (CD) was read by the LA C (LAC).", "Adult B"),  # a letter after a word
    ("The Domestic Homicide Review (DHR) met the Community Safety Partnership (CSP)", "Community Safety Partnership"),
    ("Respondent: Secretary of State for the Home Department", "Secretary of State"),  # a body, an office
    ("Appellant: Lord Advocate, G Balfour; Crown Agent", "Lord Advocate"),
    ("Agencies: NHS, CCG and Devon County Council", "Devon County Council"),  # no initials but acronyms
    ("The panel: KL, MN, Oxford and Social Care", "Social Care"),          # English words, places
    ("The panel: KL, MN, Oxford and Social Care", "Oxford"),
    ("Claimant: Acme Holdings Ltd, Crown Prosecution Service", "Crown Prosecution Service"),
    ("a revival meeting in 1872, called ‘Welcome Voice’ in English", "Welcome Voice"),  # a title, not a nickname
    ("ON APPEAL FROM THE HIGH COURT OF JUSTICE IN NORTHERN IRELAND", "NORTHERN"),  # no office: "IN"
    ("Table (2) shows Section 47 (1) and Schedule (3)", "Schedule"),
])
def test_never_read(suggester, text, never):
    assert never not in {found for found, _ in read(suggester, text)}


def test_a_count_after_a_place_is_no_age(suggester):
    """A place before a number between commas is counted, not aged: no surer than a listed word."""
    text = "The figures were Leeds, 45, Bradford, 30, and Kent, 15, and Surrey (12)."
    assert not {found for found, _ in read(suggester, text, least=SURE)} & {"Leeds", "Bradford", "Kent", "Surrey"}


def test_misspellings_of_the_names_found(vocabulary):
    reader = Misspellings(["Rukhsana Begum", "Smith"], NameWords(vocabulary))
    text = "Rukshana told the inquiry; Smyth and Smith met Ruth and Rukhsana in Begun."
    # the names found themselves, a name further apart and a town are no misspellings
    assert {text[r.start:r.end] for r in reader.read(text)} == {"Rukshana", "Smyth"}


def test_each_distinct_text_is_read_once_and_hints_are_made_inside_detections_too(suggester, monkeypatch):
    # the plan alone knows which detections become changes: a name that loses to another
    # detection, or is read as a month, must still be suggested
    segments = [Segment("L1", "Kendal attended.", "line 1"), Segment("L2", "Kendal attended.", "line 2")]
    calls = []
    admitted = suggester._admitted
    monkeypatch.setattr(suggester, "_admitted", lambda text, reads: calls.append(text) or admitted(text, reads))
    hints = suggester.second(segments, [], ["Kendal"])
    assert [(h.segment_id, h.text) for h in hints] == [("L1", "Kendal"), ("L2", "Kendal")]
    assert calls == ["Kendal attended."]
    assert all(h.score <= h.MAX_SCORE for h in hints)


def test_an_item_beside_a_person_found_in_a_list(suggester):
    text = "Elizabeth Coe (CAFCASS) Delroy Pomell (Barnardos) Andrew Ireland (Havering"
    people = [(0, 13), (text.index("Andrew"), text.index("Andrew") + 14)]
    assert {text[r.start:r.end] for r in suggester.lists.read(text, people)} == {"Delroy Pomell"}
    assert not list(suggester.lists.read(text))  # alone, two words on no list are nothing


def test_a_captions_parties_are_read_across_the_lines_of_a_text(suggester):
    lines = ["BETWEEN:", "ELIZABETH AND ZROUGE ALEXANDER", "Appellant", "-and-", "MARK MIDDLETON", "Respondent"]
    segments = [Segment(f"L{i}", t, f"line {i}", wraps=i > 0) for i, t in enumerate(lines)]
    found = {(h.segment_id, h.text) for h in suggester.first(segments, [_Tokens() for _ in segments])}
    assert {("L1", "ELIZABETH"), ("L1", "ZROUGE ALEXANDER"), ("L4", "MARK MIDDLETON")} <= found
    assert not any(t in ("BETWEEN", "AND ZROUGE") for _, t in found)


def test_a_titled_list_is_read_on_across_a_line_break(suggester):
    lines = ["Councillors Noakes (Vice-Chairman), Backhouse, Dr Hall,", "Patterson, Scholes, Ward and Webb"]
    segments = [Segment(f"L{i}", t, f"line {i}", wraps=i > 0) for i, t in enumerate(lines)]
    found = {(h.segment_id, h.text) for h in suggester.first(segments, [_Tokens() for _ in segments])}
    assert {("L1", "Patterson"), ("L1", "Scholes"), ("L1", "Ward"), ("L1", "Webb")} <= found


def test_numbered_parties_are_read_across_the_lines_of_a_text(suggester):
    lines = ["Between:", "(1) Emma Last", "(2) LH", "(3) Sara Crane", "Appellants", "- and -"]
    segments = [Segment(f"L{i}", t, f"line {i}", wraps=i > 0) for i, t in enumerate(lines)]
    hints = suggester.first(segments, [_Tokens() for _ in segments])
    assert {(h.segment_id, h.text) for h in hints} >= {("L1", "Emma Last"), ("L3", "Sara Crane")}
    apart = [Segment(f"L{i}", t, f"line {i}") for i, t in enumerate(lines)]  # lines of paragraphs of their own
    assert "Emma Last" not in {h.text for h in suggester.first(apart, [_Tokens() for _ in apart])}


class _Tokens:
    """Artifacts whose doc has no entities (no spaCy here)."""

    class tokens:
        ents: tuple = ()


def test_a_name_glued_to_another_or_to_a_footnote_is_read_as_written(suggester):
    segments = [Segment("L1", "Jamal KhanJamal Khan was named.", "line 1"), Segment("L2", "as Ahir1 said", "line 2")]
    hints = {(h.segment_id, h.text) for h in suggester.second(segments, [], ["Jamal Khan", "Ahir"])}
    assert ("L1", "KhanJamal Khan") in hints and ("L2", "Ahir1") in hints  # not "Jamal" inside "KhanJamal"


def test_an_empty_list_of_wording_reads_nothing(rules, vocabulary):
    """A rules folder may leave a list of suggestions.yaml empty (``counsel_after`` and
    ``person_before`` are optional): its context then reads nothing, where an empty alternation
    would take any capitalised words before a comma for counsel ("Riverside Lodge, (see below)")."""
    wording = load_wording(rules).model_copy(update={"person_before": [], "counsel_after": []})
    contexts = PersonContexts(rules, NameWords(vocabulary), wording)
    for text in ("The notes were sent to Riverside Lodge, (see below).", "Minutes: Finance Committee,\nnext item"):
        assert not [r for r in contexts.read(text) if "context before" in r.why or "counsel" in r.why]
