"""Seeded generator of short IMR-like documents whose people have names that are also
words, months, days, places or streets, or rare spellings (Welsh, South Asian, Eastern
European), with gold for every mention of those names and for every use of the same
words in their ordinary sense ("in April 2019", "on Sunday", "no hope", "moved to
Kendal", "the Church Street surgery").

Each document names its people with certainty in its header table or title line and
its family-composition table, and mentions them again in prose, chronology rows, lists,
a header, a footer and footnotes: full name, first name or surname alone, possessive
(straight or curly), capitals, title and surname, a full name broken across two lines.
Layouts vary per document: label/value header tables or a title line, family tables of
several shapes (or a list), tables written one after another with or without a blank
line between them, a chronology table or not, sentence shapes drawn from many.

    docs = write_documents(out_dir, n=12, seed=5)   # docNN.txt, docNN.docx, docNN.json

The gold (``docNN.json``): ``units``, each a text as a reader sees it (a paragraph, a
table cell, a header, a footnote; a soft break as "\\n") with its ``spans``: ``start``,
``end``, ``kind`` ("name": must not survive; "word": must stay as written), ``person``
and ``tags``. ``txt_spans`` give the same spans as offsets in the .txt file.
"""
from __future__ import annotations

import io
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

# --- name pools -----------------------------------------------------------------------
FIRST = {
    "month": ["April", "May", "June", "August"],
    "day": ["Sunday", "Tuesday"],
    "word": ["Hope", "Grace", "Joy", "Faith", "Dawn", "Summer", "Holly", "Amber", "Precious", "Blessing",
             "Patience", "Will", "Mark", "Jack", "Frank", "Guy", "Bill", "Hunter", "Chase"],
    "place": ["Chelsea", "Devon", "Paris", "Sydney", "Florence", "Lincoln", "Chester", "Jordan", "India"],
    "welsh": ["Rhiannon", "Gwenllian", "Siân", "Cerys", "Bethan", "Dafydd", "Iolo", "Gruffydd", "Eirlys", "Nia"],
    "south_asian": ["Rukhsana", "Priya", "Gurpreet", "Harjit", "Nazia", "Farhan", "Sunil", "Parveen", "Zainab"],
    "east_european": ["Małgorzata", "Agnieszka", "Wojciech", "Dovydas", "Jūratė", "Oksana", "Bogdan", "Iuliana"],
    "rare": ["Jayne", "Kerrie", "Leigh-Anne", "Ellie-Mae", "Shaun", "Jaxon", "Mohammad", "Kayleigh"],
    "plain": ["Ellen", "Peter", "Sarah", "David", "Claire", "Thomas", "Karen", "Stephen", "Louise", "Gary"],
}
LAST = {
    "month": ["March", "May", "August"],
    "day": ["Sunday", "Friday", "Monday"],
    "word": ["Hope", "Young", "Best", "Sharp", "Little", "Long", "King", "Bishop", "Fox", "Goodwill"],
    "place": ["Kendal", "Preston", "Lincoln", "Chester", "Halifax", "Buckley", "Sutton", "Burton", "Wakefield"],
    "street": ["Church", "Hill", "Wood", "Field", "Marsh", "Green", "Brook", "Bridge", "Mills"],
    "welsh": ["Pryce", "Llewellyn", "Vaughan", "Bowen", "Prydderch", "Gwyn", "Prosser"],
    "south_asian": ["Chaudhry", "Begum", "Kaur", "Sandhu", "Qureshi", "Bhatti", "Hussain", "Mistry"],
    "east_european": ["Wiśniewska", "Kowalczyk", "Petrauskas", "Ionescu", "Horváth", "Dąbrowski", "Novák"],
    "plain": ["Walker", "Harris", "Turner", "Dixon", "Shaw", "Holt", "Barker", "Pearson"],
}
TOWNS = ["Oldham", "Rochdale", "Wigan", "Stockport", "Barnsley", "Carlisle", "Doncaster", "Telford"]
AGENCIES = ["Greater Manchester Police", "the GP practice", "Adult Social Care", "the Community Mental Health Team",
            "Children's Services", "the IDVA service", "Probation", "the Housing Options team"]
NEUTRAL_MONTHS = ["January", "February", "September", "October", "November", "December"]
CURLY = "’"

