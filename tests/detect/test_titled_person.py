"""TitledPersonRecognizer: a name after a title, rank or role; the title stays. No spaCy."""
import pytest

from redactor.detect.recognizers.titled_person import TitledPersonRecognizer


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return TitledPersonRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # police ranks written short, one or two words, stay as the title
    ("Det Sgt Nadia Orme spoke.", [("Nadia Orme", "Det Sgt")]),
    ("Ch Supt Richard Youds said.", [("Richard Youds", "Ch Supt")]),
    ("Ch Supt Youds said.", [("Youds", "Ch Supt")]),
    ("Supt Youds said.", [("Youds", "Supt")]),
    ("Det Insp Hollis and PCSO Lock.", [("Hollis", "Det Insp"), ("Lock", "PCSO")]),
    # after a personal title and initials one word is the surname, a title's word too
    ("Mr J A Wyatt (Chairman) Mr P W High Mr B Smith", [("Wyatt", "Mr J A"), ("High", "Mr P W"), ("Smith", "Mr B")]),
    ("Mr P W High.", [("High", "Mr P W")]),
    ("before Mr A B High Court judges", []),
    # roles of the review and the inquest
    ("Senior Coroner Alison Mutch ruled.", [("Alison Mutch", "Senior Coroner")]),
    ("Lead Reviewer Jane Doe wrote.", [("Jane Doe", "Lead Reviewer")]),
    ("by Strategic Director Mark Reed", [("Mark Reed", "Strategic Director")]),
    # a role before another title's own words and its name: the name is the later title's
    ("Present: Chair Regional Employment Judge Ffion Rees", [("Ffion Rees", "Regional Employment Judge")]),
    # a title in capitals goes with a name in capitals ...
    ("MR JOE BLOGGS attended.", [("JOE BLOGGS", "MR")]),
    # ... so an acronym that looks like a title in capitals is none ("Dhr" is Dutch for Mr)
    ("The DHR Panel met.", []),
    # judges: "Justice" is part of the title, never a first name
    ("Mr Justice Penhaligon said.", [("Penhaligon", "Mr Justice")]),
    ("Mrs Justice Kettering agreed.", [("Kettering", "Mrs Justice")]),
    ("Judge Hatherley did so.", [("Hatherley", "Judge")]),
    # Scottish judges: a sheriff and the Court of Session's judges are titles, never a first name
    ("Sheriff Kevin Drummond said it.", [("Kevin Drummond", "Sheriff")]),
    ("under the auspices of Sheriff M Swanson.", [("Swanson", "Sheriff M")]),
    ("Sheriff Principal Mhairi Stephen QC agreed.", [("Mhairi Stephen", "Sheriff Principal")]),
    ("the Lord Ordinary, Lord Ordinary Tyre, held", [("Tyre", "Lord Ordinary")]),
    # initials before a surname in a list after the title of several
    ("intimated from Councillors Kelly, E Morton, Mulvaney and Provost Scoullar.",
     [("Scoullar", "Provost"), ("Kelly", "Councillors"), ("Morton", "Councillors"), ("Mulvaney", "Councillors")]),
    # Scottish civic titles
    ("Councillor Bell and Provost Scoullar spoke. The Depute Provost ruled.", [("Bell", "Councillor"),
                                                                              ("Scoullar", "Provost")]),
    ("Bailie Annette Christie seconded.", [("Annette Christie", "Bailie")]),
    # a month or day after a title is a surname; three capitals after a title in capitals are a listed name
    ("Mr March said he was afraid.", [("March", "Mr")]),
    ("LORD JUSTICE MAY: There are 13 grounds.", [("MAY", "LORD JUSTICE")]),
    ("MR JM said so.", []),
    # ... and a court named after the title is no one: "the Sheriff Appeal Court"
    ("The Sheriff Appeal Court rejected it at Selkirk Sheriff Court.", []),
    ("His Honour Judge Amelia Roper KC", [("Amelia Roper", "His Honour Judge")]),
    # hyphenated initials stay with the title
    ("represented by Ms E.-L. Kiiski, a lawyer", [("Kiiski", "Ms E.-L.")]),
    ("Mr A Ford KC appeared on behalf of the Appellant", [("Ford", "Mr A")]),
    ("Mr A said he was afraid.", []),
    # a role before an ordinary word names no one
    ("GP Practice, including drugs link worker", []),
    ("Agencies: GP Practice", []),
    ("The DS Team met.", []),
    # initials without full stops stay with the title; the word after them is the surname
    ("received from Councillor A J Jones, Mrs S Joiner", [("Jones", "Councillor A J"), ("Joiner", "Mrs S")]),
    ("The Chair welcomed Councillor G Thomas Cabinet Member", [("Thomas", "Councillor G")]),
    # after initials one surname: a lone capital opens the next member of a run-on list
    ("Councillor C Short A Waldie J Townsend Derbyshire Probation", [("Short", "Councillor C")]),
    # a job word after a title is part of it: "Justice Secretary"
    ("Scotland's Justice Secretary Michael Matheson said", [("Michael Matheson", "Justice Secretary")]),
    # a role and a body named by its place; a title before an ordinary word
    ("DAVID BURNS Chief Executive Lisburn and Castlereagh City Council", []),
    ("School Governor Local Area Commander, TVP", []),
    ("Paramedic Fairbanks and Call handler Raman spoke.", [("Fairbanks", "Paramedic"), ("Raman", "Call handler")]),
    # a flattened minutes table: a role before a body in capitals, or before the next row's town
    ("LSCB Chair / Chair SLSCB VEMT Sub-Group Children", []),
    ("Nurse Consultant PHA Director of Child Care", []),
    ("Professional Officer SBNI Communications SBNI", []),
    ("LSCB Chair Hartlepool Pauline Beall (PB) Business Manager", [("Pauline Beall", "Chair Hartlepool")]),
    ("LSCB Chair Tees LSCB’s Procedures Group", []),
    # ... while a rank or honorific in capitals goes with a name in capitals, and a role with a name
    ("Interviewed by PC SMITH and Mr JONES", [("SMITH", "PC"), ("JONES", "Mr")]),
    ("Housing Officer Dean Hartley called.", [("Dean Hartley", "Housing Officer")]),
    ("Officer Daniels attended.", [("Daniels", "Officer")]),
    # a peer whose name is a title too; not an office after "the", nor a title before a name
    ("the Lord Chief Justice, Lord Judge, agreed", [("Judge", "Lord")]),
    ("One of the features, said Lord Judge, was", [("Judge", "Lord")]),
    ("the Lord Chancellor, said", []),
    ("the Lord Judge said", []),
])
def test_titled_names(recognizer, text, expected):
    found = recognizer.analyze(text, ["PERSON"])
    spans = [(text[r.start:r.end], r.recognition_metadata["title"]) for r in found]
    # overlapped matching may also yield a shorter title of the same name ("Sgt" in "Det Sgt")
    assert [s for s in spans if not any(s[0] == o[0] and len(o[1]) > len(s[1]) for o in spans)] == expected


