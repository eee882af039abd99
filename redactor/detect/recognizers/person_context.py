"""A first name used alone is a person where the text uses it as one, whatever NER
calls it: "a review in relation to Imogen", "Imogen said", "Imogen's mother",
"Imogen was 43", "Declan, aged 4", "Declan (4)", a name in quotes ("'Declan'") or alone
on a line ("DECLAN" under "DOMESTIC HOMICIDE REVIEW"); a full name with an age between
commas or in brackets after it ("Mark Kendal, 42, of Carlisle", "Thomas Ward (23) of"), its
surname a place or a word too; a full name the text defines by a role or an occupation
("Olubukunola Obasa (“the applicant”)", "Eren Keskin, a lawyer", "Sadiya Aminu, her housemaid")
or its number in a law report's list of parties ("(1) Emma Last", "QC for Parker (2)"); a listed
first name with a family word after it ("June, my mother");
a listed first name and its surname after a person's context or before ", of" ("murder
victim Una Crown", "Michael Summerville, of no fixed address"); a listed first name and a surname
that is also a word, with a person's verb after it ("Emma Lane told officers", "Anne Ward was the
perpetrator") or a role and a comma, dash or colon before it ("the Independent Chair, Anne
Ward"), or a harm done to it before it ("stabbed Mika FOUR times", "ran at Mary Anderson"). Most shapes
need a listed first name; a few are evidence enough for any name word: another joined to a listed first
name by "and" before a verb of both ("Madina and Maryha would"), a family word before it ("her son Aleksy", "her mother,
Noor Rahim,"), an age ("five-year-old Aleksy", "mum-of-two Nkechi Okafor"), "the Okafor family", and
each name of a list after a naming or family words of several ("named by the mosque as Zainab, Jamal and Bilal",
"her children, Amy, Ben and Cara,", "our youngest daughter, Lydia,"). The wording is in rules/people.yaml."""
from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.vocabulary import Vocabulary
from redactor.names import MONTHS as _MONTHS
from redactor.names import NAME_WORD, NUMBER_WORDS, is_initials, line_before, words
from redactor.rules import Rules

_NAME = rf"(?P<name>{NAME_WORD})"
_UP_TO_TWO = rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})?)"
_UP_TO_THREE = rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
_OPEN, _CLOSE = "['‘\"“]", "['’\"”]"
_AGE = r"(?i:(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week)s?[- ]old)"
# a month before it makes a date: "3 May Smith", "in May Smith said"
_DATE_BEFORE = (r"(?<!\d[ \t]*)(?<!(?<!\w)(?i:in|of|on|since|until|till|from|by|during|early|late|mid|last|next|this|"
                r"each|every|that|between|and|to|before|after|or)[ \t]+)")
_BEFORE = "a person's context before it"  # and a listed first name's surname with it ("victim Una Crown")
_PAIR = "another name joined by 'and', then a verb of both"  # "Gemma and Rhiannon were", "Madina and Maryha would"
_ACCUSED = "a court's words of an accused around it"
_ROLE_AFTER = regex.compile(r",[ \t]+((?:\p{Lu}[\w'’-]*[ \t]+){0,3}\p{Lu}[\w'’-]*)")
_INITIALS_ITEM = regex.compile(r"\p{Lu}{1,3}\d?")  # a list's item already initials: "JB", "D", "R2"
# strong: NER takes "Daughter of Fredrick" whole, and the family word stays
_KIN_OF = "a family word and 'of' before it"
_AGE_BEFORE = "an age before it"  # a surname with it after a listed first name or an initial ("42-year-old D Service")
# how long a couple were together, between the family word and the name: "his wife of 68 years Dilys"
_YEARS_TOGETHER = (rf"(?:\s+of\s+(?:(?i:many|some|nearly|almost|over|more\s+than)\s+)?"
                   rf"(?:\d{{1,2}}|{NUMBER_WORDS}|(?i:[a-z]+ty(?:-[a-z]+)?)|(?i:many|some))\s+years)?")
_BARE_KIN = "a family word alone before it"  # no one's: "survived by son Ivor", a listed first name only
_KIN = "a family word before it"  # a listed first name there is the person's even if a place too ("his wife Dolores")
_FAMILY = "a family's name"  # strong: the family word, or a count and a plural, says whose ("the Hogan family")
_MAIDEN = "a maiden name's words before it"  # strong: "née Ward" keeps its word
_GREETING = "a greeting before it"  # strong: NER takes "Hi Steve" whole, and the greeting stays
_SPOUSE = "a spouse's words before it"  # strong: no place is married ("married to David", a town too)
_BETWEEN_INITIALS = "a list's item between initials"  # strong: NER's reading of a lone word there may be dropped
LISTED, PLACE_TOO, ANY, ANY_PLACE = "listed", "place too", "any", "any, place too"  # which words a shape
# finds: a listed first name that is no place, a listed first name even if a place too ("Bethany's mother"),
# any name word, any name word even a place ("Gilroy (sol adv)")
# what a text must hold for a pattern to match in it (``needs``)
_POSSESSIVE = r"['’]s"
_AND = r"\s(?:and|&)\s"
_KIN_ADJECTIVE = (r"(?i:late|former|young|younger|older|eldest|oldest|youngest|elder|only|baby|infant|new|"
                  r"long-term|long-standing|longstanding|estranged|abusive|violent|current|then|first|second)")


_QUOTE = regex.compile(r"[“\"‘]")
_VOWEL = regex.compile(r"[aeiouy]")
_NUMBER_AFTER = regex.compile(r"[ \t,]*\d")
_CLOSING = regex.compile(r"’(?!\p{L})")  # a single quote closing, not an apostrophe ("don’t")


def _in_quotes(text: str, at: int) -> bool:
    """Is ``at`` inside a quotation opened earlier on its line and not closed before it?"""
    line = line_before(text, at)
    single = line.rfind("‘")
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1 \
        or single >= 0 and _CLOSING.search(line, single) is None


def _words(texts: list[str]) -> str:
    """Phrases as one case-insensitive alternation, spaces matching any blank."""
    return f"(?i:{phrases(texts)})"


class PersonContextRecognizer(ExplainingRecognizer):
    """Lone first names in a person's context."""

    SCORE = 0.8
    MONTH_SCORE = 0.9  # strong: "May" is an ordinary word, kept only on strong evidence
    APPOSITION_SCORE = 0.9  # strong too: "his mother, Allah Rahim," and "her partner Philip French" keep their words

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        context = rules.people.context
        # "her son Aleksy", "the victim's mother, Wendy Case,"
        # (two family words of one couple too: "his brother and sister-in-law, Tahira,")
        kin = (rf"(?<!\w)(?:(?i:her|his|their)|\p{{L}}+['’]s)\s+(?:{_AGE}\s+)?(?:{_KIN_ADJECTIVE}\s+)?"
               rf"(?:{_words(context.kin)}\s+(?:and|&)\s+)?{_words(context.kin)}{_YEARS_TOGETHER}"
               rf"(?P<comma>,)?\s+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})?)(?P<close>,|\s*\(|\s*$)?")
        occupations = [*context.occupations, *rules.people.list_evidence.job_words]
        lead = rf"\s+(?:{_words(context.before_verb)}\s+)?"  # "Imran had threatened", "Imogen later said"
        # (pattern, why, which words: LISTED, PLACE_TOO or ANY[, what a text it matches holds: ``needs``])
        shapes = [(regex.compile(p), why, any_word, need[0] if need else None) for p, why, any_word, *need in (
            (rf"(?<!\w){_words(context.before + context.before_detection)}(?:\s+|\s*\()\s*{_NAME}", _BEFORE, LISTED),
            (rf"(?<![\w'’-]){_words(context.greetings)}[ \t]+{_NAME}", _GREETING, LISTED),
            (rf"(?<!\w){_words(context.harmed_before)}[ \t]+{_NAME}(?![ \t]+\p{{Lu}}\p{{Ll}})",
             "a harm done to it before it", LISTED),
            (rf"{_NAME}(?={lead}{_words(context.after + context.after_detection)}(?!\w))", "a person's verb after it",
             LISTED),
            (rf"{_NAME}(?={lead}{_words(context.after_personal)}(?!\w))", "a person's verb after it", PLACE_TOO),
            (rf"{_NAME}(?=['’]s\s+(?:{_KIN_ADJECTIVE}\s+)?{_words(context.possessed)}(?!\w))",
             "a person's possession after it", PLACE_TOO),
            # an accused's defence, verdict, bail or appearance: "defending Patronas", "found Patronas guilty",
            # "Patronas was released on bail", "Patronas, who is from Lithuania"
            # (in lower case: "Defending Champions Leicester" is a heading's)
            (rf"(?<!\w)(?:{phrases(context.accused_before)})\s+{_UP_TO_TWO}(?![\w'’-])", _ACCUSED, ANY),
            (rf"(?<!\w)(?i:found)\s+{_UP_TO_TWO}(?=\s+(?i:not\s+)?guilty(?!\w))", _ACCUSED, ANY),
            # (not a town ending an address: "of 3 Main Street, Eglinton appeared at")
            (rf"(?<![\w'’.-])(?<!,[ \t]*)(?<!(?<!\w)(?i:in|at|from|of|near)[ \t]+){_NAME}"
             rf"(?=,?{lead}{_words(context.accused_after)}(?!\w))", _ACCUSED, ANY),
            (rf"{_NAME}(?=['’]s\s+\p{{Ll}})", "a possessive before an ordinary word", LISTED),
            (rf"{_NAME}(?=,?\s+\(?(?i:aged?)\s+(?:\d|{NUMBER_WORDS}(?!\w))|\s+was\s+\d{{1,3}}(?![\d%.,])|\s*\(\d{{1,2}}\)"
             rf"|,\s+(?:\d{{1,2}}|{NUMBER_WORDS}),)",
             "an age after it", LISTED, rf"\d|(?i:age)|,\s+{NUMBER_WORDS},"),
            # counsel's role after it: "Gilroy (sol adv)", "Evans, advocate"
            (rf"(?<![\w'’.-]){_NAME}(?=,?\s+{_words(context.counsel)}(?!\w))", "counsel's role after it",
             ANY_PLACE),
            # a party's number in a law report's list of parties or counsel: "Parker (2)", "QC for Evans (3)"
            (rf"(?m)(?<![\w'’.-]){_NAME}(?=[ \t]*\(\d{{1,2}}\)[ \t]*$)", "a party's number after it", ANY_PLACE,
             r"\(\d"),
            (rf"(?<={_OPEN}){_NAME}(?={_CLOSE}(?!\w))", "written in quotes", PLACE_TOO, _OPEN),
            (rf"^\s*{_OPEN}?{_NAME}{_CLOSE}?\s*$", "alone on a line", LISTED),
            (rf"{_NAME}(?=\s+(?:and|&)\s+(?P<partner>{NAME_WORD})\s+{_words(context.after_pair)}(?!\w))", _PAIR,
             LISTED, _AND),
            (rf"(?<=(?<![\w'’.-])(?P<partner>{NAME_WORD})\s+(?:and|&)\s+){_NAME}"
             rf"(?=\s+{_words(context.after_pair)}(?!\w))", _PAIR, LISTED, _AND),
            (kin, _KIN, ANY),
            # a listed first name after a family word with no one's before it: "predeceased by son Ivor"
            (rf"(?<![\w'’-]){_words(context.kin)}[ \t]+{_NAME}(?![\w'’-])", _BARE_KIN, LISTED),
            # a family case's child or a deceased named in a heading: "IN THE MATTER OF MAISIE-ROSE (A CHILD)"
            (rf"(?<![\w'’.-]){_NAME}(?=[ \t]*\({_words(context.case_subjects)}\))",
             "a case's subject note after it", ANY, r"\("),
            # an item of a list whose items either side are initials: "JB, Adrian and GC, of …", "J, D, Ann, R2"
            (rf"(?<=(?<![\w'’.-]){_INITIALS_ITEM.pattern}(?:,|[ \t]+and|[ \t]*&)[ \t]+){_NAME}"
             rf"(?=(?:,|[ \t]+and|[ \t]*&)[ \t]+{_INITIALS_ITEM.pattern}(?![\w'’-]))", _BETWEEN_INITIALS, PLACE_TOO,
             r"[,&]|[ \t]and"),
            # a listed first name opening or closing a list of three whose middle item is initials: "the voices of
            # Bethan, E and Cathryn" (the list's other items are people too)
            (rf"(?<![\w'’.-]){_NAME}(?=,[ \t]+{_INITIALS_ITEM.pattern}(?:,|,?[ \t]+and|[ \t]*&)[ \t]+\p{{Lu}})",
             _BETWEEN_INITIALS, LISTED, ","),
            (rf"(?<=(?<![\w'’.-])(?P<opener>\p{{Lu}}[\p{{L}}'’-]*),[ \t]+{_INITIALS_ITEM.pattern}"
             rf"(?:,?[ \t]+and|[ \t]*&)[ \t]+){_NAME}(?![\w'’-])", _BETWEEN_INITIALS, LISTED, ","),
            # a listed first name between commas after someone's occupation or job: "her advocate, Siobhan, from"
            (rf"(?<!\w)(?i:her|his|their|my|our)\s+(?:[\w-]+\s+)?{_words(occupations)},[ \t]+{_NAME}(?=,)",
             "an occupation and a comma before it", LISTED, ","),
            (rf"(?<!\w){_AGE}\s+{_UP_TO_TWO}", _AGE_BEFORE, ANY, r"(?i:[- ]old)"),
            # an age between commas after any name word but a place: "Kacper, 19, and Wiktoria, 17, were taken"
            (rf"(?<![\w'’.-])(?<!\p{{Lu}}[\p{{L}}'’-]*[ \t]+){_NAME}(?=,[ \t]+\d{{1,2}},)",
             "an age between commas after it", ANY, r",[ \t]+\d"),
            # a family word and "of" before it: "Ayesha Siddiqui, mother of Zain", "the wife of Kamran"
            (rf"(?<!\w){_words(context.kin)}[ \t]+of[ \t]+{_UP_TO_THREE}", _KIN_OF, ANY, r"[ \t]of[ \t]"),
            (rf"(?<!\w){_words(context.spouse_before)}\s+{_NAME}", _SPOUSE, ANY_PLACE),
            # a maiden name: after "née", or in quotes after "born" and a first name ('born Mary “Matthews”')
            (rf"(?<!\w)(?i:née|nee)[ \t]+{_NAME}", _MAIDEN, ANY_PLACE),
            (rf"(?<!\w)(?i:born)[ \t]+(?:{NAME_WORD}|{_INITIALS_ITEM.pattern})[ \t]+(?P<quoted>{_OPEN}){_NAME}"
             rf"{_CLOSE}(?!\w)", _MAIDEN, ANY_PLACE),
            (rf"(?<!\w){_words(context.parents)}-of-(?i:\d+|[a-z]+)\s+"
             rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})?)", "a parent of children before it", ANY, "-of-"),
            (rf"(?<=(?<!\w)(?i:the)\s+){_NAME}(?=\s+(?i:family)(?!\w))", _FAMILY, ANY, "(?i:family)"),
        )]
        self.patterns = [(pattern, why, any_word) for pattern, why, any_word, _ in shapes]
        # a list of names after a naming ("were named by the local mosque as Zainab, Jamal and Bilal"), after
        # family words of several ("her children, Amy, Ben and Cara,") or one between commas ("our youngest
        # daughter, Lydia,")
        whose = rf"(?:(?i:her|his|their|our|my)|\p{{L}}+['’]s)\s+(?:(?:\d{{1,2}}|{NUMBER_WORDS})\s+)?"
        self.deaths = regex.compile(rf"(?<!\w){_words(context.deaths)}\s+(?={NAME_WORD})")  # listed names only
        # family words of several with no one's before them: "survived by daughters Delma, Astrid, Ann"
        self.bare_kin = regex.compile(rf"(?<![\w'’-]){_words(context.kin_plural)}\s+(?={NAME_WORD})")  # listed too
        self.named_lists = [
            self.deaths,
            regex.compile(rf"(?<!\w){_words(context.naming)}(?:\s+by\s+[^,.;:\n]{{1,60}}?)?\s+as\s+(?={NAME_WORD})"),
            regex.compile(rf"(?<!\w){whose}(?:{_KIN_ADJECTIVE}\s+)?{_words(context.kin_plural)},?\s+(?={NAME_WORD})"),
            regex.compile(rf"(?<!\w)(?i:our|my)\s+(?:{_KIN_ADJECTIVE}\s+)?{_words(context.kin)},\s+"
                          rf"(?={NAME_WORD}(?:[ \t]+{NAME_WORD})?,)"),
            self.bare_kin,
        ]
        # an item of such a list, its age in brackets after it ("their children C (29) and Mena (23)")
        self.list_item = regex.compile(rf"(?P<name>\p{{Lu}}{{1,3}}\d(?!\w)|{NAME_WORD}(?:[ \t]+{NAME_WORD})?)"
                                       rf"(?P<age>[ \t]*\(\d{{1,2}}\))?"
                                       rf"(?P<link>[ \t]*,[ \t]*"
                                       rf"|[ \t]+(?:and|&)[ \t]+|[ \t]*,[ \t]+and[ \t]+)?")
        # a full name told by what follows it, its surname a place or a word too: news style
        # "Mark Kendal, 42, of Carlisle" (an age between commas, or in brackets after a listed first name and
        # its surname: "Thomas Ward (23)", not "Clare Street (2)", "Human Resources (6)"), "Michael Summerville, of no
        # fixed address" (a listed first name before ", of"), and what the text calls it or an
        # occupation after "a" ("Olubukunola Obasa (“the applicant”)", "Eren Keskin, a lawyer")
        agencies = rules.people.list_evidence.agency_words  # "Briony Ladbury (Croydon PCT)": a member's body
        self.apposition = regex.compile(
            rf"(?<![\w'’.-])(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})"
            rf"(?:(?P<age>,[ \t]+(?:(?i:aged?)[ \t]+)?\d{{1,3}}(?:,|[.;](?!\d)|[ \t]*(?:\n|$))"
            rf"|(?P<bracketed>[ \t]*\([ \t]*(?:(?i:aged?)[ \t]+)?\d{{1,3}}[ \t]*\)))"
            rf"|(?P<residence>,[ \t]+(?:of|from)[ \t])"
            rf"|[ \t]*\([ \t]*{_OPEN}?(?:(?i:the)[ \t]+)?{_words(context.called)}{_CLOSE}?[ \t]*\)"
            rf"|[ \t]*\([ \t]*{_words(context.pseudonym_notes)}[ \t]*\)"
            rf"|[ \t]*\([ \t]*(?:[\w'’-]+[ \t]+){{0,3}}?{_words(rules.people.list_evidence.job_words)}[ \t]*\)"
            rf"|(?P<body>[ \t]*\([ \t]*(?:[\w'’&-]+[ \t]+){{0,3}}?(?:{_words(agencies)}|\p{{Lu}}{{2,6}})[ \t]*\))"
            rf"|,[ \t]+(?i:an?)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_words(occupations)}(?!\w)"
            rf"|,[ \t]+(?i:her|his|their|my|our)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
            rf"{_words(occupations + context.kin)}(?!\w))")
        # a full name told by its place in a list or a family word after it: "(1) Emma Last" opening a line of
        # a law report's parties, "June, my wonderful mother in law" (a month or word too, as written)
        self.numbered = regex.compile(rf"(?m)^[ \t]*\(\d{{1,2}}\)[ \t]+"
                                      rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})[ \t]*$")
        self.kin_after = regex.compile(rf"{_DATE_BEFORE}(?<![\w'’.-])(?P<name>{NAME_WORD})"
                                       rf"(?=,[ \t]+(?i:my|her|his|their|our)[ \t]+"
                                       rf"(?:[\w-]+[ \t]+){{0,2}}?{_words(context.kin)}(?!\w))")
        # a listed first name and its surname, an ordinary word too ("Anne Ward", "Emma Lane"), told by a
        # person's verb after it ("Emma Lane told officers") or a role and a comma, dash or colon before it,
        # ending its item ("the Independent Chair, Anne Ward", "Report author – Tom Field")
        full = rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})"
        verb = rf"{lead}{_words([*context.after, *context.after_personal])}(?!\w)"
        # not after a place's preposition ("Staff from Rose Ward attended"), nor a street before a deed a body
        # does too ("George Street moved"; "Emma Lane told" speaks)
        # ... or what the text calls a person after "was the" ("Anne Ward was the perpetrator")
        self.full_verb = regex.compile(rf"(?<!(?<!\w)(?i:from|on|at|to|in|into|onto|of|the|near)[ \t]+)"
                                       rf"(?<![\w'’.-]){full}(?={lead}(?:(?P<speech>{_words(context.after)})"
                                       rf"|{_words(context.after_personal)}"
                                       rf"|(?i:was|is)[ \t]+(?i:the)[ \t]+{_words(context.called)})(?!\w))")
        # ... or a harm done to it before it: "lunged at Susan Miller", "pushed Karen Holt down" ("shot Brandon
        # Park": a street's word ends a place)
        self.full_harm = regex.compile(rf"(?<!\w){_words(context.harmed_before)}[ \t]+{full}(?![\w'’-])")
        self.streets = frozenset(w.lower() for w in rules.addresses.street_types)
        # ", who" after it: name words, no place after the first nor an office's word ("Jack Law, who", "Zawadi
        # Okonjo, who"; not "Steaua Bucharest, who", "Secretary-General Umar Said, who" beyond "Umar Said")
        self.full_who = regex.compile(rf"(?<![\w'’.-]){full}(?=,[ \t]+who(?!\w))")
        # a speaker named between commas before what was said, any name words, a listed one among them: "the
        # chairman of the committee, Chuck Berry, said:" (not ", Thames Valley Police, said")
        self.speaker = regex.compile(rf"(?:(?<=,[ \t])|(?<=^[ \t]*)|(?<=\n[ \t]*)){full}"
                                     rf"(?=,[ \t]+{_words(context.speech)}(?!\w))", regex.M)
        # a nickname in quotes or brackets between a first name and a surname: Ashleigh "Ash" Jenkins, Kevin ‘Kev the
        # Tank’ Walsh, William (Billy) Duffy
        # (Elizabeth (known as Betty) Smith)
        self.nickname = regex.compile(rf"(?<![\w'’.-])(?P<first>{NAME_WORD})[ \t]+"
                                      rf"(?:[\"“‘'](?P<nick>[^\"”’'\n]{{1,30}})[\"”’']"
                                      rf"|\((?P<said>{rules.aliases.lead})?(?P<bracketed>{NAME_WORD})[\"”’']?\))"
                                      rf"[ \t]+(?P<last>{NAME_WORD})(?![\w'’-])")
        # a photograph's caption: "Annabella Bell with a photograph of her mother", "Marcin Nowak (pictured)"
        self.caption = regex.compile(rf"(?<![\w'’.-])(?<!\p{{Lu}}[\p{{L}}'’-]*[ \t]+){full}"
                                     rf"(?=[ \t]*\({_words(context.caption_brackets)}\)"
                                     rf"|[ \t]+{_words(context.caption_after)}(?!\w))")
        # a surname in capitals, a comma and a first name, as lists of inquests and parties write it: "Inquest:
        # BALOGUN, Adewale", "Victim: NOWAK, Agnieszka"; not the surname of a name in capitals ("ANDREW BERRY,
        # Esquire"), nor capitals ending a role's or body's name ("Portfolio Holder ELDC, David Loveday")
        self.surname_first = regex.compile(r"(?<![\w'’.-])(?<!\p{Lu}[\p{L}'’-]*[ \t]+)"
                                           r"(?P<name>\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?,[ \t]+"
                                           r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}\p{Ll}+)?)"
                                           r"(?=[ \t]*(?:$|[,;(]|\n))", regex.M)
        # a byline or credit: "Article By: Malamin Conteh", "Pictures: Gareth Davies"
        self.credit = regex.compile(rf"(?<!\w){_words(context.credits)}[ \t]*:[ \t]*{full}"
                                    rf"(?=[ \t]*(?:$|[,;.&|/()\n]|[ \t](?:and|-|–)[ \t]))", regex.M)
        # a first name alone between commas inside a sentence, a word in lower case before it: "at a high level
        # and, Lynsey, winning caps", "Of the three, Kirsty, the eldest, stayed"
        self.between_commas = regex.compile(r"(?<=(?<![\w'’-])\p{Ll}[\p{L}'’-]*,[ \t]+)"
                                            r"(?P<name>\p{Lu}\p{Ll}+)(?=,[ \t])")
        # the author of a work whose title is quoted, by "by" after the title: '"Goodbye!" by Grafton Maggs'
        self.authored = regex.compile(rf"[\"”’'][ \t]+by[ \t]+{full}"
                                      rf"(?=[ \t]*(?:$|[,;.&|/()\n]|[ \t](?:and|-|–)[ \t]))", regex.M)
        self.full_possessive = regex.compile(rf"(?<![\w'’.-]){full}(?=['’]s\s+(?:{_KIN_ADJECTIVE}\s+)?"
                                             rf"{_words(context.possessed)}(?!\w))")
        self.full_role = regex.compile(
            rf"(?m)(?<!\w){_words(rules.people.list_evidence.job_words)}(?:[ \t]*[,:][ \t]*|[ \t]+[-–—][ \t]+){full}"
            rf"(?=[ \t]*(?:[,;.()]|$)|[ \t]+[-–—][ \t]|{verb})")
        # counsel in a court's appearances line, before the agent's firm after ";": "For first appellant:
        # C M Mitchell, Hay; John Pryde & Co", "For the Crown: Fairley QC AD; Crown Agent"
        # ("Respondent: Hughes, AD; Crown Agent" without "For" only before the agent's ";"); a party's label in
        # brackets, any party, also only before the firm's ";": "(For FR) Jackson, QC, Mason; Capital Defence"
        self.appearances = regex.compile(
            rf"(?m)^[ \t]*(?:(?:(?P<for>(?i:for))[ \t]+(?:(?i:the)[ \t]+)?)?"
            rf"(?:(?i:first|second|third|fourth|fifth)[ \t]+)?"
            rf"(?:{_words(context.appearance_parties)})[ \t]*:|\([ \t]*(?i:for)[ \t]+[^()\n]{{1,30}}\))[ \t]*"
            rf"(?P<counsel>[^;\n]+)(?(for)|(?=;))") if context.appearance_parties else None
        # an office or letters between counsel, passed over: "Lord Advocate, G Balfour", "Sudjic, Hay, Solicitor
        # Advocates", "Ferguson, Q.C., Niven"
        counsel = rf"{_words(context.counsel)}s?"
        letters = phrases([w for w in rules.people.post_nominals if w.isupper()])  # "Jackson, QC, Mason"
        self.counsel_office = regex.compile(rf"(?:(?:\p{{Lu}}\.){{1,4}}|{_words(rules.all_titles)}(?:[ \t]+{counsel})?"
                                            rf"|{counsel}|{letters})[ \t]*,[ \t]*")
        self.counsel_item = regex.compile(rf"(?:\p{{Lu}}\.?[ \t]+)*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD})*)"
                                          rf"[ \t]*(?:,|(?<![\w'’-])(?:and|&)(?![\w'’-])|\(|$)")
        # a listed first name and a surname, any word in title case, between items that are initials, each maybe
        # with a role in brackets: "Present: SH (Chair), NT, CB, David Court (RFO), PM (Vice)"
        aside, link = r"(?:[ \t]*\([^()\n]{1,30}\))?", r"(?:,|[ \t]+and|[ \t]*&)[ \t]+"
        self.between_initials = regex.compile(
            rf"(?<=(?<![\w'’.-]){_INITIALS_ITEM.pattern}{aside}{link})(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})"
            rf"(?={aside}{link}{_INITIALS_ITEM.pattern}(?![\w'’-]))")
        self.titles = frozenset(t.lower() for t in rules.all_titles)
        self.compass = frozenset(d[:1] for d in rules.addresses.street_directions)  # "N" of "N Ireland"
        self.jobs = frozenset(w.lower() for w in rules.people.list_evidence.job_words)
        self.surname_after = regex.compile(rf"[ \t]+{NAME_WORD}(?![\w'’-])")  # "Una Crown" after "victim Una"
        # the next full name of a list after a person's context: "thanks to Kate North and Sam Page"
        self.fellow = regex.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+){full}(?![ \t]+\p{{Lu}})")
        self.fellow_lone = regex.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]+and[ \t]+){_NAME}"
                                         rf"(?![ \t]*\p{{Lu}}|['’-])")
        months = "|".join(m for m in _MONTHS if vocabulary.in_first_names(m))
        self.month = regex.compile(rf"\b(?:{months or '(?!x)x'})\b")
        # after "to", "and"… a month before a word is a date ("from May to June Police…"), before a
        # listed surname a name ("paid to June Richardson")
        self.month_name = regex.compile(rf"{_DATE_BEFORE}(?<!\w)(?:{months})[ \t]+(?P<surname>{NAME_WORD})"
                                        rf"(?![ \t]+\d)")
        month = rf"(?:{months or '(?!x)x'})"
        self.month_after_to = regex.compile(
            rf"(?<=(?<!(?i:from|between)[ \t]+\p{{L}}+[ \t]+)(?<!\w)(?i:to|and)[ \t]+){month}[ \t]+"
            rf"(?P<surname>{NAME_WORD})(?![ \t]+\d)")
        # a first name called in quoted speech, after the quote opens or a pause, before a comma and a lower-case
        # word, or after a comma before the sentence ends: “S, head up… Helen, shoulders down”, “Come here, Amy!”
        self.vocative = regex.compile(rf"(?:(?<=[“\"‘])|(?<=[“\"‘…!?.,;][ \t]+)|(?<=…)){_NAME}(?=,[ \t]+\p{{Ll}})"
                                      rf"|(?<=,[ \t]+){_NAME}(?=[ \t]*[.!?…]+[ \t]*[”\"’])")
        # what a text must hold for each pattern to match in it (``scan``): the shapes' fourth items, and these
        self.needs = {pattern: regex.compile(need) for pattern, need in (
            *((pattern, need) for pattern, _, _, need in shapes if need),
            (self.named_lists[1], r"\sas\s"), (self.named_lists[3], ","), (self.apposition, "[,(]"),
            (self.full_role, "[,:\\-–—]"), (self.full_possessive, _POSSESSIVE), (self.full_who, r",[ \t]+who"),
            (self.nickname, r"['‘\"“(]"), (self.credit, ":"), (self.authored, r"[\"”’'][ \t]+by[ \t]"))}
        super().__init__(supported_entities=["PERSON"], name="PersonContextRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results, seen = [], set()
        for pattern, why, words_found in self.patterns:
            for m in self.scan(pattern, text):
                span = m.span("name")
                if span in seen or self.vocabulary.is_kept(text, span[0]) \
                        or why == _BARE_KIN and any(a <= span[0] < b for a, b in seen):
                    continue  # (a family word alone reads no name one's family word read: "her partner Philip")
                if "opener" in m.re.groupindex and not self._lone_first_name(m.group("opener"), LISTED):
                    continue  # a list's last item after initials, its first a first name too: "Bethan, E and Cathryn"
                # any name word beside a listed first name: "Madina and Maryha would"
                any_word = words_found in (ANY, ANY_PLACE) \
                    or why == _PAIR and bool(self._lone_first_name(m.group("partner"), LISTED))
                # after a person's context a listed first name and its surname, a place too ("victim Una Crown")
                surname = self.surname_after.match(text, span[1]) if why == _BEFORE else None
                month = False
                # not a building after a first name ("by Grace House"), but a surname before a role ("by John
                # Service, District Procurator Fiscal")
                if surname and (self._full_name([m.group("name"), surname.group().strip()])
                                and surname.group().strip().lower() not in self.vocabulary.body_words
                                or self.vocabulary.is_first_name(m.group("name"))
                                and self._role_after(text, surname.end())):
                    found = text[span[0]:surname.end()]
                elif month := why in (_KIN, _BARE_KIN) and self._month_named(text, m):
                    found = m.group("name").split()[0]  # "mum June made", "her daughter May said"
                else:
                    found = self._any_name(m, words_found == ANY_PLACE, first_named=why == _KIN) if any_word \
                        else self._lone_first_name(m.group("name"), words_found)
                    if why == _AGE_BEFORE and found and (first := words(found)[0]) != found \
                            and not (self.vocabulary.in_first_names(first) or is_initials(first)):
                        found = first  # a rank or word before a name is no first name: "19-year-old Driver Ronald"
                if not found:
                    continue
                span = (span[0], span[0] + len(found))
                seen.add(span)
                kind = "name" if any_word else "listed first name"
                # strong: an apposition closed by commas, or a full name
                full = len(words(text[span[0]:span[1]])) > 1
                strong = full or why in (_SPOUSE, _BETWEEN_INITIALS, _GREETING, _MAIDEN, _FAMILY) \
                    or any_word and (self._closed(m) or why == _KIN_OF)
                score = self.MONTH_SCORE if month else self.APPOSITION_SCORE if strong else self.SCORE
                results.append(self.result("PERSON", *span, score, f"{kind}, {why}"))
                if why == _BEFORE:
                    results += self._fellows(text, span[1], why, full)
        results += [r for r in self._named_lists(text) if (r.start, r.end) not in seen]
        for m in self.vocative.finditer(text) if _QUOTE.search(text) else ():
            if m.span("name") not in seen and _in_quotes(text, m.start()) \
                    and self._lone_first_name(m.group("name"), LISTED) \
                    and not self.vocabulary.is_kept(text, m.start()):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           "listed first name, called by it in quoted speech"))
        for m in self.scan(self.apposition, text):
            found = words(m.group("name"))
            if (self._full_name(found) or self._first_and_surname(found)) \
                    and not self.vocabulary.is_kept(text, m.start("name")) \
                    and (not (m.group("residence") or m.group("body")) or self.vocabulary.in_first_names(found[0])) \
                    and not (m.group("bracketed") and (found[-1].lower() in self.streets
                                                       or not self._first_and_surname(found))):
                # a number in brackets after other words is a reference ("Human Resources (6)", "Clare Street (2)")
                results.append(self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE,
                                           "a full name with its age, home, role or occupation after it"))
        for pattern, why in ((self.full_verb, "a person's verb after it"), (self.full_role, "a role before it"),
                             (self.full_possessive, "a person's possession after it"),
                             (self.full_who, "', who' after it"), (self.full_harm, "a harm done to it before it")):
            taken = 0  # overlapped: "Prosecutor Dan Law said" holds "Dan Law said"
            for m in self.scan(pattern, text, overlapped=True):
                found = words(m.group("name"))
                street = pattern in (self.full_verb, self.full_harm) and found[-1].lower() in self.streets \
                    and not m.groupdict().get("speech")
                who = pattern is self.full_who
                if who and self._place_or_office(found):
                    continue
                if m.start("name") >= taken and not street and m.span("name") not in seen \
                        and (self._first_and_surname(found) or who and self._full_name(found)) \
                        and not self.vocabulary.is_kept(text, m.start("name")):
                    taken = m.end("name")
                    results.append(self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE,
                                               f"a listed first name and its surname, {why}"))
        for m in self.speaker.finditer(text) if "," in text else ():
            if self._speaker(words(m.group("name"))) and not self.vocabulary.is_kept(text, m.start("name")):
                results.append(self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE,
                                           "a full name between commas before what was said"))
        for m in self.scan(self.nickname, text):
            if self._nicknamed(m) and not self.vocabulary.is_kept(text, m.start()):
                nick = "nick" if m.group("nick") else "bracketed"
                results += [self.result("PERSON", *m.span(part), self.APPOSITION_SCORE,
                                        "a first name and a surname with a nickname in quotes or brackets between them")
                            for part in ("first", nick, "last")]
        for pattern, why in ((self.caption, "a full name a photograph's caption tells"),
                             (self.credit, "a full name after a byline's or credit's label")):
            results += [self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE, why)
                        for m in self.scan(pattern, text) if self._speaker(words(m.group("name")), listed=False)
                        and not self.vocabulary.is_kept(text, m.start("name"))]
        for m in self.scan(self.authored, text):
            if self._author(words(m.group("name"))) and not self.vocabulary.is_kept(text, m.start("name")):
                results.append(self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE,
                                           "a full name after a quoted title and 'by': its author"))
        for m in self.surname_first.finditer(text) if "," in text else ():
            if self._surname_first(words(m.group("name"))) and not self.vocabulary.is_kept(text, m.start("name")):
                results.append(self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE,
                                           "a surname in capitals, a comma and a first name"))
        results += self._counsel(text)
        for m in self.between_initials.finditer(text) if "," in text else ():
            first, last = words(m.group("name"))
            if self.vocabulary.is_first_name(first) and not self.vocabulary.is_title_word(first) \
                    and (self._surname_word(last) or last[1:].islower() and not self.vocabulary.is_title_word(last)
                         and last.lower() not in self.vocabulary.function_words) \
                    and not self.vocabulary.is_kept(text, m.start("name")):
                results.append(self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE,
                                           "a listed first name and a surname, a list's item between initials"))
        for m in self.numbered.finditer(text) if "(" in text else ():
            if self._full_name(words(m.group("name"))) and not self.vocabulary.is_kept(text, m.start("name")):
                results.append(self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE,
                                           "a full name numbered in a list of parties"))
        for m in self.kin_after.finditer(text) if "," in text else ():
            name = m.group("name")
            if len(name) > 1 and self.vocabulary.in_first_names(name) and not self.vocabulary.is_title_word(name) \
                    and not self.vocabulary.is_kept(text, m.start("name")):
                results.append(self.result("PERSON", *m.span("name"), self.MONTH_SCORE,
                                           "listed first name, a family word after it ('June, my mother')"))
        found = {(r.start, r.end) for r in results}
        for m in self.between_commas.finditer(text) if "," in text else ():
            if m.span("name") not in found and self._first_name_only(m.group("name")) \
                    and not self.vocabulary.is_kept(text, m.start("name")):
                results.append(self.result("PERSON", *m.span("name"), self.SCORE,
                                           "a first name on no other list, alone between commas in a sentence"))
        if not self.month.search(text):
            return results
        # "May Whitfield, 81": a first name that is a month; after "to" or "and" before a listed
        # surname only ("paid to June Richardson"; "from May to June Police…" is a date)
        found = [(m, False) for m in self.month_name.finditer(text)] + \
            [(m, True) for m in self.month_after_to.finditer(text)]
        for m, after_to in found:
            surname = m.group("surname")
            if (surname[1:].islower() and self.vocabulary.is_name_word(surname)
                    and (self.vocabulary.in_surnames(surname) if after_to else not self.vocabulary.in_places(surname)
                         or self.vocabulary.in_surnames(surname))):
                results.append(self.result("PERSON", *m.span(), self.MONTH_SCORE,
                                           "a month that is also a first name, before a surname"))
        return results

    def _month_named(self, text: str, m: regex.Match) -> bool:
        """A month that is a first name opening the match, no date's number after it ("mum June made";
        not "her son June 2019", "mum June 12th")."""
        first = m.group("name").split()[0]
        return bool(self.month.fullmatch(first)) and not _NUMBER_AFTER.match(text, m.start("name") + len(first))

    def _role_after(self, text: str, end: int) -> bool:
        """Does a role follow after a comma, capitalised words holding a job's word or a title ("…, District
        Procurator Fiscal", "…, Treasurer")?"""
        after = _ROLE_AFTER.match(text, end)
        if after is None:
            return False
        role = words(after.group(1))
        return any(w.lower() in self.jobs for w in role) or self.vocabulary.titles.search(after.group(1)) is not None \
            or any(" ".join(role[i:]).upper() in self.vocabulary.court_parties for i in range(len(role)))

    def _counsel(self, text: str) -> list:
        """Counsel named in a court's appearances line, each item between commas or "and" up to the
        agent's firm after ";", initials and post-nominals read as written ("C M Mitchell", "Hay",
        "Fairley" of "Fairley QC AD"), an office or letters between items passed over ("Lord Advocate, G
        Balfour", "Ferguson, Q.C., Niven"); no item of ordinary words ("instructed by")."""
        found = []
        held = ":" in text or "(" in text
        for line in self.appearances.finditer(text) if self.appearances is not None and held else ():
            at = line.start("counsel")
            while at < line.end("counsel"):
                office = self.counsel_office.match(text, at, line.end("counsel"))
                at = office.end() if office else at
                item = self.counsel_item.match(text, at, line.end("counsel"))
                if item is None:
                    break
                name = item.group("name")
                parts = words(name)
                # the name ends before letters after it: "Fairley" of "Fairley QC AD"
                cut = next((i for i, w in enumerate(parts) if i and (w.lower() in self.vocabulary.post_nominals
                                                                     or w.isupper() and not parts[0].isupper())),
                           len(parts))
                parts = parts[:cut]
                if not parts or _INITIALS_ITEM.fullmatch(name) or not all(  # letters: "Hughes, AD;"
                        self.vocabulary.is_name_word(w) and not self.vocabulary.is_title_word(w) for w in parts):
                    break
                if not self.vocabulary.is_kept(text, item.start()):
                    found.append(self.result("PERSON", item.start(), item.start("name") + name.index(parts[-1])
                                             + len(parts[-1]), self.APPOSITION_SCORE,
                                             "counsel named in a court's appearances line"))
                if text[item.end() - 1:item.end()] == "(":
                    break
                at = item.end()
                while at < line.end("counsel") and text[at] in " \t":
                    at += 1
        return found

    def _full_name(self, found: list[str]) -> bool:
        """Name words ("Zawadi Okonjo"), or a listed first name and any words but titles
        and function words ("Ellen March", "Mark Kendal"); never a place ("Burkina Faso"),
        opening with one, nor ending in a body's word ("Victoria Police")."""
        v = self.vocabulary
        if any(len(w) < 2 or v.is_title_word(w) or w.lower() in v.function_words for w in found) \
                or v.is_place(found[0]) or v.is_place(" ".join(found)) or len(found) > 1 and v.is_body_word(found[-1]):
            return False
        return v.is_first_name(found[0]) or all(v.is_name_word(w) for w in found)

    def _named_lists(self, text: str) -> list:
        """Each name of a list after a naming or family words ("named as Zainab, Jamal and Bilal"),
        up to the first item that is no name (a place, a title, an ordinary word); after "the deaths
        of" or family words with no one's before them, up to the first that opens with no listed first name
        ("the deaths of Elizabeth and George", "survived by daughters Delma, Astrid, Ann")."""
        out: list[RecognizerResult] = []
        for pattern in self.named_lists:
            deaths, listed = pattern is self.deaths, pattern in (self.deaths, self.bare_kin)
            for m in self.scan(pattern, text):
                at = m.end()
                while item := self.list_item.match(text, at):
                    if _INITIALS_ITEM.fullmatch(item.group("name")) and item.group("link"):
                        at = item.end()  # initials already: "J, D, Ann, R2 and D"
                        continue
                    name = self._list_name(text, item, places=deaths or bool(item.group("age")))
                    if not name or listed and not self.vocabulary.in_first_names(words(name)[0]):
                        break
                    if all(r.start != item.start() for r in out):  # once: "her grand daughters" reads twice
                        out.append(self.result("PERSON", item.start(), item.start() + len(name), self.APPOSITION_SCORE,
                                               "a name in a list after a naming or family words"))
                    if not item.group("link"):
                        break
                    at = item.end()
        return out

    def _list_name(self, text: str, item: regex.Match, places: bool = False) -> str:
        """The name words of a list's item, all possible name words, no place (unless ``places``), title
        nor kept text; a second word only after a listed first name ("Amy Hart"; "Operation Encompass" is none)."""
        v = self.vocabulary
        taken: list[str] = []
        written = words(item.group("name"))
        for w in written:
            if len(w) < 2 or not v.is_name_word(w) or v.is_title_word(w) or v.is_place(w) and not places \
                    or w.lower() in v.function_words or taken and not v.is_first_name(taken[0]):
                break
            taken.append(w)
        if places and taken and v.in_first_names(taken[0]):
            taken = taken[:1] if len(taken) < len(written) else taken  # "George Draft report"
        if len(taken) < len(written) and not places or not taken or v.is_kept(text, item.start()):
            return ""  # "Operation Encompass": a thing's name
        name = item.group("name")
        return name[:name.index(taken[-1]) + len(taken[-1])]

    def _fellows(self, text: str, end: int, why: str, full: bool) -> list:
        """The full names listed after a full name found in a person's context ("and Sam Page"), or
        the listed first names after a first name ("Thanks to Bryony, Saoirse and Ffion")."""
        out = []
        pattern, fits = (self.fellow, self._first_and_surname) if full else \
            (self.fellow_lone, lambda found: len(found) == 1 and bool(self._lone_first_name(found[0], LISTED)))
        while (m := pattern.match(text, end)) and fits(words(m.group("name"))):
            out.append(self.result("PERSON", *m.span("name"), self.APPOSITION_SCORE if full else self.SCORE,
                                   f"a name listed after one with {why}"))
            end = m.end()
        return out

    def _place_or_office(self, found: list[str]) -> bool:
        """A place after a first word on no list ("Steaua Bucharest"; "Mark Kendal" is a name) or an
        office's word anywhere, in a hyphened word too ("Secretary-General Umar Said")."""
        v = self.vocabulary
        return not v.in_first_names(found[0]) and any(v.in_places(w) for w in found[1:]) \
            or any(p.lower() in self.jobs or v.is_title_word(p) for w in found for p in w.split("-"))

    def _surname_first(self, found: list[str]) -> bool:
        """A surname in capitals with a vowel and first names in title case, one of them listed, no place,
        title, job's or body's word ("BALOGUN, Adewale"; not "BELFAST, Northern Ireland", "LEEDS, Crown Court")."""
        v = self.vocabulary
        surname, *first = found
        return any(c in "AEIOUY" for c in surname) and (v.in_surnames(surname) or v.is_first_name(first[0])) \
            and not v.in_places(surname) and not v.in_places(" ".join(first)) \
            and all(len(w) > 1 and v.is_name_word(w) and not v.is_title_word(w) and w.lower() not in self.jobs
                    and w.lower() not in v.body_words for w in found)

    def _nicknamed(self, m: regex.Match) -> bool:
        """A first name and a surname in title case ("O'Brien" too), one of them listed and neither a
        place (but a listed first name: "Elizabeth"), title or function word, and a nickname: one to
        four words in quotes, the first capitalised; or in brackets a listed first name, a name word
        beginning as the first name does, or any name word after the words of an alias ("William
        (Billy) Duffy", "Siobhan (Shiv) Kelly", "Elizabeth (known as Betty) Smith"). Where the first
        name and the nickname are both listed first names, the surname may be an ordinary word too
        ("Alfred 'Alfie' Dear")."""
        v = self.vocabulary
        first, last = m.group("first"), m.group("last")
        nick = (m.group("nick") or m.group("bracketed")).split()
        short = nick[0][:1] == first[:1] and v.is_name_word(nick[0]) and not v.is_title_word(nick[0]) \
            and not v.in_places(nick[0]) and _VOWEL.search(nick[0]) is not None  # "Shiv"; not "Jnr", "Sheffield"
        said = m.group("said") is not None and v.is_name_word(nick[0]) and not v.is_title_word(nick[0])
        if m.group("bracketed") and not said \
                and not (v.is_first_name(first) and (v.is_first_name(nick[0]) or short)):
            return False  # "Smith (Chair) Jones", "Leeds (West) Yorkshire": a note, no nickname
        paired = v.is_first_name(first) and v.is_first_name(nick[0]) and len(nick) == 1
        return len(nick) <= 4 and nick[0][:1].isupper() and (v.is_first_name(first) or v.in_surnames(last)) \
            and all(not w.isupper() and len(w) > 1 and not v.is_title_word(w)
                    and (v.is_name_word(w) or paired and w is last and w.lower() not in v.function_words)
                    and (v.in_surnames(w) or w is first and v.in_first_names(w) or not v.in_places(w))
                    for w in (first, last))

    def _speaker(self, found: list[str], listed: bool = True) -> bool:
        """Words in title case, a listed name among them (if ``listed``), none a title's, job's, body's or
        function word nor a street's or place's ending, no place ("Chuck Berry"; not "Thames Valley Police", "West
        Mercia", "Head Teacher", "Victoria Park")."""
        v = self.vocabulary
        return all(w[1:].islower() and len(w) > 1 and not v.is_title_word(w) and w.lower() not in self.jobs
                   and w.lower() not in v.body_words and w.lower() not in v.function_words
                   and w.lower() not in self.streets and w.lower() not in v.place_suffixes for w in found) \
            and (not listed or any(v.is_listed(w) for w in found)) and not v.in_places(" ".join(found)) \
            and not any(v.is_place(w) and not v.in_surnames(w) for w in found) \
            and not v.place_prefix.search(f"{found[0]} ")  # "West Mercia"

    def _first_name_only(self, word: str) -> bool:
        """A listed first name on no other list: no surname, place, month, day, title nor ordinary word."""
        v = self.vocabulary
        return v.is_first_name(word) and v.is_name_word(word) and not v.in_surnames(word) and not v.in_places(word) \
            and word.lower() not in v.dates and not v.is_title_word(word) and word.lower() not in v.function_words

    def _author(self, found: list[str]) -> bool:
        """A full name as ``_speaker`` reads one, on no name list (an author's name need be on none), its
        first word a place too as first names are ("Grafton Maggs", "Chester Himes"; not "Hull City")."""
        v = self.vocabulary
        first = found[0]
        return self._speaker(found[1:], listed=False) and (self._speaker([first], listed=False) or v.in_places(first)) \
            and first[1:].islower() and not v.in_places(" ".join(found)) and not v.place_prefix.search(f"{first} ")

    def _first_and_surname(self, found: list[str]) -> bool:
        """A listed first name and one or two words, each a possible name or a listed surname that is
        also a word, even one inside a title ("Anne Ward", "Liam Case"); never a whole title, a function
        word, nor a body's or building's word ("Victoria Police", "Grace House")."""
        v = self.vocabulary
        first, *rest = found
        return v.is_first_name(first) and not v.is_title_word(first) \
            and all(self._surname_word(w) for w in rest) and rest[-1].lower() not in self.vocabulary.body_words

    def _surname_word(self, w: str) -> bool:
        """A possible name word, or a listed surname that is also a word, even one inside a title
        ("Ward", "Case"); never a whole title nor a function word."""
        v = self.vocabulary
        return len(w) > 1 and w.lower() not in v.function_words and w.lower() not in self.titles \
            and (v.is_name_word(w) and not v.is_title_word(w) or v.in_surnames(w))

    def _lone_first_name(self, word: str, words_found: str) -> str:
        """``word`` if it is a listed first name (a place too with PLACE_TOO), or one glued to its surname
        ("TonyKillow", where the context says a person stands)."""
        listed = len(word) > 1 and self.vocabulary.is_first_name(word) \
            and (words_found == PLACE_TOO or not self.vocabulary.in_places(word)) \
            or self.vocabulary.glued_full_name(word) is not None and not self.vocabulary.in_places(word)
        return word if listed else ""

    @staticmethod
    def _closed(m: regex.Match) -> bool:
        """An apposition between commas after a family word ("his mother, Noor Rahim,"), or a maiden name in
        quotes ('born Susan “Ward”')."""
        return "quoted" in m.re.groupindex or "comma" in m.re.groupindex and bool(m.group("comma") and m.group("close"))

    def _any_name(self, m: regex.Match, place: bool = False, first_named: bool = False) -> str:
        """The name words of the match, listed or not. An apposition closed by commas
        ("her mother, Noor Rahim,") may hold ordinary words, and so may the word after a
        listed first name ("her partner Philip French"); otherwise each must be a possible
        name word. No place (unless ``place``), but with ``first_named`` a listed first name
        opening it ("his late wife Dolores")."""
        closed = self._closed(m)
        taken: list[str] = []
        for w in words(m.group("name")):
            # after a listed first name its surname may be a word too: "her partner Philip French"; and after an
            # initial ("42-year-old D Service")
            surname = len(taken) == 1 and (self.vocabulary.in_first_names(taken[0]) or is_initials(taken[0])) \
                and w.lower() not in self.vocabulary.function_words
            # an initial opening it, not a word ("A", "I"), when a surname follows
            initial = not taken and len(w) == 1 and is_initials(w) and w.lower() not in self.vocabulary.function_words
            fits = (closed or surname or initial) and w.lower() not in self.vocabulary.function_words \
                or self.vocabulary.is_name_word(w)
            titled = self.vocabulary.is_title_word(w) and not (surname and self._surname_word(w))  # "Wendy Case"
            # a listed first name opening it, or a middle name after listed first names ("William George Lodge")
            named = self.vocabulary.is_first_name(w) \
                and (first_named and not taken or bool(taken) and all(map(self.vocabulary.is_first_name, taken)))
            # a word in title case after initials is their surname, a place too ("his wife, NN Lagos", "D Temple"),
            # but not after a direction's letter ("a 30-year-old N Ireland man", "S Wales")
            initialled = len(taken) == 1 and is_initials(taken[0]) and w[1:].islower() \
                and taken[0].rstrip(".") not in self.compass
            if len(w) < 2 and not initial or not fits or titled or not place and not named and not initialled \
                    and self.vocabulary.in_places(w):
                break
            taken.append(w)
        if not taken or len(taken[-1]) < 2:
            return ""  # no initial alone
        name = m.group("name")
        return name[:name.index(taken[-1]) + len(taken[-1])]
