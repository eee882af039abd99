"""Pictures: re-encoded from their pixels alone with Pillow, so EXIF, XMP, ICC profiles,
PNG text chunks and comments (a camera owner, a file path, a caption naming someone) are
gone; or removed with the drawings that show them (``--remove-embedded``). A picture
Pillow cannot read, or one too large, refuses the file. Text inside a picture stays:
there is no OCR."""
from __future__ import annotations

import io
import warnings

from redactor.document.docx.classify import remove_with_owners
from redactor.document.docx.inventory import Kind
from redactor.document.docx.package import Package
from redactor.errors import RedactorError

MAX_PIXELS = 50_000_000
_FORMATS: dict[str, dict[str, object]] = {"PNG": {}, "JPEG": {"quality": 95}, "GIF": {}, "BMP": {},
                                          "TIFF": {"compression": "tiff_deflate"}}


def clean_images(pkg: Package, kinds: dict[str, Kind], remove: bool) -> list[str]:
    """Re-encode (or, with ``remove``, remove) every picture part; returns findings."""
    images = [p for p, k in kinds.items() if k.says == "image" and p in pkg.data]
    for part in images:
        if remove:
            remove_with_owners(pkg, part)
        else:
            pkg.data[part] = reencode(pkg.name, pkg.data[part])
    if not images:
        return []
    return [f"{len(images)} picture(s) removed" if remove else
            f"{len(images)} picture(s) re-encoded without their metadata (text inside pictures is not read)"]


def reencode(name: str, blob: bytes) -> bytes:
    """The picture's pixels, in its own format, with nothing else."""
    from PIL import Image

    refused = RedactorError(f"{name}: a picture is damaged, too large or in a format redactor cannot "
                            "re-encode; not processed (--remove-embedded removes pictures)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(blob)) as img:
                fmt = img.format or ""
                if fmt not in _FORMATS or img.width * img.height > MAX_PIXELS:
                    raise refused
                img.load()
                clean = Image.frombytes(img.mode, img.size, img.tobytes())
                options = dict(_FORMATS[fmt])
                if img.mode in ("P", "PA"):
                    clean.putpalette(img.getpalette() or [])
                if "transparency" in img.info and fmt in ("PNG", "GIF"):
                    options["transparency"] = img.info["transparency"]
        out = io.BytesIO()
        clean.save(out, fmt, **options)
        return out.getvalue()
    except RedactorError:
        raise
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for hostile input
        raise refused from None
