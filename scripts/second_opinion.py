"""Measure the second opinion (suggestions, ``redactor/detect/suggest/``) on names the first
opinion missed: redact splits of the real-text corpus with person DETECTION ablated (every
person detection of both passes dropped before the suggestions are read, so no reading
leans on a person found) and report, per split, the share of gold person mentions neither
changed nor suggested, and the recall of the suggestions on them (1 minus that share).

    python scripts/second_opinion.py corpus/real/dev14 [corpus/real/dev13 ...] [-o DIR] [--verbose]

Each split is read into DIR/SPLIT (a temporary folder without -o) with ``redactor batch``'s
own code in this process and scored by ``scripts/score_corpus.py --bundles``. The
ablation lives here only: the program the user runs is unchanged. Suggestions per 1,000
words of the normal run are ``score_corpus.py --bundles``'s figure on a normal batch."""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_corpus import score_split  # noqa: E402

from redactor.batch import Options, run_batch  # noqa: E402
from redactor.detect.detector import Detector  # noqa: E402
from redactor.types import Detection, Hint, Kind  # noqa: E402


def _no_person(found: list[Detection]) -> list[Detection]:
    return [d for d in found if d.kind is not Kind.PERSON or isinstance(d, Hint)]


def ablate_person_detection() -> None:
    """Patch the detector so that it finds no person; its hints are read as if none were found."""
    first, known_pass = Detector._first, Detector.known_pass

    def ablated_first(self, segments, hints, memo):  # type: ignore[no-untyped-def]
        found, artifacts = first(self, segments, False, memo)
        found = _no_person(found)
        if hints:
            found += self._suggester.first(segments, artifacts, self._sure(found), self._words_kept(segments))
        return found, artifacts

    def ablated_known_pass(self, segments, first_found, known_names, artifacts=None, hints=True):  # type: ignore[no-untyped-def]
        return _no_person(known_pass(self, segments, _no_person(list(first_found)), (), artifacts, hints))

    Detector._first = ablated_first  # type: ignore[method-assign]
    Detector.known_pass = ablated_known_pass  # type: ignore[method-assign]


def measure(split: Path, out: Path, verbose: bool = False) -> dict:
    """Redact ``split``'s texts into ``out`` with person detection ablated; its figures."""
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp)
        for src in sorted(split.glob("*.txt")):
            shutil.copy(src, inputs / src.name)
        if out.exists():
            shutil.rmtree(out)
        run_batch(inputs, out, Options(force=True))
    fig = score_split(split, out, verbose=verbose, bundles=True)
    fig["second_opinion_recall"] = 1 - fig["silent_name_leak"]
    return fig


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="+", type=Path)
    parser.add_argument("-o", "--out", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    ablate_person_detection()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        for split in args.splits:
            fig = measure(split, root / split.name, args.verbose)
            print(f"{split.name}: neither changed nor suggested {fig['silent_name_leak']:.4f} "
                  f"(second-opinion recall {fig['second_opinion_recall']:.4f}), "
                  f"suggestions per 1000 words {fig['suggestions_per_1000_words']:.2f}, docs {fig['docs']}",
                  flush=True)


if __name__ == "__main__":
    main()
