"""Cost of reading the text inside pictures (not a test).

    .venv/bin/python benchmarks/pictures.py [--repeat 3] [--words 40000]   (`make bench`)

In this process, with the pictures tests/builders/pictures.py makes:
- the OCR engine's load, CPU seconds (the first picture's cost less the next ones');
- per picture up to 1,400 px wide, CPU seconds of what redaction does with it: clean,
  read, cover the identifying words, read again to verify (median of ``--repeat``);
- how many times the engine loads while two Word files with pictures are redacted (1).
Then, each a command of its own (model load included, median of ``--repeat``):
- `redactor redact` of a Word file holding the four pictures, against the same file without them;
- `redactor redact` of the ~100-page IMR as a Word file without pictures, and whether the
  OCR engine was imported at all (it must not be).
"""
from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import measure, write_inputs  # noqa: E402 - the benchmark's own helpers


def per_picture(repeat: int) -> None:
    from PIL import Image

    from redactor.document import pictures
    from redactor.document.pictures.reading import Cover
    from tests.builders.pictures import genogram, letter_fixture, screenshot_fixture

    def png(img: Image.Image) -> bytes:
        out = io.BytesIO()
        img.save(out, "PNG")
        return out.getvalue()
    samples = {"genogram 1,400 px": png(genogram(width=1400)),
               "genogram 400 px": png(genogram(width=1200).resize((400, 248))),
               "screenshot 1,300 px": screenshot_fixture().data, "letter 1,100 px (JPEG q40, turned)":
               letter_fixture().data}
    first = None
    for label, blob in samples.items():
        times = []
        for _ in range(repeat + (first is None)):
            pictures._read_cache.clear()
            start = time.process_time()
            clean = pictures.clean(blob)
            reading = pictures.read(clean)
            covers = [Cover(i, 0, min(len(line.text), 8), "AB") for i, line in enumerate(reading.lines)][::2]
            covered = pictures.cover(clean, reading, covers)
            pictures.still_read_in(covered, pictures.expected(reading, covers), {"abigail"})
            times.append(time.process_time() - start)
        if first is None:  # the engine loaded (its models lazily) during the first run
            first = times.pop(0)
            print(f"  OCR engine load (imports and models): {first - statistics.median(times):.2f} s CPU")
        width = Image.open(io.BytesIO(blob)).width
        print(f"  {label:<36} {width:5d} px wide: {statistics.median(times):5.2f} s CPU a picture "
              "(clean, read, cover, read again; target <= 3 s)")


def loads_once(folder: Path) -> None:
    from redactor.api import Redactor
    from redactor.document.pictures import ocr
    from tests.builders.pictures import genogram_fixture, picture_docx, screenshot_fixture

    made = []
    plain = ocr.Engine.__init__

    def counted(self, catalogue):
        made.append(1)
        plain(self, catalogue)
    ocr.Engine.__init__ = counted  # type: ignore[method-assign]
    ocr._engine = None
    redactor = Redactor.create()
    for n, fixture in enumerate((genogram_fixture(), screenshot_fixture())):
        source = folder / f"once{n}.docx"
        source.write_bytes(picture_docx([fixture]))
        redactor.redact_file(source, folder / f"once{n}.out.docx", review=False)
    print(f"  OCR engine loads while redacting 2 Word files with pictures in one process: {len(made)} (target 1)")


def commands(folder: Path, words: int, repeat: int) -> None:
    import docx

    from tests.builders.pictures import picture_docx, pixel_fixtures

    cli = [sys.executable, "-m", "redactor.cli", "redact", "--no-review", "--force"]
    with_pictures, without = folder / "pictures.docx", folder / "none.docx"
    text = ["Abigail Okafor was known to the service from 2019."] * 20
    with_pictures.write_bytes(picture_docx(pixel_fixtures(), text))
    without.write_bytes(picture_docx([], text))
    imr_txt, _, n_words = write_inputs(folder / "imr", words, 0)
    document = docx.Document()
    for paragraph in imr_txt.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(paragraph)
    imr = folder / "imr.docx"
    document.save(str(imr))
    runs: dict[str, list] = {"four pictures": [], "no pictures": [], "imr": []}
    for _ in range(repeat):
        runs["four pictures"].append(measure([*cli, str(with_pictures), "-o", str(folder / "p.out.docx")]))
        runs["no pictures"].append(measure([*cli, str(without), "-o", str(folder / "n.out.docx")]))
        runs["imr"].append(measure([*cli, str(imr), "-o", str(folder / "imr.out.docx")]))
    probe = ("import sys; from pathlib import Path; from redactor.api import Redactor; "
             f"Redactor.create().redact_file(Path({str(imr)!r}), Path({str(folder / 'probe.docx')!r}), review=False); "
             "print('onnxruntime' in sys.modules or 'rapidocr' in sys.modules)")
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                              cwd=ROOT).stdout.strip()
    cpu = {k: statistics.median(r.cpu for r in v) for k, v in runs.items()}
    print(f"  redactor redact, Word file with 4 pictures: {cpu['four pictures']:.1f} s CPU; without them "
          f"{cpu['no pictures']:.1f} s: {(cpu['four pictures'] - cpu['no pictures']) / 4:.2f} s a picture, "
          "engine load included")
    print(f"  redactor redact, IMR of {n_words} words as a Word file without pictures: {cpu['imr']:.1f} s CPU; "
          f"OCR engine imported: {imported}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--words", type=int, default=40000)
    args = ap.parse_args()
    print("pictures (CPU seconds; median of", args.repeat, "runs)")
    per_picture(args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        loads_once(Path(tmp))
        commands(Path(tmp), args.words, args.repeat)


if __name__ == "__main__":
    main()
