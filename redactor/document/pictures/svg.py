"""SVG pictures: their text elements read as lines and rewritten. Everything else that
could carry words is removed or made neutral: titles, descriptions, metadata, elements
and attributes of other programs' namespaces (an editor's file name and layer labels),
element ids and classes. An SVG that loads anything (a picture, a script, foreign HTML,
a link outside itself) is Unreadable: what it shows cannot be read as text."""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from redactor.document.pictures.raster import Unreadable
from redactor.document.pictures.reading import Line, Reading

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)
_TEXT = {f"{{{SVG}}}{n}" for n in ("text", "tspan", "textPath")}
_REMOVED = {f"{{{SVG}}}{n}" for n in ("title", "desc", "metadata")}
_REFUSED = {f"{{{SVG}}}{n}" for n in ("image", "script", "foreignObject", "feImage", "iframe", "video", "audio")}
_KEPT_NAMESPACES = {None, SVG, XLINK, XML}
_LINK = re.compile(r"url\(\s*['\"]?(?!#)|@import", re.IGNORECASE)
_REF = re.compile(r"#([A-Za-z_][\w.\-]*)")
_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass
class _Piece:
    el: etree._Element
    tail: bool  # the element's tail, else its text

    def get(self) -> str:
        return (self.el.tail if self.tail else self.el.text) or ""

    def set(self, value: str) -> None:
        if self.tail:
            self.el.tail = value
        else:
            self.el.text = value


def is_svg(blob: bytes) -> bool:
    head = blob[:1024].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in blob[:4096].lower())


def _parse(blob: bytes) -> etree._Element:
    try:
        root = etree.fromstring(blob, _PARSER)
    except etree.XMLSyntaxError:
        raise Unreadable from None
    if root.tag != f"{{{SVG}}}svg":
        raise Unreadable
    return root


def _clean(root: etree._Element) -> None:
    """Refuse what loads content; remove what names things; neutral ids and classes."""
    ids: dict[str, str] = {}
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in _REFUSED:
            raise Unreadable
        namespace = etree.QName(el).namespace
        if el.tag in _REMOVED or namespace not in _KEPT_NAMESPACES:
            parent = el.getparent()
            if parent is not None:
                _keep_tail(el)
                parent.remove(el)
            continue
        for key in list(el.attrib):
            value = el.attrib[key]
            if etree.QName(key).namespace not in _KEPT_NAMESPACES or key.startswith("aria-") or key.startswith("data-"):
                del el.attrib[key]
            elif key in ("href", f"{{{XLINK}}}href") and not value.startswith("#"):
                raise Unreadable
            elif _LINK.search(value):
                raise Unreadable
            elif key == "id":
                ids[value] = el.attrib[key] = f"i{len(ids) + 1}"
            elif key == "class":
                el.attrib[key] = "c"
        if el.tag == f"{{{SVG}}}style" and el.text:
            if _LINK.search(el.text):
                raise Unreadable
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for key, value in el.attrib.items():
            if "#" in value:
                el.attrib[key] = _REF.sub(lambda m: f"#{ids.get(m[1], 'none')}", value)
        if el.tag == f"{{{SVG}}}style" and el.text:
            el.text = _REF.sub(lambda m: f"#{ids[m[1]]}" if m[1] in ids else m[0], el.text)
    etree.cleanup_namespaces(root)  # the removed namespaces' declarations


def _keep_tail(el: etree._Element) -> None:
    """Text after a removed element inside a text element stays where it was."""
    if el.tail and el.getparent() is not None:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            el.getparent().text = (el.getparent().text or "") + el.tail


def _lines(root: etree._Element) -> list[list[_Piece]]:
    """The pieces of text of each line: a text element, or a tspan placed on its own."""
    lines: list[list[_Piece]] = []
    for text in root.iter(f"{{{SVG}}}text"):
        if any(a.tag in _TEXT for a in text.iterancestors()):
            continue
        lines.append([])
        for el in text.iter():
            if not isinstance(el.tag, str):
                continue
            if el is not text and el.tag in _TEXT and any(k in el.attrib for k in ("x", "y", "dy")):
                lines.append([])
            lines[-1].append(_Piece(el, False))
            if el is not text:
                lines[-1].append(_Piece(el, True))
    return lines


