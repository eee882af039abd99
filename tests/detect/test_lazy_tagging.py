"""NER runs over every segment; tagging only where it is read. What detection sees
must be exactly what the whole pipeline gives."""
import pytest

from redactor.detect.artifacts import tagged
from redactor.detect.engine import LANGUAGE, later_components

TEXTS = [
    "Will attended the GP surgery on 12/03/2021 with his mother.",  # "Will": a name, or a verb
    "Her date of birth is 14/02/1987 and she was born in Leeds.",
    "Grace Okafor called 07700 900461 from Stockport; Hope was at school.",
    "Section 7 of Law no. 19 applied.",  # NER and sentence ends
    "",
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
def test_ner_runs_alone_in_the_small_pipeline(engine):
    nlp = engine.detector.analyzer.nlp_engine.nlp[LANGUAGE]
    assert "ner" not in later_components(nlp) and "tagger" in later_components(nlp)
