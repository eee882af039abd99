"""The names of the recognizers that tidying a span and planning weigh: detection registers
its recognizers under these names, decisions read them from each detection."""
from __future__ import annotations

NER = "SpacyRecognizer"
NAME_LIST = "NameListRecognizer"
# Recognizers whose finds need support: NER or a name list may take a place, an
# organisation's word or a named thing for a person.
WEAK = frozenset({NER, NAME_LIST})
CONTEXT = "PersonContextRecognizer"  # a person's context outweighs a place
PEOPLE_LIST = "PeopleListRecognizer"  # a name opening a line of a list, a job or an agency after it
KNOWN = "KnownNameRecognizer"  # the second pass: names found elsewhere in the document or batch
NICKNAME = "AliasRecognizer"  # a nickname the text introduces, capitals too
INITIALS = "InitialNameRecognizer"  # initials and a surname: "J. Adams", "A G Ewart"
CASE_FILE = "CaseFileRecognizer"  # a name the case file gives
TABLE_FIELD = "TableFieldRecognizer"  # a value under a table label that says what it is
TITLED = "TitledPersonRecognizer"  # a name after a title, rank or role
HANDLE = "HandleRecognizer"  # a user name as its user wrote it ("sarah_jones88"), no name's words
LIST_ITEM = "ListItemRecognizer"  # a name-shaped item of a list whose other items are people
