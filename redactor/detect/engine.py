"""Build Presidio's AnalyzerEngine over our spaCy pipeline, with Presidio's own
UK recognizers switched on and ours registered beside them. Nothing here reaches
the network: the pipeline is preloaded, and no recognizer that fetches data is used."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    NhsRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UkNinoRecognizer,
    UkPostcodeRecognizer,
)
from pydantic import BaseModel
from spacy.tokens import Doc

from redactor.casefile import CaseFile
from redactor.config import load_yaml_model
from redactor.detect.artifacts import LEMMAS, LazyArtifacts, LemmaForms
from redactor.detect.models import load_pipeline
from redactor.detect.recognizers.alias import AliasRecognizer
from redactor.detect.recognizers.capital_street import CapitalStreetRecognizer
from redactor.detect.recognizers.case_name import CaseNameRecognizer
from redactor.detect.recognizers.date_of_birth import DateOfBirthRecognizer
from redactor.detect.recognizers.home_name import HomeNameRecognizer
from redactor.detect.recognizers.initial_name import InitialNameRecognizer
from redactor.detect.recognizers.known_names import KnownNamesRecognizer
from redactor.detect.recognizers.name_list import NameListRecognizer
from redactor.detect.recognizers.named_home import NamedHomeRecognizer
from redactor.detect.recognizers.office_after import OfficeAfterRecognizer
from redactor.detect.recognizers.party_caption import PARTY_CAPTION, PartyCaptionRecognizer
from redactor.detect.recognizers.people_list import PeopleListRecognizer
from redactor.detect.recognizers.person_context import PersonContextRecognizer
from redactor.detect.recognizers.planning_site import PlanningSiteRecognizer
from redactor.detect.recognizers.postcode_district import PostcodeDistrictRecognizer
from redactor.detect.recognizers.review_title import ReviewTitleRecognizer
from redactor.detect.recognizers.street_address import StreetAddressRecognizer
from redactor.detect.recognizers.titled_person import TitledPersonRecognizer
from redactor.detect.recognizers.us_address import UsAddressRecognizer
from redactor.detect.vocabulary import Vocabulary
from redactor.errors import RedactorError
from redactor.recognizer_names import CASE_FILE, CONTEXT, PEOPLE_LIST, TITLED
from redactor.rules import DEFAULT_RULES, Rules
from redactor.types import Kind

LANGUAGE = "en"
NER_SCORE = 0.85
POSTCODE_SCORE = 0.9

# What a text must hold for a recognizer to find anything in it, by recognizer name: the
# fewest digits its patterns need (for phonenumbers the shortest valid number of any country,
# a country code and four digits; digits of any script count, as phonenumbers and \d read
# them all), and a pattern every find of it contains (a name word opens with a capital; an
# e-mail address holds an "@"). A text without them is not shown to it (Analyzer.first_pass).
# Only the built-in recognizers: a rules folder's own pattern recognizer under one of these
# names (its patterns not the shipped ones) is shown every text.
# Presidio's pattern recognizers match case-insensitively: so do their patterns here.
CAPITAL = r"\p{Lu}"


@dataclass(frozen=True)
class Needs:
    digits: int = 0
    pattern: str | None = None


NEEDS = {"PhoneRecognizer": Needs(6), "UkPostcodeRecognizer": Needs(1), "NhsRecognizer": Needs(10),
         "UkNinoRecognizer": Needs(6), "UkPhonePatternRecognizer": Needs(9), "NiNumberFormatRecognizer": Needs(6),
         "BfpoRecognizer": Needs(1, "(?i)bfpo"), "EmailPatternRecognizer": Needs(pattern="@"),
         "SpelledEmailRecognizer": Needs(pattern=r"(?i)@|\bat\b"), "What3wordsRecognizer": Needs(pattern="///"),
         "PoBoxRecognizer": Needs(1, "(?i)box"), "PhoneExtensionRecognizer": Needs(4),
         "ServiceNumberRecognizer": Needs(5),
         "DateOfBirthRecognizer": Needs(1),  # every date it binds, or year, has digits
         "StreetAddressRecognizer": Needs(pattern=r"[\p{Lu}\d]"),  # a name word, or "number 15"
         "HomeNameRecognizer": Needs(pattern=CAPITAL), "NamedHomeRecognizer": Needs(pattern=CAPITAL),
         "CapitalStreetRecognizer": Needs(pattern=r"\p{Lu}{2}"),
         "PostcodeDistrictRecognizer": Needs(1),  # the district's digit
         "UsAddressRecognizer": Needs(5),  # the ZIP code's five digits
         # the application's number (five digits), or its label when it gives none ("Planning Application – …")
         "PlanningSiteRecognizer": Needs(pattern=r"(?i:planning)|\d(?:\D*\d){4}"),
         CONTEXT: Needs(pattern=CAPITAL), TITLED: Needs(pattern=CAPITAL),
         PEOPLE_LIST: Needs(pattern=CAPITAL), PARTY_CAPTION: Needs(pattern=CAPITAL)}
_DIGIT = re.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")


def pattern_recognizers(rules: Path) -> list[dict]:
    """The pattern recognizers of a rules folder's recognizers.yaml, as written; the shipped
    folder's read once a process (``built_in`` and every registry share them)."""
    return _shipped_recognizers() if rules == DEFAULT_RULES else _read_recognizers(rules)


