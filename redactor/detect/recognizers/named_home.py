"""A home named without a house number, read one way wherever the text names it: a proper-noun
phrase after "of", "from", "at", "as" or "to", judged by what leads to it and what follows it,
with the place and name lists. What leads: a person (a listed name or initials, with an age, a
life span or a comma between: "Michael Bellew, of", "26 year old Allan MacLeod of", "William
O'Connor (1888-1944) of"), a word of living ("We used to live at", "whose address was given to
the court as", "with addresses at"), or nothing more than the preposition ("the accident happened
at"). What the phrase is: a listed town ("of Belfast") stays, and so does an organisation's, a
service's or a titled person's name; a name ending in a home's word goes after any lead ("at Mill
Cottage", "of Northview Manor", "Talgoed farm"; after the preposition alone only a farm's or a
cottage's, `home_name_words`; after a person and their age a building's too, as news gives a home there:
"AD, aged 22, of Park Hall", not a town's "Leeds Town Hall"); a name ending in a street's word goes after a
person or a word of living ("Hughes, of Ardcarn Park in the city", "as Manor Park, Lurgan"); a name on no list (no
town, person's name, common or organisation's word) goes after a person before its town ("of
Northview in the city", "of Craigard, Oban") or after living "at" ("live at Upper Vanley"). A
second home joined by "and" is read with the first's lead ("of Penybont Chapel and Talgoed farm").
An unlisted name before a lower-case farm word or "estate" is a home with no lead ("the 700-acre
Llysun farm", "on the Maesgeirchen estate"; not after a work's word: "reading Animal Farm"). More leads: a
person and a clause between commas ("TG, whose age is unknown, of"), a person's role in a case ("the defendant
from"), an address given "as"
(whatever the name's words: "has an address as The Rowan Tree"), an application's site ("the application
for a garage at"; a name on no list before its place: "access at Tan-Lan, Bethel"), a home and "in" before
a name its town follows ("a property in The Warren in Cromer"), its occupier
("the tenants of Rookery Nook"), "on" after a word of living ("grew up on
Scotch Quay"), and living said after the home and its places ("returned to Ty Mawr, Orion, near Denbigh,
where he lived"). A name before its street after any
lead is a home's, the street too ("at Greenwood, Ropers Lane": a town is never written before its
street); a name on no list near a listed town is smaller than a town ("killed at Cefn Rhiwlas near
Llandeilo"; after a verb of a journey or of work a workplace's: "flew from Heathrow near London"); a
farm's name ends at its farm's word ("at Pen y Bont Farm Touring and Camping").
Pure text, no NLP."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from redactor.detect.recognizers.base import THING, ExplainingRecognizer, phrases
from redactor.detect.recognizers.street_address import (
    NEWS_VERB,
    WORD,
    AddressParts,
    UnlistedName,
    organisation_words,
    sentence_holds,
    sentence_opening,
)
from redactor.rules import Rules

# the small words inside a Welsh, Gaelic or Norman home's name: "Ty’n y Celyn", "Llanfihangel ar Arth"
_PARTICLE = r"(?:y|yr|'r|’r|ar|an|na|nan|de|du|la|le)"
_PHRASE = rf"(?:The[ \t]+)?{WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{WORD}){{0,3}}"
_ENDS = r"(?![\p{L}'’\-])"
_JOIN = r",[ \t]*(?:(?:in|near)[ \t]+)?|[ \t]+(?:in|near)[ \t]+"  # between a home and its places: ", ", " in "
_YEARS_OLD = r"\d{1,3}[ \t-]+years?[ \t-]+old"  # "26 year old", "30-year-old"
# "Ann Roe, 22, of", "Ann Roe (22) of", "Ann Roe (22), of"
_AGE = regex.compile(r"[(,][ \t]*(?:aged[ \t]+)?\d{1,3}[ \t]*(?:\),?|,)?")
# what each lead is, as an explanation says it
_SHAPED = ("a home's name after", "a street named as a district after", "a name in apposition")
_LEADS = {"person": "a person", "age": "a person and their age", "person's name": "a person's name",
          "living": "a word of living", "address": "an address given", "site": "an application's site",
          "home": "someone's home", "road": "'on the'", "role": "a person's role", "years": "years lived there",
          "occupier": "its occupier"}


class NamedHomeRecognizer(ExplainingRecognizer):
    """A home's name with no house number, judged by its lead, its shape and the place lists."""

    SCORE = 0.75
    SHAPED = 0.9  # a home's or a street's word after a person, a word of living or someone's home: surer than NER

    def __init__(self, rules: Rules) -> None:
        a, p = rules.addresses, AddressParts.from_rules(rules)
        farms = phrases([*(w.lower() for w in a.home_name_words), *a.lower_home_words])
        homes = phrases([*a.apposition_homes, *(w.lower() for w in a.home_name_words)])
        # the lead: a preposition; "on the" before a street named as a district ("premises on the Cliftonville
        # Road"); someone's home and a comma before its name ("at their farm, Ty’n y Celyn, Llanfwrog"); a home
        # and "in" ("a property in The Warren in Cromer")
        # ... a death notice's "late" after the dead person's name and a comma ("DE RIP, late Rathrush, Rathoe,
        # Carlow"); years lived somewhere ("After many happy years in Kingswalk", "lived in Kingswalk for")
        self.candidate = regex.compile(
            rf"(?:\b(?P<prep>of|from|at|as|to|on)[ \t]+|\b(?P<road>on|off|along)[ \t]+the[ \t]+"
            rf"|(?<=,[ \t]*)(?P<late>late)(?:[ \t]+of)?[ \t]+"
            rf"|\b(?P<years>years|(?i:lived|resided)(?:[ \t]+(?!in\b)[\p{{Ll}}'’]+){{0,4}})[ \t]+in[ \t]+"
            rf"|\b(?P<home>(?i:her|his|their|my|our|the)[ \t]+(?:family[ \t]+)?(?i:{homes}))[ \t]*,[ \t]+"
            rf"|\b(?P<home_at>(?i:her|his|their|my|our)[ \t]+(?:family[ \t]+)?(?i:{homes})"
            rf"|(?i:set[ \t]+up|made|making|makes)[ \t]+(?:(?i:her|his|their|a)[ \t]+)?(?i:home))[ \t]+at[ \t]+"
            rf"|\b(?P<within>(?i:{homes}))[ \t]+in[ \t]+){p.near}"
            rf"(?P<quote>[\"“‘])?(?P<phrase>{_PHRASE}){_ENDS}(?:[ \t]+(?P<farm>{farms}){_ENDS})?")
        self.more = regex.compile(rf"[ \t]+and[ \t]+(?P<phrase>{_PHRASE}){_ENDS}(?:[ \t]+(?P<farm>{farms}){_ENDS})?")
        # (never after "a": "a Victorian cottage" is a kind of home, not one named; after a preposition only with a
        # lead, ``candidate``)
        self.farm = regex.compile(rf"(?<![\p{{L}}'’\-])(?<!\b(?i:an?|of|at|from|to|in|on|near|by)[ \t]+)"
                                  rf"(?P<phrase>{_PHRASE})[ \t]+(?P<farm>{farms}){_ENDS}")
        # a farm's or a cottage's name in running text, with no lead: after a lower-case word (not a sentence's
        # first words, nor a list's: "to Fulwell, Plains Farm and the city centre" names districts), nothing
        # capitalised after it ("draining onto the lane and Chapel Cottages"; "Home Farm Trust" is an organisation's)
        self.named_farm = regex.compile(
            rf"(?<=\p{{Ll}}[ \t]+)(?P<phrase>(?:The[ \t]+)?{WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{WORD}){{0,2}}"
            rf"[ \t]+(?:{phrases(a.home_name_words)})){_ENDS}(?![ \t]+\p{{Lu}})")
        # a verb of living, or an address given ("We used to live at", "whose address was given to the court as";
        # not a noun of a home: "a home for the elderly at Kinlet", "a house at Trabuom" name villages)
        self.living = regex.compile(
            rf"\b(?P<word>(?i:{phrases([*a.living_words, 'address', 'addresses'])}))"
            rf"(?:[ \t]+[\p{{Ll}}'’]+){{0,5}}[ \t]+$")
        # an application and its works before "at" ("the application for a garage at Greenwood, Ropers Lane")
        self.application = regex.compile(r"\b(?i:applications?)(?:[ \t]+[\p{Ll}'’]+){0,8}[ \t]+$")
        # a person before the preposition: a name, then a comma, an age or a life span in brackets
        self.person = regex.compile(
            rf"(?P<aged>{_YEARS_OLD}[ \t]+)?(?P<name>{WORD}(?:[ \t]+{WORD}){{0,3}})"
            rf"(?P<between>[ \t]*\([^()\n]{{1,30}}\),?|,[ \t]*(?:aged[ \t]+)?\d{{1,3}},?"
            rf"|,[ \t]*(?:who|whose)(?:[ \t]+[\p{{Ll}}\d'’]+){{1,6}},|,)?[ \t]+$")
        # where someone lived, said after the home and its places ("returned to Ty Mawr, Orion, near Denbigh, where he
        # lived with his parents")
        self.lived_after = regex.compile(
            rf"(?:,?[ \t]+near[ \t]+{WORD}(?:[ \t]+{WORD}){{0,2}}|,[ \t]*{WORD}(?:[ \t]+{WORD}){{0,2}}){{0,3}},[ \t]*"
            rf"where[ \t]+(?:he|she|they|we|I)[ \t]+(?:had[ \t]+|has[ \t]+|then[ \t]+)?"
            rf"(?i:{phrases(a.living_words)})\b")
        # a person's role in a case before the preposition ("It was alleged that the defendant from"; rules/people.yaml
        # context.called: "the victim", "the deceased")
        self.role = regex.compile(rf"\b(?i:the)[ \t]+(?:{phrases(rules.people.context.called)})[ \t]+$")
        # whoever lives in or holds a home before "of" ("the occupier of Rookery Nook", "the new tenants of")
        self.occupier = regex.compile(rf"\b(?i:{phrases(a.occupier_words)})[ \t]+$")
        # the places written after a home, each after a comma or "in": its village or parish, its town, its county
        # (alone, or after "Co."): "of Macetown, Cloughan, Mullingar", "from Glenkeen in Dunmurry"
        self.piece = regex.compile(
            rf"(?P<join>{_JOIN})(?:both[ \t]+)?"
            rf"(?P<county>(?:Co\.?|County)[ \t]+)?(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}}){_ENDS}")
        self.counties = frozenset(a.irish_counties)
        # what ends a home's clause after its places: a verb as news gives it, a lower-case word after a comma
        # (no conjunction), or the sentence's stop
        self.clause_end = regex.compile(rf",?[ \t]+{NEWS_VERB}\b|,[ \t]+(?!(?:and|or|but|then|while|when)\b)\p{{Ll}}+\b"
                                        rf"|[ \t]*[.;](?:\s|$)")
        # a person named by their age alone before "of" or "from" ("The 30-year-old, from")
        self.aged = regex.compile(rf"\b(?i:the|an?)[ \t]+{_YEARS_OLD},?[ \t]+$")
        # after years lived at a home, what ends the phrase ("lived in Kingswalk for ten years")
        self.spent = regex.compile(r"[ \t]+(?:for|until|since)\b")
        self.stop = regex.compile(r"[.!?\n]")  # a sentence's end
        # what follows the home: its town (listed, or "the city"), a street or another piece, or the clause's end
        self.where = regex.compile(
            rf"(?:{_JOIN})(?:both[ \t]+)?"
            rf"(?:(?P<city>the[ \t]+(?:city|town|village)\b)|(?P<town>{WORD}(?:[ \t]+{WORD}){{0,2}}))")
        self.home_name = regex.compile(rf"(?:{p.dwelling})$")
        self.street = regex.compile(rf"(?:{p.street_type})$|^(?:{p.street})$")
        self.rural = frozenset(a.home_name_words)
        self.home_words = regex.compile(rf"\b(?i:{phrases([*a.residence_words, *a.home_words])})\b")
        self.names = rules.first_names | rules.surnames
        self.common = rules.common_words
        self.places = rules.towns
        self.titles = rules.titles.opening_names
        # what makes a name no one's home: an organisation's or a service's word; a place's last word makes it a
        # village's ("of Mulgrave Bridge"), a court's name an institution
        self.organisations = organisation_words(rules)
        self.no_home = self.organisations | {w.capitalize() for w in a.facility_words if " " not in w}
        self.suffixes = frozenset(a.place_suffixes)
        self.strong = regex.compile(rf"(?:{p.strong_type})$")
        self.particle = regex.compile(rf"[ \t]{_PARTICLE}[ \t]")
        # a farm's or a cottage's word ending a name inside a longer phrase; a street after a home's name
        self.inner_rural = regex.compile(rf".+?[ \t](?:{phrases(a.home_name_words)})(?=[ \t])")
        # a place's noun after a name: "The Cottage pub", "Ty Waunarlwydd home" (a care home)
        # ... or one described after it as an organisation's or a thing's ("at Home Farm, a charity for adults")
        self.thing_after = regex.compile(rf"[ \t]+(?:{phrases([*a.facility_words, *a.venue_words])}){_ENDS}"
                                         rf"|,[ \t]+(?i:an?|the)(?:[ \t]+[\p{{Ll}}'’\-]+){{0,2}}?[ \t]+"
                                         rf"(?:{phrases(a.described_things)}){_ENDS}")
        # a journey's or work's verb before the preposition, a work's word before a farm's name: no home follows
        self.journey = regex.compile(rf"\b(?i:{phrases(a.journey_work_verbs)})[ \t]+$")
        self.work_title = regex.compile(rf"\b(?i:{phrases(a.work_title_words)})[ \t]+$")
        self.near = regex.compile(rf",?[ \t]+near[ \t]+(?P<town>{WORD}(?:[ \t]+{WORD}){{0,2}}){_ENDS}")
        self.street_after = regex.compile(rf",[ \t]*(?P<street>{WORD}(?:[ \t]+{WORD}){{1,2}}){_ENDS}")
        self.institution = regex.compile(rf"(?:{phrases(a.institutions)})$")
        self.buildings = frozenset(a.building_words)
        self.dwellings = frozenset(a.dwelling_words)
        self.not_a_person = self.no_home | self.buildings | frozenset(a.street_types)
        self.prefixes = frozenset(a.place_prefixes)
        # (a place's prefix is read by ``_unlisted`` itself: it may open a home where someone lives at it)
        self.unlisted = UnlistedName(self.common, self.no_home, frozenset(), self.suffixes)
        self.needs = {self.candidate: regex.compile(r"(?:\b(?:of|from|at|as|to|on|the|in|late)|,)[ \t]+[\"“‘]?\p{Lu}"),
                      self.farm: regex.compile(rf"[ \t](?:{farms}){_ENDS}"),
                      self.named_farm: regex.compile(rf"[ \t](?:{phrases(a.home_name_words)}){_ENDS}")}
        super().__init__(supported_entities=["ADDRESS", THING], name="NamedHomeRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        found: dict[tuple[int, int], str] = {}
        for m in self.scan(self.candidate, text):
            prep = "in" if m.group("within") or m.group("years") else "of" if m.group("late") \
                else "at" if m.group("home_at") else m.group("prep")
            lead = "road" if m.group("road") else "home" if m.group("home") or m.group("within") or m.group("home_at") \
                else "person" if m.group("late") else "years" if m.group("years") \
                else self._lead(text, m.start(), prep) \
                or ("living" if prep in ("at", "to") and self.lived_after.match(text, m.end()) else None)
            while m:
                start, end = self._name(m)
                why = self._judge(m, end, lead, prep, text)
                if why:
                    found[start, end] = why
                    street = self.street_after.match(text, end) if lead else None
                    if street and self._a_street(street.group("street")):  # "at Greenwood, Ropers Lane"
                        found[street.span("street")] = f"a street after a home's name, after {_LEADS[lead]}"
                m = self.more.match(text, m.end()) if why or lead else None
        for m in self.scan(self.farm, text):
            start = m.start("phrase") + (4 if m.group("phrase").startswith("The ") else 0)  # "The Llysun farm"
            if self._unlisted(m.group("phrase")) and (start, m.end("phrase")) not in found:
                found[start, m.end("phrase")] = "a name on no list before a farm's word"
        for m in self.scan(self.named_farm, text):
            a, b = m.span("phrase")
            if not any(x < b and a < y for x, y in found) and m.group("phrase") not in self.places \
                    and not self.work_title.search(text, max(0, a - 40), a) \
                    and self._a_name(m.group("phrase"), self.organisations) and not self.thing_after.match(text, b):
                found[a, b] = "a farm's or a cottage's name, in running text"
        towns = {span for _, end in found for span in self._towns_after(text, end)}
        return [self.result("ADDRESS", a, b, self.SHAPED if why.startswith(_SHAPED) else self.SCORE, why)
                for (a, b), why in found.items()] \
            + [self.result(THING, a, b, self.SCORE, "a listed town or county after a home") for a, b in towns]

    def _towns_after(self, text: str, end: int) -> list[tuple[int, int]]:
        """The listed towns and counties in the places written after a home that ends at ``end`` ("of Corelish,
        Pallasgreen"), and the one place between a home and the verb or the stop that ends its clause, listed or
        not ("of The Old Rectory, Bunny, wrote"): a place there, never a person NER takes it for."""
        pieces = list(self._places_after(text, end))
        village = pieces[:1] if len(pieces) == 1 and self.clause_end.match(text, pieces[0].end()) else []
        return [piece.span("name") for piece in pieces
                if piece.group("name") in self.places or piece.group("name") in self.counties or piece in village]

    def _places_after(self, text: str, end: int) -> Iterator[regex.Match]:
        """The places written after a home that ends at ``end``, three at the most, each after a comma or "in"."""
        for _ in range(3):
            piece = self.piece.match(text, end)
            if piece is None:
                return
            yield piece
            end = piece.end()

    def _name(self, m: regex.Match) -> tuple[int, int]:
        """The span of the phrase of ``m``, to its farm's or cottage's word where one ends a name inside it
        ("on land at Pen y Bont Farm Touring and Camping")."""
        start, end = m.span("phrase")
        inner = self.inner_rural.match(m.group("phrase"))
        return start, start + inner.end() if inner else end

    def _a_street(self, name: str) -> bool:
        """A street's name of two words or more, of no listed place: "Ropers Lane", not "Bury St Edmunds"."""
        return len(name.split()) > 1 and name not in self.places and self.strong.search(name) is not None

    def _district(self, phrase: str, end: int, text: str) -> bool:
        """A listed place of a street's shape before its town: a district given as an address ("as Manor
        Park, Lurgan"; "as Leeds, West Yorkshire" names a town)."""
        where = self.where.match(text, end)
        return len(phrase.split()) > 1 and self.street.search(phrase) is not None \
            and where is not None and where.group("town") is not None

    def _lead(self, text: str, start: int, prep: str | None) -> str | None:
        """What leads to the home, in its sentence: "living" (a word of living and "at", "as", "of" or "on"),
        "address" (an address given "as"), "site" (an application "at"), "role" (a person's role in a case and
        "of" or "from": "the defendant from"), "person" (a listed name, initials, an age, a life span or a clause
        between commas before it) or None."""
        before = text[max(sentence_opening(text, start), start - 200):start]
        if prep in ("at", "as", "of", "on") and (living := self.living.search(before)):
            return "address" if prep == "as" and living.group("word").lower().startswith("address") else "living"
        if prep == "at" and self.application.search(before):
            return "site"
        if prep in ("of", "from") and self.role.search(before):
            return "role"
        if prep == "of" and self.occupier.search(before):
            return "occupier"
        if prep in ("of", "from") and self.aged.search(before):
            return "age"  # "The 30-year-old, from"
        m = self.person.search(before)
        if m is None or prep not in ("of", "from"):
            return None
        words = m.group("name").split()
        last = words[-1]
        aged = m.group("aged") or m.group("between") and _AGE.fullmatch(m.group("between").strip())
        if any(w.rstrip(".") in self.titles for w in words[:-1]) and not aged:
            return "person" if m.group("between") else "person's name"  # "The Reverend Hill of", whatever "Hill" is
        if last in self.not_a_person or last in self.common:
            # (a listed surname that is a word too, with an age: "Charles Ward (35) of")
            return "age" if aged and last in self.names else None
        first = m.group("name").split()[0]
        if aged:
            return "age"  # as news gives someone's home: "Allan MacLeod (26) of", "AD, aged 22, of"
        if m.group("between"):
            return "person"  # "Hughes, of"
        if last.isupper() and 1 < len(last) < 4 or last in self.names or first.rstrip(".") in self.titles \
                or first in self.names and first not in self.common and first not in self.not_a_person:
            return "person's name"
        return None

    def _a_name(self, phrase: str, kind: frozenset[str]) -> bool:
        """A name that may be a home's: no title, word of ``kind`` (an organisation's), capitals nor institution."""
        words = phrase.removeprefix("The ").split()
        return words[0].rstrip(".") not in self.titles and not kind.intersection(words) \
            and not any(w.isupper() for w in words) and self.institution.search(phrase) is None

    def _judge(self, m: regex.Match, end: int, lead: str | None, prep: str | None, text: str) -> str | None:
        """Why the phrase of ``m`` (to ``end``) is a home after ``lead`` and ``prep``, or None when it is none."""
        phrase = text[m.start("phrase"):end]
        words = phrase.removeprefix("The ").split()
        if prep == "on" and lead != "living":  # "on" leads to a home only where someone lives: "grew up on"
            return None
        # (a home's last word makes the words before it a home's: "Chapel Cottages", "Church Farm")
        # ... and after a person and their age a building's ("AD, aged 22, of Park Hall"): news gives a home there
        # ... and after a person and a comma a home's that is a body's word too ("KH, of Fullerton Court, Aberdeen";
        # a court of law is named as one, `institutions`: "Jo Roe, of Carlisle Crown Court")
        kind = self.organisations if words[-1] in self.rural else self.no_home - self.buildings if lead == "age" \
            else self.no_home - self.dwellings if lead == "person" else self.no_home
        if not self._a_name(phrase, kind) or self.thing_after.match(text, end):
            return None
        after = self.street_after.match(text, end)
        if lead not in (None, "road") and after and self._a_street(after.group("street")):
            # (a town's name is never written before its street: "at Greenwood, Ropers Lane" names a house)
            return f"a home's name before its street, after {_LEADS[lead]}"
        if phrase in self.places and not (lead == "address" and self._district(phrase, m.end("phrase"), text)):
            return None
        # "Mr Jones of Maesnoni farm": a lower-case farm's word after a name on no list
        if m.groupdict().get("farm") and end == m.end("phrase"):
            return f"a name on no list before a farm's word, after {_LEADS[lead]}" \
                if lead and self._unlisted(phrase) else None
        if words[-1] in self.rural:
            return "a farm's or a cottage's name"
        street = len(words) > 1 and self.street.search(phrase) is not None and phrase not in self.places
        if lead == "road":  # "premises on the Cliftonville Road"; "on the Antrim Road", a town's, stays
            return "a street named as a district, in a sentence about a home" \
                if street and self.strong.search(phrase) and sentence_holds(self.home_words, text, m.start()) \
                and not any(w in self.places or w in self.common or w in self.names for w in words[:-1]) else None
        if lead == "years":  # "After many happy years in Kingswalk, my parents moved"; "lived in Kingswalk for"
            # (not "in Belfast"; years "in Strangeways" in a sentence with no home nor move in it are a prison's)
            # ... "lived all her life in Killencoole, Dundalk": a name on no list before its town, where someone lived
            lived = m.group("years") != "years"
            return "a name on no list where someone lived for years" if self._unlisted(phrase) \
                and (self.spent.match(text, end) or self._before_town(text, end, "living") if lived
                     else self._sentence_holds_home(text, m.start(), m.end())) else None
        if lead == "living" and prep == "at" and m.groupdict().get("quote"):  # 'were living at “Common Cross”'
            return "a name in quotes where someone lives"
        near = self.near.match(text, end)
        if lead is None and prep == "at" and near and near.group("town") in self.places \
                and self._unlisted(phrase) and not self.journey.search(text, max(0, m.start() - 40), m.start()):
            # "killed at Cefn Rhiwlas near Llandeilo": smaller than a town ("flew from Heathrow near London": a journey;
            # "a man from Cwmdu, near Crickhowell": where someone comes from, a village)
            return "a name on no list near its town"
        if lead is None or words[-1] in self.suffixes:  # "of Mulgrave Bridge": a place's shape
            return None
        if self.home_name.search(phrase) or lead == "age" and words[-1] in self.buildings \
                and not any(w in self.places for w in words[:-1]):  # (a town's building: "Leeds Town Hall")
            return f"a home's name after {_LEADS[lead]}"
        if street:
            return f"a street named as a district after {_LEADS[lead]}"
        where = self.where.match(text, end)
        before_town = where is not None and where.group("city") is not None or self._before_town(text, end, lead)
        if lead == "site" and where is not None and self._unlisted(phrase):
            return "a name on no list at an application's site, before its place"  # "access at Tan-Lan, Bethel"
        if prep == "in":  # "a property in The Warren in Cromer": "The" opens no person's name nor a town's
            return "a name after a home in, before its town" \
                if before_town and (phrase.startswith("The ") or self._unlisted(phrase)) else None
        if lead == "home" and (self._unlisted(phrase) or self.particle.search(phrase)):
            return "a name in apposition to someone's home"
        if lead == "address":  # "has an address as The Rowan Tree, Stretton"
            return "a name given as an address"
        if lead == "occupier" and self._unlisted(phrase, prefixed=True):
            return "a name on no list after its occupier"  # "the occupier of Rookery Nook"
        if lead == "age" and before_town and phrase.startswith("The "):
            return "a name opening with 'The' after a person and their age, before its town"  # "CW (35) of The Glen"
        # (after a name alone, a village's: "Theodore Ainley of Rushbrooke, Bury St Edmunds")
        # a village's shape ("Brown, of Little Dunham, near Swaffham") is a home's only where someone lives at it
        if before_town and self._unlisted(phrase) \
                or lead == "living" and prep in ("at", "as") and self._unlisted(phrase, prefixed=True):
            return f"a name on no list after {_LEADS[lead]}, before its town or where someone lives at it"
        return None

    def _sentence_holds_home(self, text: str, start: int, end: int) -> bool:
        """Does the whole sentence around ``start``..``end`` hold a word of a home or of living ("moved")?"""
        stop = self.stop.search(text, end)
        return sentence_holds(self.home_words, text, start, stop.start() if stop else len(text))

    def _before_town(self, text: str, end: int, lead: str | None) -> bool:
        """Do places follow the home ending at ``end`` as an address writes them: a listed town, or a county after
        another name, after names on no list ("of Craigard, Oban", "late Rathrush, Rathoe, Carlow", not "in
        Ballybrittas, Co Laois", a village in its county; after a person's name alone, a
        name before its town is a village's unless another comes between: "Ainley of Rushbrooke, Bury St
        Edmunds", but "AD of Macetown, Cloughan, Mullingar"; a town "near" it locates a village: "Jex, from Llwycoed,
        near Aberdare"), or, on no list, a village and a town ("of Macetown,
        Cloughan, Mullingar") or a place "in" another after a person ("The 30-year-old, from Glenkeen in
        Dunmurry")?"""
        joins: list[str] = []
        for piece in self._places_after(text, end):
            name = piece.group("name")
            if not joins and piece.group("join").strip(" \t,") == "near":
                return False  # a town "near" the name locates a village: "from Llwycoed, near Aberdare"
            if piece.group("county") or name in self.counties and name not in self.places:
                return len(joins) > 0  # a county just after a name is a village's ("in Ballybrittas, Co Laois")
            if name in self.places:
                return lead != "person's name" or len(joins) > 0
            if not self._unlisted(name):
                return False
            joins.append(piece.group("join").strip(" \t,"))
        return len(joins) > 1 or joins == ["in"] and lead in ("age", "person", "role")

    def _unlisted(self, phrase: str, prefixed: bool = False) -> bool:
        """A name of no listed town, person's name, common or organisation's word, nor a place's shape (with
        ``prefixed``, a place's prefix may open it: "Upper Vanley")."""
        words = phrase.removeprefix("The ").split()
        if words[0] in self.prefixes and len(words) > 1:
            if not prefixed:
                return False
            words = words[1:]
        return phrase not in self.places and self.unlisted(" ".join(words)) \
            and not any(w in self.names or w in self.places for w in words)
