"""Run every recognizer over every segment of a document: spaCy once over all
segments (``nlp.pipe``), Presidio per segment with the precomputed artifacts, then
a second pass for names already found elsewhere in the document or batch."""
from __future__ import annotations

import gc
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from copy import copy
from dataclasses import replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import cast

import regex
from presidio_analyzer import PatternRecognizer, RecognizerResult

from redactor.casefile import CaseFile
from redactor.detect.abbreviations import defined_abbreviations, names_in_another_language
from redactor.detect.address_block import AddressBlocks, across_lines, continues
from redactor.detect.artifacts import TAGS, LazyArtifacts, Untagged
from redactor.detect.bounded import made_once
from redactor.detect.bracketed_names import bracketed_names
from redactor.detect.engine import (
    ENTITY_KIND,
    LANGUAGE,
    Found,
    PreloadedSpacyNlpEngine,
    build_analyzer,
)
from redactor.detect.handles import Handles
from redactor.detect.lexicon import Lexicon
from redactor.detect.life_span import LifeSpans
from redactor.detect.line_break_names import LineBreakNames
from redactor.detect.list_items import (
    crowded_line_names,
    fellow_items,
    fellow_lines,
    list_runs,
    name_lines,
    partners_of_people,
)
from redactor.detect.local_bodies import places_served, without_place_served
from redactor.detect.lone_words import doubted_lone_words
from redactor.detect.memo import Memo
from redactor.detect.models import choose_pipeline, single_threaded_blas
from redactor.detect.pictures.confusions import as_read, put_right
from redactor.detect.pictures.labels import PictureLabels
from redactor.detect.recognizers.base import THING, TITLE_KEY, placeholder_pattern
from redactor.detect.recognizers.date_of_birth import (
    DateOfBirthRecognizer,
    DobBinder,
    date_pattern,
    same_dates,
)
from redactor.detect.recognizers.known_names import (
    FamilyPluralRecognizer,
    KnownNamesRecognizer,
    QuotedLowerCaseRecognizer,
    UnmarkedPossessiveRecognizer,
)
from redactor.detect.recognizers.name_list import NameListRecognizer
from redactor.detect.recognizers.party_caption import PartyCaptionRecognizer
from redactor.detect.recognizers.street_address import ServiceNames, StreetAddressRecognizer, StreetNames
from redactor.detect.recognizers.table_field import TableFieldRecognizer
from redactor.detect.recognizers.titled_person import TitledPersonRecognizer
from redactor.detect.role_lines import RoleLines
from redactor.detect.spans import (
    KNOWN,
    NICKNAME,
    STRONG,
    WEAK,
    clean_person,
    listed_places_written_so,
    split_people,
    street_without_its_town,
    words_naming_here,
    written_as_places,
)
from redactor.detect.suggest import Suggester
from redactor.detect.vocabulary import Vocabulary
from redactor.names import NAME_WORD, SAINT, is_initials, opened_by, opening_words, spelling_variants, words
from redactor.recognizer_names import LIST_ITEM, NER, TITLED
from redactor.rules import Rules
from redactor.types import Detection, Hint, Kind, Segment

KNOWN_SCORE = 0.8
PROPAGATE_MIN = 0.7  # only names at least this sure are looked for again elsewhere
BATCH_SIZE = 256  # texts per nlp.pipe batch: what NER makes of a text does not depend on the others
KEPT_DOCUMENTS = 256  # the documents whose words kept a detector remembers (``_words_kept``)
PEOPLE_MADE = 65536  # the persons found whose tidied people a detector remembers (``_people``)
BLOCK_SCORE = 0.85
KNOWN_ENTITIES = ("KNOWN_PERSON", "KNOWN_DOB", "KNOWN_ADDRESS")  # found by the second pass's recognizers alone
# whose streets are looked for again; not a street line alone ("Wall Street, since the bid, has …")
ADDRESS_RECOGNIZERS = ("StreetAddressRecognizer", "AddressBlockRecognizer", "NamedHomeRecognizer")
# a home's name of two words or more these find is looked for again whole
NAMED_HOMES = ("NamedHomeRecognizer", "HomeNameRecognizer")
VARIANT = "SpellingVariantRecognizer"  # a name spelt otherwise than where it was found
_NAME_WORD = regex.compile(NAME_WORD)
_TWO_LETTERS = regex.compile(r"\p{L}{2}")
_DIGIT = regex.compile(r"\d")
_BLANKS = regex.compile(r"[ \t]+")
_SAINT_SURNAME = regex.compile(rf"(?<![\w'’-]){SAINT}\.?[ \t]+{NAME_WORD}")  # "St John" of "Ian St John"
_TITLE_CASE_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_OPENING_WORD = regex.compile(r"(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})")  # a word in title case before another
# a batch's second pass asks of every name it knows, for every document
_is_initials = lru_cache(maxsize=65536)(is_initials)


