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


@pytest.mark.model
def test_a_name_found_again_is_told_the_same_way_wherever_its_recognizers_sit_in_memory(engine, tmp_path,
                                                                                        monkeypatch):
    """'FIRAT' after 'Miss Fırat' is the name in capitals and also one letter from it: the
    second pass says "a name found elsewhere", not "another spelling", even when Presidio's set
    of recognizers would list the spellings first (it orders them by hash, so by address)."""
    from itertools import count

    from redactor.detect.recognizers.known_names import KnownNamesRecognizer
    from redactor.types import Hint

    source = tmp_path / "imr.txt"
    source.write_text("INDIVIDUAL MANAGEMENT REVIEW – SIOBHÁN FIRAT\nSiobhán Fırat died on 17 February 2019.\n"
                      "Miss Fırat was assessed as high risk.\n", encoding="utf-8")
    rank = count(7, -1)  # hashes falling in the order the recognizers are made: a set lists the last first
    made = KnownNamesRecognizer.__init__
    monkeypatch.setattr(KnownNamesRecognizer, "__init__", lambda self, *a: (made(self, *a), setattr(self, "rank",
                                                                                                 next(rank)))[0])
    monkeypatch.setattr(KnownNamesRecognizer, "__hash__", lambda self: self.rank)
    found = engine.detector.detect(engine.load(source).segments)
    told = [d.recognizer for d in found if "FIRAT" in d.text and not isinstance(d, Hint)]
    assert "KnownNameRecognizer" in told and "SpellingVariantRecognizer" not in told


OTHER = """Subject: Anna Kowalski
Agency: Leeds City Council
Anna Kowalski lived with Mary Field in Leeds.
The review panel met Kasia Nowak. her son aleksy attended school; Nowak was not told.
"""


@pytest.mark.model
@pytest.mark.parametrize("hints", [True, False])
def test_a_batch_reads_a_text_once_and_detects_as_each_document_alone(engine, tmp_path, monkeypatch, hints):
    """A batch's memo: the second document's NER reads only the texts the first did not
    hold, and every document's detections are those it gets alone. Without hints (a batch
    without review bundles) only the suggestions' hints are left out."""
    from redactor.detect.memo import Memo
    from redactor.types import Hint

    docs = []
    for name, text in (("a.txt", TEXT), ("b.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        docs.append(engine.load(tmp_path / name).segments)
    detector = engine.detector
    alone = [detector.passes(segments, ()) for segments in docs]
    read: list[str] = []
    process_batch = type(detector.nlp_engine).process_batch
    monkeypatch.setattr(type(detector.nlp_engine), "process_batch",
                        lambda self, texts, *a, **k: process_batch(self, read.extend(texts) or texts, *a, **k))
    memo = Memo()
    together = [detector.passes(segments, (), hints=hints, memo=memo) for segments in docs]
    assert read == list(dict.fromkeys(s.text for segments in docs for s in segments))  # "The review panel …" once
    assert [[[d for d in found if hints or not isinstance(d, Hint)] for found in pair] for pair in alone] == \
        [list(pair) for pair in together]
    assert hints or not any(isinstance(d, Hint) for pair in together for found in pair for d in found)


def test_a_memo_forgets_the_texts_least_recently_read():
    from redactor.detect.memo import Memo

    memo = Memo()
    for text in ("Agency", "Target date", "No further action."):
        memo.add(text, object())  # type: ignore[arg-type]
        memo.results[text] = {(): []}
    memo.get("Agency")
    memo.trim(limit=len("Agency") + len("No further action."))
    assert list(memo.artifacts) == ["No further action.", "Agency"] and set(memo.results) == set(memo.artifacts)
