"""A date of birth label binds to the one date it labels (no spaCy needed)."""
import pytest

from redactor.detect.recognizers.date_of_birth import DateOfBirthRecognizer, date_pattern, same_dates
from redactor.rules import load_rules


@pytest.fixture(scope="module")
def recognizer(rules, vocabulary) -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer(rules, vocabulary)


@pytest.mark.parametrize("text,expected", [
    # the nearest date after the label, not the chronology date later in the sentence
    ("Records show Nadia Orme, DOB 26/04/1984, was seen in A&E on 27/10/2019.", ["26/04/1984"]),
    ("Her date of birth is 12/04/1984.", ["12/04/1984"]),
    ("DOB: 12.04.84", ["12.04.84"]),
    ("d.o.b. 3 March 1984", ["3 March 1984"]),
    ("D.O.B.: 3rd of March 1984; seen 4 May 2019", ["3rd of March 1984"]),
    ("He was born on 12th April 1984 in Leeds.", ["12th April 1984"]),
    ("He was born in Leeds on 12 April 1984 and died on 3 May 2020.", ["12 April 1984"]),
    ("Date of Birth (dd/mm/yyyy): 12/03/1980", ["12/03/1980"]),
    ("Birth date - 1984-04-12", ["1984-04-12"]),
    # a comma only just before the date ("born on Monday, 12 May 1990")
    ("born on Monday, 12 May 1990", ["12 May 1990"]),
    # a date written just before its label
    ("Jane Smith 12/03/1980 (DOB) attended.", ["12/03/1980"]),
    ("30/09/1984 was her date of birth.", ["30/09/1984"]),
    # a label binds one date only; two labels, two dates
    ("DOB 01/02/1980, partner's DOB 03/04/1981, referral 05/06/2019", ["01/02/1980", "03/04/1981"]),
    # a life span after a name: the date of birth goes, the date of death stays
    ("Review into the death of Martin (3rd May 1962 – 14th June 2020)", ["3rd May 1962"]),
    ("Adult K (12/03/1980 - 14/05/2020) lived alone.", ["12/03/1980"]),
    ("MARTIN (3 May 1962 to 14 June 2020)", ["3 May 1962"]),
    # a birth told as an event: a month and year, a sentence opening with its date
    ("She had been born in March 1961.", ["March 1961"]),
    ("On 2 May 2001 a son, K, was born.", ["2 May 2001"]),
    ("They married. On the 2 May 2001 a son, K, was born to them.", ["2 May 2001"]),
    ("On 2 May 2001 she gave birth to K.", ["2 May 2001"]),
    ("She gave birth to a daughter on 2 May 2001.", ["2 May 2001"]),
    # "date of birth" and "born" written loosely
    ("Her date-of-birth was 3/4/1960.", ["3/4/1960"]),
    ("D/O/B 3/4/1960", ["3/4/1960"]),
    ("He was born on the 5th of June 1990.", ["5th of June 1990"]),
    # a life span after a name on no list
    ("Ceridwen (3 May 1962 – 14 June 2020) lived in Bangor.", ["3 May 1962"]),
    # a year of birth: after "born in" or "b.", or opening a life span of years after a name
    ("He was born in 1975 in Leeds.", ["1975"]),
    ("On 2 May 2019 she died; her son, K, was born in 2001.", ["2001"]),
    ("Born in 1981, Gemma grew up in Lowestoft.", ["1981"]),
    # ... a year of the nineteenth century, and a year after the place of birth in the same clause
    ("her father was born in 1887.", ["1887"]),
    ("She was born in number 3 Brickfield Terrace, Rhyl, in 1924 in the same cottage.", ["1924"]),
    ("He was born at home in 1950.", ["1950"]),
    ("She was born in Leeds in 1975 and died in 2019.", ["1975"]),  # the corpus convention: a year of birth
    # ... not a year after another clause or sentence
    ("He was born in Leeds and moved to Bury in 1990.", []),
    ("She was born in Leeds. In 1990 she moved.", []),
    ("The house was built in 1887.", []),
    # a year of birth glued to its label, or a school year's two
    ("Jane Smith, b.1971, lived nearby.", ["1971"]),
    ("Child C, born 1990/91, was the eldest.", ["1990/91"]),
    # a family history's year written as two, before 1800 too
    ("vii. JOHN REES, born 1797/8 at Whitechurch.", ["1797/8"]),
    ("Her grandfather, born 1764 in Cardigan, farmed there.", ["1764"]),
    # a birth told as an event, or at a place already named
    ("Born into another age, Albert entered the world on March 3, 1901, and died in 2008.", ["March 3, 1901"]),
    ("She came into this world in 1950 at the farm.", ["1950"]),
    ("If he was born there in 1813 it cannot have been the terrace.", ["1813"]),
    ("Her mother was born here in 1962, she said.", ["1962"]),
    ("Their son was born in the year 1813, at the farm.", ["1813"]),
    # a child's year of birth is a date of birth too, named or not (a family's story names the children elsewhere)
    ("Our son was then born in 2003, followed by our second son in 2004.", ["2003"]),
    ("On 2 May 2019 she died; her son was born in 2001.", ["2001"]),
    ("He was born in early 1990 in Leeds.", ["1990"]),
    ("Her grandmother, born c. 1941, lived nearby.", ["1941"]),
    # a life span of years after a word on no list, an adult's life long
    ("Ceridwen (1962 – 2020) lived in Bangor.", ["1962"]),
    ("Mrs Jones (b. 12/03/1980) was seen.", ["12/03/1980"]),
    ("Grandmother Ann (b. 1941) lived nearby.", ["1941"]),
    ("Review into the death of Martin (1962 – 2020)", ["1962"]),
    # a year after the place of birth, in the same clause; a year before 1900
    ("She was born in number 3 Brickfield Terrace, Rhyl, in 1924 in the same cottage", ["1924"]),
    ("She was born in Leeds in 1975 and died in 2019.", ["1975"]),
    ("He was born at home in Tralee, Co. Kerry, in early 1950.", ["1950"]),
    ("the same cottage where her father was born in 1887.", ["1887"]),
    # a year alone after a date of birth's label, after a birth given, opening a sentence of a birth
    ("DOB: 1984. Seen in 2019.", ["1984"]),
    ("Year of birth 1960", ["1960"]),
    ("She gave birth to a son, K, in 2003 and moved in 2005.", ["2003"]),
    ("On 6th July 1967 J was born. In 1968 Mohammed Haqq was born, now aged 35.", ["6th July 1967", "1968"]),
    # a life span a few lower-case words after a name, an adult's life long
    ("Banaz Mahmood for instance (1986-2006) was a British woman", ["1986"]),
    ("BM for instance (1986-2006) was a British woman", ["1986"]),
    ("Martin, for example (3 May 1962 – 14 June 2020), lived alone.", ["3 May 1962"]),
    # a life span without brackets after a listed name, an adult's life long
    ("In memory of Jane Smith 1950 – 2020", ["1950"]),
    ("Jane Smith, 1950-2020, was a mother of three.", ["1950"]),
    ("Mary Kelly 1962 – 2020 lived in Bangor.", ["1962"]),
    # a date of the nineteenth century, a place of birth between the label and its date
    ("Born: About March 1887 in Wakefield, Yorkshire", ["March 1887"]),
    ("He was born at Ashby Vicarage 14 May 1889 and went to school in Derby.", ["14 May 1889"]),
    ("Born in the Calton, Glasgow on 3 April 1921, she was the eldest.", ["3 April 1921"]),
    ("She was born at Ty Gwyn, Llandudno, on the 3rd May 1950.", ["3rd May 1950"]),
    ("He was born at 3 Mill Street, Leeds, on 4 May 1930.", ["4 May 1930"]),
    # a record's field: a year after "Born:", a place before the date or the year, "about"
    ("Born: 1887 in Wakefield, Yorkshire", ["1887"]),
    ("Born - c. 1887", ["1887"]),
    ("Born: Wakefield, Yorkshire, 1887", ["1887"]),
    ("Born: Wakefield, Yorkshire, 4 July 1887", ["4 July 1887"]),
    ("Date of birth: about 1887", ["1887"]),
    ("She was born in Leeds in about 1913.", ["1913"]),
    # "on or about" is no other clause
    ("He was born at Wrexham on or about 5 May 1891.", ["5 May 1891"]),
    # a year of birth after a maiden name and a place
    ("Nan was born Elsie “Roberts” in Ruthin in 1938. Daughter of a miner.", ["1938"]),
    ("Gran was born Elsie Roberts in 1938.", ["1938"]),
    # ... and of full dates
    ("JANE SMITH 14.03.1961 – 02.05.2023", ["14.03.1961"]),
    ("In loving memory of Jane Smith, 14 March 1961 – 2 May 2023", ["14 March 1961"]),
    # a date alone in brackets after a name, an adult's life before another date of the text
    ("Jane Smith (27.4.1980) was reported missing on 2 May 2020.", ["27.4.1980"]),
    # a date of birth without its year, bound by its label
    ("He was born on 4 May.", ["4 May"]),
    ("She was born in Leeds on 14th March, the second of four.", ["14th March"]),
    ("Date of birth: 14th", ["14th"]),
    # ... its year shortened with an apostrophe goes with it
    ("DOB 3rd May '41", ["3rd May '41"]),
    ("He was born on May 3rd, ’41 in Leeds.", ["May 3rd, ’41"]),
    ("On 4 May a son, K, was born.", ["4 May"]),
    # a child's birth as an event: its date, or its year
    ("After the birth of her son on 3 May 2003 she moved.", ["3 May 2003"]),
    ("Following the birth of their daughter, K, in 2003, they married.", ["2003"]),
    # years from 1800; the places of a birth between commas; a maiden name before the place
    ("Born: About July 1896 in Doncaster", ["July 1896"]),
    ("Born in the Gorbals, Glasgow on 6 June 1913, she was a child in the war.", ["6 June 1913"]),
    # ... and a description of the place between commas
    ("He was born at Portknockie, a small fishing village in Banffshire, on 9th September 1912.",
     ["9th September 1912"]),
    ("She was born in Gorey, a market town in County Wexford, on 3 May 1901.", ["3 May 1901"]),
    ("Mum was born Margaret “Matthews” in Denbigh in 1941.", ["1941"]),
    # "b" without its full stop, just before a full date
    ("Jane Smith, b 14/3/1961", ["14/3/1961"]),
])
def test_a_label_binds_its_date(recognizer, text, expected):
    assert [text[r.start:r.end] for r in recognizer.analyze(text, ["DATE_OF_BIRTH"])] == expected