class _PatternRecognizers(BaseModel):
    """recognizers.yaml: Presidio's own format, each recognizer checked by Presidio."""
    recognizers: list[dict[str, Any]]


def _read_recognizers(rules: Path) -> list[dict]:
    return load_yaml_model(rules / "recognizers.yaml", _PatternRecognizers).recognizers


@lru_cache(maxsize=1)
def _shipped_recognizers() -> list[dict]:
    return _read_recognizers(DEFAULT_RULES)


@lru_cache(maxsize=1)
def shipped_patterns() -> dict[str, list[str]]:
    """The regexes of each pattern recognizer of the shipped rules' recognizers.yaml, by name."""
    return {r["name"]: [p["regex"] for p in r.get("patterns") or []] for r in _shipped_recognizers()}


def built_in(recognizer: EntityRecognizer) -> bool:
    """One of the recognizers NEEDS speaks of: of its own class, or a pattern recognizer as shipped."""
    return type(recognizer) is not PatternRecognizer \
        or [p.regex for p in recognizer.patterns] == shipped_patterns().get(recognizer.name)  # type: ignore[has-type]


def has_letter(text: str) -> bool:
    return _LETTER.search(text) is not None

# Presidio entity names -> what a change removes.
ENTITY_KIND = {
    "PERSON": Kind.PERSON, "KNOWN_PERSON": Kind.PERSON, "ADDRESS": Kind.ADDRESS,
    "UK_POSTCODE": Kind.ADDRESS, "KNOWN_ADDRESS": Kind.ADDRESS,
    "DATE_OF_BIRTH": Kind.DATE_OF_BIRTH, "KNOWN_DOB": Kind.DATE_OF_BIRTH,
    "PHONE_NUMBER": Kind.PHONE,
    "EMAIL_ADDRESS": Kind.EMAIL, "UK_NHS": Kind.NHS_NUMBER, "UK_NINO": Kind.NI_NUMBER,
    "CASE_REMOVE": Kind.OTHER,
}


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over a pipeline we loaded and verified (never downloads)."""

    def load(self) -> None:
        pipelines = {m["lang_code"]: load_pipeline(m["model_name"]) for m in self.models}
        self.nlp = pipelines  # type: ignore[assignment]
        self._stages = {language: tagging_functions(nlp) for language, nlp in pipelines.items()}

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
        """Named entities for every text in one ``nlp.pipe``; the tagger, and then the
        attribute ruler and lemmatizer, run on a text only when its analysis reads tags
        or lemmas (LazyArtifacts)."""
        if as_tuples:
            yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)
            return
        nlp = self.nlp[language]
        ner_only = [name for name in nlp.pipe_names if name != "ner"] if later_components(nlp) else []
        texts = list(texts)
        # A text without a letter (a date, a time, a number) names nobody: NER is not asked.
        named = nlp.pipe([t for t in texts if has_letter(t)], batch_size=batch_size, n_process=n_process,
                         disable=ner_only)
        for text in texts:
            if not has_letter(text):
                yield text, self.tokenized(text, language)
                continue
            doc = next(named)
            entities, scores = self._get_updated_entities(self._get_entities(doc),
                                                          self._get_scores_for_entities(doc))
            yield doc.text, LazyArtifacts(doc, entities, scores, self, language, self._stages[language])

    def tokenized(self, text: str, language: str) -> LazyArtifacts:
        """A text's artifacts with tokens only (no entities); tags and lemmas on first use."""
        assert self.nlp is not None, "load() first"
        return LazyArtifacts(self.nlp[language].make_doc(text), [], [], self, language, self._stages[language])

    def tag(self, artifacts: list, language: str, batch_size: int, stage: int = LEMMAS) -> None:
        """Bring the docs of these LazyArtifacts to ``stage`` (TAGS or LEMMAS) in
        batches: many docs at once cost far less than each on first use."""
        pending = list({id(a): a for a in artifacts if a.stage < stage}.values())  # each doc once
        assert self.nlp is not None, "load() first"
        nlp = self.nlp[language]
        for reached, names in enumerate(tagging_stages(nlp)[:stage], start=1):
            behind = [a for a in pending if a.stage < reached]
            docs = [a.tokens for a in behind]
            for name in names:
                docs = list(nlp.get_pipe(name).pipe(docs, batch_size=batch_size))
            for a in behind:
                a.reached(reached)