class Detector:
    """Built once per process; ``detect`` is called per document."""

    def __init__(self, rules: Rules, case: CaseFile | None = None, model: str | None = None) -> None:
        case = case or CaseFile()
        self.rules = rules
        self.pipeline = choose_pipeline(model)
        self.vocabulary = Vocabulary.from_rules(rules, case.keep)
        self._opening_titles = frozenset(rules.titles.abbreviated) | {"Miss"}  # only ever before a name
        self.analyzer = build_analyzer(rules, self.vocabulary, case, self.pipeline.name)
        self.nlp_engine = cast(PreloadedSpacyNlpEngine, self.analyzer.nlp_engine)
        if any(e in KNOWN_ENTITIES for r in self.analyzer.registry.recognizers for e in r.supported_entities):
            raise ValueError(f"{KNOWN_ENTITIES} are the second pass's own entities")
        self._name_list = next(r for r in self.analyzer.registry.recognizers if isinstance(r, NameListRecognizer))
        # what two lines of a text may break, what each line's piece holds: a street (its name), a phone number
        recognizers = self.analyzer.registry.recognizers
        self._broken: list[tuple[PatternRecognizer | StreetAddressRecognizer, regex.Pattern, Kind, str]] = [
            (next(r for r in recognizers if isinstance(r, StreetAddressRecognizer)), _TWO_LETTERS, Kind.ADDRESS,
             "StreetAcrossLinesRecognizer"),
            *((r, _DIGIT, Kind.PHONE, "PhoneAcrossLinesRecognizer") for r in recognizers
              if isinstance(r, PatternRecognizer) and r.supported_entities == ["PHONE_NUMBER"])]
        self._dates = date_pattern(rules)
        self._placeholders = placeholder_pattern(rules)
        self._address_blocks = AddressBlocks(rules)
        self._street_names = StreetNames(rules)
        self._services = ServiceNames(rules)
        self._dob = DobBinder.from_rules(rules, self.vocabulary, self._dates)
        self._pictures = PictureLabels(rules, self.vocabulary, self._dates)
        pipelines: dict = self.nlp_engine.nlp or {}
        self._lexicon = Lexicon(pipelines.get(LANGUAGE))
        self._nouns = self._lexicon.by_pos.get("noun", frozenset())
        # what the dictionary knows (for a first name opening a sentence); without its tables, nothing
        self._english = cast(Container[str], self._lexicon) if self._lexicon.words else frozenset[str]()
        self._suggester = Suggester(rules, self.vocabulary, self._lexicon)
        self._bodies = [*rules.people.list_evidence.agency_words, *rules.people.body_words]
        self._kept_by_texts: dict[tuple[str, ...], frozenset[str]] = {}  # _words_kept, by a document's texts
        self._people_made: dict[tuple[Detection, str], tuple[Detection, ...]] = {}  # _people, by person and text
        # the readers outside the recognizers, of a whole document: names across lines, handles, role lines
        self._readers: list[Callable[[Sequence[Segment]], list[Detection]]] = [
            next(r for r in recognizers if isinstance(r, PartyCaptionRecognizer)).across,
            next(r for r in recognizers if isinstance(r, TitledPersonRecognizer)).across,
            *(partial(c(rules, self.vocabulary).find, english=self._english) for c in (LineBreakNames, Handles,
                                                                                       RoleLines)),
            LifeSpans(rules, self._dob).find]

    @property
    def model(self) -> str:
        return self.pipeline.name

    def detect(self, segments: Sequence[Segment], known_names: Iterable[str] = ()) -> list[Detection]:
        """Every detection in ``segments``; ``known_names`` come from earlier documents of a batch."""
        first, second = self.passes(segments, known_names)
        return first + second

    def passes(self, segments: Sequence[Segment], known_names: Iterable[str] = (), hints: bool = True,
               memo: Memo | None = None) -> tuple[list[Detection], list[Detection]]:
        """The detections that no name known from elsewhere changes (NER and every
        recognizer: the slow part), and those of the second pass (``known_pass``). Lines
        read in pictures are read with the characters OCR confuses put right. Without
        ``hints`` no suggestion is read (where nothing shows them): the rest is the same.
        A batch's ``memo`` spares reading again a text an earlier document held."""
        read, segments = segments, put_right(segments)
        memo = Memo() if memo is None else memo
        with single_threaded_blas(), collector_paused():
            first, artifacts = self._first(segments, hints, memo)
            second = self.known_pass(read, first, known_names, artifacts, hints)
        memo.trim()
        return as_read(first, read), second

    def _first(self, segments: Sequence[Segment], hints: bool, memo: Memo
               ) -> tuple[list[Detection], list[LazyArtifacts]]:
        texts = [s.text for s in segments]
        engine = self.nlp_engine
        distinct = list(dict.fromkeys(texts))  # spaCy reads each distinct text once
        new = [t for t in distinct if t not in memo.artifacts]
        for text, a in zip(new, (a for _, a in engine.process_batch(new, LANGUAGE, batch_size=BATCH_SIZE)),
                           strict=True):
            memo.add(text, a)
        by_text = {t: memo.get(t) for t in distinct}
        artifacts = [by_text[t] for t in texts]
        engine.tag([a for t, a in by_text.items() if self._name_list.reads_part_of_speech(t, a)],
                   LANGUAGE, BATCH_SIZE, TAGS)
        found = [d for per_segment in self._first_passes(segments, artifacts, memo.results) for d in per_segment]
        found += self._blocks(segments) + self._dates_across(segments) + self._pictures.find(segments)
        found += [Detection(segments[i].id, a, b, segments[i].text[a:b], kind, BLOCK_SCORE, name,
                            "broken over two lines")
                  for r, piece, kind, name in self._broken for i, a, b in across_lines(segments, r, piece)]
        found += self._tidied(segments, [d for read in self._readers for d in read(segments)])
        persons = [d for d in found if d.kind is Kind.PERSON]
        people: dict[str, list[Detection]] = {}
        for d in persons:
            people.setdefault(d.segment_id, []).append(d)
        fellows = [d for run in list_runs(segments) if any(s.id in people for s in run)
                   for d in fellow_items(run, [p for s in run for p in people.get(s.id, [])], self.vocabulary,
                                         self._english)]
        found += self._tidied(segments, fellows + fellow_lines(segments, persons, self.vocabulary)
                              + crowded_line_names(segments, persons, self.vocabulary, self._english)
                              + partners_of_people(segments, persons, self.vocabulary, self._english)
                              + name_lines(segments, persons, self.vocabulary, self._english)
                              + bracketed_names(segments, persons, self.vocabulary))
        kept = self._words_kept(segments)
        found = [d for d in found if not (d.kind is Kind.PERSON and d.recognizer in WEAK
                                          and all(w in kept for w in words(d.text)))]
        text_of = {s.id: s.text for s in segments}
        served = places_served(texts, self.vocabulary)  # "Cllr T Noblett Wheaton Aston": the place stays
        if served is not None:
            found = [without_place_served(d, text_of[d.segment_id], served, self.vocabulary)
                     if d.kind is Kind.PERSON and d.segment_id in text_of else d for d in found]
        found = [street_without_its_town(d, self.vocabulary) for d in self._without_towns(found, texts, text_of)]
        services = self._services.in_texts(texts)  # "a resident of Ty Mair" beside "the Ty Mair Care Home"
        found = [d for d in found if not (d.kind is Kind.ADDRESS and d.text in services and not _DIGIT.search(d.text))]
        found, doubted = doubted_lone_words(found, segments, self.vocabulary, self._lexicon)  # "Spalding Guardian"
        if not hints:
            return found, artifacts
        return found + doubted + self._suggester.first(segments, artifacts, self._sure(found), kept), artifacts

    def _without_towns(self, found: list[Detection], texts: Sequence[str], text_of: dict[str, str]) -> list[Detection]:
        """``found`` without a lone word NER alone calls a person that the document writes where its
        town stands ("the West End of Barry": "to represent Barry"), unless a person's full or titled name
        holds it ("Barry Jones", "Mr Barry") or what people do follows it ("Barry said")."""
        here = listed_places_written_so(texts, self.vocabulary)
        if not here:
            return found
        here -= {w for d in found if d.kind is Kind.PERSON and (d.title or len(words(d.text)) > 1)
                 for w in words(d.text)}
        return [d for d in found if not (d.kind is Kind.PERSON and d.recognizer in WEAK and d.title is None
                                         and d.text in here and d.segment_id in text_of
                                         and not self.vocabulary.person_verb.match(text_of[d.segment_id], d.end))]

    def known_pass(self, segments: Sequence[Segment], first: Sequence[Detection], known_names: Iterable[str],
                   artifacts: Sequence[LazyArtifacts] | None = None, hints: bool = True) -> list[Detection]:
        """The second pass: every name, date of birth and street sure enough in ``first`` (the
        document's first pass, see ``passes``), and ``known_names``, looked for everywhere. Its
        recognizers read no NLP: without ``artifacts``, texts are only tokenized. Its hints
        (``detect/suggest/``): every occurrence of a person found, and words spelt like the names."""
        read, segments = segments, put_right(segments)
        texts = [s.text for s in segments]
        known_names = set(known_names)
        kept = self._words_kept(segments)
        propagated = self.names_to_propagate(first, kept, texts)
        looked_for = {n for n in known_names | propagated if not _is_initials(n)}  # what the hints are told
        # a name from elsewhere that no text here holds in any form looked for finds nothing: left out (a
        # batch's thousands of names), unless the pass would then have no name to look for at all
        present = _written_in(known_names, texts)
        names = (present if any(not _is_initials(n) for n in present | propagated) else known_names) | propagated
        # a year of birth alone ("born in 1975") is not looked for again: every "1975" would go
        dates = same_dates({d.text for d in first if d.kind is Kind.DATE_OF_BIRTH and not d.text.isdigit()
                            and d.score >= self.rules.min_score(d.kind)}, texts, self._dates)
        streets = self._street_names.in_addresses(d.text for d in first if d.recognizer in ADDRESS_RECOGNIZERS
                                                  and d.score >= self.rules.min_score(d.kind))
        streets |= {d.text for d in first if d.recognizer in NAMED_HOMES and len(d.text.split()) > 1
                    and d.score >= self.rules.min_score(d.kind)}
        # a nickname of capitals ("better known as JJ"); other capitals are never looked for ("Austria III")
        nicknames = {n for n in known_names if _is_initials(n)} | \
            {d.text for d in first if d.recognizer == NICKNAME and _is_initials(d.text)}
        names = {n for n in names if not _is_initials(n)}
        # a surname opened by a saint's word is looked for whole: after "St" a lone word is the saint's (clean_person)
        names |= {m.group() for n in names if " " in n for m in _SAINT_SURNAME.finditer(n, 1)}
        sure = {d.text for d in first if d.kind is Kind.PERSON and d.score >= PROPAGATE_MIN
                and (d.recognizer not in WEAK or d.title or len(words(d.text)) > 1)}
        variants = self._spelt_otherwise(sure, names, texts, kept)
        known = [
            KnownNamesRecognizer(names, "KNOWN_PERSON", KNOWN_SCORE, KNOWN, "a name found elsewhere in the document"),
            KnownNamesRecognizer(variants, "KNOWN_PERSON", KNOWN_SCORE, VARIANT,
                                 "another spelling of a name found elsewhere in the document"),
            FamilyPluralRecognizer(names, "KNOWN_PERSON", KNOWN_SCORE, KNOWN, "a family called by a name found "
                                   "elsewhere in the document, in the plural"),
            UnmarkedPossessiveRecognizer(self._unmarked_possessives(names), self._nouns, "KNOWN_PERSON", KNOWN_SCORE,
                                         KNOWN, "a name found elsewhere in the document, with a possessive's 's' "
                                         "and no apostrophe"),
            KnownNamesRecognizer(nicknames, "KNOWN_PERSON", KNOWN_SCORE, NICKNAME,
                                 "a nickname given elsewhere in the document"),
            KnownNamesRecognizer(dates, "KNOWN_DOB", KNOWN_SCORE, "KnownDateOfBirthRecognizer",
                                 "a date given as a date of birth elsewhere in the document"),
            KnownNamesRecognizer(streets, "KNOWN_ADDRESS", KNOWN_SCORE, "KnownAddressRecognizer",
                                 "a street found in an address elsewhere in the document")]
        titles = [_lower_case_title(s.text) for s in segments]
        lower = [
            KnownNamesRecognizer({n.lower() for n in names if len(n) > 2}, "KNOWN_PERSON", KNOWN_SCORE,
                                 KNOWN, "a name found elsewhere in the document, in a title")] if any(titles) else []
        # a full name as a web address writes it, in lower case joined by hyphens: ".../amarjit-singh-report/"
        # (looked for only in a text holding a "/")
        slugs = [KnownNamesRecognizer({"-".join(parts).lower() for n in names if len(parts := words(n)) > 1},
                                      "KNOWN_PERSON", KNOWN_SCORE, KNOWN,
                                      "a name found elsewhere in the document, in a web address")
                 ] if any("/" in t for t in texts) else []
        known.append(QuotedLowerCaseRecognizer(self._lowered_first_names(names), "KNOWN_PERSON", KNOWN_SCORE, KNOWN,
                                               "a first name found elsewhere in the document, in lower case in a "
                                               "quoted post"))
        found: list[Detection] = []
        if names or dates or streets:
            second: dict[str, list[RecognizerResult]] = {}  # by text: the pass reads nothing else
            converted: dict[tuple[str, tuple[str, ...]], tuple[str, list[Detection]]] = {}
            for i, (segment, title) in enumerate(zip(segments, titles, strict=True)):
                if segment.text not in second:
                    second[segment.text] = self._second_pass(
                        segment.text, artifacts[i] if artifacts else None,
                        known + (lower if title else []) + (slugs if "/" in segment.text else []))
                found += _once(converted, segment, lambda s: self._convert(s, second[s.text]))
        if not hints:
            return as_read(found, read)
        changes = self._sure([*first, *found])
        forms = {d.text for d in changes if d.kind is Kind.PERSON}
        return as_read([*found, *self._suggester.second(segments, looked_for, forms)], read)

    def _unmarked_possessives(self, names: Iterable[str]) -> set[str]:
        """The words of ``names`` in title case, three letters or more, with an "s" after them that makes no
        listed name, place nor English word ("Gillians"; not "Roberts", "Peters", "Bills", "Wells")."""
        return {f for n in names for w in words(n) if len(w) > 2 and _TITLE_CASE_WORD.fullmatch(w) and w[-1] != "s"
                and not self.vocabulary.is_listed(f := f"{w}s") and not self.vocabulary.in_places(f)
                and self.vocabulary.is_name_word(f) and f not in self._lexicon}

    def _lowered_first_names(self, names: Iterable[str]) -> set[str]:
        """The listed first names among ``names`` in lower case, three letters or more, that the
        dictionary knows as no verb, adjective or adverb ("tara"; not "grace", "will" nor "rose")."""
        return {n.lower() for n in names if " " not in n and len(n) > 2 and n[1:].islower()
                and self._lowers_as_a_name(n)}

    def _a_word_before(self, word: str) -> bool:
        """Is ``word``, opening a name, a dictionary word on no first-name list ("Rape" of "Rape Crisis
        Scotland"; not "Rose", "Silivina", nor an initial: "C" of "C. Cairns")?"""
        return len(word) > 1 and word in self._english and not self.vocabulary.in_first_names(word)

    @lru_cache(maxsize=65536)  # noqa: B019 - one detector a process; a batch asks of the same names per document
    def _lowers_as_a_name(self, name: str) -> bool:
        lowered = name.lower()
        return self.vocabulary.is_first_name(name) and lowered not in self.vocabulary.function_words \
            and not self._lexicon.more_than_a_noun(lowered)

    def _sure(self, detections: Iterable[Detection]) -> list[Detection]:
        """The detections sure enough to be changes (hints never are)."""
        return [d for d in detections if d.score >= self.rules.min_score(d.kind) and not isinstance(d, Hint)]

    def _spelt_otherwise(self, sure: set[str], names: set[str], texts: list[str], kept: AbstractSet[str]) -> set[str]:
        """Words of the document spelt one letter away from a word of a name it gives itself, on
        more than a lone word NER or a name list found ("Kendall" after "Mark Kendal"; not
        "Article" after NER's "Articles", nor "Zakład" after "Zakłady Metalowe" in another
        document): name words in title case or capitals, no word of an allow-listed name."""
        if not sure:
            return set()
        written = {w for t in dict.fromkeys(texts) for w in _NAME_WORD.findall(t)} - names
        candidates = {w for w in written if (w[1:].islower() or w.isupper()) and self.vocabulary.is_name_word(w)
                      and w not in kept}  # a place after "in" or "to" stays the place (clean_person)
        single = {w for n in sure for w in words(n) if self.vocabulary.is_name_word(w)}
        variants = spelling_variants(single, candidates) if candidates else set()
        return variants - written_as_places(texts, variants, self.vocabulary)  # "in Harrow" after "Harro"

    def _second_pass(self, text: str, nlp_artifacts: LazyArtifacts | None,
                     known: list[KnownNamesRecognizer]) -> list[RecognizerResult]:
        """Presidio's analysis of ``text`` by the ``known`` recognizers alone, in their order:
        which of two finding the same span with the same score is kept, "a name found
        elsewhere" or "another spelling", must not turn on where they sit in memory (Presidio's
        registry collects the recognizers of named entities in a set)."""
        if not any(r.pattern is not None and r.pattern.search(text) for r in known):
            return []  # nothing known here: Presidio would find nothing either
        nlp_artifacts = nlp_artifacts or self.nlp_engine.tokenized(text, LANGUAGE)
        found = self.analyzer.find(text, nlp_artifacts, known, list(KNOWN_ENTITIES))
        return self._joined(text, self.analyzer.settle(text, found, nlp_artifacts, known))

    def _joined(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Two lone known words written one after the other, a listed first name first, as one
        full name ("Alfie Dear" after "Alfred 'Alfie' Dear"): alone, a name before an ordinary
        capitalised word would be read as naming a thing."""
        people = sorted((r for r in results if r.entity_type == "KNOWN_PERSON"), key=lambda r: r.start)
        for a, b in pairwise(people):
            if a.end < b.start and _BLANKS.fullmatch(text, a.end, b.start) \
                    and not _BLANKS.search(text, a.start, a.end) and not _BLANKS.search(text, b.start, b.end) \
                    and self.vocabulary.in_first_names(text[a.start:a.end]) and a.score == b.score:
                a.end = b.end
                b.score = 0  # taken into the name before it
        return [r for r in results if r.score]

    def _first_passes(self, segments: Sequence[Segment], artifacts: list,
                      results: dict[str, dict[tuple[str, ...], list[RecognizerResult]]]) -> list[list[Detection]]:
        """The first pass over every segment, analysed once per distinct text and labels
        (a report repeats its headings, table labels and standard phrases), kept in
        ``results`` by text and labels. A text whose context enhancement turns out to read
        lemmas (a number weighed by the words around it) is set aside with its recognizers'
        results, tagged with the others set aside in one batch, and enhanced then. (Its
        results do not change with tagging: the one recognizer reading tags, the name lists',
        has them already, and the lemmatizer's stage changes only the tags of spaces.)"""
        for a in artifacts:
            a.deferred = True
        untagged: dict[tuple[str, tuple[str, ...]], tuple[Segment, LazyArtifacts, Found | None]] = {}
        by_text: dict[str, Found] = {}
        for segment, nlp_artifacts in zip(segments, artifacts, strict=True):
            by_labels = results.setdefault(segment.text, {})
            if segment.labels not in by_labels and (segment.text, segment.labels) not in untagged:
                found = None
                try:
                    found = self._find(segment, nlp_artifacts, by_text)
                    by_labels[segment.labels] = self._settle(segment, found, nlp_artifacts)
                except Untagged:
                    untagged[segment.text, segment.labels] = (segment, nlp_artifacts, found)
        for a in artifacts:
            a.deferred = False
        self.nlp_engine.tag([a for _, a, _ in untagged.values()], LANGUAGE, BATCH_SIZE)
        for (text, labels), (segment, nlp_artifacts, found) in untagged.items():
            found = found or self._find(segment, nlp_artifacts, by_text)
            results[text][labels] = self._settle(segment, found, nlp_artifacts)
        converted: dict[tuple[str, tuple[str, ...]], tuple[str, list[Detection]]] = {}
        return [_once(converted, segment, lambda s: self._labelled_dates(s) + self._convert(
            s, results[s.text][s.labels])) for segment in segments]

    def _find(self, segment: Segment, nlp_artifacts: LazyArtifacts, by_text: dict[str, Found]) -> Found:
        """Presidio's first pass over one segment up to context enhancement (Analyzer.first_pass),
        with a recognizer for each of its table labels that names a kind. The registry's
        recognizers read a text once (kept in ``by_text``) whatever its labels (a table repeats
        a value under other columns): each segment gets copies of their results, as ``_convert``
        moves the end of a person's."""
        text = segment.text
        if text not in by_text:
            recognizers = self.analyzer.first_pass(text)
            by_text[text] = Found(recognizers, self.analyzer.find(text, nlp_artifacts, recognizers))
        shared = by_text[text]
        ad_hoc = self.analyzer.able(text, [TableFieldRecognizer(kind, label, self.vocabulary, self._dates,
                                                                self._placeholders)
                                           for label in segment.labels
                                           if (kind := self.rules.field_kind(label)) not in (None, Kind.OTHER)])
        results = [copy(r) for r in shared.results]
        return Found(shared.recognizers + ad_hoc,
                     results + self.analyzer.find(text, nlp_artifacts, ad_hoc) if ad_hoc else results)

    def _settle(self, segment: Segment, found: Found, nlp_artifacts: LazyArtifacts) -> list[RecognizerResult]:
        """The first pass's results for one segment, its table labels as context words."""
        context = [w.lower() for label in segment.labels for w in label.split()]
        return self.analyzer.settle(segment.text, found.results, nlp_artifacts, found.recognizers, context or None)

    def _labelled_dates(self, segment: Segment) -> list[Detection]:
        """The date a table label such as "Date of birth / death" binds by its words."""
        return [self._dob_detection(segment, a, b, f"the date table label '{label}' gives as '{why}'")
                for label in segment.labels if self.rules.field_kind(label) is None
                for a, b, why in self._dob.in_cell(label, segment.text)]

    def _blocks(self, segments: Sequence[Segment]) -> list[Detection]:
        """The lines of address blocks above a postcode, but for what the allow list keeps.
        A street line alone is weaker evidence, and is not looked for again elsewhere."""
        out = []
        for block in self._address_blocks.find(segments):
            segment, start, end = segments[block.segment], block.start, block.end
            keep = self.vocabulary.keep_spans(segment.text)
            if any(a <= start and end <= b for a, b in keep):
                continue
            # a kept name opening the line stays: "Devon County Council County Hall,"
            start = max([start, *(b for a, b in keep if a <= start < b)])
            start += len(segment.text[start:end]) - len(segment.text[start:end].lstrip(" \t,"))
            out.append(Detection(segment.id, start, end, segment.text[start:end], Kind.ADDRESS, BLOCK_SCORE,
                                 *(("StreetLineRecognizer", "a street that is a whole line or piece between commas")
                                   if block.alone else
                                   ("AddressBlockRecognizer", "the lines of an address above its postcode"))))
        return out

    def _dates_across(self, segments: Sequence[Segment]) -> list[Detection]:
        """A date of birth opening the paragraph or line after its label ("Date of birth:"), and
        those of the rows below a line of column names ("Name | Age | DOB") until a row has none."""
        out = []
        for before, segment in pairwise(segments):
            bound = self._dob.across(before.text, segment.text) if continues(before, segment) else None
            if bound is not None:
                start, end, label = bound
                out.append(self._dob_detection(segment, start, end, f"the date labelled '{label}' on the line before"))
        joined = [False, *(continues(a, b) for a, b in pairwise(segments))]
        out += [self._dob_detection(segments[i], a, b, "the date under a date of birth column")
                for i, a, b in self._dob.in_columns([s.text for s in segments], joined)]
        return out

    @staticmethod
    def _dob_detection(segment: Segment, start: int, end: int, why: str) -> Detection:
        return Detection(segment.id, start, end, segment.text[start:end], Kind.DATE_OF_BIRTH,
                         DateOfBirthRecognizer.SCORE, "DateOfBirthRecognizer", why)

    def _convert(self, segment: Segment, results: list[RecognizerResult]) -> list[Detection]:
        out = []
        keep = self.vocabulary.keep_spans(segment.text) if results else []
        things = [(r.start, r.end) for r in results if r.entity_type == THING]
        postcodes = [r.start for r in results if r.entity_type == "UK_POSTCODE"]
        if any(self.rules.names_things(label) for label in segment.labels):  # a cell under "Role" or "Agency"
            things.append((0, len(segment.text)))
        for r in results:
            if r.entity_type == "PERSON" and keep:
                r.start, r.end = self._between_bodies(segment.text, self._after_family_word(
                    segment.text, r.start, r.end, keep), r.end, keep)
            if r.entity_type == "PERSON":  # NER's "Manchester M" of "Manchester M60 1AA": the postcode is no name
                r.end = min([r.end, *(p for p in postcodes if r.start < p < r.end)])
            if _kept(r, self._left_to_a_titled_name(segment.text, r, keep)) \
                    or things and _lone_word_in_a_thing(r, segment.text, things):
                continue
            kind = ENTITY_KIND.get(r.entity_type)
            if kind is None:
                continue
            meta = r.recognition_metadata or {}
            d = Detection(segment.id, r.start, r.end, segment.text[r.start:r.end], kind, round(r.score, 3),
                          meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "unknown"), _reason(r), meta.get(TITLE_KEY))
            if kind is not Kind.PERSON:
                out.append(d)
                continue
            out += self._people(d, segment.text)
        return out

    def _after_family_word(self, text: str, start: int, end: int, keep: list[tuple[int, int]]) -> int:
        """Where a person opening with a family word in title case that the allow list keeps starts:
        after it, the word being what the family calls the person ("our Uncle Stan", "Cousin Jack")."""
        m = _OPENING_WORD.match(text, start, end)
        if m and (start, m.end(1)) in keep and m.group(1).lower() in self.vocabulary.kin:
            return m.end()
        return start

    def _left_to_a_titled_name(self, text: str, r: RecognizerResult,
                               keep: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The allow-listed spans that may keep a person: after a title only ever written before a
        name ("Mr", "Dr"), a word in title case opening the name is the name's, whatever acronym the
        allow list reads in it ("Mr Ed McFarlane": not ED, the emergency department); so is, for a name
        the document gives found again, the name of a firm or a shop that it ends before the firm's ending
        ("Ruse & Son", "Oliver Ruse & Son", "T E Davies and Son" where Mr Ruse and Tom Davies are known: the
        business's word stays, the known name goes, whoever else the firm's first words name). (A known name found
        again alone in title case that the allow list keeps as an acronym, "Ed told" after "Ed Balls said",
        goes by the known-names audit, whose allow list reads an acronym only as written: ``decide/known``.)"""
        meta = r.recognition_metadata or {}
        if r.entity_type == "KNOWN_PERSON" and meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) == KNOWN:
            firm = self.vocabulary.firm_tail
            keep = [(a, b) for a, b in keep if not (a <= r.start and firm.fullmatch(text, r.end, b))]
        title = meta.get(TITLE_KEY) if r.entity_type == "PERSON" else None
        if title not in self._opening_titles:
            return keep
        return [(a, b) for a, b in keep
                if not (a == r.start and b <= r.end and _TITLE_CASE_WORD.fullmatch(text, a, b))]

    def _people(self, d: Detection, text: str) -> list[Detection]:
        """The people a person found in ``text`` names, each tidied (``split_people``, ``clean_person``):
        every person found goes through here, whoever found it, before it is looked for again. What they
        are depends on nothing else: made once (a batch runs a document's second pass again)."""
        made = made_once(self._people_made, (d, text), PEOPLE_MADE, lambda: tuple(self._tidy_person(d, text)))
        return list(made)

    def _tidy_person(self, d: Detection, text: str) -> list[Detection]:
        out = []
        for piece in split_people(d, text, self.vocabulary):
            cleaned = clean_person(piece, text, self.vocabulary, self._english)
            if cleaned is not None and not (_on_weak_evidence(cleaned)
                                            and self._lexicon.names_a_thing(cleaned.text, self.vocabulary)):
                out.append(cleaned)  # not NER's "Shorthand Writers", "Portfolio Holder": English words
        return out

    def _tidied(self, segments: Sequence[Segment], found: Iterable[Detection]) -> list[Detection]:
        """What the readers outside the recognizers found (lists, headings and names over line
        breaks, handles), their people tidied as the recognizers' are (``_people``): a rank's
        portfolio an attendance list holds ("ACC Crime Operations") is no person to look for again."""
        texts = {s.id: s.text for s in segments}
        return [p for d in found
                for p in (self._people(d, texts[d.segment_id]) if d.kind is Kind.PERSON else [d])]

    def _between_bodies(self, text: str, start: int, end: int, keep: list[tuple[int, int]]) -> tuple[int, int]:
        """Where a person found running on into allow-listed bodies' names starts and ends: after
        the body it opens in and before the body after it, when a full name opens what is left
        ("Amy Tate Oldham Council", "Wales ET Amy Tate Thompsons, solicitors" in a flattened
        attendance list); the words before the body's are tidied later ("Edinburgh Juliet Matipano - West
        Lothian Council": Juliet Matipano)."""
        opening = next((d for c, d in keep if c <= start < d < end), None)
        if opening is not None:
            after = _NAME_WORD.search(text, opening, end)
            at = after.start() if after else end
            parts = words(text[at:end])
            if len(parts) < 2 or not self.vocabulary.is_first_name(parts[0]) or any(c <= at < d for c, d in keep):
                return start, end
            start = at
        inside = [a for a, b in keep if start < a < end and not any(c <= start < d for c, d in keep)]
        if inside:
            parts = words(text[start:min(inside)])
            if len(parts) > 1 and any(self.vocabulary.is_first_name(p) for p in parts[:-1]):
                return start, start + len(text[start:min(inside)].rstrip(" \t,;–-"))
        return start, end

    def _words_kept(self, segments: Sequence[Segment]) -> frozenset[str]:
        """Words the document uses inside allow-listed names ("Salford" of "Salford
        Royal NHS Foundation Trust", "Dunn" and "Marsh" of "Dunn Marsh Solicitors") and the
        short names it defines for its bodies ("... Safeguarding Board (CYSUR)"), the towns it writes
        where a town stands ("moved to Glengormley"), the things it writes after an article ("the
        Manitou") and the names a Welsh or Gaelic word opens ("Gwalia" of "Grwp Gwalia"): alone or
        together, they are not taken as a person on weak evidence, nor looked for
        again. Worked out once per document's texts: its first pass, its second and, in a batch, its
        second again with the names of the other documents all ask."""
        texts = tuple(s.text for s in segments)
        return made_once(self._kept_by_texts, texts, KEPT_DOCUMENTS, lambda: frozenset(
            {w for t in texts for a, b in self.vocabulary.keep_spans(t) for w in words(t[a:b])}
            | defined_abbreviations(texts, self._bodies)
            | names_in_another_language(texts, self._bodies, self.vocabulary)
            | words_naming_here(texts, self.vocabulary)))

    def names_to_propagate(self, detections: Iterable[Detection], kept: AbstractSet[str],
                           texts: Sequence[str] = ()) -> set[str]:
        """Names sure enough to be looked for everywhere: the full name, and each word
        that is not part of an allow-listed name in this document (unless strong evidence gives
        the person), nor, when only NER or a name list found it, a place (unless the listed
        surname of a listed first name: "Bell" of "Mary Bell", or the surname of a full name
        opening with no place nor dictionary word on no first-name list that ``texts`` never write as a
        place: "Sousa" of "Silivina Sousa", never "in Sousa", nor "Scotland" of "Rape Crisis Scotland");
        nothing of a lone dictionary word on no name list found so. A list's item read below ``STRONG``
        (for its fellows alone) is as weak as NER."""
        names: set[str] = set()
        detections = list(detections)
        surnames = {words(d.text)[-1] for d in detections if d.kind is Kind.PERSON and len(words(d.text)) > 1}
        as_places = written_as_places(texts, surnames, self.vocabulary)
        for d in detections:
            if d.kind is Kind.PERSON and (d.score >= PROPAGATE_MIN or d.title):
                # a list's item read as a person only for its fellows is as weak as NER ("Rape Crisis Scotland")
                weak = d.recognizer in WEAK or d.recognizer == LIST_ITEM and d.score < STRONG
                parts = words(d.text)
                if weak and len(parts) == 1 and parts[0] in self._english and not self.vocabulary.is_listed(parts[0]):
                    continue  # a dictionary word NER alone calls a person ("a premises Licence") is not looked for
                names.add(d.text)
                if d.title and d.text.islower():  # "Sheriff fiona tait": "Fiona Tait", "Tait" elsewhere
                    names.add(d.text.title())
                    parts = words(d.text.title())
                # a place that is a listed surname after a listed first name is the surname ("Mary Bell")
                listed = len(parts) > 1 and self.vocabulary.in_first_names(parts[0]) \
                    and self.vocabulary.in_surnames(parts[-1])
                surname = listed or len(parts) > 1 and bool(texts) and not self.vocabulary.in_places(parts[0]) \
                    and parts[-1] not in as_places and not self._a_word_before(parts[0])
                # a word of an allow-listed name is a person's too where strong evidence or a listed first name
                # gives the person ("Khan" of "Imran Khan" and "Khan Tandoori": the restaurant stays, "Khan said" goes)
                given = not weak and (d.score >= STRONG or d.title is not None)
                names |= {w for w in parts if len(w) > 1 and self.vocabulary.is_name_word(w)
                          and w not in self.vocabulary.name_openings  # "Ty" of "Jane Thomas Ty Waunarlwydd"
                          and (w not in kept or given or listed and w == parts[-1])
                          and not (weak and self.vocabulary.is_place(w) and not (surname and w == parts[-1]))}
        # a name in capitals is also written in title case: "ELIZABETH" in a title page, "Elizabeth" after
        return names | {w.title() for w in names if w.isupper() and len(w) > 2 and " " not in w
                        and (self.vocabulary.in_first_names(w.title()) or self.vocabulary.in_surnames(w.title()))}


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection by the cyclic garbage collector inside: detection makes millions
    of short-lived objects (matches, results, detections) and almost no cycles, and each
    collection walked every one still alive. Paused by its threshold, not ``gc.disable()``,
    which a library may undo (srsly's msgpack reader enables the collector when it is done)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _once(done: dict[tuple[str, tuple[str, ...]], tuple[str, list[Detection]]], segment: Segment,
          convert: Callable[[Segment], list[Detection]]) -> list[Detection]:
    """The detections ``convert`` makes of ``segment``, made once per text and table labels (a
    report repeats its headings, labels and standard phrases; what they become depends on
    nothing else) and kept in ``done``: another segment of the same gets them with its own id."""
    key = segment.text, segment.labels
    if key not in done:
        done[key] = segment.id, convert(segment)
    made_for, found = done[key]
    return found if made_for == segment.id else [replace(d, segment_id=segment.id) for d in found]


def _written_in(names: AbstractSet[str], texts: Sequence[str]) -> set[str]:
    """The ``names`` the second pass may find in ``texts``: a word of them, or one whose form looked
    for (as written, in the plural, in lower case, as a web address's slug) opens with a word there."""
    if not names:
        return set()
    openings = opening_words(texts)
    written = {w for t in dict.fromkeys(texts) for w in _NAME_WORD.findall(t)}
    return {n for n in names if n in written or not _opened_by_forms(n).isdisjoint(openings)}


@lru_cache(maxsize=65536)  # a batch asks of the same names for each document
def _opened_by_forms(name: str) -> frozenset[str]:
    """The words the forms of ``name`` the second pass looks for open with (``opened_by``)."""
    return frozenset().union(*(opened_by(form) for form in (name.strip(), f"{name.strip()}s", name.lower(),
                                                            "-".join(words(name)).lower(),
                                                            f"{words(name)[-1]}s" if words(name) else "")))


def _lower_case_title(text: str) -> bool:
    """A short line all in lower case, as file names and web titles are written
    ("scr declan final report"): known names are looked for in lower case too."""
    return text == text.lower() and any(c.isalpha() for c in text) and len(text.split()) <= 20


def _kept(r: RecognizerResult, keep: list[tuple[int, int]]) -> bool:
    """Does the allow list keep this text? A person overlapping an allow-listed name is
    dropped; an address only when wholly inside one ("Hope Street" of "Hope Street
    Centre", never "82 Moorside Court"); contact details and dates of birth never."""
    kind = ENTITY_KIND.get(r.entity_type)
    if kind is Kind.PERSON:
        return any(a < r.end and r.start < b for a, b in keep)
    return kind is Kind.ADDRESS and any(a <= r.start and r.end <= b for a, b in keep)


def _on_weak_evidence(d: Detection) -> bool:
    """Found by NER alone, or after a role ("Director Include Youth"), not after a title."""
    return d.recognizer == NER and d.title is None or d.recognizer == TITLED and d.score < STRONG


def _lone_word_in_a_thing(r: RecognizerResult, text: str, things: list[tuple[int, int]]) -> bool:
    """Is this a single word NER or a name list took for a person inside a span a
    recognizer says names a thing ("Splitz" of "Ben Ola – Designated Safeguarding Lead, Splitz")?"""
    meta = r.recognition_metadata or {}
    return r.entity_type == "PERSON" and meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) in WEAK \
        and not any(c.isspace() for c in text[r.start:r.end]) and any(a <= r.start and r.end <= b for a, b in things)


def _reason(r: RecognizerResult) -> str:
    e = r.analysis_explanation
    if e is None:
        return ""
    why = e.textual_explanation or e.pattern_name or ""
    if e.supportive_context_word:
        why += f"; context word '{e.supportive_context_word}'"
    return why.strip("; ")