@pytest.mark.parametrize("text,expected", [
    # the title of several people, then their surnames
    ("Cllrs Smith, Jones and Patel voted against.", [("Smith", "Cllrs"), ("Jones", "Cllrs"), ("Patel", "Cllrs")]),
    ("Councillors Hughes and Ward abstained.", [("Hughes", "Councillors"), ("Ward", "Councillors")]),
    ("Messrs Okonjo & Ruiz", [("Okonjo", "Messrs"), ("Ruiz", "Messrs")]),
    # one name after a plural is no list; an ordinary word ends it
    ("Councillors Hughes voted.", []),
    # ... but the plural of a personal title is only ever written before surnames: one names a family
    ("Richard Cosker spoke on behalf of Messrs Orams.  He explained", [("Orams", "Messrs")]),
    ("Mesdames Hart attended.", [("Hart", "Mesdames")]),
    ("Councillors Hughes and Ward Council met.", [("Hughes", "Councillors"), ("Ward", "Councillors")]),
    ("Councillors Police and Crime met.", []),
])
def test_names_after_a_plural_title(recognizer, text, expected):
    found = recognizer.analyze(text, ["PERSON"])  # a name read both in the list and after its title is one
    assert list(dict.fromkeys((text[r.start:r.end], r.recognition_metadata["title"]) for r in found)) == expected


@pytest.mark.parametrize("text,expected", [
    # titled items, full names, asides and letters after a name in the list
    ("Cllrs Mrs Bolt, Canning, Hartop", ["Bolt", "Canning", "Hartop"]),
    ("Councillors Orla Maher, Rob Brynmor CC, Iwan Pugh and Lowri Sams.",
     ["Orla Maher", "Rob Brynmor", "Iwan Pugh", "Lowri Sams"]),
    ("Councillors Noakes (Vice-Chairman), Backhouse, Dr Hall, Webb", ["Noakes", "Backhouse", "Hall", "Webb"]),
    # a town after full names is their address
    ("(instructed by Messrs Ann Fisher, London WC1A 1LY)", ["Ann Fisher"]),
])
def test_the_items_of_a_list_after_a_plural_title(recognizer, text, expected):
    assert list(dict.fromkeys(text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])
                              if r.recognition_metadata["title"] in ("Cllrs", "Councillors", "Messrs"))) == expected


def test_a_plural_title_lists_surnames_up_to_the_first_word_that_is_none(recognizer):
    text = "(Lord Chief Justice, Lords Justices Thomas, Leveson, Mr Justice Owen)"
    listed = [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])
              if r.recognition_metadata["title"] == "Lords Justices"]
    assert listed == ["Thomas", "Leveson"]


@pytest.mark.parametrize("text,expected", [
    # a role word that is a surname too, alone after a personal title or rank, initials between or not
    ("The clerk reported that Sgt D Nurse was unable to attend.", ["Nurse"]),
    ("It was agreed to send a letter to Sgt Nurse on his promotion.", ["Nurse"]),
    ("Mrs Teacher said she had not seen him.", ["Teacher"]),
    # not a role before a name, an office a title addresses, nor a role after no title
    ("Mr Chairman, thank you; the school Nurse visited; Sgt Nurse Jones attended.", ["Jones"]),
])
def test_a_role_word_alone_after_a_title_is_a_surname(rules, vocabulary, text, expected):
    results = TitledPersonRecognizer(rules, vocabulary).analyze(text, ["PERSON"])
    assert sorted(text[r.start:r.end] for r in results) == expected
