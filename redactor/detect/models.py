"""Choose, load and verify a spaCy pipeline from models/models.yaml."""
from __future__ import annotations

import importlib.metadata as metadata
from functools import lru_cache
from pathlib import Path
from typing import Any

from packaging.specifiers import SpecifierSet
from pydantic import BaseModel

from redactor.config import load_yaml_model, package_data
from redactor.errors import RedactorError

MODELS_FILE = package_data("models") / "models.yaml"


class Pipeline(BaseModel):
    name: str
    package: str
    versions: str
    note: str = ""


class Catalogue(BaseModel):
    pipelines: list[Pipeline]


def load_catalogue(path: Path = MODELS_FILE) -> Catalogue:
    return load_yaml_model(path, Catalogue)


def installed_version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def choose_pipeline(requested: str | None = None, catalogue_path: Path = MODELS_FILE) -> Pipeline:
    """The requested pipeline, or the most preferred one that is installed."""
    catalogue = load_catalogue(catalogue_path)
    if requested:
        match = next((p for p in catalogue.pipelines if p.name == requested), None)
        if match is None:
            names = ", ".join(p.name for p in catalogue.pipelines)
            raise RedactorError(f"model '{requested}' is not supported (supported: {names})")
        candidates = [match]
    else:
        candidates = catalogue.pipelines
    for p in candidates:
        version = installed_version(p.package)
        if version is None:
            continue
        if version not in SpecifierSet(p.versions):
            raise RedactorError(f"model '{p.name}' {version} is installed but {p.versions} is required")
        return p
    wanted = requested or "any supported pipeline"
    raise RedactorError(f"{wanted} is not installed; run `make setup` (models/README.md explains the choices)")


@lru_cache(maxsize=2)
def load_pipeline(name: str):
    """Load a verified spaCy pipeline once per process, without its parser (nothing
    reads dependencies). Its layers multiply matrices with numpy's BLAS rather than
    thinc's bundled BLIS, which is about three times slower on many CPUs (see
    ``single_threaded_blas``); the results are the same."""
    import spacy
    from thinc.api import use_ops

    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name, exclude=["parser"])
    except (OSError, ImportError) as e:
        raise RedactorError(f"model '{name}' could not be loaded ({e.__class__.__name__})") from None
    ner: Any = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
    if ner is None or "PERSON" not in ner.labels:
        raise RedactorError(f"model '{name}' has no named-entity recogniser for PERSON")
    return nlp


def single_threaded_blas():
    """A context in which numpy's BLAS uses one thread: the matrices of a pipeline are
    small, and a second thread costs more CPU than it saves (a batch runs one process per core)."""
    return _threadpools().limit(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def _threadpools() -> Any:
    """The process's thread pools, found once rather than for each document of a batch
    (looking for them walks every loaded library). numpy's BLAS is loaded with spaCy,
    before any document is read."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()
