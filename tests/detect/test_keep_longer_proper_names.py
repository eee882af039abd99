"""A name the document gives, written again inside a longer proper name, is that name's word,
not the person: a saint's church or parish ("St John Fisher’s Church" where a John is known), a
place's hyphenated name ("Ross-shire" where a Ross is known); family words stay too. The person
still goes wherever the text names them, a "St John" surname included. Made-up texts in the shapes
met on real pages."""
import pytest

from redactor.decide.known.reading import LoneReading
from redactor.rules import load_rules


@pytest.mark.parametrize("text,expected", [
    # a known first name after a saint's word: the church, the parish, the saint
    ("He was born to Hilda and John. They went to Mass as St John Fisher’s Church was not built. "
     "He joined St John’s parish.\n",
     "He was born to H and J. They went to Mass as St John Fisher’s Church was not built. "
     "He joined St John’s parish.\n"),
    ("Kevin Hale is buried at St John the Baptist Church. John Hale was his father.\n",
     "KH is buried at St John the Baptist Church. JH was his father.\n"),
    ("Requiem Mass was at Our Lady of Lourdes Church, Steelstown. Amy Cole died.\n",
     "Requiem Mass was at Our Lady of Lourdes Church, Steelstown. AC died.\n"),
    # a known name opening a place's hyphenated name
    ("By Ross Dixon. Get the Ross-shire Journal sent to your inbox. News from Ross-shire.\n",
     "By RD. Get the Ross-shire Journal sent to your inbox. News from Ross-shire.\n"),
    ("Kate Stoke, 30, died. Stoke-on-Trent police said Stoke had been stabbed.\n",
     "KS, 30, died. Stoke-on-Trent police said KS had been stabbed.\n"),
    # what a family calls its own, the American way
    ("No doubt, wherever Mom is, she is mad. Mom’s brother Jimmy lived in Donegal.\n",
     "No doubt, wherever Mom is, she is mad. Mom’s brother J lived in Donegal.\n"),
])
def test_words_of_longer_proper_names_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a surname opened by "St" is the person's wherever written, possessive or not
    ("Ian St John, 45, of Leeds was jailed. St John told police he was sorry. St John's car was seized.\n",
     "IJ, 45, of Leeds was jailed. SJ told police he was sorry. SJ's car was seized.\n"),
    ("The court heard IAN ST JOHN, 45, had been drinking. Later ST JOHN told police he was sorry.\n",
     "The court heard IJ, 45, had been drinking. Later SJ told police he was sorry.\n"),
    # the known name alone, and before a hyphen that opens no place's name
    ("Ross Dixon, 40, was fined. Ross said he was sorry. Ross's mother wept. He lived in Ross-shire.\n",
     "RD, 40, was fined. RD said he was sorry. RD's mother wept. He lived in Ross-shire.\n"),
])
def test_the_person_still_goes(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("marked,person", [
    ("They married at [John]’s church, St John’s.", True),
    ("They married at St [John]’s.", False),
    ("News from [Ross]-shire.", False),
    ("[Ross]-based firm.", True),
])
def test_a_lone_known_word_in_a_saints_or_places_name_is_no_person(marked, person):
    start = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    assert LoneReading(load_rules()).read(text, start, marked.index("]") - 1).person is person


@pytest.mark.parametrize("text,expected", [
    # a word on no name list that NER alone calls a person, where something is: a hospital, a shopping centre
    ("Mary Power worked first as a student nurse at Altnagelvin and later as a midwife.\n",
     "MP worked first as a student nurse at Altnagelvin and later as a midwife.\n"),
    ("Mr Gibson died in KFC at Yorkgate.\n", "Mr G died in KFC at Yorkgate.\n"),
    # two listed places (first names too) where something is: the place, never looked for again
    ("A Milford man fell off his mobility scooter. Ian Reed, 60, was on a public place in Milford Marina.\n",
     "A Milford man fell off his mobility scooter. IR, 60, was on a public place in Milford Marina.\n"),
])
def test_places_named_where_something_is_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a person the document names in full is looked for again, "at" or not
    ("Zygmunt Wroblewski, 50, died. Police found him at Wroblewski's flat. He was seen at Wroblewski later.\n",
     "ZW, 50, died. Police found him at ZW's flat. He was seen at ZW later.\n"),
    ("A man was seen at Kasztelan. Later at Kasztelan a woman waited. Kasztelan said he was sorry.\n",
     "A man was seen at K. Later at K a woman waited. K said he was sorry.\n"),
    # a listed pair after "in" that names a person (a person's verb after it)
    ("The officer confided in Florence Chester that the boy was at risk. Florence Chester said so.\n",
     "The officer confided in FC that the boy was at risk. FC said so.\n"),
])
def test_people_where_something_is_still_go(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a listed place before a person's noun, as a headline writes it without "a"
    ("Devon farmer avoids jail after breaching animal ban\n\nTom Reid, 50, was banned.\n",
     "Devon farmer avoids jail after breaching animal ban\n\nTR, 50, was banned.\n"),
    # ... and a person whose surname is that noun is still the person
    ("Devon Farmer, 50, was jailed. Devon told the court he was sorry.\n",
     "DF, 50, was jailed. DF told the court he was sorry.\n"),
])
def test_a_place_before_a_persons_noun_in_a_headline(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a degree written with full stops is no initial and surname ("Phil" is a first name)
    ("Richard Potter, B.Sc., M.Phil., Independent Researcher.\n", "RP, B.Sc., M.Phil., Independent Researcher.\n"),
    # an initial and a surname with its full stop and a blank still are
    ("The report by M. Phillips was read.\n", "The report by MP was read.\n"),
])
def test_dotted_degrees_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected


def test_a_magistrates_court_spelt_in_the_singular_stays(redact_text):
    text = "Tom Reid, 30, appeared at a special sitting of Dungannon Magistrate's Court charged with murder.\n"
    assert redact_text(text)[0] == text.replace("Tom Reid", "TR")


@pytest.mark.parametrize("text,expected", [
    # a work's title in quotes, opening with an article: its words name no one; the person before the colon does
    ("As recounted in the documentary ‘Banaz: A Love Story’ by director Deeyah Khan.\n",
     "As recounted in the documentary ‘B: A Love Story’ by director DK.\n"),
    # quoted speech is no title ("love" and "is" are no title's words): the name in it goes
    ("She said 'I love you Dave' and left. He said \"My Dave is gone.\"\n",
     "She said 'I love you D' and left. He said \"My D is gone.\"\n"),
])
def test_quoted_titles_of_works_stay(redact_text, text, expected):
    assert redact_text(text)[0] == expected