def tagging_stages(nlp) -> tuple[list[str], list[str]]:
    """The later components in two stages: up to the tagger (fine-grained tags, all a
    proper-noun check reads), and the rest (the attribute ruler's part of speech and
    morphology, and the lemmas made from them)."""
    later = later_components(nlp)
    cut = later.index("tagger") + 1 if "tagger" in later else len(later)
    return later[:cut], later[cut:]


def tagging_functions(nlp) -> tuple[Callable[[Doc], None], ...]:
    """Functions tagging one doc in place: to TAGS, then to LEMMAS (see tagging_stages)."""
    def stage(names: list[str]) -> Callable[[Doc], None]:
        def run(doc: Doc) -> None:
            for name in names:
                nlp.get_pipe(name)(doc)
        return run

    return tuple(stage(names) for names in tagging_stages(nlp))


def later_components(nlp) -> list[str]:
    """The components that make part of speech and lemmas, in pipeline order (all but
    NER, which runs first); none when NER listens to a shared layer (a transformer
    pipeline), whose output must come from the same pass."""
    if any("ner" in getattr(pipe, "listening_components", ()) for _, pipe in nlp.pipeline):
        return []
    return [name for name in nlp.pipe_names if name != "ner"]


def build_nlp_engine(model_name: str) -> PreloadedSpacyNlpEngine:
    nlp = load_pipeline(model_name)
    ignore = [label for label in nlp.get_pipe("ner").labels if label != "PERSON"]
    config = NerModelConfiguration(model_to_presidio_entity_mapping={"PERSON": "PERSON"},
                                   labels_to_ignore=ignore, default_score=NER_SCORE)
    engine = PreloadedSpacyNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": model_name}],
                                     ner_model_configuration=config)
    engine.load()
    return engine


