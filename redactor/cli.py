"""The command line: thin typer commands over redactor.api."""
from __future__ import annotations

import ctypes
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup
from typer.exceptions import TyperException

from redactor.errors import RedactorError, unexpected_words

err = Console(stderr=True)


class _OneLineUsage(TyperGroup):
    """A usage error (a missing argument, an unknown option or command, a bad value) is one
    line with a pointer to --help, exit status 2, instead of typer's usage box; --help itself
    stays rich."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        with _usage_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _usage_errors():  # a command's own arguments are parsed here
            return super().invoke(ctx)


@contextmanager
def _usage_errors() -> Iterator[None]:
    """Typer's usage errors (its vendored click's UsageError and subclasses) carry exit
    status 2; `redactor` alone raises one too, after printing the help, which is the answer."""
    try:
        yield
    except TyperException as e:
        if getattr(e, "exit_code", 1) != 2 or type(e).__name__ == "NoArgsIsHelpError":
            raise
        message = " ".join(e.format_message().split()).rstrip(".")
        ctx = getattr(e, "ctx", None)
        _fail(f"{message[:1].lower()}{message[1:]} (see '{ctx.command_path if ctx else 'redactor'} --help')")


app = typer.Typer(
    cls=_OneLineUsage,
    help="Anonymise UK Domestic Homicide Review documents offline: names become initials, "
         "addresses, dates of birth and contact details are removed, the learning stays.",
    no_args_is_help=True, add_completion=False, rich_markup_mode="rich",
    pretty_exceptions_enable=False)  # never a traceback box: it would show local variables

CaseOpt = Annotated[Path | None, typer.Option("--case", help="Case file (YAML) listing the review's people.")]
RulesOpt = Annotated[Path | None, typer.Option("--rules", help="Rules folder to use instead of the built-in rules/.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline name (see `redactor models`).")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an existing output.")]
AcceptOpt = Annotated[bool, typer.Option(
    "--accept-revisions", help="Word: accept tracked changes already in the input first (default: redact "
                               "deleted text too, which is safe).")]
MappingOpt = Annotated[Path | None, typer.Option(
    "--mapping", help="The case's mapping file (JSON: real names and their replacements), read and updated so "
                      "everyone keeps the same initials in every run; created when missing. Owner-only.")]
NoReviewOpt = Annotated[bool, typer.Option("--no-review", help="Do not write the review bundle.")]
EmbeddedOpt = Annotated[bool, typer.Option(
    "--remove-embedded", help="Word: remove embedded content redactor cannot redact (binary objects, workbooks "
                              "with macros or links, RTF chunks) and pictures that cannot be read or still show "
                              "a covered word; without it such a file is refused. Workbooks, HTML chunks and "
                              "readable pictures are redacted either way.")]
UnknownOpt = Annotated[bool, typer.Option(
    "--allow-unknown-parts", help="Word: keep parts, elements and attributes of unknown kind unchecked instead "
                                  "of refusing the file (recorded in the decisions and the review page).")]


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code=code)


def _guard(fn):
    """Run a command body: RedactorError becomes one error line and exit status 2;
    anything unexpected becomes one line too, in words (REDACTOR_DEBUG=1 shows the
    traceback); Ctrl-C stops with status 130 and nothing half-written."""
    try:
        return fn()
    except RedactorError as e:
        _fail(str(e))
    except (typer.Exit, typer.Abort):
        raise
    except KeyboardInterrupt:
        _fail("interrupted; nothing was written for the document in progress", code=130)
    except Exception as e:  # noqa: BLE001 - the user must never see a traceback
        if os.environ.get("REDACTOR_DEBUG"):
            raise
        _fail(unexpected_words(e))


@app.command()
def redact(
    input: Annotated[Path, typer.Argument(help="A .docx, .txt or .md document.")],
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Where to write (default NAME.redacted.EXT).")] = None,
    case: CaseOpt = None, rules: RulesOpt = None, model: ModelOpt = None, force: ForceOpt = False,
    review: Annotated[Path | None, typer.Option(
        "--review", help="Folder for the review bundle (default NAME.review/ beside the output).")] = None,
    no_review: NoReviewOpt = False, mapping: MappingOpt = None,
    accept_revisions: AcceptOpt = False, remove_embedded: EmbeddedOpt = False,
    allow_unknown_parts: UnknownOpt = False,
) -> None:
    """Redact one document into the same format, with its review bundle.

    The bundle (review.html, decisions.json and, for Word, tracked.docx) holds the
    original personal data; the terminal summary never shows it.
    """
    def run():
        from redactor.api import Redactor
        from redactor.review.terminal import print_summary

        with err.status("loading rules and model"):
            redactor = Redactor.create(rules, case, model, mapping=mapping, accept_revisions=accept_revisions,
                                       remove_embedded=remove_embedded, allow_unknown_parts=allow_unknown_parts)
        with err.status(f"redacting {input.name}"):
            done = redactor.redact_file(input, output, force, review=not no_review, review_dir=review)
        print_summary(done.plan, err, redactor.rules)
        for finding in done.findings:
            err.print(f"[yellow]note:[/] {finding}", highlight=False)
        err.print(f"wrote {done.output}" + (f" and review bundle {done.review_dir}/" if done.review_dir else ""),
                  highlight=False)
    _guard(run)


@app.command()
def batch(
    folder: Annotated[Path, typer.Argument(help="Folder of .docx, .txt and .md documents.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the redacted documents "
                                                                 "(not inside FOLDER).")],
    case: CaseOpt = None, rules: RulesOpt = None, model: ModelOpt = None, mapping: MappingOpt = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, help="Worker processes (default: the number of cores).")] = None,
    recursive: Annotated[bool, typer.Option(
        "--recursive", help="Include subfolders (same relative paths in OUTPUT).")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Redo outputs that are up to date and replace existing ones.")] = False,
    no_review: NoReviewOpt = False,
    accept_revisions: AcceptOpt = False, remove_embedded: EmbeddedOpt = False,
    allow_unknown_parts: UnknownOpt = False,
) -> None:
    """Redact every document of a folder, one mapping of people across them all.

    Each document gets its review bundle in the output folder, beside report.json and
    report.html. Every file not redacted (a failing document, a file of another type) is
    named with the reason, and the exit status is then 2; outputs already up to date are
    skipped unless --force.
    """
    def run():
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        from redactor.batch import Options, batch_inputs, check_folders, default_workers, run_batch

        check_folders(folder, output)
        total = len(batch_inputs(folder, recursive))
        options = Options(rules=rules, case=case, model=model, mapping=mapping, accept_revisions=accept_revisions,
                          remove_embedded=remove_embedded, allow_unknown_parts=allow_unknown_parts,
                          review=not no_review, force=force, recursive=recursive,
                          workers=workers or default_workers())
        columns = (TextColumn("{task.description}"), BarColumn(),
                   TextColumn("{task.completed}/{task.total} files"), TextColumn("{task.fields[speed]}"),
                   TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
            reading = progress.add_task("reading", total=total, speed="- words/s")
            writing = progress.add_task("writing", total=total, speed="")
            words = 0

            def on_read(n: int) -> None:
                nonlocal words
                words += n
                elapsed = progress.tasks[reading].elapsed or 0
                progress.update(reading, advance=1, speed=f"{words / elapsed if elapsed else 0:,.0f} words/s")

            def on_file(result):
                progress.update(writing, advance=int(result.status != "skipped"))
                if result.status in ("failed", "skipped"):
                    label = "[bold red]error:[/]" if result.status == "failed" else "[bold yellow]skipped:[/]"
                    progress.console.print(f"{label} {escape(result.reason)}", highlight=False, soft_wrap=True)
            report = run_batch(folder, output, options, on_file, on_read)
        statuses = ("redacted", "up to date", "failed", "skipped")
        counts = {s: sum(f.status == s for f in report.files) for s in statuses}
        err.print(", ".join(f"{n} {s}" for s, n in counts.items() if n) + f"; report: {output / 'report.html'}",
                  highlight=False)
        if report.failed or report.skipped:
            raise typer.Exit(code=2)
    _guard(run)


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Files (.docx, .txt, .md, .pdf) and folders to check.")],
    format: Annotated[str, typer.Option("--format", help="text, json or junit.")] = "text",
    case: CaseOpt = None, rules: RulesOpt = None, model: ModelOpt = None,
    mapping: Annotated[Path | None, typer.Option(
        "--mapping", help="The case's mapping file: its real names are looked for in every case form "
                          "(read only; it must exist).")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Suggestions (kept text that may be personal data) fail the gate too.")] = False,
) -> None:
    """The pre-publication gate: report anything identifying left (prints what it finds).

    Exit status 0 when clean, 1 when anything identifying remains, 2 when an input cannot
    be read. Suggestions (kept text that may be personal data) are warnings that leave
    the status alone unless --strict. Never changes a file or the case.
    """
    def run():
        from redactor.check import run_check
        from redactor.check.formats import FORMATS

        if format not in FORMATS:
            raise RedactorError(f"--format must be one of {', '.join(FORMATS)}")
        with err.status("checking"):
            report = run_check(paths, case, mapping, rules, model, strict)
        typer.echo(FORMATS[format](report))
        raise typer.Exit(code=report.exit_code)
    _guard(run)


@app.command()
def models() -> None:
    """List the supported spaCy pipelines and which are installed."""
    def run():
        from rich.table import Table

        from redactor.detect.models import installed_version, load_catalogue

        table = Table("pipeline", "installed", "note")
        for p in load_catalogue().pipelines:
            table.add_row(p.name, installed_version(p.package) or "-", p.note)
        Console().print(table)
    _guard(run)


@app.command("apply")
def apply_cli(
    input: Annotated[Path, typer.Argument(help="The original document the decisions were made for.")],
    decisions: Annotated[Path, typer.Argument(help="The decisions file exported from review.html.")],
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Where to write (default NAME.redacted.EXT).")] = None,
    force: ForceOpt = False, mapping: MappingOpt = None,
) -> None:
    """Make the final document from reviewed decisions: rejected changes undone, added strings removed.

    With --mapping, the strings the reviewer added join the case, for every later run.
    """
    def run():
        from redactor.api import join_reviewed
        from redactor.review.apply import apply_decisions

        done = apply_decisions(input, decisions, output, force)
        if mapping is not None:
            join_reviewed(mapping, decisions)
        audited = f", {done.audited} known names no decision covered" if done.audited else ""
        err.print(f"wrote {done.output} ({done.kept} changes kept, {done.rejected} rejected, "
                  f"{done.added} added by the reviewer{audited})", highlight=False)
    _guard(run)


@app.command("diff")
def diff_cli(
    original: Annotated[Path, typer.Argument(help="The original document.")],
    redacted: Annotated[Path, typer.Argument(help="Its redacted copy.")],
) -> None:
    """Show a word-level diff of a document and its redacted copy (prints document text)."""
    def run():
        from redactor.review.diff import print_word_diff

        print_word_diff(original, redacted, Console())
    _guard(run)


@app.command()
def serve(
    case: CaseOpt = None, rules: RulesOpt = None, model: ModelOpt = None,
    accept_revisions: AcceptOpt = False, remove_embedded: EmbeddedOpt = False,
    allow_unknown_parts: UnknownOpt = False,
    no_browser: Annotated[bool, typer.Option(
        "--no-browser", help="Only print the address; do not open a browser.")] = False,
) -> None:
    """Open redactor in your web browser: add documents, review them, download the results.

    Runs on this computer only (127.0.0.1, a secret address); the uploaded files are deleted
    when you click "Finish and delete" or press Ctrl+C here.
    """
    def run():
        from redactor.serve.server import serve as run_server

        def echo(message: str) -> None:
            err.print(message, highlight=False, markup=False, soft_wrap=True)

        run_server(case, open_browser=not no_browser, echo=echo, rules_dir=rules, model=model,
                   accept_revisions=accept_revisions, remove_embedded=remove_embedded,
                   allow_unknown_parts=allow_unknown_parts)
    _guard(run)


def _import_detection() -> None:
    """Import spaCy, Presidio and the recognizers first, with the garbage collector paused
    (nothing made on import is garbage), near the bottom of the call stack: Presidio
    compiles patterns on import whose parser recurses deeply, and deep under typer's frames
    that recursion crosses a boundary of CPython's frame stack tens of thousands of times,
    an mmap and a munmap each (0.4 s of system time). What the imports made lives as long as
    the process: it is frozen, so that no collection walks it (the first one after the imports
    walked it all, 0.08 s)."""
    gc.disable()
    try:
        import redactor.detect.detector  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()


# Allocations between collections of the youngest generation (CPython's default is 700). A
# run makes millions of short-lived objects (tokens, matches, results) and few cycles: at the
# default a long report spent about 0.3 s of CPU in a thousand collections, at this about 0.05 s.
GC_THRESHOLD = 50_000


# glibc's malloc: memory freed at the top of the heap is kept (up to 256 MB) and the heap grows
# 64 MB at a time, and blocks up to 32 MB come from the heap rather than a mapping of their
# own each. A run allocates and frees the same large arrays (spaCy's layers, one batch of texts
# after another): by default each was a fresh mapping, its pages faulted in again (200,000 page
# faults, 0.3 s of system time, over a 100-page report; 85,000 with these settings).
MALLOC_SETTINGS = {-1: 256 << 20, -2: 64 << 20, -3: 32 << 20}  # M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD


def _keep_freed_memory() -> None:
    """Apply MALLOC_SETTINGS where the C library is glibc (elsewhere nothing changes)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    for option, value in MALLOC_SETTINGS.items():
        mallopt(option, value)


def main() -> None:  # pragma: no cover - console script
    _keep_freed_memory()
    _import_detection()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    app(prog_name="redactor")


if __name__ == "__main__":  # pragma: no cover
    main()
