"""The inventory of an imported HTML chunk (``w:altChunk``): every element and attribute it may
hold and what is done with it. Data, not code; anything else makes the chunk not redactable.

Elements are *inline* (their text is part of the paragraph around them), *blocks* (each a
paragraph of its own, tables with their rows and cells), *structure* (html, head, body,
title), or *removed* with everything inside them: what runs, fetches or shows content
redactor does not read (scripts, styles' imports, frames, objects, forms, pictures).
Attributes are kept as codes (sizes, alignment, colours), read (title, alt, summary, abbr;
web link targets), rewritten (style: only plain formatting declarations stay; other link
targets) or removed (ids and names, event handlers, data-*, and any attribute not listed)."""
from __future__ import annotations

STRUCTURE = frozenset({"html", "head", "body", "title", "style", "meta"})  # meta: the charset redactor writes
INLINE = frozenset({"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "del", "dfn", "em",
                    "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
                    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"})
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

# attributes kept as short codes, and those that may hold spaces (class lists, font names)
CODES = frozenset({"align", "valign", "width", "height", "border", "cellpadding", "cellspacing", "colspan",
                   "rowspan", "span", "scope", "nowrap", "start", "type", "size", "color", "bgcolor", "clear",
                   "noshade", "dir", "lang", "frame", "rules", "value", "reversed", "charoff", "char", "compact",
                   "charset", "{http://www.w3.org/XML/1998/namespace}lang"})
SPACED = frozenset({"class", "face", "style"})
READ = frozenset({"title", "alt", "summary", "abbr"})  # text a reader sees (tooltips)
LINK = "href"  # web targets read, mailto: emptied, others replaced (as in Word)

# CSS: declarations kept in style attributes and style elements; values are plain words,
# numbers, colours and lengths (no quotes, no url(), no expression())
CSS_PROPERTIES = frozenset({
    "color", "background", "background-color", "border", "border-collapse", "border-spacing", "border-width",
    "border-style", "border-color", "padding", "margin", "font", "font-family", "font-size", "font-weight",
    "font-style", "font-variant", "text-align", "text-decoration", "text-indent", "text-transform",
    "vertical-align", "line-height", "letter-spacing", "white-space", "width", "height", "min-width", "max-width",
    "list-style", "list-style-type", "table-layout", "caption-side", "empty-cells", "page-break-before",
    "page-break-after", "page-break-inside", "display",
    *(f"{box}-{side}{part}" for box in ("border", "padding", "margin") for side in ("top", "right", "bottom", "left")
      for part in ("", "-width", "-style", "-color")),
})
