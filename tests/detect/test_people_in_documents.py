"""Person rules end to end (detection, decisions, rendering) on the shapes real
review documents take: title pages, author lists, ranks, headings."""
import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # ranks and roles before a name stay
    ("Det Sgt Nadia Orme spoke to her.\n", "Det Sgt NO spoke to her.\n"),
    ("Ch Supt Richard Youds said. Ch Supt Youds added.\n", "Ch Supt RY said. Ch Supt Y added.\n"),
    # a listed first name NER calls a place, in a person's context
    ("A review in relation to Imogen. Imogen was 43 and was born in Crewe.\n",
     "A review in relation to I. I was 43 and was born in Crewe.\n"),
    # a title page: the name in capitals and quotes, and in lower case in the file title
    ("DOMESTIC HOMICIDE REVIEW\n'DECLAN'\nMARCH 2017\nscr declan final report\nDeclan was 4 when he died.\n",
     "DOMESTIC HOMICIDE REVIEW\n'D'\nMARCH 2017\nscr D final report\nD was 4 when he died.\n"),
    # an author list: the line's shape is the evidence
    ("Authors\n  • Shaeda Alam, Improvement Lead\n  • Gwendolyn Pask OBE, MA, BA (Hons)\n",
     "Authors\n  • SA, Improvement Lead\n  • GP OBE, MA, BA (Hons)\n"),
    # acronyms, headings and furniture stay
    ("The DHR Panel met. The Devon Safeguarding Children Partnership (Devon SCP) decided.\n",
     "The DHR Panel met. The Devon Safeguarding Children Partnership (Devon SCP) decided.\n"),
    ("The Findings are set out. Embed Size (px). Error! Bookmark not defined.\n",
     "The Findings are set out. Embed Size (px). Error! Bookmark not defined.\n"),
])
def test_people_in_review_documents(redact_text, text, expected):
    assert redact_text(text)[0] == expected


# Rows of the IMR template every IMR starts from (the Greater Manchester DHR policy):
# its guidance words name no one, and words beside an e-mail label are no e-mail.
SEED_TEMPLATE = (
    "Email (internal & external)\tMay be used\tMay be used on secure networks (e.g. PNN, GSI, CJSM & MOD)\n"
    "Author of IMR\tInsert name and designation of IMR author here\n"
    "<i>Insert CSP logo</i>\t<i>Insert CSP Address CSP Street M11 000</i>\n"
    "Details of perpetrator (s)\tIncluding ethnicity / diversity issues and relationship to victim\n"
    "Agency\tName of agency Including a brief agency profile describing what the agency does\n"
    "Lead Officer\t<p>Designation of lead officer charged with implementing the action</p>\n"
)


def test_the_template_words_stay(redact_text):
    assert redact_text(SEED_TEMPLATE)[0] == SEED_TEMPLATE