@pytest.mark.parametrize("text", [
    # no label: every chronology date stays
    "On 12/04/2019 she attended A&E.",
    "She died on 3 March 2020, aged 34.",
    # the clause ends before the next date
    "Her DOB is not recorded, she was seen on 27/10/2019.",
    "Date of birth: unknown. On 12/03/2019 she was seen.",
    "DOB not known; 12/03/2019 referral made.",
    # another clause opens between the label and the date
    "He was born in Leeds, a city he loved, and on 4 May 2001 moved to York.",
    "She was born in Leeds, a town she left, in a hurry on 4 May 2001.",
    "She was born in Leeds and on 12/05/2005 moved to Bury.",
    "On 12/05/2019, when she was born again in faith, she joined the church.",
    # a sentence opening with a date that no birth ends, or with another clause between
    "On 2 May 2019 she died; her son was born in Leeds.",
    "On 2 May 2019 she told police where she was born.",
    "In March 2019 she moved to Bury, where her son was born.",
    "She died in March 2019.",
    # the sentence of the label ends before the date
    "He was born. She died on 4 May 2019.",
    # too far away to be what the label labels
    "Her date of birth was never given to anyone at the surgery before 12/03/2019.",
    # a placeholder from an earlier run is neither a label nor a value to rebind
    "Jane ([date of birth removed]) was seen on 12/03/2020 by her GP.",
    "DOB: [date of birth removed] seen on 12/03/2020",
    # "born" inside a word is no label
    "The newborn was seen on 12/03/2020.",
    # two dates in brackets that are no life span: a stay, a period after a number
    "Stepping Hill Hospital (12/03/2019 – 15/03/2019) discharged her.",
    "Ward 5 (12/03/2016 - 15/03/2019) was closed.",
    "The review period (1 January 2015 – 31 March 2019) was agreed.",
    "Greater Manchester Police (01/01/2015 – 31/03/2019)",
    "Scoping Period (1 January 2015 – 31 March 2019)",
    "Working Together (2015 – 2018) was revised.",
    "Operation Bullfinch (2004 - 2012) found the network.",
    "Operation (1 January 2015 – 31 March 2019)",
    # a year that is no year of birth: a report's, a period's, a capital B closing a list
    "The review (2015-2019) found no record.",
    "See Appendix B. 2019 figures follow.",
    # a year opening a sentence whose birth is in another clause
    "In 2019 she told police where her son was born.",
    "In 2019, her son, who was born in Leeds, moved.",
    # a year in another clause than the birth, a period after a name and words
    "She was born in Leeds and moved in 2019.",
    "She was born in Leeds, moved to Bury in 2019.",
    "She was born in Leeds.\nIn 2019 she moved.",
    # the world entered otherwise, a year of two before a house's date, no birth there
    "The firm entered the world market in 2019; the tenancy entered its second year on 3 May 2019.",
    "In 1797/8 the farm was sold; he was born there, and in 1813 she moved.",
    "Smith for example (2015-2019) chaired the board.",
    "The review for instance (2015–2019) found no record.",
    # a period without brackets: after a lower-case word, a place, an operation, a month
    "The findings of the review 2015 – 2019 were shared.",
    "He lived in Leeds 1990-1995 and then Leeds 1960-2000.",
    "Operation Bullfinch 2004 - 2012 found the network.",
    "Figures for March 1990 – 2010 rose.",
    "The Census 1901-2001 and the Framework 2000 – 2020 and Programme 1990-2010.",
    # a place of birth, then another sentence or clause before a date
    "She was born in Leeds. Bury, on 3 May 2019, held the hearing.",
    "She was born in Leeds, where on 3 May 2019 she died.",
    "He was born in Leeds, Yorkshire; on 3 May 2019 he died.",
    "Born: Leeds. Died 1990",
    "Born: Leeds. In 1990 she moved.",
    "The hall was opened on 3 May 1887.",
    # a date alone in brackets after a name, a chronology's; after a child's, a word that names no one
    "Dr Patel (12/03/2019) saw her on 14/05/2020.",
    "Child A (27.4.2015) was taken into care on 2 May 2020.",
    "Police (01/01/1990) were called again in 2019 on 12/03/2019.",
    # a clause between a birth and a date; a thing's birth
    "Following the birth of her son, on 3 May 2005 she moved.",
    "She was born in Leeds, moved to Bury on 12/05/2005.",
    "Since the birth of the service in 2003 it has grown.",
    # an ordinal that is no day, a "b" that is an item's letter
    "She was born the 3rd of four children.",
    "Plan b 14/3/1961 and item b 14/3/1961",
    # a date without a year is a date of birth only where a label binds it
    "On 4 May she moved to Bury.",
])
def test_other_dates_stay(recognizer, text):
    assert recognizer.analyze(text, ["DATE_OF_BIRTH"]) == []


