"""Seeded generator of IMR-style DHR documents with gold annotations.

Each case is written three ways: ``caseNN.txt`` (one paragraph or table row a line,
cells tab-separated), ``caseNN.docx`` (real tables, a header and a footer naming the
victim, core properties naming the author) and ``caseNN.json``, the gold file in the
dhr-dev format (``persons``, ``dob``, ``address``, ``contact``, ``keep``, ``expect``,
``metadata_remove``) plus ``mentions``: every recorded span with its text unit
(``txt_line`` and ``docx_unit``), offsets, kind, tags and expected replacement.

Gold spans are recorded while the text is generated, never found afterwards. A case
is checked before it is returned (every capitalised name token lies inside a person
span, no keep string overlaps a removed span, no expected replacement is already in
the source); a case failing the check is drawn again with the next sub-seed.

    from tests.synthetic.generator import generate_case, write_case
    case = generate_case(seed=7, index=3)
    write_case(case, out_dir)          # case03.txt / .docx / .json
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

# ---------------------------------------------------------------------------------------
# Name pools

LOCALES = ["en_GB", "en_GB", "en_GB", "pl_PL", "ro_RO", "en_IN", "en_PK", "yo_NG", "ig_NG",
           "lt_LT", "pt_PT", "ga_IE", "en_IE", "tr_TR", "en_NG"]
HARD_SURNAMES = ["Smith-Jones", "O'Neill", "Van der Berg", "MacLeod", "McAllister", "Wiśniewski",
                 "Ó Briain", "De Souza", "Al-Hassan", "D'Souza", "Fitzgerald-Hart", "Mac Giolla",
                 "Da Silva", "O'Sullivan", "Kowalczyk-Nowak", "Van Dijk", "Ní Bhriain", "Dąbrowski",
                 "Ionescu-Popa", "Okafor", "Adeyemi-Cole", "Núñez", "Mäkinen", "Brontë"]
HARD_FIRSTS = ["Łukasz", "Zoë", "Siobhán", "Aoife", "Seán", "Małgorzata", "Renée", "José", "Chloë",
               "Ştefan", "Oisín", "Bartłomiej", "Zuzanna", "Niamh", "Ngozi", "Chidinma", "Oluwaseun",
               "Aurélie", "Jūratė", "Agnė", "Iñaki", "Mary-Jane", "Jean-Paul", "Anne-Marie"]
WORD_FIRSTS_F = ["Hope", "Grace", "Summer", "Rose", "Faith", "Joy", "Autumn", "Holly", "Ruby",
                 "Amber", "Dawn", "Joy", "Hope", "Grace"]
WORD_FIRSTS_M = ["Will", "Mark", "Hunter", "Bill", "Frank", "Rich", "Guy", "Jack", "Mark", "Will"]
WORD_SURNAMES = ["Bishop", "Rose", "Hunter", "Young", "Field", "Mills", "Hope", "Grace", "King",
                 "Green", "Marsh", "Moss", "Little", "Sharp", "Best", "Church", "Wood", "Hill",
                 "Long", "Summer", "Joy", "Mark"]
NICKS = {"Abigail": "Abi", "Elizabeth": "Liz", "Katherine": "Kate", "Margaret": "Maggie",
         "Rebecca": "Becky", "Victoria": "Vicky", "Samantha": "Sam", "Jennifer": "Jen",
         "Alexandra": "Lexi", "Małgorzata": "Gosia", "Zuzanna": "Zuza", "Oluwaseun": "Seun",
         "Chidinma": "Chi", "Nicola": "Nicky", "Deborah": "Debs", "Christopher": "Chris",
         "Michael": "Mikey", "William": "Billy", "Anthony": "Tony", "Joseph": "Joe",
         "Daniel": "Danny", "Mohammed": "Mo", "Łukasz": "Luki", "Bartłomiej": "Bartek"}
NICK_FIRSTS_F = ["Abigail", "Elizabeth", "Katherine", "Margaret", "Rebecca", "Victoria", "Samantha",
                 "Jennifer", "Alexandra", "Małgorzata", "Zuzanna", "Oluwaseun", "Chidinma", "Nicola",
                 "Deborah"]
NICK_FIRSTS_M = ["Christopher", "Michael", "William", "Anthony", "Joseph", "Daniel", "Mohammed",
                 "Łukasz", "Bartłomiej"]
MIDDLES = ["Rose", "Louise", "Marie", "Jane", "Anne", "Grace", "May", "Elizabeth", "James", "John",
           "Ali", "Oluwaseun", "Maria", "Joy", "Hope", "Lee", "Ann"]
PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "del", "le", "la", "bin", "al"}

# ---------------------------------------------------------------------------------------
# Places, agencies, keep material

ADDRESS_AREAS = [("Wythenshawe", "M22"), ("Levenshulme", "M19"), ("Gorton", "M18"), ("Moss Side", "M14"),
                 ("Chorlton", "M21"), ("Didsbury", "M20"), ("Reddish", "SK5"), ("Edgeley", "SK3"),
                 ("Brinnington", "SK5"), ("Hyde", "SK14"), ("Denton", "M34"), ("Failsworth", "M35"),
                 ("Hindley", "WN2"), ("Leigh", "WN7"), ("Farnworth", "BL4"), ("Middleton", "M24"),
                 ("Heywood", "OL10"), ("Stretford", "M32"), ("Eccles", "M30"), ("Swinton", "M27")]
STREET_STEMS = ["Larkspur", "Moorside", "Heron", "Victoria", "Oak", "Beech", "Hawthorn", "Mill",
                "Station", "Lark Hill", "Cedar", "Primrose", "Kestrel", "Willow", "Ashbourne",
                "Brookfield", "Clarendon", "Foxglove", "Alder", "Rowan", "Thornley", "Bracken",
                "Wellington", "Hollins", "Redwood", "Sandringham", "Tiverton"]
STREET_TYPES = ["Avenue", "Road", "Street", "Close", "Crescent", "Drive", "Lane", "Way", "Grove",
                "Terrace", "Rise", "Court", "Gardens", "Walk", "Mews"]
KEEP_TOWNS = ["Stockport", "Oldham", "Wigan", "Bolton", "Rochdale", "Bury", "Salford", "Tameside",
              "Trafford"]
AGENCIES = ["Greater Manchester Police", "Manchester University NHS Foundation Trust",
            "Stockport Metropolitan Borough Council", "Change Grow Live", "Victim Support",
            "North West Ambulance Service", "Pennine Care NHS Foundation Trust",
            "Oldham Council Children's Social Care", "National Probation Service",
            "Greater Manchester Mental Health NHS Foundation Trust", "Wigan Council Adult Social Care",
            "Independent Choices", "Bolton Clinical Commissioning Group"]
ACRONYMS = ["MARAC", "MAPPA", "DASH", "IDVA", "MASH", "DVPN", "DVPO", "CSP", "GP", "A&E", "ISVA"]
LEGISLATION = ["Domestic Violence, Crime and Victims Act 2004", "Care Act 2014", "Mental Health Act 1983",
               "Children Act 1989", "Protection from Harassment Act 1997", "Serious Crime Act 2015",
               "Domestic Abuse Act 2021", "Crime and Disorder Act 1998"]
SOURCES = ["Case record", "Incident log", "GP record", "Interview", "ICIS log", "Clinical notes",
           "Safeguarding referral", "Custody record"]
# capitalised ordinary words that are also names in WORD_* pools: (keep string, sentence)
CAP_DISTRACTORS = {"Young": ("Young Carers", "She had been supported by the {} service in {}."),
                   "Hope": ("Hope Centre", "She had attended the {} in {}."),
                   "Grace": ("Grace Ward", "She was treated on {} at the hospital in {}."),
                   "Summer": ("Summer Term", "The school noted absences during the {} in {}."),
                   "Field": ("Field Lane Surgery", "She was registered at {} in {}."),
                   "Rose": ("Rose Ward", "She was admitted to {} in {}."),
                   "Bishop": ("Bishop Auckland", "Her father had moved to {} from {}."),
                   "Mills": ("Mills Court", "The family had been housed at {} temporary accommodation in {}.")}
LOWER_DISTRACTORS = [
    ("Services for young people will be reviewed by the {agency}.", ["young people", "will be reviewed"]),
    ("There was a grace period before the tenancy ended.", ["grace period"]),
    ("Referrals rose sharply over the summer.", ["rose sharply", "the summer"]),
    ("Officers in the field had little hope of contacting her.", ["in the field", "little hope"]),
    ("Practitioners were asked to mark the file as high risk.", ["mark the file"]),
    ("The bishop of the local church offered pastoral support.", ["bishop of the local church"]),
    ("She said there was no joy in the relationship.", ["no joy"]),
]

FEMALE_TITLES = ["Mrs", "Ms", "Miss", "Mrs.", "Ms."]
MALE_TITLES = ["Mr", "Mr."]
DOCTOR_TITLES = ["Dr", "Dr.", "Doctor"]
RANKS_COLLAR = ["DC", "PC", "DS", "PS"]
RANKS_PLAIN = ["Sergeant", "Detective Constable", "Police Constable", "DI", "Inspector", "DCI"]
ROLE_TITLES = {"NUR": ["Nurse", "Health Visitor", "Midwife"], "SW": ["Social Worker"],
               "PARA": ["Paramedic"], "CH": ["Call handler", "Call Handler"],
               "PROB": ["Probation Officer", "Support Worker"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def nhs_number(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, d + [check]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def ni_number(rng: random.Random) -> str:
    if rng.random() < 0.25:
        a, b = "Q", "Q"
    else:
        while True:
            a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
            b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
    digits = [f"{rng.randint(0, 99):02d}" for _ in range(3)]
    suffix = rng.choice("ABCD")
    if rng.random() < 0.7:
        return f"{a}{b} {' '.join(digits)} {suffix}"
    return f"{a}{b}{''.join(digits)}{suffix}"


# ---------------------------------------------------------------------------------------
# Gold-carrying text pieces

@dataclass
class Span:
    text: str
    kind: str  # person | dob | address | contact | keep
    tags: tuple[str, ...] = ()
    expect: str | None = None  # person: what the output should hold instead
    person: str | None = None
    tokens: tuple[str, ...] = ()  # person: name words as written (leak check)


Piece = "str | Span"


@dataclass
class Para:
    pieces: list
    style: str = "Normal"


@dataclass
class Table:
    rows: list  # list[list[list[Piece]]]; row 0 is the header row
    label: str = ""


@dataclass
class Person:
    key: str
    first: str
    last: str
    title: str | None
    gender: str
    middle: str | None = None
    nick: str | None = None
    collar: str | None = None
    role: str = ""
    style: str = "plain"

    @property
    def initials(self) -> str:
        return (self.first[:1] + self.last[:1]).upper()

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def name_tags(self) -> tuple[str, ...]:
        t = [f"style:{self.style}"]
        if "-" in self.last or "-" in self.first:
            t.append("hyphenated")
        if "'" in self.last:
            t.append("apostrophe")
        if " " in self.last:
            t.append("multiword_surname")
        if any(ord(c) > 127 for c in self.first + self.last):
            t.append("diacritics")
        if self.first in WORD_FIRSTS_F + WORD_FIRSTS_M:
            t.append("word_first")
        if self.last in WORD_SURNAMES:
            t.append("word_surname")
        return tuple(t)


def _name_words(text: str) -> tuple[str, ...]:
    """Name words as written (for the leak check): split on space, hyphen, apostrophe."""
    out = []
    for w in re.split(r"[\s\-'’,.;:()]+", text):
        if len(w) >= 2 and any(ch.isupper() for ch in w):
            out.append(w)
    return tuple(out)


class Case:
    """One generated document: blocks, header/footer, persons and gold lists."""

    def __init__(self, name: str, rng: random.Random):
        self.name = name
        self.rng = rng
        self.blocks: list = []
        self.header: list = []
        self.footer: list = []
        self.persons: dict[str, Person] = {}
        self.meta_author = ""
        self.meta_title = ""
        self.features: set[str] = set()

    # -- mentions ------------------------------------------------------------------
    def m(self, key: str, form: str, poss: bool = False, extra: tuple[str, ...] = ()) -> list:
        """Pieces for a mention of person ``key`` in ``form``."""
        p = self.persons[key]
        i = p.initials
        if form == "last" and sum(q.last == p.last for q in self.persons.values()) > 1:
            form = "title_last" if p.title else "full"  # a shared bare surname is ambiguous
        if form == "full":
            text, exp = p.full, i
        elif form == "middle_full":
            text, exp = f"{p.first} {p.middle} {p.last}", i
        elif form == "first":
            text, exp = p.first, i
        elif form == "last":
            text, exp = p.last, i
        elif form == "nick":
            text, exp = p.nick, i
        elif form == "caps":
            text, exp = p.full.upper(), i
        elif form == "last_comma_first":
            text, exp = f"{p.last}, {p.first}", i
        elif form == "title_last":
            if p.collar:
                text, exp = f"{p.title} {p.collar} {p.last}", f"{p.title} {p.collar} {p.last[:1].upper()}"
                form = "rank_collar_last"
            else:
                text, exp = f"{p.title} {p.last}", f"{p.title} {p.last[:1].upper()}"
        elif form == "title_full":
            text, exp = f"{p.title} {p.full}", i
        else:
            raise ValueError(form)
        name_part = text
        if p.title and text.startswith(p.title + " "):
            name_part = text[len(p.title) + 1:]
        if p.collar and name_part.startswith(p.collar + " "):
            name_part = name_part[len(p.collar) + 1:]
        tags = [f"form:{form}", f"role:{p.key}", *p.name_tags(), *extra]
        if form.startswith("title") or form == "rank_collar_last":
            tags.append(f"title:{p.title}")
        if poss:
            apo = self.rng.choice(["'s", "'s", "'s", "’s"])
            text += apo
            exp += apo
            tags.append("possessive")
        self.features.update(tags)
        return [Span(text, "person", tuple(tags), exp, key, _name_words(name_part))]

    def span(self, text: str, kind: str, *tags: str) -> Span:
        self.features.update(tags)
        return Span(text, kind, tuple(tags))

    def keep(self, text: str, *tags: str) -> Span:
        return self.span(text, "keep", *tags)


def _flatten(pieces) -> list:
    out = []
    for p in pieces:
        if isinstance(p, (list, tuple)):
            out.extend(_flatten(p))
        else:
            out.append(p)
    return out


# ---------------------------------------------------------------------------------------
# Building a case

class Builder:
    def __init__(self, seed: int, index: int, attempt: int):
        self.rng = random.Random(f"{seed}-{index}-{attempt}")
        self.index = index
        self.fakers = {}
        self.c = Case(f"case{index:02d}", self.rng)
        self.used_firsts: set[str] = set()
        self.used_lasts: set[str] = set()
        self.used_initials: set[str] = set()

    def faker(self, loc: str) -> Faker:
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(self.rng.randint(0, 10**9))
            self.fakers[loc] = f
        return self.fakers[loc]

    # -- people --------------------------------------------------------------------
    def _draw_name(self, gender: str, style: str) -> tuple[str, str]:
        r = self.rng
        loc = r.choice(LOCALES)
        f = self.faker(loc)
        first = f.first_name_female() if gender == "f" else f.first_name_male()
        last = f.last_name()
        if style == "word_first":
            first = r.choice(WORD_FIRSTS_F if gender == "f" else WORD_FIRSTS_M)
        elif style == "word_surname":
            last = r.choice(WORD_SURNAMES)
        elif style == "word_both":
            first = r.choice(WORD_FIRSTS_F if gender == "f" else WORD_FIRSTS_M)
            last = r.choice(WORD_SURNAMES)
        elif style == "hard_surname":
            last = r.choice(HARD_SURNAMES)
        elif style == "hard_first":
            first = r.choice(HARD_FIRSTS)
        elif style == "nick":
            first = r.choice(NICK_FIRSTS_F if gender == "f" else NICK_FIRSTS_M)
        return first, last

    def person(self, key: str, gender: str, title: str | None, role: str, last: str | None = None,
               style: str | None = None) -> Person:
        r = self.rng
        for _ in range(200):
            st = style or r.choice(["plain", "plain", "word_first", "word_surname", "word_both",
                                    "hard_surname", "hard_surname", "hard_first", "nick"])
            first, l2 = self._draw_name(gender, st)
            surname = last or l2
            ini = (first[:1] + surname[:1]).upper()
            if (first in self.used_firsts or first in self.used_lasts or surname in self.used_firsts
                    or (last is None and surname in self.used_lasts) or ini in self.used_initials
                    or len(first) < 3 or len(surname) < 3 or not first[:1].isupper() or " " in first):
                continue
            break
        else:
            raise RuntimeError("no name")
        p = Person(key, first, surname, title, gender, role=role, style=st)
        if first in NICKS and NICKS[first] not in self.used_firsts:
            p.nick = NICKS[first]
            self.used_firsts.add(p.nick)
        self.used_firsts.add(first)
        self.used_lasts.add(surname)
        self.used_initials.add(ini)
        self.c.persons[key] = p
        return p

    def build(self) -> Case:
        r, c = self.rng, self.c
        vg = "f" if r.random() < 0.8 else "m"
        pg = "m" if vg == "f" else r.choice("mf")
        V = self.person("V", vg, r.choice(FEMALE_TITLES if vg == "f" else MALE_TITLES), "victim",
                        style=r.choice(["nick", "nick", None, "word_first", "hard_surname", "hard_first"]))
        if r.random() < 0.6:
            V.middle = r.choice([m for m in MIDDLES if m not in self.used_firsts | self.used_lasts])
            self.used_firsts.add(V.middle)
        P = self.person("P", pg, r.choice(MALE_TITLES if pg == "m" else FEMALE_TITLES), "perpetrator")
        self.person("C", r.choice("mf"), None, "child", last=P.last if r.random() < 0.7 else V.last)
        self.person("F", "f", r.choice(FEMALE_TITLES), "mother")
        pol = self.person("POL", r.choice("mf"), r.choice(RANKS_COLLAR), "police")
        if r.random() < 0.75:
            pol.collar = str(r.randint(1000, 9999))
        pol2 = self.person("POL2", r.choice("mf"), r.choice(RANKS_PLAIN + RANKS_COLLAR), "police")
        self.person("DOC", r.choice("mf"), r.choice(DOCTOR_TITLES), "doctor")
        for k in ("NUR", "SW", "PARA", "CH", "PROB"):
            self.person(k, r.choice("mf"), r.choice(ROLE_TITLES[k]), k.lower())
        A = self.person("A", r.choice("mf"), r.choice(["Dr", "Mrs", "Mr", "Ms"]), "author")
        self.she = "she" if vg == "f" else "he"
        del pol2
        # existing initials (already anonymised in the source) that must stay
        while True:
            km = r.choice("ABCDEGHJKLMNPRSTW") + r.choice("ABCDEGHJKLMNPRSTW")
            if km not in self.used_initials:
                break
        self.km = km
        self.keep_towns = r.sample(KEEP_TOWNS, 3)
        self.agency = r.choice(AGENCIES)
        self.other_agencies = r.sample([a for a in AGENCIES if a != self.agency], 3)
        self.make_dates()
        self.make_addresses()
        self.make_contacts()

        c.meta_author = A.full
        c.meta_title = f"IMR {V.full}"
        c.header = self.header_line()
        c.footer = self.footer_line()
        sections = [self.sec_family, self.sec_involvement, self.sec_chronology, self.sec_analysis,
                    self.sec_background]
        first = sections.pop(0)
        r.shuffle(sections)
        c.blocks.append(Para(self.heading_pieces(), "Heading 1"))
        c.blocks.append(self.header_table())
        for sec in [first] + sections:
            sec()
        self.sec_recommendations()
        return c

    # -- data ----------------------------------------------------------------------
    def make_dates(self):
        r = self.rng
        self.chron_start = dt.date(r.randint(2017, 2020), r.randint(1, 12), r.randint(1, 28))
        self.dod = self.chron_start + dt.timedelta(days=r.randint(420, 700))
        self.dobs = {}
        for k, lo, hi in (("V", 1960, 2000), ("P", 1955, 1998), ("C", 2005, 2016), ("F", 1940, 1965)):
            self.dobs[k] = dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        v = self.dobs["V"]
        self.age = self.dod.year - v.year - ((self.dod.month, self.dod.day) < (v.month, v.day))

    def make_addresses(self):
        r = self.rng
        self.addr = {}
        for k in ("V", "F"):
            area, pc = r.choice(ADDRESS_AREAS)
            self.addr[k] = dict(flat=f"Flat {r.randint(1, 24)}" if r.random() < 0.4 else None,
                                street=f"{r.choice(STREET_STEMS)} {r.choice(STREET_TYPES)}",
                                number=str(r.randint(1, 240)), area=area,
                                postcode=f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                                         f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}")

    def make_contacts(self):
        r = self.rng
        V = self.c.persons["V"]

        def ascii_(s: str) -> str:
            return re.sub(r"[^a-z]", "", s.lower().encode("ascii", "ignore").decode())

        self.contacts = dict(
            mobile=f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
            landline=f"0161 {r.randint(200, 999)} {r.randint(1000, 9999)}",
            intl=f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
            email=f"{ascii_(V.first)}.{ascii_(V.last)}{r.randint(1, 99)}"
                  f"@{r.choice(['example.org', 'example.com', 'example.net'])}",
            email2=f"{ascii_(self.c.persons['P'].last)}{r.randint(70, 99)}@example.co.uk",
            nhs=nhs_number(r), nhs2=nhs_number(r).replace(" ", "") if r.random() < 0.4 else nhs_number(r),
            ni=ni_number(r),
        )

    def d(self, date: dt.date, fmt: str = "slash") -> str:
        if fmt == "slash":
            return date.strftime("%d/%m/%Y")
        if fmt == "words":
            return f"{date.day} {MONTHS[date.month - 1]} {date.year}"
        if fmt == "ordinal":
            return f"{ordinal(date.day)} {MONTHS[date.month - 1]} {date.year}"
        if fmt == "dots_short":
            return date.strftime("%d.%m.%y")
        if fmt == "iso":
            return date.isoformat()
        if fmt == "short_month":
            return f"{date.day} {MONTHS[date.month - 1][:3]} {date.year}"
        raise ValueError(fmt)

    def chron_date(self, *tags) -> Span:
        r = self.rng
        days = (self.dod - self.chron_start).days
        date = self.chron_start + dt.timedelta(days=r.randint(0, days - 1))
        return self.c.keep(self.d(date, "slash"), "keep:chron_date", *tags)

    def dob_span(self, key: str, fmt: str, *tags) -> Span:
        return self.c.span(self.d(self.dobs[key], fmt), "dob", f"dob:{fmt}", *tags)

    def addr_pieces(self, key: str, tag: str, with_area: bool = True, with_postcode: bool = True) -> list:
        a, c = self.addr[key], self.c
        out = []
        if a["flat"]:
            out += [c.span(a["flat"], "address", tag, "addr:flat"), ", "]
        out.append(c.span(f"{a['number']} {a['street']}", "address", tag))
        if with_area:
            out += [", ", c.span(a["area"], "area", tag)]  # removable with the address, not scored
        if with_postcode:
            out += [", ", c.span(a["postcode"], "address", tag, "addr:postcode")]
        return out

    # -- blocks --------------------------------------------------------------------
    def para(self, *pieces, style="Normal"):
        self.c.blocks.append(Para(_flatten(pieces), style))

    def heading(self, text: str):
        self.c.blocks.append(Para([text], "Heading 2"))

    def header_line(self) -> list:
        c, r = self.c, self.rng
        return _flatten(r.choice([
            ["RESTRICTED - DHR in respect of ", c.m("V", "full", extra=("place:header",))],
            ["OFFICIAL SENSITIVE – IMR: ", c.m("V", "full", extra=("place:header",))],
            ["Domestic Homicide Review – ", c.m("V", "title_last", extra=("place:header",)),
             " – ", c.keep(self.agency, "keep:agency")],
        ]))

    def footer_line(self) -> list:
        c, r = self.c, self.rng
        return _flatten(r.choice([
            ["IMR author: ", c.m("A", "full", extra=("place:footer",))],
            ["Page 1 – ", c.m("V", "full", extra=("place:footer",)), " IMR"],
            [c.m("V", "caps", extra=("place:footer",)), " – CONFIDENTIAL"],
        ]))

    def heading_pieces(self) -> list:
        c, r = self.c, self.rng
        return _flatten(r.choice([
            ["INDIVIDUAL MANAGEMENT REVIEW – ", c.m("V", "caps", extra=("place:heading",))],
            ["INDIVIDUAL MANAGEMENT REVIEW REPORT FOLLOWING DOMESTIC HOMICIDE"],
            ["IMR: ", c.keep(self.agency, "keep:agency"), " – ", c.m("V", "caps", extra=("place:heading",))],
            ["AGENCY REPORT CONCERNING ", c.m("V", "caps", extra=("place:heading",)), " AND ",
             c.m("P", "caps", extra=("place:heading",))],
        ]))

    def header_table(self) -> Table:
        c, r = self.c, self.rng
        V = c.persons["V"]
        rows = [[["Item"], ["Detail"]]] if r.random() < 0.3 else []
        vl = r.choice(["Name of victim", "Subject", "Victim", "Domestic Homicide Review in respect of",
                       "Deceased", "Name of deceased"])
        rows.append([[vl], c.m("V", r.choice(["full", "full", "middle_full" if V.middle else "full",
                                              "last_comma_first"]), extra=("place:header_table",))])
        if V.nick and r.random() < 0.6:
            rows.append([["Known as"], c.m("V", "nick", extra=("place:header_table",))])
        rows.append([[r.choice(["Date of Birth", "D.O.B.", "DOB", "Date of birth"])],
                     [self.dob_span("V", r.choice(["slash", "slash", "words"]), "place:header_table")]])
        rows.append([[r.choice(["Date of Death", "Date of death", "D.O.D."])],
                     [c.keep(self.d(self.dod), "keep:dod")]])
        rows.append([[r.choice(["Home address", "Address", "Address at time of death", "Last known address"])],
                     self.addr_pieces("V", "addr:home_row")])
        if r.random() < 0.5:
            rows.append([["NHS number"],
                         [c.span(self.contacts["nhs"], "contact", "contact:nhs", "place:header_table")]])
        rows.append([[r.choice(["Perpetrator", "Alleged perpetrator", "Details of perpetrator (s)", "Subject 2"])],
                     c.m("P", "full", extra=("place:header_table",))
                     + [", ", r.choice(["partner", "husband", "ex-partner"]), " of the victim"]])
        rows.append([[r.choice(["Author", "Author of IMR", "IMR author", "Report author"])],
                     c.m("A", r.choice(["full", "title_full"]), extra=("place:header_table",))
                     + [", ", r.choice(["Safeguarding Lead", "Named Nurse for Safeguarding", "Head of Service"])]])
        rows.append([["Agency"], [c.keep(self.agency, "keep:agency")]])
        fixed = 2 if rows[0][0] == ["Item"] else 1  # header row and the victim stay first
        rest = rows[fixed:]
        r.shuffle(rest)
        return Table(rows[:fixed] + rest, "header")

    def sec_family(self):
        c, r = self.c, self.rng
        self.heading(r.choice(["Family Composition", "Family members", "Genogram / family composition"]))
        cols = ["name", "rel", "dob", "addr"]
        if r.random() < 0.5:
            cols = ["name", "dob", "rel", "addr"]
        if r.random() < 0.3:
            cols.insert(1, "eth")
        head = {"name": r.choice(["Name", "Full name"]),
                "rel": r.choice(["Relationship to Subject", "Relationship to victim", "Relationship"]),
                "dob": r.choice(["Date of Birth", "DOB", "D.O.B."]),
                "addr": r.choice(["Address", "Home address", "Address at time of incident"]),
                "eth": "Ethnicity"}
        rows = [[[head[k]] for k in cols]]
        members = [("P", r.choice(["Partner", "Ex-partner"]), "V"),
                   ("C", {"m": "Son", "f": "Daughter"}[c.persons["C"].gender], "V"), ("F", "Mother", "F")]
        for key, rel, ak in members:
            cell = {"name": c.m(key, r.choice(["full", "full", "last_comma_first"]), extra=("place:family_table",)),
                    "rel": [rel],
                    "dob": [self.dob_span(key, r.choice(["slash", "slash", "short_month"]), "place:family_table")],
                    "addr": self.addr_pieces(ak, "addr:table_col"),
                    "eth": [r.choice(["White British", "Polish", "Black African", "Pakistani", "Irish"])]}
            rows.append([cell[k] for k in cols])
        c.blocks.append(Table(rows, "family"))

    def sec_background(self):
        c, r = self.c, self.rng
        V = c.persons["V"]
        self.heading(r.choice(["Background", "Introduction", "Terms of reference"]))
        if V.middle and V.nick:
            self.para(c.m("V", "middle_full"), ", known as ", c.m("V", "nick"), ", was ",
                      c.keep(f"aged {self.age}", "keep:age"), f" when {self.she} died on ",
                      c.keep(self.d(self.dod, "words"), "keep:dod"), ".")
        elif V.middle:
            self.para(c.m("V", "middle_full"), " was ", c.keep(f"aged {self.age}", "keep:age"),
                      f" when {self.she} died on ", c.keep(self.d(self.dod, "words"), "keep:dod"), ".")
        else:
            self.para(c.m("V", "full", extra=("sentence_start",)), " died on ",
                      c.keep(self.d(self.dod, "words"), "keep:dod"), f"; {self.she} was ",
                      c.keep(f"aged {self.age}", "keep:age"), ".")
        dob_fmt = r.choice(["ordinal", "slash_label", "dots_short", "words", "iso"])
        if dob_fmt == "ordinal":
            self.para(c.m("V", r.choice(["first", "nick" if V.nick else "first"]), extra=("sentence_start",)),
                      " was born on ", self.dob_span("V", "ordinal", "place:prose"), " in ",
                      c.keep(self.keep_towns[0], "keep:town"), ".")
        elif dob_fmt == "slash_label":
            self.para(c.m("V", "title_last", extra=("sentence_start",)), " (DOB: ",
                      self.dob_span("V", "slash", "place:prose"), ") was registered with a ",
                      c.keep("GP", "keep:acronym"), " in ", c.keep(self.keep_towns[0], "keep:town"), ".")
        elif dob_fmt == "dots_short":
            self.para("Records give ", c.m("V", "first", poss=True), " d.o.b. ",
                      self.dob_span("V", "dots_short", "place:prose"), ".")
        elif dob_fmt == "words":
            self.para("Her date of birth is recorded as ", self.dob_span("V", "words", "place:prose"),
                      " on the ", c.keep("MARAC", "keep:acronym"), " referral.")
        else:
            self.para(c.m("V", "full", extra=("sentence_start",)), " (born ",
                      self.dob_span("V", "iso", "place:prose"), ") moved to ",
                      c.keep(self.keep_towns[1], "keep:town"), " as a child.")
        self.para(c.m("P", "full", extra=("sentence_start",)), " (", r.choice(["d.o.b. ", "born ", "DOB "]),
                  self.dob_span("P", r.choice(["dots_short", "slash", "words", "iso"]), "place:prose"),
                  ") was known to ", c.keep("MAPPA", "keep:acronym"), ".")
        self.para("The review was commissioned by the ", c.keep("Community Safety Partnership", "keep:agency"),
                  " under the ", c.keep(r.choice(LEGISLATION), "keep:legislation"), ".")
        # lowercase / capitalised distractors
        text, keeps = r.choice(LOWER_DISTRACTORS)
        parts = re.split(r"(\{agency\})", text)
        pieces = []
        for p in parts:
            if p == "{agency}":
                pieces.append(c.keep("Community Safety Partnership", "keep:agency"))
            else:
                pieces.append(p)
        self.para(*self._mark_keeps(pieces, keeps))
        tokens = {t for p in c.persons.values() for t in (p.first, p.last, p.middle, p.nick) if t}
        free = [v for k, v in CAP_DISTRACTORS.items() if k not in tokens]
        if free:
            d, sentence = r.choice(free)
            a, b, z = sentence.split("{}")
            self.para(a, c.keep(d, "keep:cap_distractor"), b, c.keep(self.keep_towns[2], "keep:town"), z)

    def _mark_keeps(self, pieces, keeps):
        out = []
        for p in pieces:
            if not isinstance(p, str):
                out.append(p)
                continue
            rest = p
            while rest:
                hits = [(rest.find(k), k) for k in keeps if rest.find(k) >= 0]
                if not hits:
                    out.append(rest)
                    break
                i, k = min(hits)
                out += [rest[:i], self.c.keep(k, "keep:common_word")]
                rest = rest[i + len(k):]
        return [x for x in out if x != ""]

    def sec_involvement(self):
        c, r = self.c, self.rng
        V = c.persons["V"]
        self.heading(r.choice(["Agency Involvement", "Summary of involvement", "Contact with the agency"]))

        def vname() -> str:
            return r.choice(["first", "first", "nick" if V.nick else "first", "title_last", "last"])

        s = [
            lambda: self.para(c.m("POL", "title_last", extra=("sentence_start",)), " recorded the disclosure on ",
                              self.chron_date(), "."),
            lambda: self.para(c.m("V", "full", extra=("sentence_start",)), " lived with ", c.m("P", "full"),
                              " at ", self.addr_pieces("V", "addr:prose"), "."),
            lambda: self.para(c.m("V", vname(), extra=("sentence_start",)), r.choice([" lived at ", " moved to "]),
                              self.addr_pieces("V", "addr:prose", with_area=r.random() < 0.7), " on ",
                              c.keep(self.d(self.chron_start, "words"), "keep:chron_date_words"), "."),
            lambda: self.para("The officer, ", c.m("POL", "full"), ", visited ",
                              self.addr_pieces("F", "addr:prose"), " on ", self.chron_date(), "."),
            lambda: self.para(c.m("P", "title_last", extra=("sentence_start",)), " was not known to ",
                              c.keep("MAPPA", "keep:acronym"), ". ", c.m("V", "first", poss=True),
                              " date of birth is ", self.dob_span("V", "dots_short", "place:prose"), "."),
            lambda: self.para(c.m("V", "first", extra=("sentence_start",)), " told ", c.m("POL2", "title_last"),
                              " that she was frightened of ", c.m("P", "first"), "."),
            lambda: self.para(c.m("V", "title_last", extra=("sentence_start",)),
                              " was assessed as high risk on the ", c.keep("DASH", "keep:acronym"),
                              " checklist and referred to ", c.keep("MARAC", "keep:acronym"), "."),
            lambda: self.para(c.keep(self.km, "keep:existing_initials"), " said that ", c.m("V", "first"),
                              " appeared anxious and that ", c.m("P", "last"), " had been drinking."),
            lambda: self.para("A home visit was made to ",
                              c.span(self.addr["V"]["street"], "address", "addr:street_only"),
                              " by ", c.m("SW", "title_last"), " and ", c.m("NUR", "title_last"), "."),
            lambda: self.para(c.m("PARA", "title_last", extra=("sentence_start",)), " conveyed ", c.m("V", "first"),
                              " to ", c.keep("A&E", "keep:acronym"), "; ", c.m("CH", "title_last"),
                              " had taken the 999 call from ", c.m("F", "title_last"), "."),
            lambda: self.para(c.m("C", "first", extra=("sentence_start",)), " attended school in ",
                              c.keep(self.keep_towns[1], "keep:town"), " and ", c.m("C", "first", poss=True),
                              " teacher raised concerns."),
            lambda: self.para(c.m("DOC", "title_full", extra=("sentence_start",)), " reviewed ",
                              c.m("P", "first"), " in clinic; ", c.m("DOC", "title_last"),
                              " noted no concerns about ", c.m("P", "title_last", poss=True), " mental health."),
            lambda: self.para(c.m("P", "last", extra=("sentence_start",)), " was arrested and a ",
                              c.keep("DVPN", "keep:acronym"), " was issued. ", c.m("P", "last", poss=True),
                              " bail conditions were breached on ", self.chron_date(), "."),
            lambda: self.para("When seen by ", c.m("PROB", "title_last"), ", ", c.m("P", "first"),
                              " denied the allegation; ", c.m("V", "last", poss=True), " account was not sought."),
            lambda: self.para("On ", c.keep(self.d(self.chron_start + dt.timedelta(days=40), "ordinal"),
                                             "keep:chron_date_ordinal"), " ", c.m("V", "first"),
                              " was seen by ", c.m("NUR", "full"), " at ",
                              c.keep(self.other_agencies[0], "keep:agency"), "."),
        ]
        for f in r.sample(s, k=min(len(s), r.randint(10, 14))):
            f()

    def sec_analysis(self):
        c, r = self.c, self.rng
        V = c.persons["V"]
        self.heading(r.choice(["Analysis of Involvement", "Analysis", "Key issues"]))
        k = self.contacts
        s = [
            lambda: self.para(c.m("V", "first", poss=True, extra=("sentence_start",)), " mobile number was ",
                              c.span(k["mobile"], "contact", "contact:mobile"), " and her email was ",
                              c.span(k["email"], "contact", "contact:email"), "."),
            lambda: self.para("The ", c.keep("GP", "keep:acronym"), " held a landline number, ",
                              c.span(k["landline"], "contact", "contact:landline"), ", for ",
                              c.m("F", "title_last"), "."),
            lambda: self.para(c.m("P", "first", extra=("sentence_start",)), " called from ",
                              c.span(k["intl"], "contact", "contact:intl"), " and wrote from ",
                              c.span(k["email2"], "contact", "contact:email"), "."),
            lambda: self.para(c.m("V", "nick" if V.nick else "first", poss=True), " NHS number (",
                              c.span(k["nhs2"], "contact", "contact:nhs"), ") was missing from the referral."),
            lambda: self.para(c.m("P", "title_last", poss=True, extra=("sentence_start",)),
                              " National Insurance number is ", c.span(k["ni"], "contact", "contact:ni"), "."),
            lambda: self.para("Practitioners at ", c.keep(self.other_agencies[1], "keep:agency"),
                              " did not always follow the ", c.keep("DASH", "keep:acronym"),
                              " guidance. Learning is set out in line with the ",
                              c.keep(r.choice(LEGISLATION), "keep:legislation"), "."),
            lambda: self.para(c.m("V", "first", extra=("sentence_start",)), " and ", c.m("C", "first"),
                              " were discussed at ", c.keep("MARAC", "keep:acronym"), " in ",
                              c.keep(self.keep_towns[0], "keep:town"), "; ", c.m("SW", "title_last"),
                              " attended for ", c.keep(self.other_agencies[2], "keep:agency"), "."),
            lambda: self.para("It is not clear why ", c.m("POL", "title_last"), " did not complete a ",
                              c.keep("DASH", "keep:acronym"), " with ", c.m("V", "title_last"), "."),
            lambda: self.para(c.keep(self.km, "keep:existing_initials"), " (", c.keep("IDVA", "keep:acronym"),
                              ") tried to contact ", c.m("V", "first"), " on ",
                              c.span(k["mobile"], "contact", "contact:mobile"), "."),
            lambda: self.para("The author, ", c.m("A", "title_last"), ", spoke to ", c.m("F", "full"),
                              ", who lives in ", c.keep(self.keep_towns[2], "keep:town"), "."),
            lambda: self.para("In a statement ", c.m("F", "first"), " said ", c.m("V", "first"),
                              " had ", r.choice(["hoped", "wanted"]), " to leave ", c.m("P", "first"), "."),
            lambda: self.para("A visit to ", c.span(self.addr["V"]["street"], "address", "addr:street_only"),
                              " on ", self.chron_date(), " found nobody at home."),
            lambda: self.para(c.m("C", "first", extra=("sentence_start",)), " (born ",
                              self.dob_span("C", "iso", "place:prose"), ") was referred to the ",
                              c.keep("MASH", "keep:acronym"), "."),
            lambda: self.para("Her mother was born on ", self.dob_span("F", "ordinal", "place:prose"),
                              " and lived at ", self.addr_pieces("F", "addr:prose"), "."),
            lambda: self.para("Her date of birth, ", self.dob_span("V", "words", "place:prose"),
                              ", was wrongly recorded; the incident on ",
                              c.keep(self.d(self.chron_start + dt.timedelta(days=90), "words"),
                                     "keep:chron_date_words"),
                              " was recorded correctly."),
            lambda: self.para(c.m("V", "first", extra=("sentence_start",)), " NHS No: ",
                              c.span(k["nhs"], "contact", "contact:nhs"), "; NI: ",
                              c.span(k["ni"], "contact", "contact:ni"), "."),
        ]
        for f in r.sample(s, k=min(len(s), r.randint(9, 13))):
            f()

    def sec_chronology(self):
        c, r = self.c, self.rng
        V = c.persons["V"]
        self.heading(r.choice(["Comprehensive Agency Chronology", "Chronology", "Chronology of agency contact"]))
        allcols = ["date", "time", "source", "prof", "with", "event", "comments"]
        cols = [x for x in allcols if x in ("date", "event") or r.random() < 0.75]
        head = {"date": "Date", "time": "Time", "source": r.choice(["Source", "Source of evidence"]),
                "prof": r.choice(["Name of professional", "Professional", "Staff member"]),
                "with": r.choice(["Contact with", "Client", "Person seen"]),
                "event": r.choice(["Event", "Event description, actions taken, decisions made", "Details"]),
                "comments": r.choice(["Comments", "Comment / analysis", "Outcome"])}
        rows = [[[head[k]] for k in cols]]
        profs = ["POL", "POL2", "DOC", "NUR", "SW", "PARA", "CH", "PROB"]
        events = [
            lambda p: [c.m(p, "title_last", extra=("sentence_start",)), " made a safeguarding referral regarding ",
                       c.m("C", "first"), "."],
            lambda p: ["Telephone call from ", c.m("V", "first"), " reporting that ", c.m("P", "first"),
                       " had threatened her."],
            lambda p: ["Home visit to ", c.span(self.addr["V"]["street"], "address", "addr:street_only"),
                       "; no answer."],
            lambda p: [c.keep("DASH", "keep:acronym"), " completed by ", c.m("POL", "title_last"),
                       "; graded high risk and referred to ", c.keep("MARAC", "keep:acronym"), "."],
            lambda p: [c.m("V", "nick" if V.nick else "first", extra=("sentence_start",)), " disclosed to ",
                       c.m("NUR", "title_last"), " that ", c.m("P", "first"), " had pushed her."],
            lambda p: [c.m("P", "first", extra=("sentence_start",)), " attended an appointment with ",
                       c.m("DOC", "title_last"), "."],
            lambda p: [c.keep(self.km, "keep:existing_initials"), " spoke with ", c.m("V", "first"),
                       " about the ", c.keep("IDVA", "keep:acronym"), " service."],
            lambda p: [c.m("V", "last", extra=("sentence_start",)), " did not attend."],
            lambda p: [c.m("P", "last", poss=True, extra=("sentence_start",)),
                       " licence conditions were reviewed at ", c.keep("MAPPA", "keep:acronym"), "."],
            lambda p: [c.m("CH", "title_last", extra=("sentence_start",)), " took a 999 call from ",
                       c.m("F", "title_last"), "."],
            lambda p: [c.m("PARA", "title_last", extra=("sentence_start",)), " conveyed ", c.m("V", "first"),
                       " to hospital in ", c.keep(self.keep_towns[1], "keep:town"), "."],
            lambda p: [c.m("SW", "title_last", extra=("sentence_start",)), " visited; ", c.m("C", "first"),
                       " seen alone."],
        ]
        n = r.randint(7, 12)
        dates = sorted(self.chron_start + dt.timedelta(days=r.randint(0, (self.dod - self.chron_start).days - 1))
                       for _ in range(n))
        for date in dates:
            p = r.choice(profs)
            ev = r.choice(events)(p)
            cell = {"date": [c.keep(self.d(date), "keep:chron_date", "place:chron_table")],
                    "time": [c.keep(f"{r.randint(7, 22):02d}:{r.choice(['00', '15', '30', '45'])}", "keep:time")],
                    "source": [r.choice(SOURCES)],
                    "prof": c.m(p, r.choice(["full", "full", "title_last"]), extra=("place:chron_prof",)),
                    "with": r.choice([c.m("V", "first", extra=("place:chron_with",)),
                                      c.m("P", "first", extra=("place:chron_with",)),
                                      c.m("C", "first", extra=("place:chron_with",)), ["Mother"], ["Victim"]]),
                    "event": _flatten(ev),
                    "comments": [r.choice(["Policy followed.", "No further action.", "Good practice.",
                                           "Missed opportunity.", ""])]}
            rows.append([_flatten(cell[k]) for k in cols])
        c.blocks.append(Table(rows, "chronology"))

    def sec_recommendations(self):
        c, r = self.c, self.rng
        self.heading(r.choice(["Single Agency Recommendations for Action", "Recommendations"]))
        rows = [[["Recommendation"], ["Lead"], ["Target date"]]]
        for text in r.sample([["Refresh ", c.keep("DASH", "keep:acronym"), " training for all frontline staff."],
                              ["Audit ", c.keep("MARAC", "keep:acronym"), " referrals quarterly."],
                              ["Embed routine enquiry in ", c.keep("GP", "keep:acronym"), " consultations."]], 2):
            rows.append([_flatten(text), [r.choice(["Head of Safeguarding", "Named Nurse", "Service Manager"])],
                         [c.keep(self.d(self.dod + dt.timedelta(days=r.randint(200, 400))), "keep:rec_date")]])
        c.blocks.append(Table(rows, "recommendations"))


# ---------------------------------------------------------------------------------------
# Rendering and gold

def _units(case: Case):
    """Text units in output order. Yields (txt_line, docx_unit, pieces-or-cells)."""
    # txt: header line, blocks, footer line; docx: body units, then header, then footer
    txt = [("header", case.header)]
    for b in case.blocks:
        if isinstance(b, Para):
            txt.append(("para", b.pieces))
        else:
            for row in b.rows:
                txt.append(("row", row))
    txt.append(("footer", case.footer))
    return txt


def _render_pieces(pieces, base: int, sink: list, line: int, unit: int):
    out = []
    pos = base
    for p in pieces:
        if isinstance(p, Span):
            sink.append((p, line, unit, pos - base, pos))
            out.append(p.text)
            pos += len(p.text)
        else:
            out.append(p)
            pos += len(p)
    return "".join(out)


def render(case: Case):
    """(txt lines, docx unit texts, mentions) where each mention is
    (Span, txt_line, docx_unit, start_in_docx_unit, start_in_txt_line)."""
    lines: list[str] = []
    mentions = []
    body_units = 0
    n_body = sum(1 if isinstance(b, Para) else sum(len(r) for r in b.rows) for b in case.blocks)
    docx_texts: list[str] = [""] * (n_body + 2)
    unit = 0
    for kind, content in _units(case):
        li = len(lines)
        if kind == "header":
            recs = []
            text = _render_pieces(content, 0, recs, li, n_body)
            docx_texts[n_body] = text
        elif kind == "footer":
            recs = []
            text = _render_pieces(content, 0, recs, li, n_body + 1)
            docx_texts[n_body + 1] = text
        elif kind == "para":
            recs = []
            text = _render_pieces(content, 0, recs, li, unit)
            docx_texts[unit] = text
            unit += 1
        else:
            recs = []
            cells = []
            pos = 0
            for cell in content:
                crec = []
                t = _render_pieces(cell, 0, crec, li, unit)
                for sp, line_no, u, s_unit, _ in crec:
                    recs.append((sp, line_no, u, s_unit, pos + s_unit))
                docx_texts[unit] = t
                cells.append(t)
                pos += len(t) + 1
                unit += 1
            text = "\t".join(cells)
        if kind != "row":
            recs = [(sp, line_no, u, s, s) for sp, line_no, u, s, _ in recs]
        mentions.extend(recs)
        lines.append(text)
    del body_units
    return lines, docx_texts, mentions


def count(text: str, s: str, ci: bool = False) -> int:
    pat = r"(?<![\w])" + re.escape(s) + r"(?![\w])"
    return len(re.findall(pat, text, flags=re.I if ci else 0))


def scorer_name_tokens(person: dict) -> set[str]:
    """The shared scorer's tokenisation of a gold person."""
    toks = set()
    for part in (person["first"], person["last"], *person.get("aliases", [])):
        if len(part) >= 2:
            toks.add(part)
        for piece in re.split(r"[\s\-']", part):
            if len(piece) >= 3 and piece[0].isupper():
                toks.add(piece)
    return toks


