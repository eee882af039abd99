"""The rules in rules/: titles, allow lists, table labels, address and date words,
placeholders and name lists, validated on load."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from redactor.config import load_yaml_model, package_data
from redactor.errors import RedactorError
from redactor.types import Kind

DEFAULT_RULES = package_data("rules")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Titles(_Strict):
    honorifics: list[str]
    ranks: list[str]
    roles: list[str]
    abbreviated: list[str] = []
    plurals: list[str] = []
    family_plurals: list[str] = []
    role_surnames: list[str] = []
    office_heads: list[str] = []  # an office's head noun that is no title before a name: "Bailiff", "Assessor"
    office_modifiers: list[str] = []  # words before an office's head: "Deputy" of "Deputy Bailiff"
    peers: list[str] = []
    offices_after: list[str] = []
    generations: list[str] = []  # a generation's mark after a name, no name word: "Snr" of "Mr Wallace Snr"
    court_words: list[str] = []

    @property
    def opening_names(self) -> frozenset[str]:
        """The honorifics and ranks: a word that opens a person's name ("Mr", "Sgt"), never a home's."""
        return frozenset([*self.honorifics, *self.ranks])


class Allow(_Strict):
    phrases: list[str] = []
    patterns: list[str] = []
    term_endings: list[str] = []
    thing_nouns: list[str] = []  # a name between an article and one of these is a make or breed: "a Stanley knife"
    event_nouns: list[str] = []  # a name ending in one, no first name before it, is an event: "Mohill Gala"
    trade_words: list[str] = []  # a name ending in one is a shop's or a trade's: "Singh Stores"
    feature_nouns: list[str] = []  # a name of two words ending in one, the first on no name list, is a lake's
    namesake_heads: list[str] = []  # a body's head words right after the person it is named for: "Hospital"
    mastheads: list[str] = []  # a newspaper's last word after its town: "Guardian" of "Spalding Guardian"

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for p in value:
            try:
                re.compile(p)
            except re.error as e:
                raise ValueError(f"bad regular expression {p!r}: {e}") from None
        return value


class Fields(_Strict):
    header_words: list[str] = []  # words only a column header holds: a row of labels starts a table
    person: list[str] = []
    date_of_birth: list[str] = []
    address: list[str] = []
    phone: list[str] = []
    email: list[str] = []
    nhs_number: list[str] = []
    ni_number: list[str] = []

    @cached_property
    def _patterns(self) -> list[tuple[Kind, re.Pattern[str]]]:
        return [(Kind(name), re.compile(p)) for name, pats in self.model_dump(exclude={"header_words"}).items()
                for p in pats]

    @cached_property
    def _header_words(self) -> re.Pattern[str]:
        words = "|".join(r"\s+".join(re.escape(w) for w in h.split()) for h in self.header_words) or r"(?!x)x"
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)

    def has_header_word(self, cell: str) -> bool:
        """Does ``cell`` hold a word only a column header holds ("Date of Birth")?"""
        return bool(self._header_words.search(cell))

    def kind(self, label: str | None) -> Kind | None:
        """What a table label says its values are, if anything."""
        if not label:
            return None
        norm = normalise_label(label)
        return next((kind for kind, pat in self._patterns if pat.fullmatch(norm)), None)


class Addresses(_Strict):
    street_types: list[str]
    lower_case_street_types: list[str] = []
    street_directions: list[str] = []  # "199 High Street South, Rushden": a direction ending a street's name
    weak_street_types: list[str] = []
    institutions: list[str] = []
    unit_words: list[str]
    room_words: list[str] = []  # "Conference Room 2, Victoria Quay": a venue's named room, its number no house's
    postal_district_towns: list[str] = []  # "Clondalkin, Dublin 22": a city whose postal districts are numbered
    flat_floors: list[str] = []
    building_words: list[str] = []
    dwelling_words: list[str] = []
    home_name_words: list[str] = []
    lower_home_words: list[str] = []
    venue_words: list[str] = []
    leading_street_types: list[str] = []
    weak_leading_street_types: list[str] = []
    street_prepositions: list[str] = []
    home_words: list[str] = []
    residence_words: list[str] = []
    residence_prepositions: list[str] = []
    residence_phrases: list[str] = []
    home_after: list[str] = []
    place_prefixes: list[str] = []
    place_suffixes: list[str] = []
    name_openings: list[str] = []  # Welsh and Gaelic words opening a place's or building's name: "Ynys"
    place_word_openings: list[str] = []  # a word on no name list opening so is a place: "Llan" of "Llanasa"
    welsh_mutations: list[str] = []  # "G:C": a place's name after "o", "i", "yng" ("Gaernarfon" is Caernarfon)
    place_leads: list[str] = []
    local_body_heads: list[str] = []  # "Parish Council": the places a local body serves open its name
    department_heads: list[str] = []  # "Services": a department whose name lists its fields
    place_nouns: list[str] = []
    local_people: list[str] = []
    street_titles: list[str] = []
    facility_words: list[str] = []
    facility_modifiers: list[str] = []
    building_surnames: list[str] = []
    living_words: list[str] = []
    home_name_verbs: list[str] = []
    naming_words: list[str] = []  # "called", "named": a home's name, whatever its words, after them
    verb_naming_words: list[str] = []  # "called": naming only after a comma or "a cottage"
    nearness_words: list[str] = []  # "nearby": between a lead and the place it leads to
    place_prepositions: list[str] = []  # "in", "across": a lone place after one is the place
    occupier_words: list[str] = []  # "the occupier of": a home's name after
    premises_nouns: list[str] = []  # "the incident room Ladas Drive": a street after one, after "the"
    lodging_words: list[str] = []  # "of Ashford Court hotel": after a person's age, where they live
    apposition_homes: list[str] = []
    described_homes: list[str] = []
    described_home_after: list[str] = []
    described_home_not: list[str] = []
    described_things: list[str] = []  # "Home Farm, a charity": a name so described is no one's home
    journey_work_verbs: list[str] = []
    work_title_words: list[str] = []
    planning_works: list[str] = []
    hearing_words: list[str] = []
    organisation_words: list[str] = []
    parish_words: list[str] = []
    deed_descriptions: list[str] = []
    irish_counties: list[str] = []
    us_states: list[str] = []  # "Utah", "TX": a ZIP code after one and its town


class DatePattern(_Strict):
    name: str
    regex: str


class Dates(_Strict):
    dob_labels: list[str]
    dob_event_labels: list[str] = []
    dob_year_labels: list[str] = []
    dob_partial_patterns: list[str] = []
    dob_gap_words: int = 6
    dob_clause_words: list[str] = []
    life_span_words: list[str] = []  # a death told beside a life span ("RIP", "funeral")
    life_span_birth_labels: list[str] = []  # "born 1929 – died 2023"
    life_span_death_labels: list[str] = []
    life_span_owners: list[str] = []  # "Our Mum 1917 – 2007": a family word names the person
    context_before: int = 6
    context_after: int = 3
    patterns: list[DatePattern]


class Placeholders(_Strict):
    address: str
    date_of_birth: str
    phone: str
    email: str
    nhs_number: str
    ni_number: str
    other: str


class Scores(_Strict):
    min_score: dict[Kind, float]
    review_below: float = 0.7


class Aliases(_Strict):
    between: list[str]
    lead: str
    labels: str
    place_nouns: list[str] = []  # before the lead, the alias names a place: "the area now known as Sefton"
    personal_words: list[str] = []  # in the lead, only a person's other name follows: "her maiden name of Richardson"


class Policies(_Strict):
    """Which replacement policy (a Presidio operator in redactor/policies.py) replaces what;
    a case file's replacement for a person always wins."""

    person: str = "initials"
    lone_name: str = "title_initial"
    other: str = "placeholder"