@pytest.mark.parametrize("line,next_line,expected", [
    # a label alone on its line binds the date opening the next one
    ("Date of birth:", "12/03/1980", "12/03/1980"),
    ("Name: Jane Smith. DOB", " - 3 March 1980 (aged 39)", "3 March 1980"),
    # not a date further on, nor a label that does not end its line
    ("Date of birth:", "Jane was seen on 12/03/2019.", None),
    ("Date of birth unknown", "12/03/2019 referral made", None),
    ("Jane ([date of birth removed])", "12/03/2019 referral made", None),
])
def test_a_label_ending_a_line_binds_the_next_line(recognizer, line, next_line, expected):
    bound = recognizer.binder.across(line, next_line)
    assert (next_line[bound[0]:bound[1]] if bound else None) == expected


@pytest.mark.parametrize("label,cell,expected", [
    # a table label that names more than a date of birth binds the date its words label
    ("Date of birth / death", "12/03/1980 - 14/05/2020", ["12/03/1980"]),
    ("Age and DOB", "39 (12.03.1980)", ["12.03.1980"]),
    # a label with no birth in it binds nothing: the chronology's dates stay
    ("Date", "12/03/2019", []),
    ("Date of death", "14/05/2020", []),
])
def test_a_table_label_binds_a_date_of_its_cell(recognizer, label, cell, expected):
    assert [cell[a:b] for a, b, _ in recognizer.binder.in_cell(label, cell)] == expected


