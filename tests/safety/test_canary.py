"""A canary name planted in every kind of input (case file keys and values, decisions
files, a file name inside a decisions file, a mapping file's key, .txt, .md and .docx
text, the names of parts inside a .docx) never reaches the
terminal, a left-over temporary file or a redacted output, whatever command runs and
however it fails (``diff`` prints text by design; ``check`` prints what it finds, so it
runs here on clean outputs). Paths are printed as typed (relative here), never resolved."""
from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redactor.cli import app
from tests.builders.docx_builder import paragraphs_docx

pytestmark = pytest.mark.model

FIRST, LAST = "Quillon", "Marchbanks"
CANARY = f"{FIRST} {LAST}"
TEXT = f"{CANARY} was seen by the GP on 3 May 2021. {FIRST} said {LAST} family support helped.\n"
CASE = f"people:\n  - name: {CANARY}\n    aliases: [{FIRST}]\n    role: victim\n"
BAD_CASES = {
    "unknown-key.yaml": f"people: []\n{CANARY}: victim\n",
    "nested-unknown-key.yaml": f"people:\n  - name: Joe Bloggs\n    {LAST}: yes\n",
    "bad-type.yaml": f"people:\n  - name: {CANARY}\n    role: [{CANARY}]\n",
    "unclosed.yaml": f'people:\n  - name: "{CANARY}\n',
    "alias.yaml": f"people:\n  - name: *{LAST}\n",
    "tab.yaml": f"people:\n\t- name: {CANARY}\n",
    "not-a-list.yaml": f"remove: {CANARY}\n",
}


