"""The command line: thin typer commands over redactor.api."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from redactor.errors import RedactorError

app = typer.Typer(
    help="Anonymise UK Domestic Homicide Review documents offline: names become initials, "
         "addresses, dates of birth and contact details are removed, the learning stays.",
    no_args_is_help=True, add_completion=False, rich_markup_mode="rich")
err = Console(stderr=True)

CaseOpt = Annotated[Optional[Path], typer.Option("--case", help="Case file (YAML) listing the review's people.")]
RulesOpt = Annotated[Optional[Path], typer.Option("--rules", help="Rules folder to use instead of the built-in rules/.")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy pipeline name (see `redactor models`).")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an existing output.")]
AcceptOpt = Annotated[bool, typer.Option(
    "--accept-revisions", help="Word: accept tracked changes already in the input first (default: redact "
                               "deleted text too, which is safe).")]
NoReviewOpt = Annotated[bool, typer.Option("--no-review", help="Do not write the review bundle.")]
EmbeddedOpt = Annotated[bool, typer.Option(
    "--remove-embedded", help="Word: remove embedded objects (their content cannot be checked).")]


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code=2)


def _guard(fn):
    """Run a command body: RedactorError becomes one error line and exit status 2;
    anything unexpected becomes one line too (REDACTOR_DEBUG=1 shows the traceback)."""
    try:
        return fn()
    except RedactorError as e:
        _fail(str(e))
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as e:  # noqa: BLE001 - the user must never see a traceback
        if os.environ.get("REDACTOR_DEBUG"):
            raise
        _fail(f"internal error ({e.__class__.__name__}); rerun with REDACTOR_DEBUG=1 for details")


@app.command()
def redact(
    input: Annotated[Path, typer.Argument(help="A .docx, .txt or .md document.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Where to write (default NAME.redacted.EXT).")] = None,
    case: CaseOpt = None, rules: RulesOpt = None, model: ModelOpt = None, force: ForceOpt = False,
    review: Annotated[Optional[Path], typer.Option("--review", help="Folder for the review bundle (default NAME.review/ beside the output).")] = None,
    no_review: NoReviewOpt = False,
    accept_revisions: AcceptOpt = False, remove_embedded: EmbeddedOpt = False,
) -> None:
    """Redact one document into the same format, with its review bundle.

    The bundle (review.html, decisions.json and, for Word, tracked.docx) holds the
    original personal data; the terminal summary never shows it.
    """
    def run():
        from redactor.api import Redactor
        from redactor.review.terminal import print_summary

        with err.status("loading rules and model"):
            redactor = Redactor.create(rules, case, model, accept_revisions=accept_revisions,
                                       remove_embedded=remove_embedded)
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
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the redacted documents.")],
    case: CaseOpt = None, rules: RulesOpt = None, model: ModelOpt = None, force: ForceOpt = False,
    no_review: NoReviewOpt = False,
    accept_revisions: AcceptOpt = False, remove_embedded: EmbeddedOpt = False,
) -> None:
    """Redact every document of a folder, one mapping of people across them all.

    Each document gets its review bundle (NAME.review/) in the output folder.
    """
    def run():
        from rich.progress import Progress

        from redactor.api import Redactor, inputs_in

        sources = inputs_in(folder)
        if not sources:
            raise RedactorError(f"{folder}: no .docx, .txt or .md documents")
        with err.status("loading rules and model"):
            redactor = Redactor.create(rules, case, model, accept_revisions=accept_revisions,
                                       remove_embedded=remove_embedded)
        failed = 0
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("redacting", total=len(sources))
            for source in sources:
                try:
                    redactor.redact_file(source, output / source.name, force, review=not no_review)
                except RedactorError as e:
                    failed += 1
                    err.print(f"[bold red]error:[/] {e}", highlight=False, soft_wrap=True)
                progress.advance(task)
        err.print(f"{len(sources) - failed} of {len(sources)} documents redacted into {output}", highlight=False)
        if failed:
            raise typer.Exit(code=2)
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
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Where to write (default NAME.redacted.EXT).")] = None,
    force: ForceOpt = False,
) -> None:
    """Make the final document from reviewed decisions: rejected changes undone, added strings removed."""
    def run():
        from redactor.review.apply import apply_decisions

        done = apply_decisions(input, decisions, output, force)
        err.print(f"wrote {done.output} ({done.kept} changes kept, {done.rejected} rejected, "
                  f"{done.added} added by the reviewer)", highlight=False)
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


def main() -> None:  # pragma: no cover - console script
    app(prog_name="redactor")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