# ordinary uses of a word that is also a name: (text, tag); {W} is the word as written in the name
WORD_USES = {
    "Hope": ["there was little hope", "no hope of change", "the Hope Centre"],
    "Grace": ["a grace period", "Grace Ward"], "Joy": ["with joy", "no joy"],
    "Faith": ["in good faith", "the Faith Centre"], "Dawn": ["at dawn", "before dawn"],
    "Summer": ["over the summer", "the Summer term"], "Holly": ["holly wreaths"],
    "Will": ["against her will", "the will of the family"], "Mark": ["a mark on her arm", "Mark Lane"],
    "Jack": ["a car jack"], "Frank": ["a frank discussion"], "Guy": ["a guy rope"], "Bill": ["an unpaid bill"],
    "Hunter": ["Hunter Street"], "Chase": ["a car chase"], "Precious": ["precious little"],
    "Blessing": ["a blessing"], "Patience": ["with patience", "lost patience"], "Amber": ["an amber warning"],
    "Young": ["the Young Carers service", "young people"], "Best": ["in her best interests", "at best"],
    "Sharp": ["a sharp knife"], "Little": ["little support"], "Long": ["a long time", "long delays"],
    "King": ["King Street"], "Bishop": ["Bishop Auckland"], "Fox": ["a fox"], "Goodwill": ["goodwill"],
}
MONTH_USES = ["in {M} {Y}", "on {d} {M} {Y}", "by {M} {Y}", "in early {M}", "from {M} to {N}", "mid-{M}",
              "at the end of {M}", "during {M}", "since {M} {Y}", "until {M}.", "{M} {Y}"]
DAY_USES = ["on {D}", "every {D}", "on {D} morning", "last {D}", "on {D} {d} {N} {Y}", "the following {D}"]
PLACE_USES = ["moved to {P}", "lived in {P}", "a hostel in {P}", "near {P}", "{P} Road", "travelled to {P}"]
STREET_USES = ["the {S} Street surgery", "the {S} Lane clinic", "{S} Road Medical Practice", "{S} Street"]

KIN = {"child": ["son", "daughter"], "mother": ["mother"], "sister": ["sister"], "brother": ["brother"]}


@dataclass(frozen=True)
class Span:
    text: str
    kind: str  # name | word
    person: str | None = None
    tags: tuple[str, ...] = ()


Unit = list  # of str | Span


@dataclass
class Block:
    where: str  # body | header | footer | footnote
    kind: str  # para | heading | list | table
    rows: list  # a table: rows of cells (Units); otherwise [[unit]]


@dataclass
class Person:
    key: str
    first: str
    last: str
    gender: str
    role: str
    title: str
    styles: tuple[str, str]

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Doc:
    name: str
    people: dict[str, Person] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    tight: bool = False  # tables written one after another with no blank line between them
    compact: bool = False  # no blank line between paragraphs of the .txt


