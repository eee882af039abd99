"""No import cycle inside redactor/: a type two rooms share lives below both. Every import
counts, at the top of a module, inside a function or under TYPE_CHECKING, so a cycle cannot
hide behind an import moved into a function."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "redactor"


def _modules(package: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    out = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _imported(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules ``module`` imports (``from a import b`` is module a.b when that
    is a module, else a)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")[: len(module.split(".")) - node.level + (path.name == "__init__.py")]
                base = ".".join([*anchor, base] if base else anchor)
            names += [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
    found = set()
    for name in names:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name and name != module:
            found.add(name)
    return found


def import_cycles(package: Path) -> list[list[str]]:
    """Each cycle of imports found by a depth-first walk, as the modules along it."""
    modules = _modules(package)
    graph = {m: sorted(_imported(m, p, modules)) for m, p in modules.items()}
    done: set[str] = set()
    cycles = []

    def walk(module: str, trail: list[str]) -> None:
        for target in graph[module]:
            if target in trail:
                cycles.append([*trail[trail.index(target):], target])
            elif target not in done:
                walk(target, [*trail, target])
        done.add(module)

    for module in sorted(graph):
        if module not in done:
            walk(module, [module])
    return cycles


def test_no_import_cycles():
    assert import_cycles(PACKAGE) == []


def test_a_cycle_through_a_function_level_import_is_found(tmp_path):
    package = tmp_path / "pkg"
    (package / "review").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "review" / "__init__.py").write_text("")
    (package / "batch.py").write_text("def write():\n    from pkg.review.report import render\n")
    (package / "review" / "report.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..batch import write\n")
    (package / "types.py").write_text("from pkg import batch\n")
    assert import_cycles(package) == [["pkg.batch", "pkg.review.report", "pkg.batch"]]
