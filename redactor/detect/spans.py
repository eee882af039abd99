"""Tidy a person span before decisions: move a leading title out of it, drop words
that cannot be names, places and named things, take in a first name written just
before a lone surname, and drop text that is already initials ("KM said..." stays)."""
from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from dataclasses import replace

import regex

from redactor.detect.lexicon import Lexicon
from redactor.detect.offices import inside_a_title, office_after_name, office_words
from redactor.detect.vocabulary import Vocabulary
from redactor.names import (
    NAME_WORD,
    NAME_WORD_BEFORE,
    NEXT_NAME_WORD,
    NUMBER_WORDS,
    PARTICLE,
    PLACE_HYPHEN_AFTER,
    SAINT,
    SAINT_BEFORE,
    in_a_date,
    is_initials,
    trie,
    words,
)
from redactor.recognizer_names import (
    CASE_FILE,
    CONTEXT,
    HANDLE,
    INITIALS,
    KNOWN,
    LIST_ITEM,
    NER,
    NICKNAME,
    PEOPLE_LIST,
    TITLED,
    WEAK,
)
from redactor.types import Detection, Kind

_WORD = regex.compile(NAME_WORD)
_SLASH = regex.compile(r"(?<=\p{L})[ \t]*/[ \t]*(?=\p{L})")  # between two people's names: "Ann Holmes / Mairwen Hughes"
_OPENED_RUN = regex.compile(rf"(?:(?:{NAME_WORD}|yr?)[ \t]+)*")  # title-case words, Welsh "y"/"yr", each before a space
_WELSH_ARTICLE = regex.compile(r"[ \t]+yr?[ \t]+\p{Lu}")  # " y G" of "Llys y Goron"
_GAP = regex.compile(rf",?[ \t]+(?:{PARTICLE}[ \t]+)*")  # "Okonkwo, Katherine" is one name
_LEADING_PARTICLES = regex.compile(rf"(?<![\w'’-])(?:{PARTICLE}[ \t]+)+$")  # not "der" of "Recorder"
_SAINT = regex.compile(rf"{SAINT}\.?[ \t]+\p{{Lu}}|(?:St|Saint)\p{{Lu}}\p{{Ll}}")  # "StEdith's" as PDFs glue it too
_SAINT_WORD = regex.compile(SAINT)
_DETERMINER_BEFORE = regex.compile(r"(?<![\w'’])(?i:the|this|these|those)[ \t]+$")
# a surname after a name that opens with a particle in lower case: Arabic "al-Farouk", "bin-Laden",
# Irish "an tSaoir" (of "Mac an tSaoir"), "na gCopaleen": name words the capitalised words leave out
_PARTICLE_SURNAME_AFTER = regex.compile(r"[ \t]+(?:(?:al|el|ad|ud|ul|as|ash|ar|abu|bin|ibn|ben)-\p{Lu}"
                                        r"|(?:an|na|ní|nic|ó|uí|ui)[ \t]+\p{Ll}{1,2}\p{Lu})[\p{L}'’-]*")
# after to/from/for a lone place is the place, but a name this document already gives a person stays the
# person ("spoke to Shirley"); after one of addresses.yaml's place_prepositions it is always the place
_PLACE_OR_PERSON_PREPOSITION = regex.compile(r"(?<![\w'’])(?i:to|from|for)[ \t]+$")
# "Gravesend, " of "Gravesend, Kent", "Tasmania and " of "Tasmania and Victoria"
_TITLE_CASE = r"\p{Lu}\p{Ll}[\p{L}'’-]*"
_PAIR_NAMED_THING = regex.compile(rf"(?<![\w'’-])(?i:the)[ \t]+({_TITLE_CASE})[ \t]+(?:and|&)[ \t]+({_TITLE_CASE})"
                                  rf"[ \t]+({_TITLE_CASE})(?![\w'’-])")
_WORD_AND_COMMA_BEFORE = regex.compile(rf"(?<![\w'’.-])({NAME_WORD})(?:,|[ \t]+(?:and|or)|[ \t]*&)[ \t]+$")
_POSSESSIVE_BEFORE = regex.compile(r"(?<![\w'’])\p{Lu}\p{Ll}+['’]s[ \t]+$")  # "Michael's "
_PLURAL_POSSESSIVE_BEFORE = regex.compile(r"(?<![\w'’])\p{Lu}\p{Ll}+s['’][ \t]+$")  # "Soldiers’ ", "Victims' "
_PARTICIPLE = regex.compile(r"\p{Lu}\p{Ll}+ing")  # "Sentencing Okafor, the judge said"
_POSSESSIVE = regex.compile(r"['’]s\b")
_SURNAME_SHAPE = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?")  # "Welsh", "Lloyd-Jones"
_INITIALS = regex.compile(r"(?:\p{Lu}\.[ \t]*)+")
_SPACED_INITIALS = regex.compile(r"(?:\p{Lu}\.[ \t]+)+")
_VOWEL = regex.compile(r"[AEIOUYÀ-ÖØ-Ý]")
_PLURAL_ACRONYM = regex.compile(r"\p{Lu}{2,}s")  # "MPs", "GPs", "PCSOs": a role's or a body's letters, several
# capitalised words (and "and", "of", "&") to the end of the line: "Sirona Housing Trust"
_AGENCY_TO_LINE_END = regex.compile(r"\p{Lu}[\w'’-]*(?:[ \t]+(?:\p{Lu}[\w'’-]*|and|of|for|&))*?"
                                    r"[ \t]+(?P<last>\p{Lu}[\w'’-]*)[ \t]*(?:\n|$)")
_CAPITALS_TO_ITEM_END = regex.compile(r"\p{Lu}[\w'’-]*(?:[ \t]+(?:\p{Lu}[\w'’-]*|and|of|for|&))*[ \t]+\p{Lu}[\w'’-]*"
                                      r"[ \t]*(?:\n|$|[,;:])")
_DOTTED_LETTERS = regex.compile(r"(?:\p{Lu}\.){2,}")  # "Q.C.", "K.C."
# a count of two or more written out: a figure is as often a time's, a date's or an item's ("At 11.30 PC Gables",
# "On 12 May DS Starlings", "2 DC Hedges" name people)
_COUNTED_TITLE = regex.compile(rf"(?<![\w'’-])(?!(?i:one)(?!\w)){NUMBER_WORDS}[ \t]+"
                                rf"(?:\p{{Lu}}[\p{{L}}.]*[ \t]+){{1,3}}$")
