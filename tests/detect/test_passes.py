"""A batch runs a document's second pass again, from its stored first pass, when
another document finds a name in it: that must give exactly what detecting the whole
document again gives (the second pass reads no NLP, so tokens stand in for the rest)."""
import pytest

TEXT = """Subject: Joe BLOGGS (DOB 14/02/1987)
Joe Bloggs lived with Mary Field in Leeds. Mr Bloggs told PC Jones that Mary had left.
The review panel met Kasia Nowak. her son aleksy attended school; Nowak was not told.
joe bloggs final report
"""


@pytest.mark.model
@pytest.mark.parametrize("known", [(), ("Kasia Nowak", "Aleksy Nowak"), ("Jones",)])
def test_first_pass_then_second_pass_is_the_whole_detection(engine, tmp_path, known):
    source = tmp_path / "imr.txt"
    source.write_text(TEXT, encoding="utf-8")
    segments = engine.load(source).segments
    detector = engine.detector
    first, second = detector.passes(segments, known)
    assert first + detector.known_pass(segments, first, known) == first + second == detector.detect(segments, known)
