"""NER runs over every segment; tagging only where it is read. What detection sees
must be exactly what the whole pipeline gives."""
import pytest

from redactor.detect.artifacts import Untagged, tagged
from redactor.detect.engine import LANGUAGE, later_components
from redactor.types import Segment

TEXTS = [
    "Will attended the GP surgery on 12/03/2021 with his mother.",  # "Will": a name, or a verb
    "Her date of birth is 14/02/1987 and she was born in Leeds.",
    "Grace Okafor called 07700 900461 from Stockport; Hope was at school.",
    "Section 7 of Law no. 19 applied.",  # NER and sentence ends
    "",
]
NUMBERS = [  # context words weigh these; some texts hold no digit at all
    "Her mobile is 07700 900461 and her postcode is M14 5RT.",
    "NHS number 943 476 5919; National Insurance number QQ 12 34 56 C.",
    "Contact Grace at grace.okafor@example.org or on 0161 496 0000.",
    "Will visited his mother in Leeds with Hope.",
]


def full(engine, text):
    doc = engine.detector.analyzer.nlp_engine.nlp[LANGUAGE](text)
    return ([(e.start_char, e.end_char, e.label_) for e in doc.ents],
            [t.pos_ for t in doc], [t.lemma_ for t in doc])


@pytest.mark.model
@pytest.mark.parametrize("together", [False, True])
def test_lazy_artifacts_give_what_the_whole_pipeline_gives(engine, together):
    nlp_engine = engine.detector.analyzer.nlp_engine
    artifacts = [a for _, a in nlp_engine.process_batch(TEXTS, LANGUAGE, batch_size=2)]
    assert all(a.pending for a in artifacts)  # nothing tagged until read
    if together:
        nlp_engine.tag(artifacts, LANGUAGE, batch_size=2)
        assert not any(a.pending for a in artifacts)
    for text, a in zip(TEXTS, artifacts, strict=True):
        ents, pos, lemmas = full(engine, text)
        assert [(e.start_char, e.end_char, e.label_) for e in a.tokens.ents] == ents
        assert a.lemmas == lemmas
        assert [t.pos_ for t in tagged(a)] == pos


@pytest.mark.model
def test_tags_alone_are_the_whole_pipelines_and_mark_every_proper_noun(engine):
    """The proper-noun check is run on the tagger's output alone (the first stage)."""
    from redactor.detect.artifacts import TAGS
    from redactor.detect.recognizers.name_list import PROPER_NOUN_TAGS

    nlp_engine = engine.detector.analyzer.nlp_engine
    artifacts = [a for _, a in nlp_engine.process_batch(TEXTS + NUMBERS, LANGUAGE, batch_size=2)]
    nlp_engine.tag(artifacts[:3], LANGUAGE, batch_size=2, stage=TAGS)
    for text, a in zip(TEXTS + NUMBERS, artifacts, strict=True):
        doc = tagged(a)
        assert a.stage == TAGS and a.pending  # no lemmas made
        whole = engine.detector.analyzer.nlp_engine.nlp[LANGUAGE](text)
        assert [t.tag_ for t in doc] == [t.tag_ for t in whole]
        assert [t.tag_ in PROPER_NOUN_TAGS for t in doc] == [t.pos_ == "PROPN" for t in whole]


@pytest.mark.model
def test_ner_runs_alone_in_the_small_pipeline(engine):
    nlp = engine.detector.analyzer.nlp_engine.nlp[LANGUAGE]
    assert "ner" not in later_components(nlp) and "tagger" in later_components(nlp)


@pytest.mark.model
def test_deferred_artifacts_refuse_to_tag_until_released(engine):
    nlp_engine = engine.detector.analyzer.nlp_engine
    [(_, a)] = nlp_engine.process_batch(NUMBERS[:1], LANGUAGE)
    a.deferred = True
    with pytest.raises(Untagged):
        _ = a.keywords
    assert a.pending
    a.deferred = False
    assert a.lemmas == full(engine, NUMBERS[0])[2]


@pytest.mark.model
def test_first_pass_finds_what_analysis_of_fully_tagged_texts_finds(engine):
    """Set aside and analysed again after tagging, or analysed without the recognizers
    that need a digit: the same detections as the whole pipeline and every recognizer."""
    detector = engine.detector
    segments = [Segment(f"s{i}", text, f"paragraph {i}") for i, text in enumerate(TEXTS + NUMBERS)]
    nlp_engine = detector.analyzer.nlp_engine
    expected = [d for s in segments for d in detector._convert(s, detector.analyzer.analyze(
        s.text, LANGUAGE, nlp_artifacts=nlp_engine.process_text(s.text, LANGUAGE), return_decision_process=True))]
    artifacts = [a for _, a in nlp_engine.process_batch([s.text for s in segments], LANGUAGE)]
    found = [d for per_segment in detector._first_passes(segments, artifacts, {}) for d in per_segment]
    assert found == expected
    assert {d.kind.name for d in found} >= {"PHONE", "ADDRESS", "NHS_NUMBER", "EMAIL"}