_MIXED_CASE = regex.compile(r"\p{Lu}\w*\p{Ll}\w*\p{Lu}\w*|\p{Lu}\p{Lu}\w*\p{Ll}\w*")  # "FRCPath", "PhD"
_BODY_WITHIN_TWO = regex.compile(rf"(?:[ \t]+{NAME_WORD})?[ \t]+({NAME_WORD})")  # "Centre", "Area Office"
_ROAD_BEFORE = regex.compile(r"(?<![\w/-])[AB]\d{1,4}(?:\([MT]\))?[ \t]+$")  # "A99 ", "B9169 ", "A1(M) "
_TOKEN = regex.compile(r"[^\s,;:()]+")  # a word as written, hyphens and apostrophes in it
# "and North East Somerset" after "Bath": another place joined to the one opening an agency's name
_AND_WORDS_AFTER = regex.compile(rf"[ \t]+(?:and|&)((?:[ \t]+{NAME_WORD}){{1,3}})")
_AT_A_PLACE_BEFORE = regex.compile(r"(?<![\w'’])(?i:in|on|at|near)[ \t]+$")
_SENTENCE_END = regex.compile(r"[ \t]*(?:[.;!?)]|$)", regex.MULTILINE)  # "." after "Kirby Cross"
_LOWER_WORD_AFTER = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}-]*)(?![\w'’])")  # " mum" of "Foster mum"
# ", Co Laois", " in Pembrokeshire", " near Lowestoft": up to three words after, the place read from their start
_PLACE_AFTER = regex.compile(rf"(?:,?[ \t]+(?i:in|near)|,)[ \t]+((?:(?:Co\.?|County)[ \t]+)?{NAME_WORD})"
                             rf"(?:[ \t]+({NAME_WORD}))?(?:[ \t]+({NAME_WORD}))?")
_PLACE_PREPOSITION_BEFORE = regex.compile(r"(?<![\w'’])(?i:in|near|at|to|from|of)[ \t]+$")
# "Norwich via ", "Lowestoft to ", "Hull and ": a word joined to the place after it
# "a ", "a missing ", "an 18-year-old " before a lone word and a person's noun ("a missing Hope man")
_A_BEFORE = regex.compile(r"(?<![\w'’])(?i:an?)[ \t]+(?:[\p{Ll}\d][\p{Ll}\d'’-]*[ \t]+){0,2}$")
_JOINED_BEFORE = regex.compile(rf"(?<![\w'’-])({NAME_WORD})[ \t]+(via|to|and)[ \t]+$")
# " and Justice Department", " Support Department", " and OD": capitalised words after a word
_PORTFOLIO_AFTER = regex.compile(r"(?:[ \t]+(?:and|&|of))?((?:[ \t]+\p{Lu}[\w'’-]*)+)")
_ACRONYM = regex.compile(r"\p{Lu}{2,5}")
_NUMBER_BEFORE = regex.compile(r"\d[\w/-]*,?[ \t]+$")  # "85 " of "85 Queen Victoria Street"
_MOUNTAIN = frozenset({"Ben", "Beinn", "Mount", "Mt"})  # a mountain's first word: "Ben Nevis", "Mount Snowdon"
_ON_A_MOUNTAIN = regex.compile(r"(?<![\w'’])(?i:(?:side|slopes?|summit|top|foot|face|flanks?|shoulder)[ \t]+of"
                               r"|climb(?:ed|ing|s)?|walk(?:ed|ing)?[ \t]+up|descen(?:t|ding)[ \t]+(?:of|from))[ \t]+$")
_DEGREES_AFTER = regex.compile(r"[ \t]*-?\d+(?:\.\d+)?[ \t]*°")  # " 23°C" after "Max"
_NUMBER_LABELLED = regex.compile(r"[ \t]*:[ \t]*[(+]?\d")  # ": (01239)" after "Tel"
_DIGIT_AFTER = regex.compile(r"-?\d")  # "60" of "M60", "-17" of "B-17"
_ROMAN = regex.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")  # "II" of "Lizbeth II", "VIII" of "Henry VIII"
_NUMBER_AFTER = regex.compile(r"(?:/|[ \t]+)\d")  # "/0283/17" of "UKEAT/0283/17": a citation's number

# a word just after an article, before a sentence's end, a closing quote or bracket, or a lower-case word
# that is no "and" nor "or": "the Manitou to a halt", "an Icelander."
_ARTICLE_THING = regex.compile(rf"(?<![\w'’-])(?:the|The|an|An|a)[ \t]+({NAME_WORD})"
                               r"(?:[ \t]*[.;:!?”\"’)](?!\w)|[ \t]+(?!(?:and|or|nor)(?![\w'’-]))(\p{Ll}+)(?![\w'’-]))")
_WELSH_SPELLING = regex.compile(r"(?i:dd|wy|aw|ŵ|ŷ)|^(?:Ll|Rh|Gw)")  # "Waunarlwydd", "Mawr", "Gwyn", "Rhiw"
_OFFICE_OF = regex.compile(r"[ \t]+of[ \t]+the[ \t]+\p{Lu}")  # " of the Faculty" after "Dean"
_CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}+")  # "Southern", "Ireland" of "SouthernIreland"
_NEAR_BEFORE = regex.compile(r"(?<![\w'’])near[ \t]+$")
# a Welsh preposition that mutates the place after it: "o Gaernarfon", "yng Nghaerdydd", "i Fangor"
_MUTATING_BEFORE = regex.compile(r"(?<![\w'’])(?:o|i|yng|ym|yn|dros|drwy|trwy|gan|heb|hyd|tan|wrth|dan|ger|Yng|Ym|Yn)"
                                 r"[ \t]+$")
# a work's or a campaign's title in quotes: capitalised words opening with an article, "Our"/"My" or a hymn's or
# poem's "O", or holding one of the short function words a title writes in lower case (not "and": "‘Sarah and
# Tom’"), lower case only for those ("‘The Lord's my Shepherd’", "‘Banaz: A Love Story’", "“Our Guardian Angel”",
# "‘Shine a Light’", "‘O Little Town of Bethlehem’")
_TITLE_WORD = r"(?:\p{Lu}[\p{L}'’-]*|of|the|a|an|and|in|on|to|for|my|our|your|with|at|is)"
_SMALL_WORD = r"(?:of|the|a|an|in|on|to|for|my|our|your|with|at|is)"
_QUOTED_TITLE = regex.compile(rf"(?<![\w'’])['‘\"“](?:[^'‘’\"“”\n]{{0,40}}:[ \t]+)?(?P<title>(?:The|A|An|Our|My|O)"
                              rf"(?:[ \t]+{_TITLE_WORD})+"
                              rf"|\p{{Lu}}[\p{{L}}'’-]*(?:[ \t]+{_TITLE_WORD})*[ \t]+{_SMALL_WORD}"
                              rf"(?:[ \t]+{_TITLE_WORD})+)"
                              rf"[,.!?]?['’\"”](?![\w'’])")
# the role of a contest's or programme's presenter or contestant after its name ("Miss World presenter")
_CONTEST_ROLE_AFTER = regex.compile(r"[ \t]+(?:co-)?(?:presenter|contestant|finalist|winner|pageant|contest|title)s?"
                                    r"(?![\w'’-])")
# a work's title in quotes just after the noun of its kind ("the Welsh hymn “Mae D’Eisiau Di”", "the song ‘Jolene’",
# "her poem called 'Hope'"): an apostrophe inside double quotes only
_WORK_QUOTED = regex.compile(r"(?<![\w'’])(?i:hymn|song|carol|poem|anthem|psalm|prayer|book|novel|film|play|album"
                             r"|single|track|tune|lullaby|ballad)s?[ \t]+(?:(?:called|entitled|titled)[ \t]+)?"
                             r"(?:[\"“](?P<title>[^\"“”\n]{1,60})[\"”]|['‘](?P<title>[^'‘’\n]{1,60})['’](?![\w'’]))")
# "a nurse at ", "KFC at ", "near ", "outside ": where something is (never "shouted at ", "confided in ")
_WHERE_BEFORE = regex.compile(r"(?:(?<![\w'’-])(\p{Ll}+|\p{Lu}{2,6})[ \t]+at|(?<![\w'’])(?i:near|outside))[ \t]+$")
# the item before or after a word in a list ("Devon, Somerset and Torbay"): one or two capitalised words
_ITEM_BEFORE = regex.compile(r"(?<![\w'’-])(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)(?:,[ \t]*|[ \t]+and[ \t]+)$")
_ITEM_AFTER = regex.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)"
                           r"(?![\w'’-])")
# the next word of a place's name of several words: " and Glens" of "Causeway Coast and Glens"
_PLACE_WORD_AFTER = regex.compile(r",?[ \t]+(?:(?:and|of|upon|on|&)[ \t]+)?\p{Lu}[\p{L}'’-]*")
_ARTICLE_OR_POSSESSIVE_BEFORE = regex.compile(r"(?<![\w'’])(?:an?|the|his|her|their|its|my|our|your)[ \t]+$")
_TOWN_POSSESSIVE = regex.compile(r"(\p{Lu}\p{Ll}+)['’]s[ \t]+(?=\p{Lu})")  # "Kirkcaldy’s " before a street
STRONG = 0.9  # at or above this, a word is kept even if it is also an ordinary word ("Mrs May")