class ListEvidence(_Strict):
    job_words: list[str]
    agency_words: list[str]
    label_words: list[str] = []
    role_line_words: list[str] = []
    attendance_labels: list[str] = []
    owner_labels: list[str] = []
    place_words_before: list[str] = []  # "lived in": single words listed after one are places
    place_or_parent_before: list[str] = []  # "to", "from": a place or a person's parents after one
    birth_words: list[str] = []  # "born": before "to", parents follow ("born in Waterford to Alice and")


class PersonContext(_Strict):
    before: list[str]
    before_detection: list[str] = []
    harmed_before: list[str] = []
    greetings: list[str] = []
    after: list[str]
    after_personal: list[str] = []
    before_verb: list[str] = []
    after_detection: list[str] = []
    after_pair: list[str] = []
    called: list[str] = []
    pseudonym_notes: list[str] = []
    occupations: list[str] = []
    possessed: list[str]
    kin: list[str]
    kin_plural: list[str] = []
    naming: list[str] = []
    deaths: list[str] = []
    counsel: list[str] = []
    parents: list[str] = []
    credits: list[str] = []
    case_subjects: list[str] = []
    spouse_before: list[str] = []
    caption_brackets: list[str] = []
    caption_after: list[str] = []
    speech: list[str] = []
    accused_before: list[str] = []
    accused_after: list[str] = []
    appearance_parties: list[str] = []


