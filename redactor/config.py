"""Load YAML into pydantic models, with errors that name the file and line; find the
data shipped inside the package."""
from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from redactor.errors import RedactorError, os_error_words, validation_words

M = TypeVar("M", bound=BaseModel)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader is 20 times faster


def package_data(name: str) -> Path:
    """The folder of the package ``redactor.data.NAME`` (``rules``, ``models``): inside the
    installed wheel, or, in an editable install, the checkout's top-level ``rules/`` and
    ``models/``, which the build maps there (setup.py). pip installs unzipped, so it is a real path."""
    try:
        return Path(str(files(f"redactor.data.{name}"))).resolve()
    except ModuleNotFoundError:
        raise RedactorError(f"redactor's built-in {name} are missing from this installation: "
                            "install it again (in a checkout: make setup)") from None


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the YAML node at pydantic location ``loc``, or the nearest parent's."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _problem(e: yaml.YAMLError) -> str:
    """The parser's complaint without anything quoted from the file."""
    return re.sub(r"'[^']*'|\"[^\"]*\"", "…", getattr(e, "problem", None) or "syntax error")


def load_yaml_model(path: Path, model: type[M]) -> M:
    """Parse ``path`` as YAML and validate it as ``model``. Errors name the file, the line
    and the field, never a value or an unknown key (it may be a person's name)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RedactorError(f"{path}: not UTF-8 text") from None
    except OSError as e:
        raise RedactorError(f"{path}: cannot be read: {os_error_words(e)}") from None
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else f"{path}"
        raise RedactorError(f"{where}: not valid YAML ({_problem(e)})") from None
    except RecursionError:
        raise RedactorError(f"{path}: nested too deeply to read") from None
    try:
        return model.model_validate(data if data is not None else {})
    except ValidationError as e:
        line = _line_of(yaml.compose(text, Loader=_LOADER), tuple(e.errors()[0]["loc"]))  # parsed again only now
        raise RedactorError(f"{path}:{line or 1}: {validation_words(e)}") from None