def clean_person(d: Detection, text: str, vocabulary: Vocabulary,
                 english: Container[str] = frozenset()) -> Detection | None:
    """The tidied detection, or None when nothing name-like is left; a name found as it stays
    (``_as_found``) is returned as it is. ``english``: the words a dictionary knows (none: no word
    opening a sentence is taken as a first name)."""
    if d.recognizer in WEAK and inside_a_title(d, text, vocabulary):
        return None  # "H.M" of "H.M Coroner": words of an office's or title's name
    if _as_found(d):
        return d
    if _names_no_one(d, text, vocabulary):
        return None
    if d.title is None and d.recognizer in WEAK and _in_a_thing_named_for_a_pair(text, d.start, d.end, vocabulary):
        return None  # "the Victoria and Albert Museum", "the Eric and Ernie Show": a thing named for two (a name
        # the document gives still goes there: "the Mari and Graham Trust" after "Mari Jones")
    title = d.title
    lead = vocabulary.title_lead.match(text, d.start, d.end)
    if lead:  # "Det Sgt Nadia Orme": the rank stays
        title = title or text[lead.start():lead.end()].strip()
    words = list(_WORD.finditer(text, lead.end() if lead else d.start, d.end))
    if len(words) > 2 and _POSSESSIVE.match(text, words[0].end()) and vocabulary.in_first_names(words[1].group()):
        words.pop(0)  # "Limerick’s Tom Morrissey", "Labour's Ann Cole": a town's or body's possessive before the person
    if len(words) > 1 and len(words[-1].group()) < 3 and words[-1].group().isupper() \
            and _DIGIT_AFTER.match(text, words[-1].end()):
        words.pop()  # a postcode's letters: "M" of "Manchester M60 9DJ" (a name before a footnote's number is one);
        # a model's letter: "B" of "Robert Buchanan B-17"
    if d.recognizer in WEAK and all(vocabulary.is_title_word(w.group()) for w in words):
        return None  # "Coroner Dr" of "Coroner Dr Brian Farrell": titles alone name no one
    office = office_words(words, text, lead is not None or d.title is not None, vocabulary)
    if office and office == len(words) and title is None and d.recognizer in (*WEAK, LIST_ITEM, PEOPLE_LIST, CONTEXT):
        return None  # "Bailiff", "Deputy Bailiff", "Area Dean": an office's name, no one (nor a list's item)
    if office and office < len(words) and d.recognizer != CASE_FILE:
        words = words[office:]  # "Prosecutor Alex Prentice": the office stays, the name goes (what is left
        # is weighed as found: "Report" of "Treasurer’s Report" is no name)
    if d.recognizer in WEAK or title is not None:
        words = words[:office_after_name(words, text, vocabulary)]  # "Laurence Interim Service Director", "Mrs A
        # Watson Parish Clerk" on a list line
    # a full name found again as it was found before keeps its words ("Una Crown" after "victim Una Crown")
    strong = title is not None or d.score >= STRONG or d.recognizer == KNOWN and len(words) > 1
    words = _first_run(words, text)
    words = _without_plural_letters(words)
    if not words:
        return None  # "MPs", "GPs": several holders of a role, no one's name
    # a known first name that is also a month or word ("June" after "SAR June"): the plan's reading
    # of each mention decides whether it is the person or the date ("6 June 2022")
    known_word = d.recognizer == KNOWN and len(words) == 1 and words[0].group()[1:].islower() \
        and vocabulary.in_first_names(words[0].group()) and not vocabulary.is_name_word(words[0].group())
    # a word after initials each spaced ("J. W. R. Bell") is a surname, whatever else it is; so is a name word
    # after initials written close ("L.C. Richardson"), no body's or dictionary word ("U.S. Army" is none)
    last = words[-1].group()
    lead_initials = _SPACED_INITIALS if len(words) < 3 or not vocabulary.is_name_word(last) \
        or vocabulary.is_body_word(last) or _dictionary_word(last, vocabulary, english) else _INITIALS
    initialled = len(words) > 1 and lead_initials.fullmatch(text, words[0].start(), words[-1].start()) is not None \
        and last[1:].islower()
    strong = strong or known_word or initialled
    if not strong:
        words = _name_run(words, vocabulary)
    if title is not None and d.score < STRONG and d.recognizer in WEAK:
        words = _without_words_after(words, vocabulary)  # "Councillor G Thomas Cabinet Member": G Thomas
    if len(words) > 1 and words[-1].group() in vocabulary.offices_after:
        words.pop()  # a judge's office after the name: "Harker J", "Lloyd LJ"
    if words and words[-1].group() in vocabulary.generations:
        words.pop()  # a generation's mark after the name, or alone: "Snr" of "Mr Wallace Snr", "Jnr, 45,"
    if words and not strong and _is_acronym(words[-1].group(), vocabulary):
        return None  # "Devon SCP", "Leeds CCG": a body named by its acronym
    words = _before_letters_after(words, text, vocabulary)
    if d.recognizer not in (KNOWN, CASE_FILE):
        words = _before_an_agency(words, text, vocabulary, english)
    if title is None and not strong and d.recognizer in WEAK and len(words) > 2:
        words = _before_a_body_of_a_place(words, text, vocabulary, english)
    if title is None and d.recognizer in WEAK:
        words = _before_an_agency(words, text, vocabulary, english, to_line_end=True)
    opening = words[0] if len(words) > 1 else None
    if opening and d.recognizer in WEAK and (_opening_participle(opening.group(), text, opening.start(), vocabulary)
                                             or _describes_who_follows(words, vocabulary, english)):
        words.pop(0)
    if opening and d.recognizer in (*WEAK, CONTEXT) and _adjective_opening(words, text, vocabulary, english):
        words.pop(0)  # "Jobless" of "Jobless Thomas Smith, 60,"
    if title is None and d.recognizer in WEAK and len(words) > 2 and vocabulary.is_place(words[0].group()) \
            and not vocabulary.in_surnames(words[0].group()) and vocabulary.is_first_name(words[1].group()):
        words.pop(0)  # a body's place before a member's name in a flattened list: "Wales" of "ACAS Wales Nia Ross"
    if title is None and d.recognizer in WEAK and len(words) > 1 and len(words[0].group()) > 2 \
            and words[0].group().isupper() and not vocabulary.is_listed(words[0].group()) \
            and words[1].group()[1:].islower() and vocabulary.in_first_names(words[1].group()):
        words.pop(0)  # a body's capitals before its member's first name: "ELDC" of "ELDC Travis sent a report"
    while words and not strong and not _could_be_name(words[0].group(), vocabulary) \
            and not _listed_first_name_and_surname(words, vocabulary):
        words.pop(0)
    while words and not strong and not _could_be_name(words[-1].group(), vocabulary) \
            and not _first_name_and_surname(words, vocabulary, english):
        words.pop()
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    initials = _INITIALS.match(text, start, end)
    titled = vocabulary.title_before.search(text, 0, start) if initials and initials.end() < end else None
    if initials and titled:  # "Dr J. Smith": the initial stays with the title
        title = title or text[titled.start("title"):initials.end()].strip()
        start = initials.end()
        words = [w for w in words if w.start() >= start]
    lead = _LEADING_PARTICLES.search(text, d.start, start)
    start = lead.start() if lead else start
    dot = end + (text[end:end + 1] == "." and text[end - 2:end - 1] == ".")  # "E.T" of "E.T. Z4": its last dot
    if is_initials(text[start:dot]) and not (title is not None and title.isupper()
                                             and vocabulary.is_name_in_capitals(text[start:end])):
        return None  # "KM", "E.T." are initials; "MAY" after "LORD JUSTICE" is a name
    if title is None:
        before = vocabulary.title_before.search(text, 0, start)
        title = before.group("title") if before else None
    if title is None and d.recognizer in WEAK and not initialled and _looks_like_place(text[start:end], vocabulary) \
            and not (len(words) > 1 and vocabulary.person_verb.match(text, end)):
        return None  # "Werder Bremen"; not "Suraj Bhan said", a full name before what people do
    if title is None and d.recognizer in WEAK and len(words) == 1 \
            and _listed_among_places(text, start, end, vocabulary):
        return None  # "Devon" of "Devon, Somerset and Torbay": a listed place that is a first name too, among places
    if title is None and (d.recognizer in WEAK or not strong) and _opens_a_listed_place(text, start, end, vocabulary):
        return None  # "Causeway Coast" of "the Causeway Coast and Glens area": the words open a place's name
    if title is None and not strong and d.recognizer == PEOPLE_LIST and vocabulary.is_place(text[start:end]):
        return None  # "Northern Ireland" opening a line of a list: a nation, never a person on such evidence
    if title is None and not strong and d.recognizer == PEOPLE_LIST and len(words) > 1 \
            and vocabulary.is_place(words[0].group()) and not vocabulary.in_surnames(words[0].group()) \
            and not any(vocabulary.is_listed(w.group()) for w in words[1:]) and not _ITEM_BEFORE.search(text, 0, start):
        return None  # "Brechin Landward - Mr P. Yates": a ward or area named for its town opening a list's line
        # (words on no name list after the town: "Chester Jones" is a person; so is a later item of a list of
        # people: "John Watkin, Wil Wild")
    if title is None and _code_name(text, [w.start() for w in words[:2]], vocabulary):
        return None  # "Operation Bullfinch", "known as Operation Bullfinch": an investigation's code name
    if title is None and d.recognizer in WEAK and len(words) == 2 and len(words[1].group()) > 1 \
            and _ROMAN.fullmatch(words[1].group()) \
            and vocabulary.in_first_names(words[0].group()):
        return None  # "Lizbeth II", "Elizabeth II": a first name and a numeral name a monarch, a ship or a plane
    if title is None and not strong and d.recognizer in WEAK and len(words) == 1 and text[start - 1:start] == "#" \
            and (_describing_word(words[0].group(), vocabulary, english)
                 or _words_run_together(words[0].group(), vocabulary, english)):
        return None  # "#Awkward", "#SouthernIreland": a hashtag of a word that describes or does, or of places and
        # dictionary words run together, no name
    if title is None and d.recognizer in WEAK and len(words) == 1 and len(words[0].group()) < 5 \
            and _NUMBER_LABELLED.match(text, end) and not vocabulary.is_listed(words[0].group()):
        return None  # "Tel: (01239) 615266", "Mob: 07…": a short label before a number, on no name list
    if title is None and d.recognizer in WEAK and len(words) == 1 and _DEGREES_AFTER.match(text, end):
        return None  # "Max 23°C | Min 16°C": a weather forecast's label
    if title is None and d.recognizer in WEAK and len(words) == 1 and in_a_date(text, start, end, True):
        return None  # "Sep 25, 2024", "25 Sep": a month's short name as a date writes it
    if title is None and not strong and d.recognizer in WEAK and len(words) == 1 \
            and _names_a_term(words[0].group(), vocabulary, english):
        return None  # "Asphyxia was given as the cause", "Obituary": a medical or legal term, no listed name
    if title is None and not strong and d.recognizer in WEAK and len(words) == 1 and _OFFICE_OF.match(text, end) \
            and _a_noun(words[0].group(), english):
        return None  # "Dean of the Faculty of Science", "Master of the Rolls": an office of a body, a noun too
    if title is not None and d.recognizer not in (KNOWN, CASE_FILE) and _a_headline_after(title, words, vocabulary,
                                                                                        english):
        return None  # "JUDGE CLEARS COURT", "CORONER SHARPLY CRITICAL OF POLICE": a headline in capitals, no name
    if title is not None and d.recognizer not in (KNOWN, CASE_FILE) and len(words) == 1 \
            and _COUNTED_TITLE.search(text, max(0, start - 60), start) and not vocabulary.is_listed(words[0].group()) \
            and _plural_noun(words[0].group(), english):
        return None  # "TWO GARDA MEMBERS", "three Police Officers": holders of a role counted, no one's name
    if title is not None and d.recognizer not in (KNOWN, CASE_FILE) and _names_a_portfolio(words, text, title,
                                                                                        vocabulary, english):
        return None  # "ACC Crime Operations", "ACC Legacy and Justice Department": a rank's portfolio, no name
    if title is None and d.recognizer == NER and len(words) == 1 and not vocabulary.is_listed(words[0].group()) \
            and _plural_noun(words[0].group(), english):
        return None  # "training to all the Mosques": a plural word NER alone calls a person
    if title is None and d.recognizer == NER and len(words) == 1 and not vocabulary.is_listed(words[0].group()) \
            and _names_where(text, start, english) and not _POSSESSIVE.match(text, end) \
            and not vocabulary.person_verb.match(text, end):
        return None  # "a student nurse at Altnagelvin": a word on no name list where something is, NER's alone (a
        # person the document names in full is looked for again by the known names)
    if title is None and (d.recognizer in WEAK or d.recognizer == CONTEXT) and len(words) > 1 \
            and all(w.group().lower() in english for w in words[:-1]) and NAME_WORD_BEFORE.search(text, 0, start) \
            and not vocabulary.in_surnames(words[-1].group()) and _plural_noun(words[-1].group(), english):
        return None  # "Victim Impact Statements": a run of capitalised words ending in a plural one names a thing
    if title is None and not strong and d.recognizer != CONTEXT and len(words) == 1 \
            and vocabulary.in_places(words[0].group()) and not _POSSESSIVE.match(text, end) \
            and (_after_place_preposition(text, start, d.recognizer, vocabulary)
                 or d.recognizer != LIST_ITEM and _after_a_place(text, start, vocabulary)):
        return None  # "born in Yorkshire", "moved from Shirley to Beverley", "the LSCB for Devon", "Gravesend, Kent"
        # (a list of people weighs its places itself: "Joyce, David, Ann, Rose", where "David" and "Ann" are too)
    if title is None and not strong and len(words) == 1 and (
            vocabulary.place_prefix.search(text, 0, start) or _PLURAL_POSSESSIVE_BEFORE.search(text, 0, start)
            or _POSSESSIVE_BEFORE.search(text, 0, start) and not vocabulary.in_first_names(words[0].group())):
        return None  # "Prees Higher Heath": a place's name after its opening word; "The Soldiers’ Charity",
        # "Saint Michael's Hospice": a body's word after a possessive (not a first name: "Amy's Grace")
    if title is None and d.recognizer in WEAK and _in_a_name_opened_so(words, text, vocabulary):
        return None  # "Ynys Lochtyn", "Ty Waunarlwydd", "Siambr Dafydd Orwig": a Welsh or Gaelic place or building
    last = words[-1].group()
    listed = d.recognizer == PEOPLE_LIST and not strong and not vocabulary.in_first_names(words[0].group())
    if title is None and (d.recognizer in WEAK or listed) and last[1:].islower() \
            and (vocabulary.is_body_word(last) or last.lower() in vocabulary.building_surnames
                 or last.lower() in vocabulary.organisation_words) \
            and not vocabulary.in_first_names(last) \
            and (len(words) > 1 or NAME_WORD_BEFORE.search(text, 0, start)):
        return None  # "Ross County", "Stockton Central Library", "Grace House", "Albert Museum" of "the Victoria
        # and Albert Museum": a body's, building's or organisation's name
    if title is None and d.recognizer == CONTEXT and len(words) > 1 and last.lower() in vocabulary.organisation_words \
            and not vocabulary.is_listed(last):
        return None  # "(1) HERBERT SMITH SOLICITORS", "Mason Hale Associates said": a firm named for people, where
        # people stand (a name the document gives as a person's still goes inside it)
    if title is None and d.recognizer in WEAK and len(words) == 1 and _before_a_family_word(text, end, vocabulary) \
            and not vocabulary.in_first_names(words[0].group()) and _opens_sentence(text, start):
        return None  # "Foster mum Ann Collins": a word opening a sentence before a family word describes it
    if title is None and d.recognizer in WEAK and len(words) == 2 and not vocabulary.is_listed(words[0].group()) \
            and words[1].group().lower() in vocabulary.place_suffixes and _AT_A_PLACE_BEFORE.search(text, 0, start):
        return None  # "on Dyffryn Beach", "in Chadwell Heath": a beach's, heath's or common's name
    if title is None and not strong and d.recognizer in WEAK and len(words) == 2 \
            and all(vocabulary.in_places(w.group()) for w in words) and _AT_A_PLACE_BEFORE.search(text, 0, start) \
            and not _POSSESSIVE.match(text, end):
        return None  # "a public place in Milford Marina": two listed places (first names too) where something is
    if title is None and not strong and d.recognizer in WEAK and len(words) < 4 \
            and _names_a_settlement(words, text, start, end, vocabulary):
        return None  # "moved to Glengormley", "at Sandy Cove in County Dublin": a town or village no list holds
    if title is None and d.recognizer in WEAK and vocabulary.facility_after.match(text, end):
        return None  # "Mills Court temporary accommodation", "Qinglan port": a place's or service's name
    if title is None and d.recognizer in WEAK and len(words) > 1 and vocabulary.is_place(words[0].group()) \
            and not vocabulary.in_surnames(words[-1].group()) and _before_a_body_word(text, end, vocabulary):
        return None  # "Antrim Civic Centre": a place's words before a building's or body's word
    if title is None and d.recognizer in WEAK and _names_an_event(words, text, start, vocabulary):
        return None  # "Mohill Gala", "Balmoral Show": an event named for its place, no first name before it
    if title is None and not strong and d.recognizer in WEAK and len(words) == 2 \
            and words[1].group() in vocabulary.feature_nouns and not vocabulary.is_listed(words[0].group()):
        return None  # "Ogwen Lake", "Kielder Reservoir": a lake's or falls' name, its first word on no name list
    if title is None and not strong and d.recognizer in WEAK and len(words) < 3 \
            and vocabulary.nearness.search(text, max(0, start - 16), start):
        return None  # "from nearby Bispham", "adjoining Wrexham": a place near the one spoken of
    if title is None and not strong and d.recognizer in WEAK and len(words) == 1 and words[0].group()[1:].islower() \
            and vocabulary.welsh_place(words[0].group(), bool(_MUTATING_BEFORE.search(text, max(0, start - 8), start))):
        return None  # "the Red Lion, Llanasa", "o Gaernarfon" (Caernarfon after "o"): a Welsh place on no name list
    if title is None and d.recognizer in WEAK and len(words) == 2 and len(words[0].group()) > 1 \
            and words[0].group().isupper() and words[1].group()[1:].islower() \
            and vocabulary.only_a_place(words[1].group()):
        return None  # "RAF Wilmslow", "BBC Wales": a body's capitals before the place of its site (only a place)
    if title is None and not strong and d.recognizer in WEAK and len(words) > 1 \
            and _names_a_body_or_place(words, text, vocabulary, english):
        return None  # "Brent Civic Centre", "Kingston Episcopal Area Office", "River Dee"
    if title is None and not strong and d.recognizer in WEAK and len(words) == 1 \
            and _inside_a_place(text, start, end, vocabulary):
        return None  # "Ord" of "Muir of Ord": a word of a place's name
    if title is None and not strong and d.recognizer in WEAK and _ROAD_BEFORE.search(text, 0, start):
        return None  # "the A99 John O’Groats to Wick road", "the B9169 Culbokie to Muir of Ord road": a road's ends
    if title is None and d.recognizer in WEAK and len(words) < 3 and vocabulary.thing_noun.match(text, end) \
            and _ARTICLE_OR_POSSESSIVE_BEFORE.search(text, max(0, start - 8), start):
        return None  # "his Massey Ferguson tractor", "a Jack Russell terrier", "a Limousin-cross cow": a make or breed
    if title is None and (d.recognizer in WEAK or d.recognizer == KNOWN and len(words) == 1) and any(
            q.start("title") <= start and end <= q.end("title")
            for q in _QUOTED_TITLE.finditer(text, max(0, start - 60), end + 60)):
        return None  # "‘The Lord's my Shepherd’", "A Love Story" of "‘Banaz: A Love Story’" (not "Banaz"): words
        # of a work's title in quotes; a lone word known from elsewhere too ("Shine" of "‘Shine a Light’")
    if title is None and d.recognizer in WEAK and any(
            q.start("title") <= start and end <= q.end("title")
            for q in _WORK_QUOTED.finditer(text, max(0, start - 80), end + 60)):
        return None  # "the Welsh hymn “Mae D’Eisiau Di”", "the song ‘Jolene’": a work's title in quotes after its kind
    if title is None and d.recognizer in WEAK and _DETERMINER_BEFORE.search(text, 0, start):
        return None  # "The Findings", "the German Government": after "the", no person
    if title is None and d.recognizer in (*WEAK, CONTEXT) and (SAINT_BEFORE.search(text, 0, start)
                                                              or _SAINT.match(text, start)):
        return None  # "St Helens", "ST LOUIS", "Saint Albans", "churchwarden at St. John’s in April": a place or a
        # church named after a saint (a person's context names no saint's church)
    if title is None and d.recognizer == KNOWN and len(words) == 1 and SAINT_BEFORE.search(text, 0, start):
        return None  # "St John Fisher’s Church" where a John is known: the saint's, a longer proper name (a
        # known "St John", a surname, is found whole, from its "St")
    if title is None and len(words) == 1 and PLACE_HYPHEN_AFTER.match(text, end):
        return None  # "Ross" of "Ross-shire", "Stoke" of "Stoke-on-Trent": a word of a place's name
    if title is None and not strong and d.recognizer != CONTEXT and len(words) == 1 \
            and _names_a_thing(text, end, vocabulary, known=d.recognizer == KNOWN):
        return None
    if title is None and d.recognizer in WEAK and len(words) > 1 and vocabulary.street_after.match(text, end) \
            and not _NUMBER_BEFORE.search(text, max(0, start - 12), start):
        return None  # "Queen Victoria" of "on Queen Victoria Street": a street named after someone (after a house
        # number the address readers take the street, and the name, whatever it is, goes with it)
    if title is None and not strong and d.recognizer in WEAK and len(words) == 2 and words[0].group() in _MOUNTAIN \
            and not vocabulary.is_listed(words[1].group()) and _ON_A_MOUNTAIN.search(text, max(0, start - 30), start):
        return None  # "the north side of Ben Cruachan", "climbed Ben Macdui": a mountain (never "relied on Ben …")
    lone = words[0].group() if len(words) == 1 else None
    if title is None and lone and lone[1:].islower() and lone.lower() in vocabulary.body_words \
            and lone.lower() not in vocabulary.dwelling_words \
            and _building_name_before(text, start, vocabulary, english):
        return None  # "Town Hall", "Bootle Town Hall" where "Hall" is a person's surname elsewhere: a building
        # (not a home's name, "the Dial House", which the address recognizers read)
    if title is None and lone and (vocabulary.in_surnames(lone) or not vocabulary.in_first_names(lone)):
        start = _with_first_name(text, start, vocabulary, english)
        if d.recognizer in WEAK and vocabulary.is_place(text[start:end]):
            return None  # "Aycliffe" found, "Newton Aycliffe" written: a town whose name opens with a first name
    tail = _PARTICLE_SURNAME_AFTER.match(text, end) if words[-1].group()[1:].islower() else None
    end = tail.end() if tail else end  # "Omar al-Farouk", "Seán Mac an tSaoir"
    return Detection(d.segment_id, start, end, text[start:end], d.kind, d.score, d.recognizer, d.reason, title)


