"""Names that are also words, months, days, places or streets, and rare spellings
(tests/synthetic/word_names.py), redacted by the real tool one document at a time and as
a batch: no
mention of a name the document gives survives, and the same words in their ordinary
sense stay (loss at most 5%). Slower (spaCy); run with ``pytest -m model tests/synthetic``."""
from __future__ import annotations

import shutil

import pytest

from tests.synthetic.word_names import write_documents
from tests.synthetic.word_names_scoring import TARGET_SURVIVING, TARGET_WORD_LOSS, redact_each, score_documents

N_DOCUMENTS = 10
SEED = 17


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    """The documents redacted each on its own (``each``), and as one batch per format
    (``batch``: names shared on strong evidence)."""
    from redactor.batch import Options, run_batch

    root = tmp_path_factory.mktemp("word-names")
    gold_dir = root / "gold"
    golds = write_documents(gold_dir, N_DOCUMENTS, SEED)
    redact_each([gold_dir / f"{g['doc']}.{ext}" for g in golds for ext in ("txt", "docx")], root / "each")
    for ext in ("txt", "docx"):
        (root / f"in-{ext}").mkdir()
        for g in golds:
            shutil.copy(gold_dir / f"{g['doc']}.{ext}", root / f"in-{ext}")
        run_batch(root / f"in-{ext}", root / "batch", Options(review=False))
    return golds, gold_dir, root


def test_the_generator_is_deterministic_and_its_gold_sound(tmp_path):
    a = write_documents(tmp_path / "a", 3, SEED)
    assert a == write_documents(tmp_path / "b", 3, SEED)
    for g in a:
        text = (tmp_path / "a" / f"{g['doc']}.txt").read_text(encoding="utf-8")
        assert all(text[s["start"]:s["end"]] == s["text"] for s in g["txt_spans"])
        kinds = {s["kind"] for s in g["txt_spans"]}
        assert kinds == {"name", "word"}


@pytest.mark.model
@pytest.mark.parametrize("ext", ["txt", "docx"])
@pytest.mark.parametrize("how", ["each", "batch"])
def test_no_name_the_document_gives_survives_and_the_words_stay(redacted, ext, how):
    golds, gold_dir, root = redacted
    score = score_documents(golds, gold_dir, root / how, ext)
    shown = "\n".join(f"  survived {d}: {t!r} -> {b!r}" for d, t, b in score.survived[:20]) + "\n" + \
        "\n".join(f"  lost {d}: {t!r} -> {b!r}" for d, t, b in score.lost[:20])
    assert score.names > 200 and score.words > 40
    assert len(score.survived) <= TARGET_SURVIVING and score.word_loss <= TARGET_WORD_LOSS, \
        f"{ext} ({how}): {score.figures()}\n{shown}"
