"""PersonContextRecognizer: a listed first name used alone is a person in a person's
context, whatever NER calls it. No spaCy."""
import pytest

from redactor.detect.recognizers.person_context import PersonContextRecognizer


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary):
    return PersonContextRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # the subject of a review
    ("This is a review in relation to Imogen.", ["Imogen"]),
    ("a review into the death of Declan in 2016", ["Declan"]),
    # a verb only a person does, possession, birth and age
    ("Imogen said she was frightened.", ["Imogen"]),
    ("Imogen was born in Crewe.", ["Imogen"]),
    ("Imogen was attacked in front of her children.", ["Imogen"]),
    ("Declan attended the surgery.", ["Declan"]),
    ("Shirley was attacked at home.", ["Shirley"]),  # a first name that is also a place
    ("Imogen's mother called the police.", ["Imogen"]),
    ("Imogen was 43 when she died.", ["Imogen"]),
    ("Declan, aged 4, lived with his mother.", ["Declan"]),
    ("Declan (aged 4) lived with his mother.", ["Declan"]),
    # a pseudonym in quotes, or alone on a title line, in capitals too
    ("the review of 'Declan' was published", ["Declan"]),
    ("'DECLAN'", ["DECLAN"]),
    ("'SHIRLEY'", ["SHIRLEY"]),  # a pseudonym that is also a place
    ("  Imogen  ", ["Imogen"]),
    # a child or relative: an age, a family word, a possessive, the family's name
    ("in front of her children, four-year-old Kasia and two-year-old Tymon.", ["Kasia", "Tymon"]),
    ("She lived with her 3-year old half-sister, Imogen.", ["Imogen"]),
    ("her son Tymon, better known as TJ, was 9", ["Tymon"]),
    # a list of names after a naming or family words of several
    ("The children were named by the local mosque as Zainab, Jamal and Bilal.", ["Zainab", "Jamal", "Bilal"]),
    ("her children, Amy, Ben and Cara, were at school", ["Amy", "Ben", "Cara"]),
    ("it was a happy day. Our youngest daughter, Lydia, was celebrating", ["Lydia"]),
    # ... and every listed first name of a list after "the deaths of", a place too ("Elizabeth")
    ("In respect of the deaths of Elizabeth and George Draft report produced by", ["Elizabeth", "George"]),
    ("after the murders of Amy Hart, Ben and Cara.", ["Amy Hart", "Ben", "Cara"]),
    ("the deaths of Black women in custody", []),
    ("the deaths of Chester and Devon residents", []),
    # ... not the names of things, places, titles or a clause
    ("an area known as Hillside", []),
    ("The scheme was named as Operation Encompass", []),
    ("The agencies were named as Devon County Council", []),
    ("the officers were identified as PC Smith", []),
    ("her children, who were at school", []),
    ("our partner agencies, Refuge and Victim Support,", []),
    ("strangled by her long-term partner Philip French, on December 21", ["Philip French"]),
    ("her estranged husband Okonjo attended", ["Okonjo"]),
    # two family words of one couple before an apposition: "his brother and sister-in-law, Tahira,"
    ("When his brother and sister-in-law, Tahira, arrived, an ambulance was called", ["Tahira"]),
    ("her mother and father, who were told", []),
    # a first name that is a month after a family word, no date's number after it
    ("but mum June made the decision to stay at home", ["June"]),
    ("her daughter May said she was scared", ["May"]),
    ("her son June 2019", []),
    ("her son was born in June", []),
    # news style: a full name, its age between commas; the surname may be a place
    ("Mark Kendal, 42, of Carlisle was sentenced.", ["Mark Kendal"]),
    # ... or a family word or an occupation after "her" or "his" between commas
    ("the charges against Sadiya Aminu, her housemaid, were dropped", ["Sadiya Aminu"]),
    ("Devon County Council, their landlord, wrote", []),
    ("Ellen March, 38, and Peter March, 40, moved to Oldham.", ["Ellen March", "Peter March"]),
    ("Greater Manchester, 12, was the score.", []),
    # a full name defined by a role in brackets, or an occupation after "a"
    ("by a United Kingdom national, Olubukunola Obasa (“the applicant”), on 30 April 1999", ["Olubukunola Obasa"]),
    ("the applicant and Eren Keskin, a lawyer and President of the Istanbul branch", ["Eren Keskin"]),
    ("Zawadi Okonjo, a 34-year-old nurse, said", ["Zawadi Okonjo"]),
    ("Greater Manchester (“the Council”) decided", []),
    ("Norfolk County Council, a local authority", []),
    # a listed first name and its surname, after a person's context or before ", of"
    ("Family of Wisbech murder victim Una Crown describe her", ["Una Crown"]),
    ("Michael Summerville, of no fixed address, was jailed", ["Michael Summerville"]),
    # a month that is a first name before a listed surname, after "to" too
    ("Tributes paid to June Richardson, mum of the first victim", ["June Richardson"]),
    ("from May to June Police recorded six calls", []),
    ("Norfolk County Council, of County Hall, said", []),
    ("Alerted by the noise, his mother, Noor Rahim, came in.", ["Noor Rahim"]),
    ("Alerted by the noise, his mother, Allah Rahim, came in.", ["Allah Rahim"]),
    ("Declan (7) and Imogen (4) were at school.", ["Declan", "Imogen"]),
    ("She was killed by Imogen's former partner.", ["Imogen"]),
    ("She was killed by Shirley's former partner.", ["Shirley"]),  # a first name and a place
    ("She moved to Shirley's town centre.", []),
    ("our sympathies to the family of Declan.", ["Declan"]),
    ("a family the report calls the Okafor Family.", ["Okafor"]),
    # a first name that is also a month, before a surname; never in a date
    ("May Whitfield, 81, was killed.", ["May Whitfield"]),
    ("Then April Jones said", ["April Jones"]),
    ("On 3 May Jones attended.", []),
    ("In May Jones attended.", []),
    ("by May Jones had moved", []),
    ("May 2019", []),
    ("by 12 June Leeds had", []),
    # not a person: an ordinary word, a title or a place after a family word; the Government
    ("her son Social Services said", []),
    ("her partner Police were called", []),
    ("her mother moved to Leeds", []),
    ("the Royal Family visited", []),
    ("four-year-old Child C", []),
    # not a person's context: a count, a place, an ordinary word, an unlisted word
    ("Imogen was 43% of the total.", []),
    ("the Rubber Board of India said on Friday.", []),
    ("In May said the report was late.", []),
    ("Authors", []),
    # an age in words between commas; counsel's role after a surname, listed or not, a place too
    ("Mrs H sounded the horn and Imogen, three, waved him off.", ["Imogen"]),
    ("Appellant: Dean of Faculty, Gilroy (sol adv); Collins & Co", ["Gilroy"]),
    ("The appellant was represented by Cobb, advocate, and the Crown by Prentice KC", ["Cobb"]),
    ("circumstances relating to Imogen, and", ["Imogen"]),
    # a listed first name with a family word after it, a month too, after any word but a date's
    ("For June, my wonderful mother in law", ["June"]),
    ("Simon May, 42, of Leeds", ["Simon May"]),
    ("In May, my mother moved", []),
    ("Monday, my mother moved", []),
    # a law report's parties, numbered
    ("(1) Emma Last\n(2) Malcolm Anderson", ["Emma Last", "Malcolm Anderson"]),
    ("W H QC for Parker (2)\nC C QC for Evans (3)", ["Parker", "Evans"]),
    ("(1) Item 6.2 only", []),
    ("(2) Children's Services", []),
    # a listed first name and a surname that is also a word: a role and a comma, dash or colon before it,
    # a person's verb after it, the author's words or a parent's "-of-" before it, an age ending the sentence
    ("Foreword from the Independent Chair, Anne Ward", ["Anne Ward"]),
    ("Lead reviewer, Tom Page, thanked the family.", ["Tom Page"]),
    ("Panel chair – Sam Street", ["Sam Street"]),
    ("Emma Lane told officers she was frightened.", ["Emma Lane"]),
    ("Anne Ward was the perpetrator.", ["Anne Ward"]),
    ("The officer said Anne Ward is the victim.", ["Anne Ward"]),
    ("Staff from Rose Ward was the subject of a complaint.", []),
    ("Foreword by Rosie North", ["Rosie North"]),
    ("A message from Lucy English", ["Lucy English"]),
    ("Tributes were paid to Liam Case, 37.", ["Liam Case"]),
    ("mum-of-two Nkechi Okafor", ["Nkechi Okafor"]),
    # a verb after a word between ("Imran had threatened her"), a pseudonym noted in brackets, a name in
    # brackets after the subject's words, a full name whose verb is one more people do ("moved")
    ("Yasmin told the IDVA that Imran had threatened her.", ["Yasmin", "Imran"]),
    ("Joanne Page (pseudonym) was 44 when she died.", ["Joanne Page"]),
    ("The officer spoke to the victim (Maria) and her partner.", ["Maria"]),
    ("Lucy West moved to Bury in 2012.", ["Lucy West"]),
    ("In May had said", []),
    # thanked, and the full names listed after; ", who"; a role in brackets; a possession; "was described"
    ("With thanks to Kate North and Sam Page.", ["Kate North", "Sam Page"]),
    ("Jack Law, who was 19, died in hospital.", ["Jack Law"]),
    ("Lucy Way (Safeguarding Lead) attended.", ["Lucy Way"]),
    ("Jack Law's mother described him as gentle.", ["Jack Law"]),
    ("Ellie Page was described as kind.", ["Ellie Page"]),
    ("Victoria Police, who said", []),
    ("League title-holders Steaua Bucharest, who finished bottom", []),
    ("Zawadi Okonjo, who was 30, died.", ["Zawadi Okonjo"]),
    ("Mark Kendal, who lived alone", ["Mark Kendal"]),
    ("Ministry Secretary-General Umar Said, who is coordinating", ["Umar", "Umar Said"]),  # the title stays
    ("With thanks to Victoria Police and Grace House.", []),
    # a member's body in brackets after a listed first name and a surname
    ("MJ (London Councils) Karen Ladbury (Croydon PCT) AF (Enfield LSCB)", ["Karen Ladbury"]),
    ("Children Act (1989) and Salford Royal (NHS)", []),
    # a family word after a possessive; "aged" before the age; what the text calls it without "the"; a name
    # inside a run whose first word is a role; seen or presented by someone
    ('The victim\'s mother, Wendy Case, told the court', ["Wendy Case"]),
    ("Joseph Law, aged 27, of Wigan, was remanded.", ["Joseph Law"]),
    ("Olivia Page (Victim)", ["Olivia Page"]),
    ("Prosecutor Dan Law said the attack was planned.", ["Dan Law"]),
    ("The report was presented by Ruth Lane and Tom West.", ["Ruth Lane", "Tom West"]),
    ("The Council's partner agencies met.", []),
    ("Staff from Rose Ward attended the meeting.", []),
    ("Hope Street moved its offices.", []),
    # two listed first names joined by "and" before a verb of both; "had been" after a listed first name
    ("Both Gemma and Rhiannon were at the property.", ["Gemma", "Rhiannon"]),
    ("Both Nkechi and Suresh were at the property.", ["Nkechi", "Suresh"]),
    ("Aleksandra had been in the UK for five years.", ["Aleksandra"]),
    ("Leeds and Bradford were both inspected.", []),
    # no person: a body or building after a role, a first name that opens a body's name
    ("Director, Victoria Police said", []),
    ("Ward Manager, Grace House", []),
    ("The Chief Executive, Children's Services", []),
    ("Case Manager, Date Received", []),
    # the person quoted after "said", "added", "according to"; not a place of two words
    ('"It was hard," said Hank Note, chief dealer at the bank.', ["Hank Note"]),
    ("The risk was high, according to Amy Tate.", ["Amy Tate"]),
    ("Chirac said Burkina Faso President Blaise Compaore would visit.", []),
    ("The officer said Leeds City Council was told.", []),
])
def test_person_context(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected


@pytest.mark.parametrize("text,expected", [
    # an accused named by a court's words, listed or not: defence, verdict, bail, appearance, origin
    ("Hugh Cauthery, defending Patronas, asked the magistrates to be cautious.", ["Patronas"]),
    ("The magistrates found Patronas guilty of threatening behaviour.", ["Patronas"]),
    ("The jury found Okonjo not guilty.", ["Okonjo"]),
    ("Patronas was released on bail and will appear in court.", ["Patronas"]),
    ("Patronas, who is from Lithuania, did not have an interpreter.", ["Patronas"]),
    ("Wisniewski pleaded guilty to assault.", ["Wisniewski"]),
    # not a heading's capitalised words, a place, nor a town ending an address
    ("Defending Champions Leicester were beaten.", []),
    ("They found Wales guilty of nothing.", []),
    ("He lived at Main Street, Eglinton appeared at court.", []),
])
def test_an_accused_by_a_courts_words(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected


@pytest.mark.parametrize("text,expected", [
    # counsel in a court's appearances line, before the agent's firm after ";"
    ("For first appellant:  C M Mitchell, Hay; John Pryde & Co, Edinburgh", ["C M Mitchell", "Hay"]),
    ("For second appellant:  Mackintosh, Ross; John Pryde & Co, Edinburgh", ["Mackintosh", "Ross"]),
    ("For the Crown: Fairley QC AD; Crown Agent", ["Fairley"]),
    ("For the Appellant: John Smith QC and Jane Doe (instructed by Bloggs LLP)", ["John Smith", "Jane Doe"]),
    # no item of ordinary words; no appearances line
    ("For the respondent: instructed by the Treasury Solicitor", []),
    ("For information: Hay, Green; Pryde", []),
])
def test_counsel_in_an_appearances_line(recognizer, text, expected):
    assert sorted({text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])}) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a listed first name and a surname that is a word, between items that are initials (roles in brackets)
    ("Present: SH (Chair), NT, CB, David Court (RFO), PM (Vice), JH (Minutes), SD.", ["David Court"]),
    ("Attending: AB, Mary Way and CD", ["Mary Way"]),
    # not a body's name opening with no first name, nor outside such a list
    ("Present: SH, NT, Parish Council, PM, JH.", []),
    ("The tenants of David Court (RFO) met.", []),
])
def test_a_full_name_between_initials(recognizer, text, expected):
    found = [r for r in recognizer.analyze(text, ["PERSON"])
             if "between initials" in r.analysis_explanation.textual_explanation]
    assert [text[r.start:r.end] for r in found] == expected


@pytest.mark.parametrize("text,expected", [
    # after a person's context, a surname that is a body's word before a role after a comma
    ("In this Inquiry the Crown was represented by John Service, District Procurator Fiscal.", ["John Service"]),
    ("The garden was supported by Amy Court, Treasurer of the club.", ["Amy Court"]),
    # a building after a first name stays the building
    ("The event was visited by Grace House, the charity.", ["Grace"]),
])
def test_a_surname_that_is_a_body_word_before_a_role(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected
