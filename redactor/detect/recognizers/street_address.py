"""UK address lines: "82 Moorside Crescent", "Flat 6, 137 Church Street, Trafford,
M32 4DB", "1 Maes y Brenin", a street named after a preposition ("lived on Mill Lane"),
a street named as someone's home ("back to their Larch Avenue home", "at her Mill Lane
flat"), a named place where someone lives ("lived in Hollymount Park", "at her home in
Salisbury House", "moved into Number 15"), a home's name just before its street
("Salisbury House in Hobday Street"), and a home named in news style after an age or a
name ("Dawid Nowak, 29, of Silver Hollow, Wallingford", "Williams, of Brynglas,
Hollybush, who …"); "the" before a strong street type where someone lives ("from the Drum
Road in Dungiven"), an older street type joined by a hyphen ("199 High-street") and a
direction ending a numbered street's name before a comma ("199 High Street South, Rushden").
A street has a name before its type, or a Welsh or Gaelic street word before its name, so
"On 3 March 2019 Dr. Patel" and "the '7 Steps' model" are not
addresses; a town or village (rules/names/places.txt, localities.txt) is never one, nor a
named service written as one ("placed in Mills Court temporary accommodation", "moved to
Beech Court, a sheltered housing scheme"; rules/addresses.yaml facility_words). An Irish
Eircode ("D07 X2Y3") is an address wherever it stands."""
from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass

import regex

from redactor.detect.recognizers.base import ExplainingRecognizer, phrases
from redactor.detect.vocabulary import facility_after
from redactor.names import MONTH_PATTERN as _MONTH
from redactor.rules import Rules

POSTCODE = (r"(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
            r"\s?[0-9][ABD-HJLNP-UW-Z]{2})")
# a postcode's outward half, its district: "N9", "EC4A", "LS1"
OUTWARD = r"[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKPSTUW]?"
MISTYPED_INWARD = r"[0-9][A-Z0-9]{2}"  # an inward half as typed, valid or not: "9PA", "9P4"
# an Irish Eircode: a routing key (a letter and two digits, or "D6W") and four characters, one a
# digit, no year ("D07 X2Y3", "A65 F4E2"; not "Y12 2019")
EIRCODE = r"(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W)[ \t]?(?=[A-Z]{0,3}[0-9])(?!(?:19|20)[0-9]{2})[0-9A-Z]{4}"
# a Dublin postal district, the town of an address: "Dublin 7", "Dublin 6W" (not "Dublin 2019")
DUBLIN_DISTRICT = r"Dublin[ \t]+(?:6W|1[0-9]|2[0-4]|[1-9])(?!\w)"
WORD = r"\p{Lu}[\p{L}'’\-]*"
# the article between a Welsh or Gaelic street word and its name: "Maes y Brenin", "Heol yr Ysgol"
_ARTICLE = r"(?:[ \t]+(?:y|yr|'r|’r|r|an|na|nan))?"

# the verb after "<name>, 29, of <street>, <town>," in a news report
NEWS_VERB = (r"(?:was|were|is|has|had|who|will|appeared|appears|pleaded|pleads|admitted|admits|denied|denies"
             r"|died|faces|faced|received|said|says|told|stated|states|deposed|deposes|identified)")
_LEADING_WORD = regex.compile(rf"({WORD})[ \t]+")
_WORDS = regex.compile(WORD)
_DIGIT = regex.compile(r"\d")
# what ends the name of a place where someone lives: not another capitalised word or a number
_NAME_ENDS = r"(?![ \t]*(?:\p{Lu}|\d))"
# a year is no house number after a month and day ("On December 11, 2012, Miss Hill"), after a
# word of time ("Earlier in 2012 Wood Lane was closed") or before a comma ("In 2019, Mrs Green");
# an age is none either ("aged 42, Mr Lane")
_TIME_WORDS = r"(?i:in|since|by|during|until|till|before|after|from|of|early|late|mid|summer|spring|autumn|winter)"
_NOT_YEAR = rf"(?!(?:19|20)\d\d(?:,|\s(?<=(?:\b{_TIME_WORDS}|\d(?:st|nd|rd|th)?,?)\s\d{{4}}\s)))(?<!\b(?i:aged?)\s)"
# just after a capitalised name and a comma: "Adam Connolly, " before an age
_AFTER_A_NAME = r"(?<=\p{Lu}\p{Ll}+,[ \t]+)"
# "the" before a street where someone lives, as Irish and local usage writes a main road ("from the Drum
# Road in Dungiven", "lived on the Antrim Road"): taken only before a strong street type (not "the West End")
_ARTICLE_BEFORE = r"(?P<article>the[ \t]+)"
_NUMBER_BEFORE = regex.compile(r"\d[ \t]+$")  # a house number just before: the numbered street's
# where a sentence opens: a Welsh or Gaelic home's name counts only in a sentence about a home
_SENTENCE_START = regex.compile(r"(?:[.!?;](?=\s)|\n)[^.!?;\n]*$")


NAME_AFTER_NUMBER = regex.compile(r"(?<=\d[A-Za-z]?,?\s+)\D+$")  # "Broadway" of "14A Broadway"


def of_common_words(name: str, common: Container[str]) -> bool:
    """Is the name after a house number made of common words ("3 Agencies", "2 Children"), a
    leading "The" aside ("3 The Paddocks")?"""
    return any(w in common or w.removesuffix("s") in common or w.removesuffix("ies") + "y" in common
               for w in name.removeprefix("The ").split())


def _alternation(words: list[str]) -> str:
    return phrases(words, r"\ ")  # one space between a phrase's words, as the rules write it


def organisation_words(rules: Rules) -> frozenset[str]:
    """Words that make a name an organisation's, not a home's: "Hospital", "Council", "Hall"."""
    a, people = rules.addresses, rules.people
    return frozenset([*people.list_evidence.agency_words, *people.body_words, *a.organisation_words,
                      *(w for w in a.building_words if w not in a.dwelling_words)])


@dataclass(frozen=True)
class UnlistedName:
    """Is a name of no common word nor an organisation's, nor an acronym, nor shaped as a village's
    ("Brookfields"; not "Smith Solicitors", "NSPCC", "Little Dunham", "Chadwell Heath")?"""

    common: frozenset[str]
    organisations: frozenset[str]
    place_prefixes: frozenset[str]
    place_suffixes: frozenset[str]

    def __call__(self, name: str) -> bool:
        words = name.split()
        return not self.common.intersection(words) and not self.organisations.intersection(words) \
            and not any(w.isupper() for w in words) \
            and words[0] not in self.place_prefixes and words[-1] not in self.place_suffixes


@dataclass(frozen=True)
class AddressParts:
    """The pieces of an address line as patterns, built from rules/addresses.yaml."""

    flat: str      # "Flat 6", "Flat A", "Top Floor Flat"
    number: str    # "137 ", "12-14 ", not a year after a month ("March 2019 ")
    street: str    # "Church Street", "Maes y Brenin": a name and a street type, or a Welsh street word and a name
    street_type: str  # the street type alone: "Street" of "165 Street" (a house number, then a lost name)
    strong_type: str  # a street type that ends no park, hill or district ("Road", not "Park")
    lower_street: str  # "Shagari road": a name and a street type written in lower case
    bare_street: str  # the same without a weak type ("Hyde Park", "Parc Prison"): a street even with no number
    building: str  # "County Hall", "Civic Centre"
    dwelling: str  # "Salisbury House", "Rose Cottage": the name of a home
    prepositions: str
    homes: str  # "home", "flat": after a street named as someone's home
    residence: str  # "lived in", "her home on", "moved into": before where someone lives
    near: str  # "nearby ", "the neighbouring ": after a lead, before its place (optional)
    service: str  # after a name, what makes it a service's ("Mills Court hostel"), no home
    direction: str  # " South" of "199 High Street South, Rushden": a direction ending a street's name, optional

    @property
    def unit(self) -> str:
        """An optional flat before the house number: "Flat 6, 137 Church Street"."""
        return rf"(?:{self.flat},?\s+)?"

    @property
    def numbered_name(self) -> str:
        """A house number and one to three names with no street type, no month after the
        number and no year for the number: "117 Botchergate", "14 Broadway"."""
        return rf"{self.unit}(?!(?:19|20)\d\d\b){self.number}(?!{_MONTH}\b)(?:{WORD}[ \t]+){{0,2}}{WORD}"

    @classmethod
    def from_rules(cls, rules: Rules) -> AddressParts:
        """The parts of ``rules``, built once for the recognizers and readers that share them."""
        if not _BUILT or _BUILT[0][0] is not rules:
            _BUILT[:] = [(rules, cls._built(rules))]
        return _BUILT[0][1]

    @classmethod
    def _built(cls, rules: Rules) -> AddressParts:
        a = rules.addresses
        # in capitals too ("12 HIGH STREET"), but for short abbreviations ("ST", "DR")
        types = _alternation([*a.street_types, *(t.upper() for t in a.street_types if len(t) > 3)])
        buildings = _alternation(a.building_words or ["House"])
        weak = set(a.weak_street_types)
        strong = _alternation([*(t for t in a.street_types if t not in weak),
                               *(t.upper() for t in a.street_types if t not in weak and len(t) > 3)])
        # "St. Mary's Road": an abbreviation with its full stop may open a street's name
        # "OPINION OF THE COURT", "JUDGMENT OF THE COURT", "2984 IN THE COURT": no street's name holds "of" or "in"
        # "Miss Hill", "Mr Lane", "Det Sgt Row": a title opens a person's name, not a street's
        titles = [t for t in (*rules.titles.honorifics, *rules.titles.ranks) if t not in a.street_titles]
        untitled = rf"(?!(?:{_alternation([*titles, *(t.upper() for t in titles if len(t) > 2)])})\.?\s)"
        not_a_street_word = r"(?!(?:OF|Of|IN|In|AT|At|TO|To|FOR|For)\b)"
        word = rf"(?:{not_a_street_word}{WORD}|(?:St|Gt|Lt|Upr|Lwr|Mt)\.)\s+"
        words = rf"(?!{_MONTH}\b){untitled}(?:{word}){{1,3}}"
        # an older style joins the street type to the name's last word by a hyphen: "High-street", "Church-road"
        strong_lower = _alternation([t.lower() for t in a.street_types if t not in weak and len(t) > 3])
        hyphened = rf"(?!{_MONTH}\b){untitled}(?:{word}){{0,2}}\p{{Lu}}\p{{Ll}}+-(?:{strong_lower})\b"
        # "Bury St Edmunds": St before a name is Saint; "Councillors Dr. Emma Ghaffari": Dr. before a name a title
        saint = r"(?!(?<=\bSt)\.?[ \t]+\p{Lu}\p{Ll}|(?<=\bDr)\.[ \t]+\p{Lu}\p{Ll})"
        named = "|".join(regex.escape(i).replace(r"\ ", r"\s+") for i in (*a.institutions,
                                                                           *(i.upper() for i in a.institutions)))
        not_institution = rf"(?<!\b(?:{named}))" if named else ""
        street_type = rf"(?:{types})\b{saint}{not_institution}"
        lead = _alternation(a.leading_street_types)
        any_lead = _alternation(a.leading_street_types + a.weak_leading_street_types)
        welsh = rf"{_ARTICLE}(?:[ \t]+{WORD}){{1,2}}\b"
        phrases = "".join(f"|{phrase}" for phrase in a.residence_phrases)
        # a service's home ("a care home in Coton Hill") is where it stands, no one's home
        services = _alternation([w.rpartition(" ")[0] for w in a.facility_words if w.endswith(" home")])
        residence = (rf"(?<!\b(?i:{services})\s)"
                     rf"\b(?i:(?:{_alternation(a.residence_words)})\s+(?:{_alternation(a.residence_prepositions)})"
                     rf"{phrases})\s")
        return cls(
            street_type=street_type,
            strong_type=rf"(?:{strong})\b",
            # "Flat 1/2": Glasgow's floor/door; "Flat A"
            flat=rf"(?:(?:{_alternation(a.unit_words)})\s+(?:\d+[A-Za-z]?(?:/\d+)?|[A-Z](?![\p{{L}}\d'’]))"
                 rf"|(?:{_alternation(a.flat_floors)})(?:[ \t]+Floor)?[ \t]+(?:Flat|Maisonette|Apartment)"
                 rf"(?:[ \t]+\d+[A-Za-z]?|[ \t]+[A-Z](?![\p{{L}}\d]))?)",  # "Top Floor Flat", "Garden Flat 2"
            # "1,Waterside Way" too
            number=rf"(?<!\b{_MONTH}\.?,?\s){_NOT_YEAR}\d{{1,4}}[A-Za-z]?(?:\s?[-–/]\s?\d{{1,4}}[A-Za-z]?)?(?:,\s*|\s+)",
            street=rf"(?:{words}{street_type}|{hyphened}|\b(?:{any_lead}){welsh})",
            lower_street=rf"{words}(?:{_alternation(a.lower_case_street_types)})\b",
            bare_street=rf"(?:{words}(?:{strong})\b{saint}{not_institution}|{hyphened}|\b(?:{lead}){welsh})",
            building=rf"(?:{WORD}\s+){{0,3}}(?:{buildings})\b{not_institution}",
            dwelling=rf"{untitled}(?:{WORD}[ \t]+){{1,3}}(?:{_alternation(a.dwelling_words)})\b{not_institution}",
            prepositions=_alternation(a.street_prepositions or ["at"]),
            homes=_alternation(a.home_words),
            residence=residence,
            near=rf"(?:(?:the\s+)?(?:{_alternation(a.nearness_words)})\s+)?",
            service=rf"(?!{facility_after(rules, appositive=True)})",
            direction=rf"(?:[ \t]+(?:{_alternation(a.street_directions)})(?=,))?" if a.street_directions else "",
        )


_BUILT: list[tuple[Rules, AddressParts]] = []  # the rules last asked of, with their parts: a run reads one


class StreetNames:
    """The streets and homes' names inside addresses found, to be looked for again wherever
    the document names them ("Whytehead Gardens are made up of bungalows", a caption's
    "Whytehead gardens", after "a property in Whytehead Gardens"): names of two words or
    more, as written and with the street word in lower case."""

    def __init__(self, rules: Rules) -> None:
        p = AddressParts.from_rules(rules)
        self.pattern = regex.compile(rf"{p.street}|{p.dwelling}")

    def in_addresses(self, addresses: Iterable[str]) -> set[str]:
        names = {m.group() for a in addresses for m in self.pattern.finditer(a) if len(m.group().split()) > 1}
        return names | {n[:n.rindex(" ") + 1] + n.split()[-1].lower() for n in names}


class ServiceNames:
    """The names a document gives services (of no street type: "Ty Mair" of "the Ty Mair Care Home") or
    courts ("Laganside Court" of "Laganside Courthouse"), each as the words it ends in: wherever
    else the document writes one without a number ("a resident of Ty Mair"), it is no one's home."""

    def __init__(self, rules: Rules) -> None:
        self.pattern = regex.compile(rf"(?<![\p{{L}}'’-])({WORD}(?:[ \t]+{WORD}){{0,2}})(?:{facility_after(rules)}"
                                     rf"|[ \t]*(?P<court>(?=Court(?:house|[ \t]+House|s)\b)))")
        self.street = regex.compile(rf"{AddressParts.from_rules(rules).street_type}$")

    def in_texts(self, texts: Iterable[str]) -> set[str]:
        names: set[str] = set()
        for m in (m for t in dict.fromkeys(texts) for m in self.pattern.finditer(t)):
            parts = m.group(1).split()
            if m.group("court") is not None:
                parts.append("Court")
            elif self.street.search(m.group(1)):
                continue  # "the Mill Lane church", "the Hollymount Park housing scheme": streets, where people live
            names.update(" ".join(parts[i:]) for i in range(len(parts)))
        return names


class StreetAddressRecognizer(ExplainingRecognizer):
    """House number + street words + street type, with any flat before it (the town after
    it stays, the postcode is the postcode recognizer's); a bare street name after a
    preposition; a named place where someone lives."""

    NUMBERED, BARE, RESIDENCE, HOME = 0.85, 0.6, 0.7, 0.8

    def __init__(self, rules: Rules) -> None:
        p = AddressParts.from_rules(rules)
        # a number after the street is a score or a count ("13 Ebbw Vale 17"), not an address, but for
        # another address's number ("85 Queen Victoria Street 13/15 Hazelwood Road", a flattened column)
        # ... nor one that goes on into a company's name ("55 Coombe Abbey Park Ltd")
        # ... nor a document exchange's box of a firm ("DX: 13 Chancery Lane LDE")
        # ... nor an age after a name ("Adam Connolly, 31, Tobar Park in Cullybackey": age_street reads the street)
        # ... a number glued to its street as a lost space leaves it ("19Main Road, Romford")
        self.numbered = regex.compile(rf"(?<![\w/.:])(?<!\bDX:?[ \t]+)(?!{_AFTER_A_NAME}\d{{1,3}},){p.unit}"
                                      rf"(?:{p.number}|(?!(?:19|20)\d\d\p{{Lu}})\d{{1,4}}(?=\p{{Lu}}\p{{Ll}}))"
                                      rf"(?:{p.street}|{p.lower_street}){p.direction}"
                                      rf"(?![ \t]+(?!{p.number}{p.street})\d)"
                                      rf"(?![ \t]+(?:Ltd|Limited|PLC|plc|LLP|Inc)\b)")
        # "lived on Mill Lane", "at his home in the town's Salisbury Terrace"
        self.bare = regex.compile(rf"(?<=\b(?:{p.prepositions})\s{p.near}(?:the\s+\p{{Ll}}+['’]s\s+)?)"
                                  rf"{p.bare_street}{p.service}")
        # "back to their Larch Avenue home", "at her Mill Lane flat", "visited the Readers Court property"
        # (after "the", no weak type: "the Old Bank house")
        self.home = regex.compile(rf"(?:(?<=(?:\b(?i:her|his|their|my|our|your)|\p{{L}}['’]s?)\s){p.street}"
                                  rf"|(?<=\b(?i:the)\s){p.bare_street})(?=\s+(?i:{p.homes})\b)")
        # where someone lives: "lived in Hollymount Park", "home in Salisbury House", "moved into
        # Number 15", "lived in The Crescent", "in Parkway" (a lone street word long enough to be
        # no common word), "house in Lower Plantation on the Loudwater estate"
        self.lives = regex.compile(
            # a place opens with these
            rf"(?=[\p{{Lu}}\dNn])(?<={p.residence}{p.near}(?:the\s+\p{{Ll}}+['’]s\s+|{_ARTICLE_BEFORE})?)"
            rf"(?P<place>{p.unit}(?:{p.number})?(?:{p.street}|{p.dwelling}|{p.lower_street})"
            rf"|(?i:number|no\.?)[ \t]+\d{{1,4}}[A-Za-z]?\b"
            rf"|The[ \t]+{p.street_type}|{p.strong_type}(?<=\p{{L}}{{7}})"
            rf"|{WORD}(?:[ \t]+{WORD}){{0,2}}(?=[ \t]+on[ \t]+the[ \t]+{WORD}[ \t]+(?i:estate)\b)"
            rf"|(?P<numbered>{p.numbered_name})"
            rf"|(?:{p.flat},?[ \t]+)?The[ \t]+(?P<the>{WORD})(?=,))"
            rf"{_NAME_ENDS}{p.service}")
        # a street or a home's name, and a clause saying someone lives there: "found at Meadow Park, Leeds,
        # where she lived", "Meadow Park, where the couple lived, was sealed off", "at Cloonbeg House, her home"
        after = "|".join(rules.addresses.home_after) or "(?!)"
        self.home_after = regex.compile(
            rf"(?=[\p{{Lu}}\d])(?:(?<=\b(?:at|in|on)[ \t])|(?<=(?:^|[.!?][ \t]+)))"
            rf"(?P<place>{p.street}|{p.dwelling}){p.service}"
            rf"(?=(?:,[ \t]*{WORD}(?:[ \t]+{WORD}){{0,2}})?(?:{after}))", regex.MULTILINE)
        self.said_after = regex.compile(after)  # a text without such a clause is not read for them
        # a home's name just before its street: "Salisbury House in Hobday Street", "Verity House, 19 Haymarket Yards"
        self.before_street = regex.compile(
            rf"(?<![\w'’-])(?P<place>{p.dwelling})"
            rf"(?:,[ \t]*|[ \t]+(?:in|on|off)[ \t]+)(?P<street>{p.unit}(?:{p.number})?{p.street})")
        # news style: "Dawid Nowak, 29, of Silver Hollow, Wallingford, was convicted", "LB, 24, from
        # Hollymount Park in Derry" (a street type: no town needed), "Williams, of Brynglas,
        # Hollybush, who had…" (no age: a verb after the town)
        place = rf"(?P<street>(?:{p.unit}{p.number})?{WORD}(?:[ \t]+{WORD}){{0,2}})"
        # ... a lodging they live in, its name before the lodging's word: "PB (34) of Ashford Court hotel, Ennis"
        lodging = rf"(?:[ \t]+(?P<lodging>{_alternation(rules.addresses.lodging_words)})\b)?"
        self.residence = regex.compile(
            rf"(?<=(?:\b\d{{1,3}}(?:\)[ \t]*,?|[,.]|[ \t]+and)|-year-old(?:[ \t]+(?:\p{{Ll}}+|{WORD})){{0,4}},?)\s+"
            rf"(?:both[ \t]+)?(?:of|from)\s{_ARTICLE_BEFORE}?){place}{lodging}"
            rf"(?:,\s+(?P<town>{WORD}(?:\s+{WORD}){{0,2}})"
            rf"(?=\s*[.;)]|,(?P<verb>\s+{NEWS_VERB}\b)|,)"
            rf"|(?=[ \t]+in[ \t]+(?P<in_town>{WORD}(?:[ \t]+{WORD})?)(?![ \t]*\p{{Lu}}))"
            rf"|(?=[ \t]+(?:in|on)\b|[.,;)]))")
        # news style with no "of": "Adam Connolly, 31, Tobar Park in Cullybackey – charged"
        self.age_street = regex.compile(rf"(?<={_AFTER_A_NAME}\d{{1,3}},[ \t]+){place}"
                                        rf"(?=[ \t]+(?:in|on)[ \t]+{WORD}|,[ \t]+{WORD})")
        # ... and without the comma after a listed name, when the place is of no common word nor an
        # organisation's: "Byrne from Gleann Alinn, Drogheda, and Bates from Wastsonville, Lurgan, admitted"
        # (the next person from theirs after a listed town, as a verb); with a street between the home and
        # its town ("G, of Craigard, Ardgour Road, Oban, admitted"), or the sentence ending at a
        # listed town after a comma or "in", or a lower-case word but a conjunction after its comma ("said
        # Mrs Hale, of Brookfields, Kidderminster.", "Kerr from Rathgillan in Lisburn.", "…, a former nurse")
        self.named_residence = regex.compile(
            rf"(?<=(?:\p{{L}},|\b(?P<who>{WORD}))[ \t]+(?:of|from)[ \t]{_ARTICLE_BEFORE}?){place}"
            rf"(?:,[ \t]+(?P<between>{p.unit}(?:{p.number})?{p.street}))?"
            rf"(?:,|[ \t]+(?P<in>in))[ \t]+"
            rf"(?P<town>{WORD}(?:[ \t]+{WORD}){{0,2}})(?:,[ \t]+(?:Co\.?|County)[ \t]+{WORD})?"
            rf"(?:,[ \t]+(?:(?P<verb>{NEWS_VERB})|and[ \t]+(?:{WORD}[ \t]+){{1,3}}(?:of|from))\b"
            rf"|(?P<end>[ \t]*(?:[.;!?](?:\s|$)|$)|,[ \t]+(?=\p{{Ll}})(?!(?:and|or|but|then|while|when)\b)))",
            regex.MULTILINE)
        self.names = rules.first_names | rules.surnames
        self.organisations = organisation_words(rules)
        # a street of any type, or a Welsh or Gaelic home's name, before its town in a sentence about
        # a home: "the house they shared at Llys Dewi, Penyffordd", "who lived with her son at
        # Hollymount Park, Derry"
        self.street_town = regex.compile(rf"(?<=\b(?:at|in|of)[ \t]){p.street}(?=,[ \t]*(?P<town>{WORD}))")
        # premises named with a building word before their town, where a service is or someone lives:
        # "a holistic service at Marleon House in Elgin", "she stayed at Rose Cottage, Hollybush" (not in a
        # sentence about a hearing: "the hearing, held at Oakwood House, Maidstone" names its venue)
        self.premises_town = regex.compile(rf"(?<=\b(?:at|in)[ \t]){p.dwelling}{p.service}"
                                           rf"(?=(?:,[ \t]*|[ \t]+in[ \t]+)(?P<town>{WORD})(?![ \t]+\p{{Lu}}))")
        self.home_words = regex.compile(rf"\b(?i:{_alternation(rules.addresses.residence_words)})\b")
        self.hearing = regex.compile(rf"\b(?i:{_alternation(rules.addresses.hearing_words)})\b")
        self.typed = regex.compile(rf"(?:{p.street_type}|{p.dwelling})$")
        self.home_name = regex.compile(rf"[ \t](?:{_alternation(rules.addresses.dwelling_words)})$")
        # a flat in a named building: "Flat 132 Eaton House", "Apartment 5 Ivy Court"
        # ... and its numbered street of no street word ("Flat 132 Eaton House, 38 Westferry")
        self.flat_building = regex.compile(rf"(?<![\w/.:])(?P<home>{p.flat},?[ \t]+{p.dwelling})"
                                           rf"(?:,[ \t]*(?P<numbered>{p.numbered_name})(?![\p{{L}}\d]))?")
        self.strong = regex.compile(rf"{p.strong_type}$")
        self.strong_street = regex.compile(rf"(?={p.strong_type}$){p.street_type}$")  # "Road", not "Crown Court"
        # "lived in Leeds road": a town and a lower-case street word are no street's name
        self.lower_type = regex.compile(rf"[ \t]+(?:{_alternation(rules.addresses.lower_case_street_types)})$")
        # ... but for a street whose town follows it: "grew up in Maine park in Galgorm", "lived in Derry road, Omagh"
        self.town_after = regex.compile(rf"(?:,[ \t]*|[ \t]+in[ \t]+){WORD}")
        self.places = rules.towns
        # a street type that is also a title, before a first name, is the title: "from Assistant State
        # Pathologist Dr Margot Bolster" holds no street ending in "Dr" (Drive)
        titles = [t for t in rules.addresses.street_types if t in rules.titles.honorifics]
        self.title_type = regex.compile(rf"(?<=\b(?:{_alternation(titles) or '(?!)'}))\.?[ \t]+(\p{{Lu}}\p{{Ll}}+)")
        self.first_names = rules.first_names
        # a venue's named room just before a number: "Conference Room " of "Conference Room 2, Victoria Quay"
        rooms = _alternation(rules.addresses.room_words) or "(?!)"
        self.named_room = regex.compile(rf"(?<![\w'’-])\p{{Lu}}\p{{Ll}}+[ \t]+(?:{rooms})[ \t]+$")
        self.room_number = regex.compile(r"\d{1,4}[A-Za-z]?,?[ \t]+")
        self.institution = regex.compile(rf"(?<![\w'’-])(?:{_alternation(rules.addresses.institutions)})$")
        self.common = rules.common_words
        self.unlisted = UnlistedName(self.common, self.organisations, frozenset(rules.addresses.place_prefixes),
                                     frozenset(rules.addresses.place_suffixes))
        # (not inside a reference number: "planning permission P172713/F")
        self.eircode = regex.compile(rf"(?<![\w/-]){EIRCODE}(?![\w/])")
        # a street with no number in an address run into one line, just before its town (and county) and postcode:
        # "Irwin Mitchell LLP Riverside House Bridge Street Sheffield S3 8DT", "... Gladbeck Way Enfield Middlesex
        # EN2 7HT" (a building's name before it stays with the building)
        self.street_postcode = regex.compile(
            rf"{p.street}(?=[ \t]+(?P<town>{WORD}(?:[ \t]+{WORD}){{0,3}}),?[ \t]+{POSTCODE}(?![\w-]))")
        self.postcode = regex.compile(rf"{POSTCODE}(?![\w-])")  # a text without one is not read for such streets
        buildings = _alternation([*rules.addresses.building_words, *self.organisations])
        self.building_word = regex.compile(rf"\b(?:{buildings})[ \t]+(?=\S+[ \t]+\S)")
        # a street run into a building's name, ending its line or before a comma: "Venue: John Fretwell Centre
        # Sookholme Road", "Meeting held at the Civic Centre, Mill Lane, Leyland" (the building and the town stay)
        # ... or after premises in lower case: "detectives at the incident room Ladas Drive on 101"
        nouns = _alternation(rules.addresses.premises_nouns)
        self.premises_street = regex.compile(rf"(?<=\b(?i:the)[ \t]+(?:\p{{Ll}}+[ \t]+){{0,2}}(?:{nouns})[ \t]+)"
                                             rf"{p.bare_street}{p.service}")
        self.building_street = regex.compile(rf"(?<=\b(?:{buildings})(?:,[ \t]*|[ \t]+)){p.bare_street}{p.service}"
                                             rf"(?=[ \t]*(?:,|$|[.;](?:\s|$)))", regex.MULTILINE)
        # what a text must hold for each of these to match in it (``scan``): a house number's digit, the words
        # before or after a street
        digit, before = regex.compile(r"\d"), regex.compile(r"\b(?:at|in|of)[ \t]")
        self.needs = {self.numbered: digit, self.eircode: digit, self.street_town: before, self.premises_town: before,
                      self.residence: regex.compile(r"(?:of|from)\s"), self.lives: regex.compile(p.residence),
                      self.named_residence: regex.compile(r"[ \t](?:of|from)[ \t]"),
                      self.age_street: regex.compile(r"\d,[ \t]"),
                      self.building_street: regex.compile(rf"\b(?:{buildings})\b"),
                      self.premises_street: regex.compile(rf"\b(?:{nouns})[ \t]+\p{{Lu}}"),
                      self.bare: regex.compile(rf"\b(?:{p.prepositions})\s"),
                      self.before_street: regex.compile(rf"(?:{_alternation(rules.addresses.dwelling_words)})\b"),
                      self.flat_building: regex.compile(rf"(?:{_alternation(rules.addresses.unit_words)})\s"
                                                        rf"|(?:{_alternation(rules.addresses.flat_floors)})[ \t]")}
        super().__init__(supported_entities=["ADDRESS"], name="StreetAddressRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = [self.result("ADDRESS", m.start(), m.end(), self.NUMBERED, "house number, street and street type")
                   for m in self.scan(self.numbered, text)]
        results += [self.result("ADDRESS", m.start(), m.end(), self.BARE, "street name after a preposition")
                    for m in self.scan(self.bare, text) if not self._a_court(m, text)]
        results += [self.result("ADDRESS", m.start(), m.end(), self.HOME, "a street named as someone's home")
                    for m in self.home.finditer(text)]
        results += [self.result("ADDRESS", *m.span("place"), self.RESIDENCE, "where someone lives")
                    for m in self.scan(self.lives, text) if not self._a_place(m.group("place"))
                    and self._strong_after_article(m, "place")
                    and not (m.group("numbered") and self._no_street(m.group("numbered"), text[m.end():m.end() + 1]))
                    and not (m.group("the") and (m.group("the") in self.common or self._a_place(m.group("the"))))
                    and not (self._a_place(self.lower_type.sub("", m.group("place")))
                             and not self.town_after.match(text, m.end()))]
        results += [self.result("ADDRESS", *m.span("place"), self.RESIDENCE,
                                "a street where someone lives, said after it")
                    for m in (self.home_after.finditer(text) if self.said_after.search(text) else ())
                    if not self._a_place(m.group("place"))]
        results += [self.result("ADDRESS", *m.span(part), self.RESIDENCE, "a home's name and its street")
                    for m in self.scan(self.before_street, text) for part in ("place", "street")]
        results += [self.result("ADDRESS", *m.span("street"), self.RESIDENCE,
                                "after an age, where someone lives: 'of <street>, <town>'")
                    for m in self.scan(self.residence, text)
                    if (m.group("town") in self.places or m.group("verb") or m.group("lodging")
                        or self.typed.search(m.group("street"))
                        or _DIGIT.search(m.group("street")) or m.group("in_town") in self.places
                        and self.unlisted(m.group("street")))
                    and not self._a_place(m.group("street")) and self._strong_after_article(m, "street")]
        results += [self.result("ADDRESS", *m.span("street"), self.RESIDENCE,
                                "after a name and an age, a street: ', 31, <street> in <town>'")
                    for m in self.scan(self.age_street, text)
                    if self.typed.search(m.group("street")) and not self._a_place(m.group("street"))]
        results += [self.result("ADDRESS", *m.span(part), self.RESIDENCE,
                                "after a name, where someone lives: ', of <street>, <town>, who …'")
                    for m in self.scan(self.named_residence, text) if self._named_residence(m)
                    and self._strong_after_article(m, "street")
                    for part in ("street", "between") if m.group(part)]
        results += [self.result("ADDRESS", m.start(), m.end(), self.RESIDENCE,
                                "a street or a Welsh home's name before its town, in a sentence about a home")
                    for m in self.scan(self.street_town, text) if m.group("town") in self.places
                    and not self._a_place(m.group()) and self._about_a_home(text, m.start())]
        results += [self.result("ADDRESS", m.start(), m.end(), self.RESIDENCE,
                                "premises named with a building word before their town")
                    for m in self.scan(self.premises_town, text) if m.group("town") in self.places
                    and not self._a_place(m.group()) and not self._about_a_hearing(text, m.start())]
        results += [self.result("ADDRESS", m.start(), m.end() if self._a_street_after(m, text) else m.end("home"),
                                self.NUMBERED, "a flat in a named building")
                    for m in self.scan(self.flat_building, text)]
        results += [self.result("ADDRESS", m.start(), m.end(), self.RESIDENCE, "a street after a building's name")
                    for m in self.scan(self.building_street, text) if not self._a_place(m.group())]
        results += [self.result("ADDRESS", m.start(), m.end(), self.RESIDENCE, "a street after premises")
                    for m in self.scan(self.premises_street, text) if not self._a_place(m.group())]
        results += [self.result("ADDRESS", m.start(), m.end(), self.NUMBERED, "an Irish Eircode")
                    for m in self.scan(self.eircode, text)]
        # (read from each word, once a street: "Quay Street" after "Kings Chambers" with "Quay" a street type too)
        run_in = dict.fromkeys((self._after_building(m), m.end())
                               for m in (self.street_postcode.finditer(text, overlapped=True)
                                         if self.postcode.search(text) else ())
                               if not text[m.start() - 1:m.start()].isalnum() and self._town_and_county(m.group("town"))
                               and not _NUMBER_BEFORE.search(text, 0, m.start()))
        results += [self.result("ADDRESS", a, b, self.NUMBERED, "a street before its town and postcode")
                    for a, b in run_in]
        results = [r for r in results if not self._a_title_before_a_name(text, r.end)]
        for r in results:
            if room := self.room_number.match(text, r.start, r.end) if self.named_room.search(text, 0, r.start) \
                    else None:
                r.start = room.end()  # "Conference Room 2, Victoria Quay": the room and its number stay
            town = _LEADING_WORD.match(text, r.start, r.end)
            if town and town.group(1) in self.places and len(_WORDS.findall(text, town.end(), r.end)) >= 2 \
                    and not self.home_name.search(text, r.start, r.end):
                r.start = town.end()  # "on Wisbech Market Place": the town stays, its street goes ("Hill Top Farm" too)
        return results

    def _named_residence(self, m: regex.Match) -> bool:
        """Is ``m`` of ``named_residence`` where someone lives: no place, before a verb or a listed town;
        with no comma after a listed name (not a common word), of no common word nor an organisation's;
        with no verb after, before a listed town and of no common word nor an organisation's?"""
        street, who = m.group("street"), m.group("who")
        words = street.split()
        if m.group("end") is not None or m.group("in"):  # no verb after: a listed town, a home of no common word
            return m.group("town") in self.places and not self._a_place(street) \
                and (who is None or who in self.names and who not in self.common) and self.unlisted(street)
        return not self._a_place(street) and bool(m.group("verb") or m.group("town") in self.places) \
            and (who is None or who in self.names and who not in self.common
                 and not self.common.intersection(words) and not self.organisations.intersection(words))

    def _strong_after_article(self, m: regex.Match, part: str) -> bool:
        """Does the place of ``m`` end in a strong street type if "the" stands before it ("the Drum Road";
        not "the West End", "the Wirral", "the Crown Court")?"""
        return m.group("article") is None or bool(self.strong_street.search(m.group(part)))

    def _town_and_county(self, words: str) -> bool:
        """Are ``words`` a listed town, or a listed town and its listed county run into one ("Enfield Middlesex")?"""
        split = words.split()
        return any(" ".join(split[:i]) in self.places and (i == len(split) or " ".join(split[i:]) in self.places)
                   for i in range(1, len(split) + 1))

    def _after_building(self, m: regex.Match) -> int:
        """Where the street of ``m`` opens, after a building's or an organisation's name before it ("Riverside
        House Bridge Street"; not in "Mill Lane")."""
        words = list(self.building_word.finditer(m.string, m.start(), m.end()))
        return words[-1].end() if words else m.start()

    def _about_a_home(self, text: str, end: int) -> bool:
        """Does the sentence before ``end`` speak of where someone lives ("lived", "home", "shared")?"""
        return sentence_holds(self.home_words, text, end)

    def _about_a_hearing(self, text: str, end: int) -> bool:
        """Does the sentence before ``end`` speak of a hearing ("inquest", "appeared", "trial")?"""
        return sentence_holds(self.hearing, text, end)

    def _a_street_after(self, m: regex.Match, text: str) -> bool:
        """Does a numbered street follow the flat and building of ``m`` ("Flat 132 Eaton House, 38 Westferry")?"""
        return bool(m.group("numbered")) and not self._no_street(m.group("numbered"), text[m.end():m.end() + 1])

    def _no_street(self, numbered: str, after: str) -> bool:
        """Is the name after a house number of common words ("3 Agencies"), or a place going on into
        a phrase ("2 London boroughs"; but "12 Sunnyside, Hexham" is a street)?"""
        name = NAME_AFTER_NUMBER.search(numbered)
        return name is None or of_common_words(name.group(), self.common) \
            or name.group() in self.places and after not in (",", ".", ";", "")

    def _a_court(self, m: regex.Match, text: str) -> bool:
        """Is ``m`` a court of law, not a street named without a number: a town's ("appeared at Belfast
        Court"), or any after "at" in a sentence about a hearing?"""
        town, _, court = m.group().rpartition(" ")
        return court == "Court" and (town in self.places or text[m.start() - 3:m.start()] == "at "
                                     and self._about_a_hearing(text, m.start()))

    def _a_title_before_a_name(self, text: str, end: int) -> bool:
        """Does the street found up to ``end`` end in a title before a first name ("Pathologist Dr Margot")?"""
        title = self.title_type.match(text, end)
        return title is not None and title.group(1) in self.first_names

    def _a_place(self, name: str) -> bool:
        """Is this a town, village or district rather than a street ("Notting Hill"; not "Abbey Road"), or an
        institution, no one's home ("Dr Patel, of Crown Court, Leeds, said")?"""
        return name in self.places and not self.strong.search(name) or bool(self.institution.search(name))


def sentence_opening(text: str, end: int) -> int:
    """Where the sentence that ``end`` stands in opens (at the stop or line break before it)."""
    opening = _SENTENCE_START.search(text, 0, end)
    return opening.start() if opening else 0


def sentence_holds(words: regex.Pattern, text: str, end: int, until: int | None = None) -> bool:
    """Does the sentence before ``end`` (or, given ``until``, from its opening to ``until``) hold one of ``words``?"""
    return bool(words.search(text, sentence_opening(text, end), end if until is None else until))