def gold(case: Case, lines, mentions) -> dict:
    persons = []
    for p in case.persons.values():
        aliases = [a for a in (p.middle, p.nick) if a]
        persons.append({"first": p.first, "last": p.last, "title": p.title, "initials": p.initials,
                        "aliases": aliases, "role": p.role})
    g = {"doc": case.name, "persons": persons, "dob": [], "address": [], "contact": [], "keep": [],
         "expect": [], "metadata_remove": [case.meta_author, case.persons["V"].full], "mentions": []}
    for sp, line, unit, s_unit, s_line in mentions:
        if sp.kind == "person":
            g["expect"].append(re.sub(r"['’]s$", "", sp.expect))
        elif sp.kind in ("dob", "address", "contact", "keep"):
            g[sp.kind].append(sp.text)
        g["mentions"].append({"kind": sp.kind, "text": sp.text, "tags": list(sp.tags), "expect": sp.expect,
                              "person": sp.person, "tokens": list(sp.tokens), "txt_line": line,
                              "docx_unit": unit, "start": s_unit, "line_start": s_line})
    return g


def validate(case: Case, lines, mentions, g) -> list[str]:
    """Problems that would make the gold wrong; empty when the case is sound."""
    problems = []
    by_line: dict[int, list] = {}
    for sp, line, _unit, _s_unit, s_line in mentions:
        by_line.setdefault(line, []).append((s_line, s_line + len(sp.text), sp))
    sensitive = ("person", "dob", "address", "contact")

    def inside(line, a, b, kinds):
        return any(s <= a and b <= e and sp.kind in kinds for s, e, sp in by_line.get(line, []))

    def overlaps(line, a, b, kinds):
        return any(a < e and s < b and sp.kind in kinds for s, e, sp in by_line.get(line, []))

    toks = set()
    for p in g["persons"]:
        toks |= scorer_name_tokens(p)
    for i, text in enumerate(lines):
        for t in toks:
            for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
                if not inside(i, m.start(), m.end(), ("person",)):
                    problems.append(f"name token {t!r} outside a person span: {text}")
        for k in ("dob", "address", "contact"):
            for s in set(g[k]):
                for m in re.finditer(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text):
                    if not inside(i, m.start(), m.end(), sensitive):
                        problems.append(f"{k} {s!r} outside a span: {text}")
        for s in set(g["keep"]):
            for m in re.finditer(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text):
                if overlaps(i, m.start(), m.end(), sensitive + ("area",)):
                    problems.append(f"keep {s!r} overlaps a removed span: {text}")
        for e in set(g["expect"]):
            if count(text, e):
                problems.append(f"expected {e!r} already in source: {text}")
    return problems


