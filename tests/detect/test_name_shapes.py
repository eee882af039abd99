"""Shapes that tell a name on unseen text, each with variants of the shape (other names, roles,
punctuation) and the roles, bodies and words in the same shapes that stay: a role and a name on a
line of their own, a full name with its age in brackets, a first name called in quoted speech or
greeted, a listed name in lower case after a title, a surname after spaced initials, a surname
that is post-nominal letters in title case, a maiden name."""
import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # a role, a dash and a name on a line of a committee's list (the other lines initials)
    ("Committee\n  • Chair - SW\n  • Vice Chair - Kev Hancock\n  • Secretary - SL\n  • Head Coach - Santi Brage\n"
     "  • IT Officer - Rob Jessop\n  • Welfare Officers - MT, LU\n",
     "Committee\n  • Chair - SW\n  • Vice Chair - KH\n  • Secretary - SL\n  • Head Coach - SB\n"
     "  • IT Officer - RJ\n  • Welfare Officers - MT, LU\n"),
    # any role in a list of officers whose other values are initials; an en dash
    ("Officers\n• Membership – Nuala Brennock\n• Chair – JT\n• Fixtures – Dov Tarrant\n",
     "Officers\n• Membership – NB\n• Chair – JT\n• Fixtures – DT\n"),
    # a job's word tells a line alone, either way round, with a colon too
    ("Club Captain: Gethin Prowse\n", "Club Captain: GP\n"),
    ("Santi Brage - Head Coach\n", "SB - Head Coach\n"),
    ("Dex Orrell – Groundsman\n", "DO – Groundsman\n"),
    # roles beside bodies, vacancies and headings stay
    ("Club officials\n  • Chair - Finance Committee\n  • Head Coach - vacant\n  • Lead - Human Resources\n"
     "  • Treasurer - Early Years\n",
     "Club officials\n  • Chair - Finance Committee\n  • Head Coach - vacant\n  • Lead - Human Resources\n"
     "  • Treasurer - Early Years\n"),
    ("Lead Officer - Adult Services\n", "Lead Officer - Adult Services\n"),
    ("Contents\n• Introduction - Terms of Reference\n• Background - Family Members\n• Analysis - Key Lines\n",
     "Contents\n• Introduction - Terms of Reference\n• Background - Family Members\n• Analysis - Key Lines\n"),
])
def test_role_lines(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a full name with an age in brackets, its surname a word, then the surname alone
    ("Thomas Ward (23) of Newry faces charges. It happened while Ward was in custody. The judge ruled that"
     " Ward could be released.\n",
     "TW (23) of Newry faces charges. It happened while TW was in custody. The judge ruled that"
     " TW could be released.\n"),
    ("Kelly Marsh (aged 31), of Leeds, was charged. Marsh denies it.\n", "KM (aged 31), of Leeds, was charged. "
     "KM denies it.\n"),
    # a ward, a room and a street with a number in brackets stay
    ("The Ward (23) was closed. Ward 7 (12 beds) and the ward were full. Clare Street (2) was shut.\n",
     "The Ward (23) was closed. Ward 7 (12 beds) and the ward were full. Clare Street (2) was shut.\n"),
    # a number in brackets after an office's words is a reference in a list
    ("Ms Jude Helliker, Head of Human Resources (6) Mr Donald Toon, Director of Economic Crime Command (8) Ms Jenny"
     " Bell\n",
     "Ms JH, Head of Human Resources (6) Mr DT, Director of Economic Crime Command (8) Ms JB\n"),
])
def test_full_name_with_age_in_brackets(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # first names called in quoted speech, after the quote opens or a pause, or before its end
    ("Then came the directions: “S, head up… Helen, shoulders down… Clare, smile!” But looking back.\n",
     "Then came the directions: “S, head up… H, shoulders down… C, smile!” But looking back.\n"),
    ('He shouted "Gemma, get in the car" and drove off.\n', 'He shouted "G, get in the car" and drove off.\n'),
    ("She said: ‘Come here, Amy.’ Then she left.\n", "She said: ‘Come here, A.’ Then she left.\n"),
    # greetings
    ("Message Board Post: Hi Steve To begin at the beginning, I have lived here.\n",
     "Message Board Post: Hi S To begin at the beginning, I have lived here.\n"),
    ("Dear Helen, thank you for your letter.\n", "Dear H, thank you for your letter.\n"),
    # greetings and quoted words that name no one stay; a town in quotes too
    ("Dear Sir, thank you. Hi all, the meeting is moved. Hello everyone.\n",
     "Dear Sir, thank you. Hi all, the meeting is moved. Hello everyone.\n"),
    ("“Yes, please,” she said. “Well, perhaps.” He said “Paris, as ever, was lovely”.\n",
     "“Yes, please,” she said. “Well, perhaps.” He said “Paris, as ever, was lovely”.\n"),
])
def test_called_and_greeted(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a listed name in lower case after a title, then in title case elsewhere
    ("DETERMINATION\n\nof\n\nSheriff fiona tait\n\nThe inquiry was held by Sheriff Tait. Fiona Tait said so.\n",
     "DETERMINATION\n\nof\n\nSheriff FT\n\nThe inquiry was held by Sheriff T. FT said so.\n"),
    ("The note was signed by Dr john smith, the GP.\n", "The note was signed by Dr JS, the GP.\n"),
    # ordinary words after a title stay
    ("The Sheriff will grant the order. Judge may decide. Sheriff principal.\n",
     "The Sheriff will grant the order. Judge may decide. Sheriff principal.\n"),
    # a surname after spaced initials, a word too
    ("Advocate J. W. R. Bell for the Defendant.\n", "Advocate J. W. R. B for the Defendant.\n"),
    ("The report by A. B. Wood was read.\n", "The report by AW was read.\n"),
    ("The U.S. Army and the U.K. Government agreed.\n", "The U.S. Army and the U.K. Government agreed.\n"),
    # post-nominal letters in title case are a surname; in capitals they stay
    ("Ibidapo Obe would have turned 72 in July.\n", "IO would have turned 72 in July.\n"),
    ("Gwendolyn Pask OBE, MA, BA (Hons) chaired it.\n", "GP OBE, MA, BA (Hons) chaired it.\n"),
    # a maiden name in quotes after "born" and a first name, or after "née"
    ("Mum was born M2 “Matthews” in Denbigh in 1950.\n", "Mum was born M2 “M” in Denbigh in 1950.\n"),
    ('She was born Susan "Ward" in Leeds. Her mother, Ann Lee (née Baxter), came too.\n',
     'She was born S "W" in Leeds. Her mother, AL (née B), came too.\n'),
    ('He was born in "Leeds" and born again "Christian".\n', 'He was born in "Leeds" and born again "Christian".\n'),
])
def test_names_beside_titles_and_letters(redact_text, text, expected):
    assert redact_text(text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a lone listed first name NER calls an organisation, after a lower-case word
    ("She was making a wedding dress for Janice or painting the kitchen.\n",
     "She was making a wedding dress for J or painting the kitchen.\n"),
    # a body named by a first name, after "the" or before its word, stays
    ("He worked for the Sophie Foundation. A referral was made to the Solace service.\n",
     "He worked for the Sophie Foundation. A referral was made to the Solace service.\n"),
])
def test_first_name_ner_calls_an_organisation(redact_text, text, expected):
    assert redact_text(text)[0] == expected
