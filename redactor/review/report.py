"""The batch report page: each file, its status, counts by kind, a link to its review page."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from jinja2 import Environment, PackageLoader

from redactor.types import FileResult


def render_report(files: Sequence[FileResult]) -> str:
    """One self-contained HTML page (no document text: counts and file names only)."""
    kinds = sorted({k for f in files for k in f.counts})
    statuses = Counter(f.status for f in files)
    env = Environment(loader=PackageLoader("redactor.review"), autoescape=True)
    return env.get_template("report.html").render(files=files, kinds=kinds, statuses=sorted(statuses.items()))