def _joined(pieces: Sequence[_Piece]) -> tuple[str, list[tuple[int, int]]]:
    """The line as a reader sees it (spaces collapsed, ends trimmed) and, for each of its
    characters, the (piece, position) it came from."""
    text, where = "", []
    for i, piece in enumerate(pieces):
        for j, ch in enumerate(piece.get()):
            if ch.isspace():
                if not text or text.endswith(" "):
                    continue
                ch = " "
            text += ch
            where.append((i, j))
    while text.endswith(" "):
        text, where = text[:-1], where[:-1]
    return text, where


def _number(value: str | None) -> float | None:
    """The number ``value`` starts with (an SVG length or coordinate), if any."""
    m = _NUMBER.match((value or "").lstrip())
    return float(m[0]) if m and math.isfinite(float(m[0])) else None


def _view_box(root: etree._Element) -> tuple[float, float, float, float] | None:
    numbers = _NUMBER.findall(root.get("viewBox") or "")
    if len(numbers) != 4:
        return None
    x, y, w, h = (float(n) for n in numbers)
    return (x, y, w, h) if all(map(math.isfinite, (x, y, w, h))) and w > 0 and h > 0 else None


def _width_height(root: etree._Element) -> tuple[int, int]:
    """The size a browser shows the picture at: its width and height, else its view box's."""
    def number(value: str | None) -> int:
        return max(0, int(_number(value) or 0))
    box = _view_box(root)
    return (number(root.get("width")) or (int(box[2]) if box else 300),
            number(root.get("height")) or (int(box[3]) if box else 150))


def read_svg(blob: bytes) -> Reading:
    root = _parse(blob)
    _clean(root)
    texts = [_joined(p)[0] for p in _lines(root)]
    return Reading("SVG", _width_height(root), tuple(Line(t, 1.0, (0, 0, 0, 0)) for t in texts if t))


def cover_svg(blob: bytes, covers: Sequence[tuple[int, int, int, str]],
              boxes: Sequence[tuple[int, int, int, int]] = ()) -> bytes:
    """The cleaned SVG with characters [start, end) of each (line, start, end,
    replacement) replaced (line numbers count the lines ``read_svg`` gives), and a white
    rectangle over each box (in the size a browser shows it at)."""
    root = _parse(blob)
    _clean(root)
    width, height = _width_height(root)
    x0, y0, w, h = _view_box(root) or (0.0, 0.0, float(width), float(height))
    for left, top, right, bottom in boxes:
        area = (x0 + left * w / width, y0 + top * h / height, x0 + right * w / width, y0 + bottom * h / height)
        etree.SubElement(root, f"{{{SVG}}}rect", x=f"{area[0]:g}", y=f"{area[1]:g}", width=f"{area[2] - area[0]:g}",
                         height=f"{area[3] - area[1]:g}", fill="white")
        for text in list(root.iter(f"{{{SVG}}}text")):  # text drawn there goes too, not only out of sight
            x, y = _number(text.get("x")), _number(text.get("y"))
            if x is not None and y is not None and area[0] <= x <= area[2] and area[1] <= y <= area[3]:
                _keep_tail(text)
                text.getparent().remove(text)
    lines = [(p, *_joined(p)) for p in _lines(root)]
    lines = [x for x in lines if x[1]]
    edits: dict[tuple[int, int], list[tuple[int, int, str]]] = {}  # (line, piece) -> (start, end, text)
    for line, start, end, replacement in covers:
        pieces, _, where = lines[line]
        by_piece: dict[int, list[int]] = {}
        for i, j in where[start:end]:
            by_piece.setdefault(i, []).append(j)
        for n, (i, positions) in enumerate(sorted(by_piece.items())):
            edits.setdefault((line, i), []).append((min(positions), max(positions) + 1, replacement if n == 0 else ""))
    for (line, i), changes in edits.items():
        piece = lines[line][0][i]
        value = piece.get()
        for start, end, text in sorted(changes, reverse=True):
            value = value[:start] + text + value[end:]
        piece.set(value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
