"""Scoring of documents from ``word_names.py`` after redaction: each gold span is
followed into the output by aligning the text word by word (``scoring.map_span``).

- a ``name`` span survives when any of its words (two letters or more, any case) is
  still in what it became: the target is none;
- a ``word`` span is lost when it did not come out exactly as written: the target is
  a loss of at most 5%.

A .txt is aligned as a whole (a name may be broken across two lines); a .docx text by
text, each read by the Word layer (body, tables, header, footer, footnotes) and
matched to its gold unit by its text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.synthetic.scoring import map_span

TARGET_SURVIVING = 0
TARGET_WORD_LOSS = 0.05


@dataclass
class Score:
    names: int = 0
    survived: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, text, became)
    words: int = 0
    lost: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.names += other.names
        self.words += other.words
        self.survived += other.survived
        self.lost += other.lost

    @property
    def word_loss(self) -> float:
        return round(len(self.lost) / self.words, 4) if self.words else 0.0

    def figures(self) -> dict:
        return {"name_mentions": self.names, "surviving": len(self.survived), "word_uses": self.words,
                "words_lost": len(self.lost), "word_loss": self.word_loss}


def _judge(score: Score, doc: str, span: dict, became: str) -> None:
    if span["kind"] == "name":
        score.names += 1
        tokens = [t for t in re.findall(r"\w+", span["text"]) if len(t) > 1]
        if any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", became, re.IGNORECASE) for t in tokens):
            score.survived.append((doc, span["text"], became))
    else:
        score.words += 1
        if became != span["text"]:
            score.lost.append((doc, span["text"], became))


def score_txt(gold: dict, source: Path, output: Path) -> Score:
    src, out = source.read_text(encoding="utf-8"), output.read_text(encoding="utf-8")
    score = Score()
    for span in gold["txt_spans"]:
        _judge(score, gold["doc"], span, map_span(src, out, span["start"], span["end"]))
    return score


def score_docx(gold: dict, source: Path, output: Path) -> Score:
    from redactor.document import read_segments

    src = read_segments(source.name, source.read_bytes())
    out = {s.id: s.text for s in read_segments(output.name, output.read_bytes())}
    score = Score()
    used: set[str] = set()
    for unit in gold["units"]:
        if not unit["spans"]:
            continue
        segment = next((s for s in src if s.text == unit["text"] and s.id not in used), None)
        if segment is None:
            raise AssertionError(f"{gold['doc']}: no text of the .docx reads {unit['text']!r}")
        used.add(segment.id)
        for span in unit["spans"]:
            _judge(score, gold["doc"], span, map_span(segment.text, out.get(segment.id, ""), span["start"],
                                                      span["end"]))
    return score


def redact_each(sources: list[Path], out_dir: Path) -> None:
    """Redact each document on its own (no linking across documents), without a review bundle."""
    from redactor.api import Redactor

    out_dir.mkdir(parents=True, exist_ok=True)
    r = Redactor.create()
    for source in sources:
        r.forget_people()
        r.redact_file(source, out_dir / source.name, force=True, review=False)


def score_documents(golds: list[dict], gold_dir: Path, out_dir: Path, ext: str) -> Score:
    total = Score()
    for gold in golds:
        scorer = score_docx if ext == "docx" else score_txt
        total.add(scorer(gold, gold_dir / f"{gold['doc']}.{ext}", out_dir / f"{gold['doc']}.{ext}"))
    return total
