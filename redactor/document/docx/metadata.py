"""Document properties and settings that hold people's names or paths: cleared or removed
at load. Title, subject, keywords, comments and category stay as segments (parts.py) so
the same decisions apply to them."""
from __future__ import annotations

from redactor.document.docx.ns import q
from redactor.document.docx.package import Package, rels_of, target

CLEARED_CORE = ("dc:creator", "cp:lastModifiedBy")
CLEARED_APP = ("ep:Company", "ep:Manager", "ep:Template", "ep:HyperlinkBase")
REMOVED_SETTINGS = {"w:docVars": "document variables removed",
                    "w:mailMerge": "mail-merge data source removed",
                    "w:attachedTemplate": "attached template reference removed"}
_SETTINGS_RELS = ("/attachedTemplate", "/mailMergeSource", "/mailMergeHeaderSource", "/recipientData")


def clean_metadata(pkg: Package) -> list[str]:
    """Clear authors, company and template names; drop custom properties, the thumbnail,
    document variables, mail merge and the attached template. Returns findings."""
    findings: list[str] = []
    if "docProps/core.xml" in pkg.data:
        core = pkg.xml("docProps/core.xml")
        for name in CLEARED_CORE:
            for el in core.iter(q(name)):
                el.text = ""
    if "docProps/app.xml" in pkg.data:
        app = pkg.xml("docProps/app.xml")
        for name in CLEARED_APP:
            for el in app.iter(q(name)):
                el.text = ""
        for titles in app.iter(q("ep:TitlesOfParts")):
            for el in titles.iter(q("vt:lpstr")):
                el.text = ""
    if "word/settings.xml" in pkg.data:
        findings += _clean_settings(pkg)
    return findings


def _clean_settings(pkg: Package) -> list[str]:
    settings = pkg.xml("word/settings.xml")
    findings = []
    for name, says in REMOVED_SETTINGS.items():
        for el in settings.findall(q(name)):
            settings.remove(el)
            findings.append(says)
    for el in settings.findall(q("w:rsids")):
        settings.remove(el)
    rels_part = rels_of("word/settings.xml")
    for rel in list(pkg.rels("word/settings.xml").values()):
        if rel.get("Type", "").endswith(_SETTINGS_RELS):
            internal = rel.get("TargetMode") != "External"
            pkg.xml(rels_part).remove(rel)
            if internal:
                pkg.remove(target(rels_part, rel.get("Target", "")))
    return findings