class People(_Strict):
    post_nominals: list[str]
    list_evidence: ListEvidence
    context: PersonContext
    reviews: list[str] = []
    review_links: list[str] = []
    review_documents: list[str] = []  # a review's document between its name and the link: "… Review Report for April"
    case_labels: list[str] = []
    court_parties: list[str] = []
    thing_labels: list[str] = []
    body_words: list[str] = []
    code_names: list[str] = []


class Pictures(_Strict):
    """What detection adds for text read inside pictures (rules/pictures.yaml)."""

    keep: list[str] = []
    birth_labels: list[str] = []
    label_tails: list[str] = []

    @field_validator("birth_labels", "label_tails")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        return Allow._compiles(value)


class KnownNameWords(_Strict):
    """How a known person's lone name that is also a month, day or place is read
    (rules/known_names.yaml, used by decide/known/); its months and days in full, as
    shipped, are ``names.CALENDAR``."""

    months: list[str]  # in full: "January"
    month_abbreviations: list[str] = []
    days: list[str]  # in full: "Monday"
    day_abbreviations: list[str] = []
    date_before: list[str] = []
    date_before_closing: list[str] = []
    day_before: list[str] = []
    date_after: list[str] = []
    date_joins: list[str] = []
    place_before: list[str] = []
    name_adverbs: list[str] = []
    name_verbs: list[str] = []
    sentence_verbs: list[str] = []
    forename_labels: list[str] = []
    surname_labels: list[str] = []

    @property
    def month_words(self) -> list[str]:
        """Months in full and abbreviated ("March", "Mar")."""
        return [*self.months, *self.month_abbreviations]

    @property
    def day_words(self) -> list[str]:
        """Days in full and abbreviated ("Sunday", "Sun")."""
        return [*self.days, *self.day_abbreviations]

    @field_validator("forename_labels", "surname_labels")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        return Allow._compiles(value)

    @cached_property
    def _name_parts(self) -> tuple[tuple[str, list[re.Pattern[str]]], ...]:
        return tuple((part, [re.compile(p) for p in patterns])
                     for part, patterns in (("first", self.forename_labels), ("last", self.surname_labels)))

    def name_part(self, label: str | None) -> str | None:
        """"first" or "last" for a column holding first names or surnames alone."""
        norm = normalise_label(label or "")
        for part, patterns in self._name_parts:
            if any(p.fullmatch(norm) for p in patterns):
                return part
        return None


class CommonWords(_Strict):
    words: list[str]
    function_words: list[str] = []


def normalise_label(label: str) -> str:
    """A table label lower-cased, bracketed parts dropped, punctuation turned to
    spaces, spaces collapsed: "Victim's name (if known)" -> "victim s name"."""
    return " ".join(re.sub(r"[^\w]+", " ", re.sub(r"\([^)]*\)", " ", label.lower())).split())