def generate_case(seed: int, index: int, max_attempts: int = 60):
    """(Case, txt lines, docx units, mentions, gold) for case ``index`` of ``seed``."""
    last = []
    for attempt in range(max_attempts):
        case = Builder(seed, index, attempt).build()
        lines, units, mentions = render(case)
        g = gold(case, lines, mentions)
        last = validate(case, lines, mentions, g)
        if not last:
            g["attempt"] = attempt
            return case, lines, units, mentions, g
    raise RuntimeError(f"case {index}: no sound draw in {max_attempts} attempts: {last[:3]}")


def write_docx(case: Case, path: Path) -> None:
    from docx import Document

    doc = Document()
    sec = doc.sections[0]

    def text_of(pieces):
        return "".join(p.text if isinstance(p, Span) else p for p in pieces)

    sec.header.paragraphs[0].text = text_of(case.header)
    sec.footer.paragraphs[0].text = text_of(case.footer)
    for b in case.blocks:
        if isinstance(b, Para):
            if b.style.startswith("Heading"):
                doc.add_heading(text_of(b.pieces), level=int(b.style[-1]))
            else:
                doc.add_paragraph(text_of(b.pieces))
        else:
            t = doc.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(b.rows):
                for ci, cell in enumerate(row):
                    t.cell(ri, ci).paragraphs[0].text = text_of(cell)
    cp = doc.core_properties
    cp.author = case.meta_author
    cp.last_modified_by = case.meta_author
    cp.title = case.meta_title
    cp.subject = "Domestic Homicide Review"
    doc.save(str(path))


