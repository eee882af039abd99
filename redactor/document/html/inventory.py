"""The inventory of an imported HTML chunk (``w:altChunk``): every element and attribute it may
hold and what is done with it. Data, not code; anything else makes the chunk not redactable.

Elements are *inline* (their text is part of the paragraph around them), *blocks* (each a
paragraph of its own, tables with their rows and cells), *structure* (html, head, body,
title), or *removed* with everything inside them: what runs, fetches or shows content
redactor does not read (scripts, styles' imports, frames, objects, forms, pictures).
Attributes are kept as codes (sizes, alignment, colours), read (title, alt, summary, abbr;
web link targets), rewritten (style: only plain formatting declarations stay; other link
targets) or removed (ids, names and classes, font faces, event handlers, data-*, and any
attribute not listed). Font names go too: the chunk takes the Word document's fonts."""
from __future__ import annotations

import regex

STRUCTURE = frozenset({"html", "head", "body", "title", "style", "meta"})  # meta: the charset redactor writes
INLINE = frozenset({"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "del", "dfn", "em",
                    "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
                    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
                    "o:p", *(f"st{n}:{tag}" for n in (1, 2) for tag in ("place", "city", "country-region",
                                                                      "street", "address", "personname",
                                                                      "date", "placename", "placetype"))})
# (HTML saved by Word: o:p marks an empty paragraph; st1:… are smart tags around a word)
BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li", "dt", "dd", "td", "th", "caption", "pre",
                    "blockquote", "address", "figcaption", "center", "legend", "summary", "details", "fieldset",
                    "section", "article", "header", "footer", "nav", "aside", "main", "figure", "hr", "table",
                    "thead", "tbody", "tfoot", "tr", "ul", "ol", "dl", "colgroup", "col", "menu", "dir"})
REMOVED = frozenset({"script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
                     "link", "base", "meta", "form", "input", "button", "select", "option", "optgroup", "textarea",
                     "svg", "math", "canvas", "audio", "video", "source", "track", "map", "area", "template", "img",
                     "picture", "xml"})
CELLS = frozenset({"td", "th"})
LINE_BREAK = "br"

# attributes kept as codes, each with the shape its value must have (else it is removed)
_NUMBER = r"^\d+(?:\.\d+)?(?:%|px|pt|em|\*)?$"
_FLAG = r"^(?:|nowrap|noshade|reversed|compact|true|false|1)$"
_COLOUR = (r"^(?:#?[0-9A-Fa-f]{3,8}|black|white|red|green|blue|yellow|gray|grey|silver|maroon|purple|fuchsia|lime|"
           r"olive|navy|teal|aqua|orange|transparent)$")
_LANGUAGE = r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$"
CODES: dict[str, regex.Pattern] = {name: regex.compile(pattern, regex.IGNORECASE) for name, pattern in {
    **dict.fromkeys(("width", "height", "border", "cellpadding", "cellspacing", "colspan", "rowspan", "span",
                     "start", "size", "value", "charoff"), _NUMBER),
    **dict.fromkeys(("align", "valign"), r"^(?:left|right|center|justify|top|middle|bottom|baseline|char)$"),
    **dict.fromkeys(("nowrap", "noshade", "reversed", "compact"), _FLAG),
    **dict.fromkeys(("color", "bgcolor"), _COLOUR),
    **dict.fromkeys(("lang", "{http://www.w3.org/XML/1998/namespace}lang"), _LANGUAGE),
    "dir": r"^(?:ltr|rtl|auto)$", "scope": r"^(?:row|col|rowgroup|colgroup)$", "clear": r"^(?:left|right|all|none)$",
    "frame": r"^(?:void|above|below|hsides|lhs|rhs|vsides|box|border)$", "rules": r"^(?:none|groups|rows|cols|all)$",
    "type": r"^(?:1|a|i|disc|circle|square)$", "char": r"^.$", "charset": r"^utf-8$",
}.items()}
SPACED = frozenset({"style"})
READ = frozenset({"title", "alt", "summary", "abbr"})  # text a reader sees (tooltips)
LINK = "href"  # web targets read, mailto: emptied, others replaced (as in Word)

# CSS: declarations kept in style attributes and style elements; values are plain words,
# numbers, colours and lengths (no quotes, no url(), no expression())
CSS_PROPERTIES = frozenset({
    "color", "background", "background-color", "border", "border-collapse", "border-spacing", "border-width",
    "border-style", "border-color", "padding", "margin", "font-size", "font-weight",
    "font-style", "font-variant", "text-align", "text-decoration", "text-indent", "text-transform",
    "vertical-align", "line-height", "letter-spacing", "white-space", "width", "height", "min-width", "max-width",
    "list-style", "list-style-type", "table-layout", "caption-side", "empty-cells", "page-break-before",
    "page-break-after", "page-break-inside", "display",
    *(f"{box}-{side}{part}" for box in ("border", "padding", "margin") for side in ("top", "right", "bottom", "left")
      for part in ("", "-width", "-style", "-color")),
})
