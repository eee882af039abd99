"""The OCR engine: rapidocr on onnxruntime, loaded once per process on first use, with the
models its wheel ships (pinned in models/ocr.yaml) and never anything from the network.

Importing this module imports nothing heavy; a document without pictures never loads the
engine. Traps handled here: onnxruntime writes telemetry files under the home folder on
import unless ``ORT_DISABLE_TELEMETRY`` is set first; rapidocr downloads any model it
cannot find, so every model is given by path and its download function raises."""
from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import os
import threading
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from packaging.specifiers import SpecifierSet
from pydantic import BaseModel

from redactor.config import load_yaml_model, package_data
from redactor.document.pictures.reading import Quad
from redactor.errors import RedactorError

OCR_FILE = package_data("models") / "ocr.yaml"
FIX = "reinstall redactor with its dependencies (pip install --force-reinstall redactor), or pass --remove-embedded"


class ModelFile(BaseModel):
    file: str
    sha256: str


class OcrCatalogue(BaseModel):
    package: str
    versions: str
    models: dict[str, ModelFile]
    min_score: float


@dataclass(frozen=True)
class Read:
    """One line of text as the engine read it: the text, its confidence, and the outline
    of each character that is not a space (None where the engine gave none)."""

    text: str
    score: float
    quad: Quad
    chars: tuple[Quad | None, ...]


class NoNetwork(RuntimeError):
    pass


class Unusable(Exception):
    """The installed engine is not the one pinned (the message says how)."""


def _refuse_download(*args: Any, **kwargs: Any) -> Any:
    raise NoNetwork("redactor never downloads OCR models")


class Engine:
    """The loaded engine; ``read`` takes an RGB picture as a numpy array."""

    def __init__(self, catalogue: OcrCatalogue) -> None:
        os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # before onnxruntime is imported, or it writes files
        import onnxruntime  # noqa: F401 - imported here, after the variable above
        import rapidocr
        from rapidocr.utils import download_file

        download_file.DownloadFile._make_http_request = classmethod(_refuse_download)  # type: ignore[method-assign,assignment]
        root = Path(str(files("rapidocr") / "models"))
        paths = {}
        for task, model in catalogue.models.items():
            path = root / model.file
            if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != model.sha256:
                raise Unusable(f"the OCR model {model.file} is missing or not the one pinned")
            paths[f"{task.capitalize()}.model_path"] = str(path)
        self.min_score = catalogue.min_score
        self._ocr = rapidocr.RapidOCR(params={
            **paths, "Global.log_level": "critical", "Global.text_score": self.min_score,
            "EngineConfig.onnxruntime.intra_op_num_threads": 1, "EngineConfig.onnxruntime.inter_op_num_threads": 1})
        self._lock = threading.Lock()  # serve reads on one thread, but a session is cheap to guard

    def read(self, rgb: Any) -> list[Read]:
        with self._lock:
            out: Any = self._ocr(rgb, return_word_box=True, return_single_char_box=True)
        if out.txts is None:
            return []
        found = []
        for text, score, box, chars in zip(out.txts, out.scores, out.boxes, out.word_results, strict=True):
            found.append(Read(text, float(score), _quad(box), _char_quads(text, chars)))
        return found


def _quad(points: Any) -> Quad:
    return tuple((float(x), float(y)) for x, y in points)


def _char_quads(text: str, chars: Any) -> tuple[Quad | None, ...]:
    """One outline per character of ``text``: the engine gives one per non-space
    character, in order; spaces (and everything, if the counts disagree) get None."""
    boxes = [c[2] for c in chars or () if c and c[2] is not None]
    if len(boxes) != sum(1 for ch in text if not ch.isspace()):
        return tuple(None for _ in text)
    it = iter(boxes)
    return tuple(None if ch.isspace() else _quad(next(it)) for ch in text)


_engine: Engine | None = None
_failure: str | None = None
_load_lock = threading.Lock()


def engine() -> Engine:
    """The process's engine, loaded on first call; RedactorError (reason and fix, without a
    file name: the caller adds it) if it cannot load. A failure is remembered."""
    global _engine, _failure
    with _load_lock:
        if _engine is None and _failure is None:
            try:
                catalogue = load_yaml_model(OCR_FILE, OcrCatalogue)
                version = metadata.version(catalogue.package)
                if version not in SpecifierSet(catalogue.versions):
                    raise Unusable(f"{catalogue.package} {version} is installed but {catalogue.versions} is required")
                _engine = Engine(catalogue)
            except (ImportError, metadata.PackageNotFoundError) as e:
                _failure = f"the OCR engine is not installed ({e.__class__.__name__})"
            except Unusable as e:
                _failure = f"the OCR engine cannot load: {e}"
            except Exception as e:  # noqa: BLE001 - onnxruntime and rapidocr raise many kinds
                _failure = f"the OCR engine cannot load ({e.__class__.__name__})"
        if _engine is None:
            raise RedactorError(f"{_failure}; {FIX}")
        return _engine


def loaded() -> bool:
    """Has this process loaded the engine (for tests and the benchmark)?"""
    return _engine is not None