def docx_units(path: Path) -> list[str]:
    """Paragraph texts in the generator's unit order: body paragraphs and table cells in
    document order, then the first section's header and footer paragraphs."""
    from docx import Document
    from docx.table import Table as DTable
    from docx.text.paragraph import Paragraph as DPara

    doc = Document(str(path))
    out = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(DPara(el, doc).text)
        elif tag == "tbl":
            for row in DTable(el, doc).rows:
                for cell in row.cells:
                    out.append("\n".join(p.text for p in cell.paragraphs))
    sec = doc.sections[0]
    out.append("\n".join(p.text for p in sec.header.paragraphs))
    out.append("\n".join(p.text for p in sec.footer.paragraphs))
    return out


def write_case(seed: int, index: int, out_dir: Path) -> dict:
    out_dir.mkdir(parents=True, exist_ok=True)
    case, lines, units, mentions, g = generate_case(seed, index)
    (out_dir / f"{case.name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_docx(case, out_dir / f"{case.name}.docx")
    (out_dir / f"{case.name}.json").write_text(json.dumps(g, indent=1, ensure_ascii=False), encoding="utf-8")
    return g


def write_cases(out_dir: Path, n: int, seed: int = 7) -> list[dict]:
    return [write_case(seed, i + 1, out_dir) for i in range(n)]