def _bad_decisions(good: dict) -> dict[str, object]:
    """Decisions files broken in ways that carry the canary."""
    def edit(change) -> dict:
        data = json.loads(json.dumps(good))
        change(data)
        return data
    return {
        "unknown-key.json": edit(lambda d: d.update({CANARY: 1})),
        "unknown-change-key.json": edit(lambda d: d["changes"][0].update({LAST: FIRST})),
        "duplicate-id.json": edit(lambda d: [c.update(id=CANARY) for c in d["changes"][:2]]),
        "schema.json": edit(lambda d: d.update(schema_version=CANARY)),
        "other-version.json": edit(lambda d: d["input"].update(name=f"{CANARY}.txt", sha256="0" * 64)),
        "edited.json": edit(lambda d: d["changes"][0].update(start=d["changes"][0]["start"] + 1,
                                                             end=d["changes"][0]["end"] + 1)),
        "status.json": edit(lambda d: d["changes"][0].update(status=CANARY)),
        "kind.json": edit(lambda d: d["changes"][0].update(kind=LAST)),
        "added.json": edit(lambda d: d.update(added=[{"text": FIRST, "replacement": "QM", "colour": LAST}])),
        "deep.json": "[" * 100_000 + json.dumps(CANARY) + "]" * 100_000,
        "nested.json": {"x": json.loads("[" * 24 + json.dumps(CANARY) + "]" * 24)},
        "broken.json": '{"changes": ["' + CANARY + '", }',
    }


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_the_canary_is_never_printed_left_behind_or_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    Path("in").mkdir()
    Path("in/imr.txt").write_text(TEXT, encoding="utf-8")
    Path("in/notes.md").write_text(f"# Notes\n\n| Name | Role |\n|---|---|\n| {CANARY} | victim |\n\n{TEXT}",
                                   encoding="utf-8")
    paragraphs_docx(Path("in/visit.docx"), TEXT.strip(), f"{LAST} was known to the practice.")
    Path("in/broken.docx").write_bytes(b"PK\x03\x04" + TEXT.encode())
    with zipfile.ZipFile("in/part-names.docx", "w") as z:  # a part whose name is a person's
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document")
        z.writestr(f"word/{FIRST}-{LAST}.xml", f"<oops>{CANARY}")
    paragraphs_docx(Path("unknown-part.docx"), "The GP saw the family.")
    with zipfile.ZipFile("unknown-part.docx", "a") as z:  # parts nothing uses: removed, never named
        z.writestr(f"customXml/{FIRST}{LAST}.xml", f"<x>{CANARY}</x>")
        z.writestr(f"word/{LAST}.bin", CANARY)
    Path("mapping.json").write_text(json.dumps({"schema_version": 1, "people": [], CANARY: []}), encoding="utf-8")
    Path("case.yaml").write_text(CASE, encoding="utf-8")
    for name, text in BAD_CASES.items():
        Path(name).write_text(text, encoding="utf-8")

    runner = CliRunner()
    results = []

    def run(*args: str, ok: bool | None = None):
        result = runner.invoke(app, list(args))
        results.append((args, result))
        if ok is not None:
            assert (result.exit_code == 0) is ok, (args, result.output)
        return result

    run("redact", "in/imr.txt", "-o", "out/imr.txt", "--case", "case.yaml", ok=True)
    run("redact", "in/notes.md", "-o", "out/md/notes.md", "--case", "case.yaml", ok=True)
    run("redact", "in/visit.docx", "-o", "out/docx/visit.docx", "--case", "case.yaml", ok=True)
    run("redact", "in/imr.txt", "-o", "out/imr.txt", "--case", "case.yaml", ok=False)  # exists
    run("redact", "in/broken.docx", "-o", "out/broken.docx", ok=False)
    run("redact", "in/part-names.docx", "-o", "out/part-names.docx", ok=False)
    run("redact", "unknown-part.docx", "-o", "out/unknown-part.docx", ok=True)
    run("redact", "in/imr.txt", "-o", "out/never.txt", "--mapping", "mapping.json", ok=False)
    for name in BAD_CASES:
        run("redact", "in/imr.txt", "-o", "out/never.txt", "--case", name, ok=False)
    run("batch", "in", "-o", "batch", "--case", "case.yaml", ok=False)  # broken.docx fails
    run("models", ok=True)
    run("check", "out/imr.txt", "out/md/notes.md", "out/docx/visit.docx", "--case", "case.yaml", ok=True)
    run("check", "out/imr.txt", "--case", "unknown-key.yaml", ok=False)

    good = json.loads(Path("out/imr.review/decisions.json").read_text(encoding="utf-8"))
    good["added"] = [{"text": LAST, "replacement": "M"}]
    Path("decisions.json").write_text(json.dumps(good), encoding="utf-8")
    run("apply", "in/imr.txt", "decisions.json", "-o", "final/imr.txt", ok=True)
    for name, data in _bad_decisions(good).items():
        Path(name).write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        run("apply", "in/imr.txt", name, "-o", "final/never.txt", ok=False)

    for args, result in results:
        printed = result.stdout + result.stderr
        assert FIRST not in printed and LAST not in printed, (args, printed)
        assert "Traceback" not in printed and "internal error" not in printed, (args, printed)
        assert str(tmp_path) not in printed, (args, printed)  # paths as typed, not resolved
        if result.exit_code:
            assert len(printed.strip().splitlines()) >= 1
    assert not Path("out/never.txt").exists() and not Path("final/never.txt").exists()

    outputs = [Path(p) for p in ("out/imr.txt", "out/md/notes.md", "out/docx/visit.docx", "final/imr.txt",
                                 "out/unknown-part.docx",
                                 "batch/imr.txt", "batch/notes.md", "batch/visit.docx", "batch/report.json",
                                 "batch/report.html")]
    left = _files(scratch) + [p for p in _files(tmp_path) if ".redactor-" in str(p)]
    for path in outputs + left:
        data = path.read_bytes()
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as z:
                data = b"".join(z.read(n) for n in z.namelist()) + " ".join(z.namelist()).encode()
        assert FIRST.encode() not in data and LAST.encode() not in data, path