def build_registry(rules: Rules, vocabulary: Vocabulary, case: CaseFile) -> RecognizerRegistry:
    """Every recognizer of a run: Presidio's, ours, the YAML ones, and the case file's."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    postcode = UkPostcodeRecognizer.PATTERNS[0]
    for recognizer in (
        SpacyRecognizer(supported_entities=["PERSON"], ner_strength=NER_SCORE),
        UkPostcodeRecognizer(patterns=[Pattern(postcode.name, postcode.regex, POSTCODE_SCORE)]),
        PhoneRecognizer(supported_regions=("GB",)),
        NhsRecognizer(),
        UkNinoRecognizer(),
        TitledPersonRecognizer(rules, vocabulary),
        OfficeAfterRecognizer(rules, vocabulary),
        NameListRecognizer(vocabulary),
        PersonContextRecognizer(rules, vocabulary),
        PeopleListRecognizer(rules, vocabulary),
        ReviewTitleRecognizer(rules, vocabulary),
        CaseNameRecognizer(rules, vocabulary),
        PartyCaptionRecognizer(rules, vocabulary),
        InitialNameRecognizer(vocabulary),
        DateOfBirthRecognizer(rules, vocabulary),
        StreetAddressRecognizer(rules),
        HomeNameRecognizer(rules),
        NamedHomeRecognizer(rules),
        CapitalStreetRecognizer(rules),
        PostcodeDistrictRecognizer(rules),
        UsAddressRecognizer(rules),
        PlanningSiteRecognizer(rules),
        AliasRecognizer(rules, vocabulary),
    ):
        registry.add_recognizer(recognizer)
    for n, written in enumerate(pattern_recognizers(rules.directory)):  # Presidio copies each, never changes it
        try:
            registry.add_pattern_recognizer_from_dict(written)
        except (TypeError, ValueError, KeyError, AttributeError) as e:  # its message may quote the file: not shown
            raise RedactorError(f"{rules.directory / 'recognizers.yaml'}: recognizers.{n}: Presidio cannot build it "
                                f"({e.__class__.__name__}): a key missing, unknown or of the wrong type, or a bad "
                                "regular expression") from None
    names = [n for p in case.people for n in (p.name, *p.aliases)]
    if names:
        registry.add_recognizer(KnownNamesRecognizer(names, "PERSON", 1.0, CASE_FILE,
                                                     "a person listed in the case file"))
    if case.remove:
        registry.add_recognizer(PatternRecognizer(supported_entity="CASE_REMOVE", deny_list=case.remove,
                                                  deny_list_score=1.0, name="CaseFileRemoveRecognizer"))
    return registry


class ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, handed only the results that context words
    can change (those of recognizers with context words): it deep-copies whatever it is
    given, and most results (every name) are of recognizers without context words. A text
    none of whose words can have a lemma holding one of those recognizers' context words
    (``lemma_forms``: "Flat 2, 51 Station Crescent, M30 9DX") is enhanced without lemmas: they
    would cost tagging the text, and could change nothing."""

    def __init__(self, lemma_forms: LemmaForms, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lemma_forms = lemma_forms

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        with_context = {r.id: r.context for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        chosen = [i for i, r in enumerate(raw_results) if (r.recognition_metadata or {}).get(key) in with_context]
        if not chosen:
            return list(raw_results)
        words = {w for i in chosen for w in with_context[raw_results[i].recognition_metadata[key]]}
        if isinstance(nlp_artifacts, LazyArtifacts) and nlp_artifacts.pending \
                and not self.lemma_forms.may_hold(nlp_artifacts.tokens, words):
            nlp_artifacts = nlp_artifacts.unlemmatized()  # no lemma here can be a context word: none is made
        enhanced = super().enhance_using_context(text, [raw_results[i] for i in chosen], nlp_artifacts,
                                                 recognizers, context)
        results = list(raw_results)
        for i, result in zip(chosen, enhanced, strict=False):
            results[i] = result
        return results


@dataclass
class Found:
    """One text's results before context enhancement (Analyzer.find), and the recognizers asked."""

    recognizers: list[EntityRecognizer]
    results: list[RecognizerResult]


class Analyzer(AnalyzerEngine):
    """Presidio's engine, with its per-text bookkeeping done once: the entities its
    registry supports are listed once per language, and context enhancement skips the
    walk over every recognizer when none of them enhances its own results.

    ``find`` then ``settle`` is ``analyze`` (with its decision process, no allow list, each
    recognizer's own score threshold) in two steps, without its work that cannot change
    the detector's results: the registry's lookups and copies, logging, the decision
    process taken out. ``first_pass`` leaves out the recognizers a text cannot hold a find
    for (NEEDS). tests/detect/test_first_pass.py compares the two ways result for result."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._supported: dict[str | None, list[str]] = {}
        self._needs = {r.id: (needs.digits, regex.compile(needs.pattern) if needs.pattern else None)
                       for r in self.registry.recognizers
                       if (needs := NEEDS.get(r.name)) is not None and built_in(r)}  # type: ignore[has-type]

    def get_supported_entities(self, language: str | None = None) -> list[str]:
        """Presidio's list, kept: it walked the whole registry for every text, and the
        registry does not change after the engine is built."""
        if language not in self._supported:
            self._supported[language] = super().get_supported_entities(language)
        return self._supported[language]

    def first_pass(self, text: str, ad_hoc: Sequence[EntityRecognizer] = ()) -> list[EntityRecognizer]:
        """The recognizers ``analyze`` would ask about ``text`` with every entity (the
        registry's for our language, then ``ad_hoc``), less those NEEDS shows cannot find
        anything in it (``able``)."""
        return self.able(text, [*self.registry.recognizers, *ad_hoc])

    def able(self, text: str, recognizers: Sequence[EntityRecognizer]) -> list[EntityRecognizer]:
        """Those of ``recognizers`` of our language that may find something in ``text``
        (NEEDS). A recognizer that finds nothing adds nothing to ``analyze``'s result: context
        enhancement, the score thresholds and the removal of duplicates read only the
        recognizers of results."""
        digits: int | None = None  # counted when first needed
        chosen = []
        for recognizer in recognizers:
            if recognizer.supported_language != LANGUAGE:
                continue
            least, pattern = self._needs.get(recognizer.id, (0, None))
            if least:
                digits = len(_DIGIT.findall(text)) if digits is None else digits
                if digits < least:
                    continue
            if pattern is None or pattern.search(text) is not None:
                chosen.append(recognizer)
        return chosen

    def find(self, text: str, nlp_artifacts: NlpArtifacts, recognizers: Sequence[EntityRecognizer],
             entities: list[str] | None = None) -> list[RecognizerResult]:
        """What ``analyze`` collects before it enhances: every recognizer's results in order,
        each carrying its recognizer's id and name. ``entities``: all the registry supports."""
        entities = self.get_supported_entities(LANGUAGE) if entities is None else entities
        results: list[RecognizerResult] = []
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            found = recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts) or []
            for result in found:
                meta = result.recognition_metadata = result.recognition_metadata or {}
                meta.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)  # type: ignore[has-type]
            results.extend(found)
        return results

    def settle(self, text: str, results: list[RecognizerResult], nlp_artifacts: NlpArtifacts,
               recognizers: Sequence[EntityRecognizer], context: list[str] | None = None) -> list[RecognizerResult]:
        """What ``analyze`` returns (with its decision process) from ``find``'s results:
        enhanced by context, below their recognizer's threshold dropped, duplicates removed.
        ``results`` are not changed (the enhancer works on a copy): when enhancement has to
        wait for lemmas (Untagged), ``settle`` runs again later on the same results."""
        results = self._enhance_using_context(text, results, nlp_artifacts, list(recognizers), context)
        thresholds = {r.id: r.score_thresholds for r in recognizers}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        results = [r for r in results if r.score >= self._threshold(r.entity_type, thresholds.get(
            (r.recognition_metadata or {}).get(key)))]
        if len(results) < 2:  # what removing duplicates leaves of one result: itself, unless its score is 0
            return [r for r in results if r.score != 0]
        return EntityRecognizer.remove_duplicates(results)

    def _threshold(self, entity: str, thresholds: dict[str, float] | None) -> float:
        """The score a result must reach: its recognizer's for its entity, else its
        recognizer's default, else the engine's (AnalyzerEngine's order)."""
        if not thresholds:
            return self.default_score_threshold
        return thresholds.get(entity, thresholds.get("default", self.default_score_threshold))

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        if not raw_results:
            return []
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers):
            return super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        # What Presidio's walk leaves when no recognizer changes its results: the results
        # grouped by recognizer, in the recognizers' order (those of none dropped).
        order = {r.id: i for i, r in enumerate(recognizers)}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        grouped = sorted((r for r in raw_results if r.recognition_metadata[key] in order),
                         key=lambda r: order[r.recognition_metadata[key]])
        return self.context_aware_enhancer.enhance_using_context(text, grouped, nlp_artifacts, recognizers, context)


def build_analyzer(rules: Rules, vocabulary: Vocabulary, case: CaseFile, model_name: str) -> Analyzer:
    nlp_engine = build_nlp_engine(model_name)
    enhancer = ContextEnhancer(LemmaForms(load_pipeline(model_name)), context_prefix_count=rules.dates.context_before,
                               context_suffix_count=rules.dates.context_after)
    return Analyzer(registry=build_registry(rules, vocabulary, case), nlp_engine=nlp_engine,
                    supported_languages=[LANGUAGE], context_aware_enhancer=enhancer)
