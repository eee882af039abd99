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


def both_ways(detector, texts):
    """The detections of the whole pipeline and every recognizer (Presidio's analyze), those
    of the first pass over lazy artifacts, and those artifacts after it."""
    segments = [Segment(f"s{i}", text, f"paragraph {i}") for i, text in enumerate(texts)]
    nlp_engine = detector.analyzer.nlp_engine
    expected = [d for s in segments for d in detector._convert(s, detector.analyzer.analyze(
        s.text, LANGUAGE, nlp_artifacts=nlp_engine.process_text(s.text, LANGUAGE), return_decision_process=True))]
    artifacts = [a for _, a in nlp_engine.process_batch(texts, LANGUAGE)]
    found = [d for per_segment in detector._first_passes(segments, artifacts, {}) for d in per_segment]
    return expected, found, artifacts


@pytest.mark.model
def test_first_pass_finds_what_analysis_of_fully_tagged_texts_finds(engine):
    """Set aside and analysed again after tagging, or analysed without the recognizers
    that need a digit: the same detections as the whole pipeline and every recognizer."""
    expected, found, _ = both_ways(engine.detector, TEXTS + NUMBERS)
    assert found == expected
    assert {d.kind.name for d in found} >= {"PHONE", "ADDRESS", "NHS_NUMBER", "EMAIL"}


LEMMA_ONLY = [  # a context word only a lemma shows: "phoning" -> "phone", "rang" -> "ring"
    "She was phoning from 07700 900461 that night.",
    "He rang 07700 900461 twice.",
    "Flat 2, 51 Station Crescent, Eccles, M30 9DX",  # no word here can have a context word in its lemma
]


@pytest.mark.model
def test_context_read_in_lemmas_alone_and_no_tagging_where_none_can_be(engine):
    """A phone number's context word that only its lemma holds still raises its score; a text
    whose words cannot have one in any lemma is never tagged, with the same detections."""
    expected, found, artifacts = both_ways(engine.detector, LEMMA_ONLY)
    assert found == expected
    phones = [d for d in found if d.kind.name == "PHONE"]
    assert len(phones) == 2 and all("context word" in d.reason for d in phones)
    assert [a.pending for a in artifacts] == [False, False, True]


@pytest.mark.model
def test_lemma_forms_hold_every_lemma_the_pipeline_gives(engine):
    from redactor.detect.artifacts import LemmaForms

    nlp = engine.detector.analyzer.nlp_engine.nlp[LANGUAGE]
    forms = LemmaForms(nlp)
    texts = TEXTS + NUMBERS + LEMMA_ONLY + [
        "They were ringing, texted twice, mailed the forms and called; the children went, having been seen.",
        "Addresses were shipped; she'd rung, he's calling, we'll text, I'm e-mailing, ain't they?"]
    for doc in nlp.pipe(texts):
        for token in doc:
            assert forms.may_hold(doc[token.i:token.i + 1], [token.lemma_]), (token.text, token.lemma_)


@pytest.mark.model
def test_a_lone_first_name_inside_ners_person_is_not_tagged(engine):
    """NER calls "Guy" and "Jack" persons: the name list's weaker result for either would be
    dropped as held in NER's, so their text is not tagged; "Hope" alone is (a proper noun?)."""
    from redactor.detect.artifacts import NER

    detector = engine.detector
    texts = ["Telephone call from Guy reporting that Jack had threatened her.", "Hope was at school."]
    artifacts = [a for _, a in detector.analyzer.nlp_engine.process_batch(texts, LANGUAGE)]
    assert [detector._name_list.reads_part_of_speech(t, a) for t, a in zip(texts, artifacts, strict=True)] \
        == [False, True]
    expected, found, artifacts = both_ways(detector, texts)
    assert found == expected and {"Guy", "Jack"} <= {d.text for d in found}
    assert artifacts[0].stage == NER and artifacts[1].stage > NER