@pytest.mark.parametrize("labelled,texts,expected", [
    # the labelled date in another written form elsewhere is the same date of birth
    ({"30/09/1984"}, ["Seen 30.09.84 and 1 October 1984.", "Born 30th September 1984"],
     {"30/09/1984", "30.09.84", "30th September 1984"}),
    ({"1984-04-12"}, ["12/04/1984", "04/12/1984"], {"1984-04-12", "12/04/1984"}),
    # no labelled date, nothing spreads; nor one without its year ("4 May 2019" is another day)
    (set(), ["12/04/1984"], set()),
    ({"4 May"}, ["4 May 2019", "04/05/2026"], set()),
])
def test_a_date_of_birth_spreads_in_every_written_form(labelled, texts, expected):
    assert same_dates(labelled, texts, date_pattern(load_rules())) == expected


@pytest.mark.parametrize("lines,expected", [
    # a line of column names with a date of birth column, and the rows below it, flattened
    (["Name | Age | DOB", "Alice Brown | 42 | 14/03/1981", "Tom Brown | 12 | 02/06/2011"],
     ["14/03/1981", "02/06/2011"]),
    # the date of birth is the header's first date column here, the second there
    (["Name Relationship Age Date of birth Date of death", "Alice Brown Victim 42 14/03/1981 02/05/2023",
      "Tom Brown Son 12 02/06/2011", "The review began on 12/03/2024."], ["14/03/1981", "02/06/2011"]),
    (["Name Date of death DOB", "Alice Brown 02/05/2023 14/03/1981"], ["14/03/1981"]),
    # a sentence is no header, nor a row
    (["Her date of birth was not recorded.", "On 12/03/2019 she was seen."], []),
    (["Name | DOB", "She was seen on 12/03/2019 by her GP and referred on 14/03/2019."], []),
])
def test_a_column_of_dates_of_birth(recognizer, lines, expected):
    found = recognizer.binder.in_columns(lines, [True] * len(lines))
    assert [lines[i][a:b] for i, a, b in found] == expected