class Builder:
    def __init__(self, seed: int, index: int) -> None:
        self.r = random.Random(f"word-names-{seed}-{index}")
        self.doc = Doc(f"doc{index:02d}")
        self.doc.tight = self.r.random() < 0.5
        self.doc.compact = self.r.random() < 0.3
        self.year = self.r.randint(2015, 2021)

    # -- people ----------------------------------------------------------------------
    def _name(self, styles: tuple[str, str]) -> tuple[str, str, tuple[str, str]]:
        """A first name and surname of the styles asked for (others when those are used up)."""
        firsts = {p.first for p in self.doc.people.values()}
        lasts = {p.last for p in self.doc.people.values()}
        for attempt in range(200):
            if attempt >= 20:
                styles = (self.r.choice(list(FIRST)), self.r.choice(list(LAST)))
            first, last = self.r.choice(FIRST[styles[0]]), self.r.choice(LAST[styles[1]])
            if first not in firsts | lasts and last not in firsts and first != last:
                return first, last, styles
        raise RuntimeError("no name left")

    def person(self, key: str, role: str, gender: str, last: str | None = None, styles=None) -> Person:
        r = self.r
        first, surname, styles = self._name(styles or (r.choice(list(FIRST)), r.choice(list(LAST))))
        title = r.choice(["Mrs", "Ms", "Miss"]) if gender == "f" else "Mr"
        p = Person(key, first, last or surname, gender, role, title, styles)
        self.doc.people[key] = p
        return p

    def words(self) -> set[str]:
        return {w for p in self.doc.people.values() for n in (p.first, p.last) for w in re.findall(r"\w+", n)}

    # -- pieces ----------------------------------------------------------------------
    def mention(self, p: Person, form: str | None = None) -> list:
        """A mention of ``p``: pieces (a title and a possessive outside the name span)."""
        r = self.r
        form = form or r.choice(["full", "full", "first", "first", "first", "last", "caps", "title_last"])
        tags = (f"form:{form}", f"role:{p.role}", f"first:{p.styles[0]}", f"last:{p.styles[1]}")
        text = {"full": p.full, "first": p.first, "last": p.last, "caps": p.full.upper(), "title_last": p.last,
                "poss_first": p.first, "poss_full": p.full, "poss_last": p.last}[form]
        pieces: list = [Span(text, "name", p.key, tags)]
        if form in ("title_last", "poss_last"):
            pieces.insert(0, p.title + " ")
        if form.startswith("poss"):
            pieces.append(r.choice(["'s", CURLY + "s"]))
        return pieces

    def possessive(self, p: Person) -> list:
        return self.mention(p, self.r.choice(["poss_first", "poss_full", "poss_last"]))

    def ordinary(self, word: str) -> tuple[list, str]:
        """An ordinary use of a word that is also somebody's name, as pieces, and its
        kind: a time, a place, a thing (street, building, phrase)."""
        r = self.r
        if word in FIRST["month"] + LAST["month"]:
            template, kind = r.choice(MONTH_USES), "time"
        elif word in FIRST["day"] + LAST["day"]:
            template, kind = r.choice(DAY_USES), "time"
        elif word in FIRST["place"] + LAST["place"]:
            template, kind = r.choice(PLACE_USES), "place"
        elif word in LAST["street"]:
            template, kind = r.choice(STREET_USES), "thing"
        elif word in WORD_USES:
            template, kind = r.choice(WORD_USES[word]), "thing"
        else:
            return [], ""
        text = template.format(M=word, D=word, P=word, S=word, Y=self.year, d=r.randint(1, 28),
                               N=r.choice(NEUTRAL_MONTHS))
        tags = (f"ordinary:{kind}", *(["lower"] if word not in text else []))
        return [Span(text, "word", None, tags)], kind

    def when(self) -> list:
        """A time expression; a month or day that is somebody's name is a word span."""
        r = self.r
        names = self.words()
        months = [m for m in FIRST["month"] + LAST["month"] if m in names]
        days = [d for d in FIRST["day"] + LAST["day"] if d in names]
        if (months or days) and r.random() < 0.5:
            return self.ordinary(r.choice(months + days))[0]
        return [r.choice([f"in {r.choice(NEUTRAL_MONTHS)} {self.year}", f"on {r.randint(1, 28)}/0{r.randint(1, 9)}/"
                          f"{self.year}", "later that year", "the following week", f"in {self.year}"])]

    def town(self) -> list:
        names = self.words()
        places = [w for w in FIRST["place"] + LAST["place"] if w in names]
        if places and self.r.random() < 0.5:
            return [Span(self.r.choice(places), "word", None, ("ordinary:place",))]
        return [self.r.choice(TOWNS)]

    # -- sentences -------------------------------------------------------------------
    def sentence(self, a: Person, b: Person) -> list:
        r = self.r
        m = self.mention
        shapes = [
            lambda: [*m(a), " moved to ", *self.town(), " with ", *m(b), " ", *self.when(), "."],
            lambda: [*self.cap(self.when()), ", ", *m(a), " told the officer that ", *m(b), " had threatened her."],
            lambda: ["The GP saw ", *m(a), " ", *self.when(), " and noted bruising to her arm."],
            lambda: [*m(a), " and ", *m(b), " were living together at the time."],
            lambda: ["Police attended after ", *m(a), " rang 999 ", *self.when(), "."],
            lambda: [*m(a), " did not attend the appointment made ", *self.when(), "."],
            lambda: ["It is not known whether ", *m(a), " was aware of the risk ", *m(b), " posed."],
            lambda: [*m(a), " said that ", *m(b), " had taken her phone and her bank card."],
            lambda: ["According to ", *m(a), ", the relationship ended ", *self.when(), "."],
            lambda: ["A MARAC referral was made for ", *m(a), " ", *self.when(), "."],
            lambda: [*self.possessive(a), " mother contacted ", r.choice(AGENCIES), " ", *self.when(), "."],
            lambda: ["A referral was made for ", *self.possessive(a), " children ", *self.when(), "."],
            lambda: ["Nobody asked about ", *self.possessive(a), " injuries."],
            lambda: ["The panel wishes to thank ", *m(a), " for speaking to the chair."],
            lambda: [*m(a), " had been known to ", r.choice(AGENCIES), " since childhood."],
            lambda: ["When ", *m(a), " was seen ", *self.when(), ", no risk assessment was completed."],
            lambda: ["Officers spoke to ", *m(a), " at the address; ", *m(b), " was not present."],
            lambda: [*m(a), " visited ", *m(b), " ", *self.when(), " and stayed the night."],
        ]
        return r.choice(shapes)()

    @staticmethod
    def cap(pieces: list) -> list:
        """Pieces opening a sentence: the first letter in capitals."""
        first = pieces[0]
        if isinstance(first, Span):
            return [Span(first.text[:1].upper() + first.text[1:], first.kind, first.person, first.tags), *pieces[1:]]
        return [first[:1].upper() + first[1:], *pieces[1:]]

    def ordinary_sentence(self, word: str) -> list:
        use, kind = self.ordinary(word)
        r = self.r
        shapes = {
            "time": [lambda: ["Contact with ", r.choice(AGENCIES), " increased ", *use, "."],
                     lambda: ["There is a record of a referral ", *use, "."],
                     lambda: [*self.cap(use), " the family were rehoused."],
                     lambda: ["The case was closed ", *use, " without a visit."]],
            "place": [lambda: ["She was seen at the ", *use, " surgery."]] if use and use[0].text.endswith("Road") else
                     [lambda: ["The family ", *use, " in ", str(self.year - 3), "."],
                      lambda: ["Records show that her father ", *use, " after the separation."]],
            "thing": [lambda: ["The review heard about ", *use, " from the family."],
                      lambda: [*self.cap(use), " is noted in the chronology."]],
        }
        return r.choice(shapes[kind])() if use else []

    # -- blocks ----------------------------------------------------------------------
    def add(self, kind: str, *units: Unit, where: str = "body") -> None:
        self.doc.blocks.append(Block(where, kind, [list(units)]))

    def table(self, rows: list) -> None:
        self.doc.blocks.append(Block("body", "table", rows))

    def build(self) -> Doc:
        r = self.r
        vg = "f" if r.random() < 0.8 else "m"
        V = self.person("V", "victim", vg)
        P = self.person("P", "perpetrator", "m" if vg == "f" else r.choice("mf"),
                        last=V.last if r.random() < 0.4 else None)
        family = [V, P]
        for key, role in r.sample([("C1", "child"), ("M", "mother"), ("S", "sister"), ("B", "brother"),
                                   ("C2", "child")], r.randint(1, 3)):
            last = r.choice([V.last, P.last]) if role == "child" else None
            family.append(self.person(key, role, r.choice("mf") if role == "child" else
                                      "m" if role == "brother" else "f", last=last))
        self.header()
        self.family_table(family)
        self.add("heading", ["Background"])
        for _ in range(r.randint(4, 8)):
            a, b = r.sample(family, 2)
            self.add("para", self.sentence(a, b))
            if r.random() < 0.5:
                self.add("para", self.ordinary_sentence(r.choice(sorted(self.words()))) or ["No further action."])
        if r.random() < 0.5:
            self.chronology(family)
        self.add("heading", [r.choice(["Analysis", "Key issues", "Findings"])])
        for _ in range(r.randint(3, 6)):
            a, b = r.sample(family, 2)
            self.add("para", self.sentence(a, b))
        self.broken(family)
        self.lists(family)
        for word in sorted(self.words()):
            use = self.ordinary_sentence(word)
            if use:
                self.add("para", use)
        self.add("footnote", [r.choice(["The term ", "Information about "]), *self.mention(r.choice(family)),
                              " is taken from the police records."], where="footnote")
        self.add("para", [*self.cap(self.mention(V, "caps")), " was ", str(r.randint(19, 70)),
                          " years old when she died."])
        return self.doc

    def header(self) -> None:
        r, V = self.r, self.doc.people["V"]
        self.add("para", ["IMR – ", *self.mention(V, r.choice(["full", "caps", "first"])), " – OFFICIAL SENSITIVE"],
                 where="header")
        self.add("para", ["DHR ", *self.mention(V, r.choice(["last", "first", "full"])), " – page 1"], where="footer")
        style = r.choice(["kv", "kv", "title"])
        if style == "title":
            self.add("heading", [r.choice(["Domestic Homicide Review into the death of ", "Review in respect of "]),
                                 *self.mention(V, "full")])
            return
        label = r.choice(["Domestic Homicide Review in respect of", "Name of victim", "Subject of the review",
                          "Victim"])
        rows = [[[label], self.mention(V, "full")], [["Agency"], [r.choice(AGENCIES)]],
                [["Date of report"], [f"{r.randint(1, 28)}/0{r.randint(1, 9)}/{self.year + 1}"]]]
        if r.random() < 0.5:
            rows.insert(1, [["Alleged perpetrator"], self.mention(self.doc.people["P"], "full")])
        self.table(rows)

    def family_table(self, family: list[Person]) -> None:
        r = self.r
        shape = r.choice(["name_dob", "relation_first", "split"])
        relation = {"victim": "Subject", "perpetrator": "Partner", "child": "Child", "mother": "Mother",
                    "sister": "Sister", "brother": "Brother"}
        if not self.doc.tight:
            self.add("para", [r.choice(["Family composition", "The family", "Members of the family"])])
        dob = lambda: [f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1950, 2015)}"]  # noqa: E731
        if shape == "name_dob":
            rows = [[["Name"], ["Date of Birth"], ["Relationship to Subject"]]]
            rows += [[self.mention(p, "full"), dob(), [relation[p.role]]] for p in family]
        elif shape == "relation_first":
            rows = [[["Relationship"], ["Name"], ["Age"], ["Ethnicity"]]]
            rows += [[[relation[p.role]], self.mention(p, "full"), [str(r.randint(2, 70))], ["White British"]]
                     for p in family]
        else:
            rows = [[["Forename"], ["Surname"], ["Relationship"]]]
            rows += [[self.mention(p, "first"), self.mention(p, "last"), [relation[p.role]]] for p in family]
        self.table(rows)
        if r.random() < 0.4:  # the family again, as a list
            for p in family:
                self.add("list", [*self.mention(p), f" – {relation[p.role].lower()}, aged {r.randint(2, 70)}"])

    def chronology(self, family: list[Person]) -> None:
        r = self.r
        rows = [[["Date"], ["Source"], ["Event"]]]
        for _ in range(r.randint(2, 5)):
            a, b = r.sample(family, 2)
            rows.append([[f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{self.year}"], [r.choice(AGENCIES)],
                         self.sentence(a, b)])
        self.table(rows)

    def broken(self, family: list[Person]) -> None:
        """A full name broken across two lines of one paragraph (a soft break in Word)."""
        p = self.r.choice(family)
        self.add("para", ["The review panel was told by the family that ",
                          Span(f"{p.first}\n{p.last}", "name", p.key, ("form:broken", f"role:{p.role}")),
                          " had asked for help more than once."])

    def lists(self, family: list[Person]) -> None:
        r = self.r
        self.add("heading", ["Recommendations"])
        for p in r.sample(family, 2):
            self.add("list", [r.choice(["Agencies should share what they know about ", "Learning from contact with "]),
                              *self.mention(p, r.choice(["first", "full", "poss_first"])),
                              *([" and her family."] if r.random() < 0.5 else ["."])])


# --- writing ---------------------------------------------------------------------------
def _text(unit: Unit) -> tuple[str, list[dict]]:
    out, spans = "", []
    for piece in unit:
        if isinstance(piece, Span):
            spans.append({"start": len(out), "end": len(out) + len(piece.text), "kind": piece.kind,
                          "text": piece.text, "person": piece.person, "tags": list(piece.tags)})
            out += piece.text
        else:
            out += piece
    return out, spans


def gold_units(doc: Doc) -> list[dict]:
    units = []
    for b in doc.blocks:
        for row in b.rows:
            for cell in row:
                text, spans = _text(cell)
                units.append({"where": b.where, "kind": b.kind, "text": text, "spans": spans})
    return units


def write_txt(doc: Doc, path: Path) -> list[dict]:
    """The .txt: a header line, tables as tab-separated rows, a paragraph a line (a soft
    break a line break), footnotes and the footer at the end; returns the spans as file offsets."""
    lines: list[tuple[str, list[dict]]] = []
    order = [b for b in doc.blocks if b.where == "header"] + [b for b in doc.blocks if b.where == "body"] + \
        [b for b in doc.blocks if b.where == "footnote"] + [b for b in doc.blocks if b.where == "footer"]
    last_kind = None
    for b in order:
        together = doc.tight and b.kind == last_kind == "table" or doc.compact and b.kind == last_kind != "table"
        if lines and not together:
            lines.append(("", []))
        last_kind = b.kind
        for row in b.rows:
            texts = [_text(cell) for cell in row]
            joined, spans, pos = "", [], 0
            for t, s in texts:
                spans += [{**x, "start": x["start"] + pos, "end": x["end"] + pos} for x in s]
                joined += t + "\t"
                pos += len(t) + 1
            prefix = "• " if b.kind == "list" else "1 " if b.where == "footnote" else ""
            lines.append((prefix + joined[:-1], [{**x, "start": x["start"] + len(prefix),
                                                  "end": x["end"] + len(prefix)} for x in spans]))
    text, out = "", []
    for line, spans in lines:
        out += [{**s, "start": s["start"] + len(text), "end": s["end"] + len(text)} for s in spans]
        text += line + "\n"
    path.write_text(text, encoding="utf-8")
    return out


def write_docx(doc: Doc, path: Path) -> None:
    """The .docx: header and footer stories, Word tables, list paragraphs, a footnote,
    a soft break (``w:br``) for each line break inside a paragraph."""
    from docx import Document

    from tests.builders.docx_builder import OFFICE_RELS, Package, run

    d = Document()
    section = d.sections[0]

    def fill(paragraph, unit: Unit) -> None:
        for n, piece in enumerate(_text(unit)[0].split("\n")):
            if n:
                paragraph.add_run().add_break()
            paragraph.add_run(piece)

    for b in doc.blocks:
        unit = b.rows[0][0]
        if b.where == "header":
            fill(section.header.paragraphs[0], unit)
        elif b.where == "footer":
            fill(section.footer.paragraphs[0], unit)
        elif b.kind == "table":
            t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(b.rows):
                for ci, cell in enumerate(row):
                    fill(t.cell(ri, ci).paragraphs[0], cell)
        elif b.kind == "heading":
            fill(d.add_heading(level=1), unit)
        elif b.kind == "list":
            fill(d.add_paragraph(style="List Bullet"), unit)
        elif b.where == "body":
            fill(d.add_paragraph(), unit)
    notes = [_text(b.rows[0][0])[0] for b in doc.blocks if b.where == "footnote"]
    if notes:
        d.add_paragraph().add_run("See note.")
    buffer = io.BytesIO()
    d.save(buffer)
    pkg = Package(buffer.getvalue())
    if notes:
        body = pkg.root("word/document.xml")
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        last_p = body.find(f"{w}body").findall(f"{w}p")[-1]
        ref = last_p.makeelement(f"{w}r", {})
        ref.append(ref.makeelement(f"{w}footnoteReference", {f"{w}id": "1"}))
        last_p.append(ref)
        pkg.put("word/document.xml", body)
        escaped = [n.replace("&", "&amp;").replace("<", "&lt;") for n in notes]
        pkg.add("word/footnotes.xml",
                '<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                '<w:continuationSeparator/></w:r></w:p></w:footnote>'
                + "".join(f'<w:footnote w:id="{i}"><w:p>{run(n)}</w:p></w:footnote>' for i, n in enumerate(escaped, 1))
                + "</w:footnotes>",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "word/document.xml", f"{OFFICE_RELS}/footnotes")
    path.write_bytes(pkg.to_bytes())


def check_gold(doc: Doc, units: list[dict]) -> None:
    """Every written name word of the document's people lies inside a gold span."""
    words = {p.first for p in doc.people.values()} | {p.last for p in doc.people.values()}
    for u in units:
        for w in words:
            for m in re.finditer(rf"(?<!\w)(?:{re.escape(w)}|{re.escape(w.upper())})(?!\w)", u["text"]):
                if not any(s["start"] <= m.start() and m.end() <= s["end"] for s in u["spans"]):
                    raise AssertionError(f"{doc.name}: {w!r} outside every gold span in {u['text']!r}")


def write_documents(out_dir: Path, n: int = 12, seed: int = 5) -> list[dict]:
    """``n`` documents (.txt, .docx and the gold .json) in ``out_dir``; returns the golds."""
    out_dir.mkdir(parents=True, exist_ok=True)
    golds = []
    for i in range(1, n + 1):
        doc = Builder(seed, i).build()
        units = gold_units(doc)
        check_gold(doc, units)
        gold = {"doc": doc.name, "people": [{"key": p.key, "first": p.first, "last": p.last, "role": p.role,
                                             "styles": list(p.styles)} for p in doc.people.values()],
                "units": units, "txt_spans": write_txt(doc, out_dir / f"{doc.name}.txt")}
        write_docx(doc, out_dir / f"{doc.name}.docx")
        (out_dir / f"{doc.name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False), encoding="utf-8")
        golds.append(gold)
    return golds