@dataclass(frozen=True)
class Rules:
    """Every rule file, loaded once per run."""

    directory: Path
    titles: Titles
    allow: Allow
    fields: Fields
    addresses: Addresses
    dates: Dates
    placeholders: Placeholders
    scores: Scores
    aliases: Aliases
    policies: Policies
    people: People
    pictures: Pictures
    known_names: KnownNameWords
    common_words: frozenset[str]
    function_words: frozenset[str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]
    localities: frozenset[str]  # UK and Irish towns, villages and districts: for addresses only

    def placeholder(self, kind: Kind) -> str:
        return getattr(self.placeholders, kind.value)

    def min_score(self, kind: Kind) -> float:
        """The least score at which a detection of ``kind`` becomes a proposed change."""
        return self.scores.min_score.get(kind, 0.0)

    @cached_property
    def towns(self) -> frozenset[str]:
        """Every town, village and district an address may name: places and localities."""
        return self.places | self.localities

    @cached_property
    def _thing_labels(self) -> tuple[re.Pattern[str], dict[str, bool]]:
        """The patterns, and what each label met so far was found to say."""
        return re.compile("|".join(f"(?:{p})" for p in self.people.thing_labels) or "(?!x)x"), {}

    def names_things(self, label: str) -> bool:
        """Does a table label say its values are roles or agencies ("Role", "Agency")?"""
        pattern, seen = self._thing_labels
        if label not in seen:
            seen[label] = pattern.fullmatch(normalise_label(label)) is not None
        return seen[label]

    @cached_property
    def _field_kinds(self) -> dict[str, Kind | None]:
        return {}  # what each label met so far says its values are

    def field_kind(self, label: str | None) -> Kind | None:
        """What a table label says its values are, if anything."""
        if not label:
            return None
        if label not in self._field_kinds:
            self._field_kinds[label] = self.fields.kind(label)
        return self._field_kinds[label]

    @property
    def all_titles(self) -> list[str]:
        return self.titles.honorifics + self.titles.ranks + self.titles.roles


def _word_list(path: Path) -> frozenset[str]:
    if not path.exists():
        raise RedactorError(f"{path}: missing rule file")
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())


@lru_cache(maxsize=1)
def shipped_fields() -> Fields:
    """The table labels of the rules shipped in the package (for readers given no rules)."""
    return load_yaml_model(DEFAULT_RULES / "fields.yaml", Fields)


@lru_cache(maxsize=1)
def shipped_known_names() -> KnownNameWords:
    """The shipped rules' words for a known lone name, with the calendar (``names.CALENDAR``)."""
    return load_yaml_model(DEFAULT_RULES / "known_names.yaml", KnownNameWords)


def load_rules(directory: Path | None = None) -> Rules:
    """Load and validate every file of a rules folder (default: the rules shipped in the package)."""
    d = Path(directory) if directory else DEFAULT_RULES
    if not d.is_dir():
        raise RedactorError(f"{d}: rules folder not found")

    def load(name: str, model):
        path = d / name
        if not path.exists():
            raise RedactorError(f"{path}: missing rule file")
        return load_yaml_model(path, model)

    def own_or_shipped(name: str) -> Path:
        """The folder's file, or the shipped one for a folder copied before that file existed."""
        return d / name if (d / name).exists() else DEFAULT_RULES / name

    common = load("common_words.yaml", CommonWords)
    return Rules(
        directory=d,
        titles=load("titles.yaml", Titles),
        allow=load("allow.yaml", Allow),
        fields=load("fields.yaml", Fields),
        addresses=load("addresses.yaml", Addresses),
        dates=load("dates.yaml", Dates),
        placeholders=load("placeholders.yaml", Placeholders),
        scores=load("scores.yaml", Scores),
        aliases=load("aliases.yaml", Aliases),
        policies=load("policies.yaml", Policies) if (d / "policies.yaml").exists() else Policies(),
        people=load("people.yaml", People),
        pictures=load("pictures.yaml", Pictures) if (d / "pictures.yaml").exists() else Pictures(),
        known_names=load("known_names.yaml", KnownNameWords) if d != DEFAULT_RULES and (d / "known_names.yaml").exists()
        else shipped_known_names(),
        common_words=frozenset(common.words) | frozenset(common.function_words),
        function_words=frozenset(common.function_words),
        first_names=_word_list(d / "names" / "first_names.txt"),
        surnames=_word_list(d / "names" / "surnames.txt"),
        places=_word_list(d / "names" / "places.txt"),
        localities=_word_list(own_or_shipped("names/localities.txt")),
    )