def _names_an_event(words: list, text: str, start: int, vocabulary: Vocabulary) -> bool:
    """Do the words end in an event's noun after capitalised words, in them or just before them, that are
    no listed first name ("Mohill Gala", "Gala" of "Mohill Gala"; not "Gala Jones", nor "the Gala")?"""
    if words[-1].group() not in vocabulary.event_nouns:
        return False
    before = [w.group() for w in words[:-1]]
    if not before and (word := NAME_WORD_BEFORE.search(text, 0, start)):
        before = [word.group(1)]
    return bool(before) and not any(vocabulary.in_first_names(w) for w in before)


def _in_a_thing_named_for_a_pair(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Is [start, end) inside "the", two capitalised words joined by "and" and an event's, body's or
    organisation's noun: a thing named for a pair, whoever they are ("the Victoria and Albert Museum", "the
    Morecambe and Wise Show"; not "the Albert and Mary Jones Trust", nor "Tom and Ann Show" without "the")?"""
    for m in _PAIR_NAMED_THING.finditer(text, max(0, start - 60), min(len(text), end + 40)):
        noun = m.group(3)
        if m.start(1) <= start and end <= m.end(3) and (noun in vocabulary.event_nouns or vocabulary.is_body_word(noun)
                                                       or noun.lower() in vocabulary.organisation_words):
            return True
    return False


def _as_found(d: Detection) -> bool:
    """Is the detection a name as it was found, its words never tidied: a known name in lower case
    (from a lower-case title: "scr declan final report"), a nickname of capitals ("known as JJ": a
    name as written, no initials nor acronym), a listed name in lower case after a title ("Sheriff
    fiona tait"), initials (the first names of "A G Ewart", whatever else "A" may be) or a handle
    ("@sarah_jones88")?"""
    return d.recognizer == KNOWN and d.text.islower() or d.recognizer == NICKNAME and d.text.isupper() \
        or d.recognizer == TITLED and d.title is not None and d.text.islower() or d.recognizer in (INITIALS, HANDLE)


def _names_no_one(d: Detection, text: str, vocabulary: Vocabulary) -> bool:
    """Does the detection, whatever its words, name no one: a court's party in capitals heading a case
    ("REGINA" is the Crown), or a name found after a title that is a body's last word ("Royal Courts
    of Justice Belfast", a place after it), or a contest's title before its presenter's or contestant's role
    ("Miss World presenter": one word on no name list after the title)?"""
    return d.recognizer in WEAK and d.text.isupper() and " ".join(d.text.split()) in vocabulary.court_parties \
        or d.recognizer == TITLED and _title_in_a_body(d, text, vocabulary) \
        or d.recognizer == TITLED and _CONTEST_ROLE_AFTER.match(text, d.end) is not None \
        and len(words(d.text)) == 1 and not vocabulary.is_listed(d.text)


def written_as_places(texts: Iterable[str], candidates: Iterable[str], vocabulary: Vocabulary) -> set[str]:
    """The places among ``candidates`` that ``texts`` write after "in", "near" and the like
    ("referrals in Harrow"): the document itself reads them as the place."""
    places = [w for w in candidates if vocabulary.in_places(w)]
    if not places:
        return set()
    prepositions = trie(vocabulary.place_prepositions, fold_case=True)
    after = regex.compile(rf"(?<![\w'’])(?i:{prepositions})[ \t]+({trie(places)})(?!\w)")
    return {m.group(1) for t in texts for m in after.finditer(t)}


def words_naming_here(texts: Iterable[str], vocabulary: Vocabulary) -> set[str]:
    """Words on no name list that the texts write where a place or a thing stands: a town or village
    (``_settlement_words``), a thing after an article (``_thing_words``), a name a Welsh or Gaelic word
    opens (``_opened_words``). Each names that place or thing wherever else the document writes it;
    each text is read once, and a word found is not weighed again."""
    found: set[str] = set()
    for text in dict.fromkeys(texts):
        for read in (_settlement_words, _thing_words, _opened_words):
            read(text, vocabulary, found)
    return found


def street_without_its_town(d: Detection, vocabulary: Vocabulary) -> Detection:
    """A street an address reader took with the listed town that owns it ("on Kirkcaldy’s Randolph
    Crescent", "in Cardiff's Queen Street"), without the town: the town stays."""
    m = _TOWN_POSSESSIVE.match(d.text)
    if d.kind is not Kind.ADDRESS or m is None or not vocabulary.in_places(m.group(1)) or len(words(d.text)) < 3:
        return d
    return replace(d, start=d.start + m.end(), text=d.text[m.end():])


def listed_places_written_so(texts: Iterable[str], vocabulary: Vocabulary) -> set[str]:
    """Listed places that are listed names too ("Barry") which the texts write alone where a town
    stands ("the West End of Barry", "lived in Barry", "in Broad Street, Barry."; see
    ``_names_a_settlement``): the document's town, wherever else NER alone calls the word a person."""
    found: set[str] = set()
    for text in dict.fromkeys(texts):
        _words_where_a_town_stands(text, lambda word: word[1:].islower() and vocabulary.in_places(word)
                                   and vocabulary.is_listed(word), vocabulary, found)
    return found


def _settlement_words(text: str, vocabulary: Vocabulary, found: set[str]) -> None:
    """Words on no name nor place list that the text writes where a town or village stands, alone
    ("moved to Glengormley", "at Ballyclare Road, Glengormley"; see ``_names_a_settlement``): the
    place's name wherever else the document writes it ("as Glengormley hub proposed")."""
    _words_where_a_town_stands(text, lambda word: len(word) > 3 and word[1:].islower()
                               and not vocabulary.is_listed(word) and vocabulary.is_name_word(word)
                               and not vocabulary.in_places(word), vocabulary, found)


def _words_where_a_town_stands(text: str, wanted: Callable[[str], bool], vocabulary: Vocabulary,
                               found: set[str]) -> None:
    """Add to ``found`` the ``wanted`` words the text writes alone where a town or village stands
    (``_names_a_settlement``), no name word after them."""
    for w in _WORD.finditer(text):
        word = w.group()
        if word not in found and wanted(word) and not NEXT_NAME_WORD.match(text, w.end()) \
                and _names_a_settlement([w], text, w.start(), w.end(), vocabulary):
            found.add(word)


def _opened_words(text: str, vocabulary: Vocabulary, found: set[str]) -> None:
    """Words on no name list that the text writes just after a Welsh or Gaelic word opening a place's,
    building's or body's name ("Gwalia" of "Grwp Gwalia"; see ``_in_a_name_opened_so``): the name wherever
    else the document writes it ("Gwalia executive director Richard Davies said")."""
    for m in vocabulary.name_opening.finditer(text):
        pair = [_WORD.match(text, m.start()), _WORD.match(text, m.end())]
        if pair[0] is not None and pair[1] is not None and pair[1].group() not in found \
                and not vocabulary.is_listed(pair[1].group()) and vocabulary.is_name_word(pair[1].group()) \
                and _in_a_name_opened_so(pair, text, vocabulary):
            found.add(pair[1].group())


def _thing_words(text: str, vocabulary: Vocabulary, found: set[str]) -> None:
    """Words on no name nor place list that the text writes just after an article, before a
    sentence's end or a function word ("the Manitou to a halt", "the path of a Manitou.", "an
    Icelander."): no person's name takes an article, so the word names a thing or a people, wherever
    else the document writes it ("Manitou could not imitate"). Not a word ending in "s" ("the
    Okonkwos"), nor one before "and" or "or" ("the Okafor and Bello families"); before a noun
    ("the Okafor family") the article belongs to the noun."""
    for m in _ARTICLE_THING.finditer(text):
        word = m.group(1)
        if word not in found and word[1:].islower() and not word.endswith("s") and not vocabulary.is_listed(word) \
                and vocabulary.is_name_word(word) and not vocabulary.in_places(word) \
                and (m.group(2) is None or m.group(2).lower() in vocabulary.function_words):
            found.add(word)


def _opening_participle(word: str, text: str, at: int, vocabulary: Vocabulary) -> bool:
    """A verb in -ing opening a sentence before a name is no first name ("Sentencing Okafor")."""
    return bool(_PARTICIPLE.fullmatch(word)) and _opens_sentence(text, at) \
        and not vocabulary.in_first_names(word) and not vocabulary.in_surnames(word)


def _describes_who_follows(words: list, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """Is the first of two words or more a noun of four letters or more on no name list that is no title,
    before a listed first name ("Chef Neil Wilson", "Historian Don Freeth", "Defender Hakan Sukur"), or a
    plural one ("Witnesses Lockett")? It says who the person is; the name starts after it. Not an adverb
    ("Curtly Ambrose") nor a short word that is a name elsewhere ("Wen Hui Bao")."""
    first, second = words[0].group(), words[1].group()
    plural = _plural_noun(first, english)
    return len(first) > 3 and _dictionary_word(first, vocabulary, english) and not vocabulary.is_title_word(first) \
        and (plural or _a_noun(first, english)) and (vocabulary.is_first_name(second) or plural)


def _adjective_opening(words: list, text: str, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """Is the first of three words or more an adjective on no name list opening a sentence, before a listed
    first name ("Jobless Thomas Smith, 60,", "Tragic Amy Clarke had called")? A headline's or tribute's
    word for the person; the name starts after it."""
    first = words[0].group()
    adjectives = english.by_pos.get("adj", ()) if isinstance(english, Lexicon) else ()
    return len(words) > 2 and len(first) > 3 and first.lower() in adjectives and not vocabulary.is_listed(first) \
        and not vocabulary.is_title_word(first) and vocabulary.is_first_name(words[1].group()) \
        and _opens_sentence(text, words[0].start())


def _words_run_together(word: str, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """Is ``word`` two words or more in title case run together ("SouthernIreland"), each a place or a
    dictionary word and none a listed first name ("JusticeForJane" holds a name)?"""
    parts = _CAMEL_PART.findall(word)
    return len(parts) > 1 and "".join(parts) == word and not any(vocabulary.in_first_names(p) for p in parts) \
        and all(vocabulary.in_places(p) or p.lower() in english for p in parts)


def _a_noun(word: str, english: Container[str]) -> bool:
    """Does the dictionary know ``word`` as a noun (any dictionary word, where it knows no parts of speech)?"""
    nouns = english.by_pos.get("noun") if isinstance(english, Lexicon) else None
    return word.lower() in nouns if nouns else word in english


def _names_where(text: str, start: int, english: Container[str]) -> bool:
    """Does a place's word come just before ``start``: "at" after a noun or a body's acronym ("a nurse
    at", "the shop at", "KFC at"; not "shouted at"), "near" or "outside"?"""
    where = _WHERE_BEFORE.search(text, max(0, start - 40), start)
    return where is not None and (where.group(1) is None or where.group(1).isupper()
                                  or _a_noun(where.group(1), english))


def _is_acronym(word: str, vocabulary: Vocabulary) -> bool:
    """Capitals without a vowel that are no post-nominal letters: "SCP", "DHR", "CCG"
    (a name in capitals has a vowel: "ORME"; "QC" and "MP" follow a name)."""
    return len(word) > 1 and word.isupper() and not _VOWEL.search(word) and word.lower() not in vocabulary.post_nominals


def _without_plural_letters(words: list) -> list:
    """The words between any plural letters at either end ("MPs" of "MPs Naz Shah", "GPs"): the letters of a
    role or a body written for several of them are no one's name, whatever name follows."""
    while words and _PLURAL_ACRONYM.fullmatch(words[0].group()):
        words = words[1:]
    while words and _PLURAL_ACRONYM.fullmatch(words[-1].group()):
        words = words[:-1]
    return words


def _could_be_name(word: str, vocabulary: Vocabulary) -> bool:
    """A word that may be part of a name on weak evidence: not an ordinary word nor an acronym."""
    return vocabulary.is_name_word(word) and not _is_acronym(word, vocabulary)


def _first_name_and_surname(words: list, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """Two words, a listed first name that is no English word and a word in title case after it that
    heads no thing's name ("Karin Welsh", "Dorota Church" where "Welsh" and "Church" are words too): a
    person's first name and surname. Not "Grace Ward" (an English word before), "Jane Street", "Tom
    Hall": a street's, a body's or building's, a place's, a job's or an office's word after it."""
    if len(words) != 2:
        return False
    first, last = words[0].group(), words[1].group()
    low = last.lower()
    return vocabulary.in_first_names(first) and first[1:].islower() and first.lower() not in english \
        and _SURNAME_SHAPE.fullmatch(last) is not None and not vocabulary.is_title_word(last) \
        and low not in vocabulary.function_words and not (vocabulary.in_places(last) or low in vocabulary.body_words
                                                         or low in vocabulary.street_words
                                                         or low in vocabulary.organisation_words
                                                         or low in vocabulary.dwelling_words
                                                         or low in vocabulary.place_suffixes or low in vocabulary.jobs
                                                         or low in vocabulary.office_heads
                                                         or last in vocabulary.feature_nouns
                                                         or last in vocabulary.event_nouns
                                                         or last in vocabulary.trade_ends)


def _listed_first_name_and_surname(words: list, vocabulary: Vocabulary) -> bool:
    """Two words, a listed first name, whatever else it is, and a listed surname that is no ordinary word
    ("Jesus Ramirez", "Hope Okafor"; not "Jesus Christ", "Grace Ward"): a person's first name and surname."""
    return len(words) == 2 and vocabulary.in_first_names(words[0].group()) and words[0].group()[1:].islower() \
        and vocabulary.in_surnames(words[1].group()) and vocabulary.is_name_word(words[1].group()) \
        and not vocabulary.in_places(words[1].group())


def _first_run(words: list, text: str) -> list:
    """The words up to the first ordinary lower-case word between two of them
    ("Van Dijk conveyed Ruby" -> "Van Dijk"); surname particles and the full stop
    of an initial ("S. Campbell") do not break a run."""
    for i in range(1, len(words)):
        gap = text[words[i - 1].end():words[i].start()]
        if len(words[i - 1].group()) == 1 and gap.startswith("."):
            gap = gap[1:] or " "
        if not _GAP.fullmatch(gap):
            return words[:i]
    return words


def _before_letters_after(words: list, text: str, vocabulary: Vocabulary) -> list:
    """The words before any letters written after a name: post-nominals with full stops
    ("PRICE Q.C."), a body's initials in capitals after a full name in title case, unless a
    listed surname ("Sally Trench SCIE"; "John Paul SMITH" is a name), and capitals without a
    vowel after a name in title case ("Ms Cowan CPR"), letters before a number after a name in title case
    ("Robinson UKEAT/0283/17"), words in capitals on no name list before more capitals after a name in title
    case (a heading: "Tait OPINION OF THE COURT"), and letters written in mixed case ("FRCPath", "PhD")."""
    for i in range(1, len(words)):
        dotted = _DOTTED_LETTERS.match(text, words[i].start())
        if dotted and dotted.group().replace(".", "").lower() in vocabulary.post_nominals:
            return words[:i]
        later = words[i].group()
        if _honours_to_the_end(words[i:], vocabulary) and len(words[i - 1].group()) > 2 and (i > 1 or len(later) > 2):
            return words[:i]  # "MRS JUSTICE LANG DBE", "JOHN HALE MP": honours after a name in capitals too
            # (after a surname, not initials: "Ms A JP"; two letters after a full name: "JACK MA" may be a name)
        if _MIXED_CASE.fullmatch(later) and later.lower() in vocabulary.post_nominals:
            return words[:i]  # "Dr Mark Ashton FRCPath", "Jo Bell MRCPsych"
        if _is_capitals(later) and not any(_is_capitals(w.group()) for w in words[:i]) \
                and (i >= 2 and not vocabulary.in_surnames(later) or _is_acronym(later, vocabulary)
                     or _NUMBER_AFTER.match(text, words[i].end())
                     or i + 1 < len(words) and _is_capitals(words[i + 1].group()) and not vocabulary.is_listed(later)):
            return words[:i]  # "Sally Trench SCIE", "Ms Cowan CPR": initials after a name in title case;
            # "Robinson UKEAT/0283/17": a tribunal's letters opening a case's number; "Sheriff F Tait OPINION OF
            # THE COURT": a heading in capitals
    return words


def _honours_to_the_end(words: list, vocabulary: Vocabulary) -> bool:
    """Are ``words`` all listed post-nominal letters in capitals, on no name list ("DBE", "OBE JP")?"""
    return all(w.group().isupper() and w.group().lower() in vocabulary.post_nominals
               and not vocabulary.is_listed(w.group()) for w in words)


def _name_run(words: list, vocabulary: Vocabulary) -> list:
    """Of the runs of possible name words that ordinary words split ("Healthwatch" and "R" of
    "Healthwatch Representative R"), a full name opening the span before capitals, else the last
    holding a listed name, else the last; the ordinary words at either end stay (they are trimmed
    later)."""
    runs: list[list] = [[]]
    for w in words:
        if len(w.group()) == 1 or _could_be_name(w.group(), vocabulary):  # an initial too: "C.A. Whomersley"
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    if len(runs) < 2:
        return words
    listed = [r for r in runs if any(vocabulary.in_first_names(w.group()) or vocabulary.in_surnames(w.group())
                                     for w in r)]
    # a full name opening the span before a body's initials: "Ann Lee" of "Ann Lee DNG Dove Nash"
    full = [r for r in listed if len(r) > 1 and vocabulary.is_first_name(r[0].group())]
    after = words.index(full[0][-1]) + 1 if full and full[0] is runs[0] else len(words)
    if after < len(words) and _is_capitals(words[after].group()):
        return full[0]
    return (listed or runs)[-1]


def _without_words_after(words: list, vocabulary: Vocabulary) -> list:
    """The words before the ordinary words NER ran on into after a titled name (no name
    word, no listed surname: "Cabinet" of "Councillor G Thomas Cabinet Member")."""
    while len(words) > 1 and not vocabulary.is_name_word(words[-1].group()) \
            and not vocabulary.in_surnames(words[-1].group()):
        words = words[:-1]
    return words


def split_people(d: Detection, text: str, vocabulary: Vocabulary) -> list[Detection]:
    """A run of four or more name words found as one person, as a flattened table or a list
    without commas writes several ("Emma Kettle Hannah Powell Liz Stead"): one person from
    each listed first name that follows two words or more ("Ann Marie Dodds" stays one). A
    lone word left at the end goes with the name before it. Names a slash joins are each a
    person ("Ann Holmes / Mairwen Hughes", "Sarah/Paul")."""
    slashes = list(_SLASH.finditer(text, d.start, d.end))
    if slashes:  # after a slash a full name or a listed first name ("Jonathan Porter / PressEye": a credit)
        bounds = [d.start, *(x for s in slashes for x in s.span()), d.end]
        pieces = [(a, b) for i, (a, b) in enumerate(zip(bounds[::2], bounds[1::2], strict=True))
                  if (piece := list(_WORD.finditer(text, a, b)))
                  and (i == 0 or len(piece) > 1 or vocabulary.is_first_name(piece[0].group()))]
        return [p for a, b in pieces
                for p in split_people(replace(d, start=a, end=b, text=text[a:b]), text, vocabulary)]
    found = list(_WORD.finditer(text, d.start, d.end))
    if len(found) < 4 or d.title:
        return [d]
    starts = [0]
    for i, w in enumerate(found):
        if i - starts[-1] >= 2 and vocabulary.in_first_names(w.group()) and w.group()[1:].islower() \
                and len(found) - i >= 2:
            starts.append(i)
    if len(starts) == 1:
        return [d]
    ends = [*starts[1:], len(found)]
    return [Detection(d.segment_id, found[a].start(), found[b - 1].end(), text[found[a].start():found[b - 1].end()],
                      d.kind, d.score, d.recognizer, d.reason, d.title) for a, b in zip(starts, ends, strict=True)]


def _is_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _with_first_name(text: str, start: int, vocabulary: Vocabulary, english: Container[str] = frozenset()) -> int:
    """Take in an unknown first name just before a lone surname ("Zuzanna Ene" when
    only "Ene" was found): a possible name word in title case, not a place; opening a
    sentence or a line, only a listed first name or a word no dictionary knows ("Christian
    Rijavec", "Grunde Njos attended", "Amit Patel had known"; never "Later Patel said")."""
    before = NAME_WORD_BEFORE.search(text, 0, start)
    if before is None:
        return start
    word = before.group(1)
    if word[1:].islower() and not _SAINT_WORD.fullmatch(word) and vocabulary.is_name_word(word) \
            and not vocabulary.is_place(word) and not vocabulary.is_kept(text, before.start(1)) \
            and (not _opens_sentence(text, before.start(1)) or _first_name_opening(word, english, vocabulary)):
        return before.start(1)
    return start


def _first_name_opening(word: str, english: Container[str], vocabulary: Vocabulary) -> bool:
    """May a word opening a sentence be the first name of the surname after it? A listed first
    name ("Christian") or a word of three letters or more that the dictionary does not know
    (an empty one knows nothing: no word is unknown); no month or day."""
    return word.lower() not in vocabulary.dates and (vocabulary.is_first_name(word) or len(word) > 2
                                                      and bool(english) and word.lower() not in english)


def _after_place_preposition(text: str, start: int, recognizer: str, vocabulary: Vocabulary) -> bool:
    """Is a lone place word at ``start`` the place? After "in" always; after "to", "from" or
    "for" unless the document already names a person so (a leaked name outweighs a lost town), or a
    list of people weighed it there (``list_items``: "born in Waterford to Alice and Michael O'Connell")."""
    return bool(vocabulary.place_preposition.search(text, 0, start)
                or recognizer not in (KNOWN, LIST_ITEM) and _PLACE_OR_PERSON_PREPOSITION.search(text, 0, start))


def _title_in_a_body(d: Detection, text: str, vocabulary: Vocabulary) -> bool:
    """Is the title a name was found after the last word of an allow-listed body ("Justice" of "Royal
    Courts of Justice"), the words after it a place or on no name list ("Belfast", "Strand")?"""
    title = vocabulary.title_before.search(text, max(0, d.start - 60), d.start)
    if title is None or not vocabulary.is_kept(text, title.start("title")):
        return False
    parts = words(d.text)
    return vocabulary.in_places(d.text) or not any(vocabulary.is_listed(w) for w in parts)


def _opens_sentence(text: str, at: int) -> bool:
    head = text[:at].rstrip(" \t\"“‘'(")
    return not head or head[-1] in ".!?:;\n"


def _before_an_agency(words: list, text: str, vocabulary: Vocabulary, english: Container[str],
                      to_line_end: bool = False) -> list:
    """The words before the agency or role a panel or attendance line runs on into after a
    first name and surname: cut before the third word or a later one that opens it. Two
    readings: for every recognizer, a place joined to another by "and" ("Val Janson Bath and
    North East Somerset CCG", "Edward Yaxley Avon and Somerset Constabulary") or a word on no
    name list before a role's or body's word ("David Warren Accredited Independent Chair",
    "Geoff Watson Sirona Care and Health"; not "Mary Ann Okafor Social Worker"); with
    ``to_line_end`` (weak evidence without a title), after a listed first name, an agency or
    role written to the line's end ("Ann Hartigan Sirona Housing Trust", "Colin Pettigrew
    Corporate Director, Children's Services")."""
    if to_line_end and not (words and vocabulary.in_first_names(words[0].group())):
        return words
    for i in range(2, len(words)):
        if to_line_end:
            cut = _opens_an_agency_to_line_end(words[i], text, vocabulary, english)
        else:
            cut = _places_joined_by_and(words[i], text, vocabulary) \
                or _word_before_a_role_or_body(words, i, text, vocabulary, english)
        if cut:
            return words[:i]
    return words


def _places_joined_by_and(word: regex.Match, text: str, vocabulary: Vocabulary) -> bool:
    """Is ``word`` a place that "and" and another place follow, with no listed first name
    among the words after "and" ("Avon and Somerset"; not "Bath and Jane Wells")?"""
    joined = _AND_WORDS_AFTER.match(text, word.end())
    after_and = joined.group(1).split() if joined else []
    return vocabulary.in_places(word.group()) and any(vocabulary.in_places(w) for w in after_and) \
        and not any(vocabulary.in_first_names(w) for w in after_and)


def _word_before_a_role_or_body(words: list, i: int, text: str, vocabulary: Vocabulary,
                                english: Container[str]) -> bool:
    """Is the ``i``th word on no name list, a dictionary's word or one after a listed surname
    that is no first name, and followed by a role's or body's word ("Accredited" before
    "Independent Chair", "Sirona" after "Watson" before "Care")?"""
    word = words[i].group()
    after = NEXT_NAME_WORD.match(text, words[i].end())
    surname = words[i - 1].group()
    complete = vocabulary.in_surnames(surname) and not vocabulary.in_first_names(surname)
    return bool(after and not vocabulary.is_listed(word) and (word.lower() in english or complete)
                and (vocabulary.is_title_word(after.group(1)) or vocabulary.is_body_word(after.group(1))))


def _opens_an_agency_to_line_end(word: regex.Match, text: str, vocabulary: Vocabulary,
                                 english: Container[str]) -> bool:
    """Does ``word``, in title case and on no name list, open capitalised words ending in a
    body's word at the line's end ("Sirona Housing Trust"), or, a word the dictionary knows,
    capitalised words to the end of the line or item ("Accredited Independent Chair",
    "Corporate Director, Children's Services")?"""
    w = word.group()
    if not w[1:].islower() or vocabulary.is_listed(w):
        return False
    agency = _AGENCY_TO_LINE_END.match(text, word.start())
    return agency is not None and agency.group("last").lower() in vocabulary.body_words \
        or w.lower() in english and _CAPITALS_TO_ITEM_END.match(text, word.start()) is not None


def _before_a_body_of_a_place(words: list, text: str, vocabulary: Vocabulary, english: Container[str]) -> list:
    """The words of a name before a body named with its place that a flattened list runs on
    into ("Nicola Smith" of "Nicola Smith Enable Scotland", "Deb Evans Safer Merthyr Tydfil"):
    a place ending the run after two words or more, and the dictionary words before it
    that no name list knows, one at least (a surname may be a place: "Joao Manuel Pinto"; so it may after
    initials alone: "L.C. Richardson")."""
    for i in range(2, len(words)):
        if all(len(w.group()) == 1 for w in words[:i]):
            continue
        if vocabulary.is_place(text[words[i].start():words[-1].end()]):
            kept = words[:i]
            while len(kept) > 1 and kept[-1].group().lower() in english and not vocabulary.is_listed(kept[-1].group()):
                kept.pop()
            return kept if len(kept) < i else words
    return words


def _names_a_body_or_place(words: list, text: str, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """Do name words found on weak evidence name a body or a place: a place's name and
    dictionary words that no name list knows before a body's word within two words ("Brent
    Civic Centre", "Kingston Episcopal Area Office"; not "Sydney Okafor Housing Officer"), or
    a place's opening word ("River Dee")?"""
    after = _BODY_WITHIN_TWO.match(text, words[-1].end())
    return bool(vocabulary.in_places(words[0].group()) and after and vocabulary.is_body_word(after.group(1))
                and all(w.group().lower() in english and not vocabulary.is_listed(w.group()) for w in words[1:])
                or vocabulary.place_prefix.search(text, 0, words[1].start()))


def _inside_a_place(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Is the word at ``start`` part of a place's name of two to four words written
    around it ("Ord" of "Muir of Ord", "Dee" of "Bangor-on-Dee")?"""
    before = [m.start() for m in _TOKEN.finditer(text, max(0, start - 40), start)][-3:]
    after = [m.end() for m in _TOKEN.finditer(text, end, end + 40)][:3]
    return any(vocabulary.in_places(text[a:end]) for a in before) \
        or any(vocabulary.in_places(text[start:b]) for b in after)


def _dictionary_word(word: str, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """A word in title case that the dictionary knows and no name list holds, no month nor day."""
    return word[1:].islower() and word in english and not vocabulary.is_listed(word) \
        and word.lower() not in vocabulary.dates


def _describing_word(word: str, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """A dictionary word on no name list that the dictionary knows as an adjective, a verb or an adverb
    ("Awkward"; a name the dictionary knows is a noun: "Auden")."""
    by_pos = english.by_pos if isinstance(english, Lexicon) else {}
    return _dictionary_word(word, vocabulary, english) \
        and any(word.lower() in by_pos.get(pos, ()) for pos in ("adj", "verb", "adv"))


def _building_name_before(text: str, start: int, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """Is the word just before ``start`` a place or a dictionary word in title case on no first-name
    list, the name a building's word ends ("Village" of "Village Hall", "Bootle" of "Bootle Hall"), or a
    word on no name list the dictionary does not know after "at", "in", "on" or "near" ("at Menmuir Hall")?"""
    before = NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[1:].islower():
        return False
    word = before.group(1)
    return vocabulary.is_place(word) or word in english and not vocabulary.in_first_names(word) \
        or bool(english) and not vocabulary.is_listed(word) and _AT_A_PLACE_BEFORE.search(text, 0, before.start(1)) \
        is not None  # "at Llechwen Hall": a word on no list nor in the dictionary after "at" or "in"


def _names_a_portfolio(words: list, text: str, title: str, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """Are the words after a rank or role (no honorific: "Mr Sparrow Hawk" is a person; no office
    written after a name: "Mummery LJ") dictionary
    words on no name list, two or more ("ACC Crime Operations") or one before capitalised words
    ("and", "&" or "of" between) holding a body's word, an acronym, or after "and" dictionary words
    that are no title ("ACC Legacy and Justice Department", "ACC Operational Support Department",
    "Director of Workforce and OD", "Director Workforce and Organisational Development"; not
    "Paramedic Fairbanks and Call handler Raman")?"""
    honorific = " ".join(title.split()).lower().rstrip(".") in vocabulary.honorifics
    if not words or title in vocabulary.offices_after or honorific \
            or not all(_dictionary_word(w.group(), vocabulary, english) for w in words):
        return False
    if len(words) > 1:
        return True
    after = _PORTFOLIO_AFTER.match(text, words[-1].end())
    if after is None:
        return False
    run = after.group(1).split()
    body = next((i for i, w in enumerate(run) if w.lower() in vocabulary.body_words), None)
    joined = after.group().split()[0] in ("and", "&")
    return _ACRONYM.fullmatch(after.group(1).strip()) is not None \
        or body is not None and not any(vocabulary.in_first_names(w) for w in run[:body + 1]) \
        or joined and all(_dictionary_word(w, vocabulary, english) and not vocabulary.is_title_word(w) for w in run)


def _in_a_name_opened_so(words: list, text: str, vocabulary: Vocabulary) -> bool:
    """Does a Welsh or Gaelic word that opens a place's or building's name ("Ynys", "Siambr") open
    ``words`` (two or more) or come just before them? "Ty" is an English first name too ("Ty Detmer"):
    it opens a place's name only before a word on no name list spelt as Welsh is ("Ty Waunarlwydd"). The
    opening alone before the name's next word ("Coleg" of "Coleg Normal Bangor") is the name's too, and so are
    words further on in the run of capitalised words it opens ("Newydd Emlyn" of "Clwb Rygbi Castell Newydd
    Emlyn"; a Welsh article between them too: "Goron" of "Llys y Goron"), no first name nor title between nor
    opening them ("Ysgol Bro Dinefwr Headteacher Jane Hughes", "Ysgol Bro Dinefwr Sarah Jones" are people)."""
    start = words[0].start()
    next_word = NEXT_NAME_WORD.match(text, words[0].end()) if len(words) == 1 else None
    if len(words) == 1 and _WELSH_ARTICLE.match(text, words[0].end()) and vocabulary.name_opening.match(text, start):
        return True  # "Llys" of "Llys y Goron": the opening before the article and the name's next word
    if (len(words) > 1 or next_word) and vocabulary.name_opening.match(text, start):
        opening = words[0].group()
        after = words[1].group() if len(words) > 1 else next_word.group(1) if next_word else ""
        return len(opening) > 2 or not opening.isascii() \
            or not vocabulary.is_listed(after) and _WELSH_SPELLING.search(after) is not None
    first = words[0].group()
    return any(m.end() == start or _OPENED_RUN.fullmatch(text, m.end(), start) and not any(
        vocabulary.in_first_names(w) or vocabulary.is_title_word(w) for w in [first, *text[m.end():start].split()])
               for m in vocabulary.name_opening.finditer(text, max(0, start - 60), start))


def _a_headline_after(title: str, words: list, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """Do the words after a title in capitals read as a headline's: more than one, the first a dictionary word on
    no name list ("JUDGE CLEARS COURT", "JUDGE SHARPLY CRITICAL OF WOMEN"; not "LORD JUSTICE MAY", "JUDGE OKAFOR",
    a lone surname that is a word too, or one before letters: "HIS HON JUDGE TILLING", "JUDGE TILLING QC")?"""
    first = words[0].group()
    return title.isupper() and len(words) > 1 and words[1].group().lower() not in vocabulary.post_nominals \
        and len(first) > 1 and first.isupper() and first in english \
        and not vocabulary.is_listed(first.title())


def _names_a_term(word: str, vocabulary: Vocabulary, english: Container[str]) -> bool:
    """A dictionary word on no name list ending as medical and legal terms do ("Asphyxia", "Obituary")."""
    return len(word) > 5 and word.lower().endswith(vocabulary.term_endings) \
        and _dictionary_word(word, vocabulary, english)


def _plural_noun(word: str, english: Container[str]) -> bool:
    """A plural of a dictionary word ("Mosques", "Statements", "Witnesses", "Churches"; a dictionary
    knows names too, "Auden", so a word it knows is no evidence alone)."""
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and not low.endswith("ss") \
        and (low[:-1] in english or low.endswith(("sses", "ches", "shes", "xes")) and low[:-2] in english)


def _code_name(text: str, starts: list[int], vocabulary: Vocabulary) -> bool:
    """Does a code name's word ("Operation") end just before the first or second of ``starts``?"""
    return any(m.end() in starts[1:] if m.start() == starts[0] else m.end() == starts[0]
               for m in vocabulary.code_name.finditer(text, max(0, starts[0] - 16), starts[-1] + 1))


def _names_a_thing(text: str, end: int, vocabulary: Vocabulary, known: bool = False) -> bool:
    """A lone name followed by an ordinary capitalised word names a thing, not a
    person: "Grace Ward", "Summer Term", "Hope Street"; after a name the document gives
    (``known``), a job's word is the person's role ("McCrae Resident", "Hoskin Treasurer")."""
    after = NEXT_NAME_WORD.match(text, end)
    return after is not None and after.group(1)[1:].islower() and not vocabulary.is_name_word(after.group(1)) \
        and not (known and after.group(1).lower() in vocabulary.jobs)


def _after_a_place(text: str, start: int, vocabulary: Vocabulary) -> bool:
    """Does a place and a comma (or "and") come just before ``start``, or a building's or
    body's name and a comma? A county or region written after its town ("Gravesend, Kent"),
    a place beside another ("Tasmania and Victoria"), a town after a venue ("County Hall,
    Preston"), is the place; a listed first name after another and "and" is a person
    (``_first_names_paired``)."""
    before = _WORD_AND_COMMA_BEFORE.search(text, 0, start)
    if before is not None and _first_names_paired(text, before, start, vocabulary):
        return False
    return before is not None and (vocabulary.in_places(before.group(1)) or before.group(0).rstrip().endswith(",")
                                   and before.group(1).lower() in vocabulary.body_words)


def _first_names_paired(text: str, before: regex.Match, start: int, vocabulary: Vocabulary) -> bool:
    """Are the word at ``start`` and the word before "and" (``before``) two listed first names, no place's
    preposition before them: two people, whatever places they are too ("Graham and Mari were members";
    not "in Florence and Chester", "officers of Kent and Devon")?"""
    word = _WORD.match(text, start)
    return word is not None and not before.group(0).rstrip().endswith(",") \
        and vocabulary.is_first_name(before.group(1)) and vocabulary.is_first_name(word.group()) \
        and not vocabulary.place_preposition.search(text, 0, before.start()) \
        and not _PLACE_OR_PERSON_PREPOSITION.search(text, 0, before.start()) \
        and not _PLACE_PREPOSITION_BEFORE.search(text, 0, before.start())


def _names_a_settlement(words: list, text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Do the words at ``start`` name a town or village by where they stand? A word on no name list after
    "near" ("drowned near Gwbert"); one or two words before a
    place's noun ("Blaenffos village"; no listed first name), or after "a" and before a person's
    noun ("a missing Hope man"; a listed place without "a": "Devon farmer avoids jail"); after words that say
    a place follows ("moved to Glengormley"; after "to" or "from" no listed first name opens them:
    "moved to Tom Barker"); after a place and "via" ("Norwich via Carlton Colville"; after "to" or
    "and" no listed first name); after a street and "in" or a comma ("Woodside Avenue in Sandy Cove",
    "Ballyclare Road, Glengormley"; after a comma no listed first name); or after a place's
    preposition and before another place ("from Clynderwen in Pembrokeshire", "at Sandy Cove in
    County Dublin"; after "to", "from" or "of" no listed first name nor a lone listed surname:
    "called to Coton Hill in Shrewsbury", but "spoke to Amy Cole in Leeds" and "wrote to Reid in
    Leeds" are people). Never before a possessive ("lived in Tom Reid's flat")."""
    if _POSSESSIVE.match(text, end):
        return False
    window = max(0, start - 40)
    first_name = any(vocabulary.in_first_names(w.group()) for w in words)
    if len(words) < 3 and vocabulary.place_noun.match(text, end) and not first_name \
            or len(words) == 1 and vocabulary.local_person.match(text, end) \
            and (_A_BEFORE.search(text, window, start) or vocabulary.in_places(words[0].group())):
        return True  # "at Blaenffos village", "of Nuimi Bakalarr village", "a missing Hope man", "Devon farmer"
    if len(words) == 1 and not vocabulary.is_listed(words[0].group()) and _NEAR_BEFORE.search(text, window, start):
        return True  # "drowned near Gwbert": a word on no name list that something is near is a place
    lead = vocabulary.place_lead.search(text, window, start)
    if lead and not (lead.group().split()[-1].lower() in ("to", "from")
                     and vocabulary.in_first_names(words[0].group())):
        return True
    joined = _JOINED_BEFORE.search(text, window, start)
    if joined and vocabulary.is_place(joined.group(1)) and (joined.group(2) == "via" or not first_name):
        return True
    street = vocabulary.street_before.search(text, window, start)
    if street and ("," not in street.group() or not first_name
                   or _a_place_ending_a_sentence(words, text, end, vocabulary)):
        return True
    before = _PLACE_PREPOSITION_BEFORE.search(text, window, start)
    if before is None or not _before_a_place(text, end, vocabulary):
        return False
    return before.group().split()[0].lower() in ("in", "near", "at") \
        or not first_name and (len(words) > 1 or not vocabulary.is_listed(words[0].group()))


def _a_place_ending_a_sentence(words: list, text: str, end: int, vocabulary: Vocabulary) -> bool:
    """Are ``words`` two, the last a place's last word ("Cross", "Heath"), or one listed place, before a
    sentence's end? After a street and a comma they name its village or town even with a first name ("in
    Frinton Road, Kirby Cross.", "in Broad Street, Barry.")."""
    return (len(words) == 2 and words[1].group().lower() in vocabulary.place_suffixes
            or len(words) == 1 and vocabulary.in_places(words[0].group())) and bool(_SENTENCE_END.match(text, end))


def _before_a_place(text: str, end: int, vocabulary: Vocabulary) -> bool:
    """Does a listed place, an Irish county or a word and a place's last word ("Kinmel Bay")
    follow ``end`` after "in", "near" or a comma?"""
    after = _PLACE_AFTER.match(text, end)
    if after is None:
        return False
    if after.group(1).split()[0].rstrip(".") in ("Co", "County"):
        return True
    return any(vocabulary.in_places(text[after.start(1):after.end(i)]) for i in (1, 2, 3) if after.group(i)) \
        or bool(after.group(2)) and after.group(2).lower() in vocabulary.place_suffixes \
        and not vocabulary.in_first_names(after.group(1))  # ", Kinmel Bay"


def _before_a_family_word(text: str, end: int, vocabulary: Vocabulary) -> bool:
    """Does a family word in lower case follow ("mum" of "Foster mum")?"""
    after = _LOWER_WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in vocabulary.kin


def _before_a_body_word(text: str, end: int, vocabulary: Vocabulary) -> bool:
    """Does a building's or body's word follow ("Centre", "Council")?"""
    after = NEXT_NAME_WORD.match(text, end)
    return after is not None and after.group(1).lower() in vocabulary.body_words


def _listed_among_places(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Is the word at ``start:end`` a listed place (a first name too: "Devon") beside another in a list,
    one on no name list ("Devon, Somerset and Torbay", "Leeds and Devon"; not "Kelly and Leeds")?"""
    if not vocabulary.in_places(text[start:end]):
        return False
    before, after = _ITEM_BEFORE.search(text, 0, start), _ITEM_AFTER.match(text, end)
    return any(m is not None and vocabulary.is_place(m.group(1)) and not vocabulary.in_surnames(m.group(1))
               for m in (before, after))


def _opens_a_listed_place(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Do the words at ``start:end`` and up to three words after them (joined by blanks, a comma, "and",
    "of", "upon" or "on") write a listed place ("Causeway Coast" of "Causeway Coast and Glens")?"""
    for _ in range(3):
        after = _PLACE_WORD_AFTER.match(text, end)
        if after is None:
            return False
        end = after.end()
        if vocabulary.in_places(" ".join(text[start:end].split())):
            return True
    return False


def _looks_like_place(name: str, vocabulary: Vocabulary) -> bool:
    """A place ("Stockport"), or a club or firm named after one ("Werder Bremen"): ends in a place, opens
    with no listed first name and ends in no listed surname; or a place and a place's noun ("Dundonald Town")."""
    if vocabulary.is_place(name):
        return True
    parts = words(name)
    return len(parts) > 1 and (vocabulary.is_place(parts[-1]) and not vocabulary.in_first_names(parts[0])
                               and not vocabulary.in_surnames(parts[-1])
                               or vocabulary.is_place(parts[0])
                               and all(vocabulary.place_noun.match(f" {w.lower()}") for w in parts[1:]))
