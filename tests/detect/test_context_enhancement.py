"""The analyzer's context enhancement hands Presidio's enhancer exactly what Presidio's own
engine would: the results grouped by recognizer, in the recognizers' order, those of a
recognizer not in the run dropped (no spaCy: the enhancer is a stand-in that records)."""
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerResult

from redactor.detect.engine import Analyzer


class Recording:
    """An enhancer that returns what it is given, and keeps it."""

    def __init__(self) -> None:
        self.given: list[list[RecognizerResult]] = []

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        self.given.append(list(raw_results))
        return list(raw_results)


def _recognizer(name: str, context: list[str] | None) -> PatternRecognizer:
    return PatternRecognizer(supported_entity="X", name=name, patterns=[Pattern(name, r"\d+", 0.5)], context=context)


def _result(recognizer: PatternRecognizer | None, start: int) -> RecognizerResult:
    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    return RecognizerResult("X", start, start + 1, 0.5,
                            recognition_metadata={key: recognizer.id if recognizer else "elsewhere"})


def _enhanced(engine_class: type, recognizers, results) -> list[RecognizerResult]:
    engine = object.__new__(Analyzer)  # no registry nor pipeline: only the enhancement is exercised
    engine.context_aware_enhancer = Recording()
    engine_class._enhance_using_context(engine, "1 2 3 4 5 6", results, None, recognizers)
    return engine.context_aware_enhancer.given[0]


def test_results_reach_the_enhancer_as_presidio_hands_them():
    a, b, c = _recognizer("A", ["phone"]), _recognizer("B", None), _recognizer("C", ["nhs"])
    results = [_result(b, 0), _result(a, 2), _result(None, 4), _result(c, 6), _result(a, 8), _result(b, 10)]
    recognizers = [a, b, c]
    ours = _enhanced(Analyzer, recognizers, results)
    presidio = _enhanced(AnalyzerEngine, recognizers, results)
    assert [(r.start, r.recognition_metadata) for r in ours] == \
        [(r.start, r.recognition_metadata) for r in presidio]
    assert [r.start for r in ours] == [2, 8, 0, 10, 6]  # by recognizer, in its order; "elsewhere" dropped


def test_no_result_needs_no_enhancer():
    engine = object.__new__(Analyzer)
    engine.context_aware_enhancer = Recording()
    assert engine._enhance_using_context("text", [], None, [_recognizer("A", None)]) == []
    assert engine.context_aware_enhancer.given == []
