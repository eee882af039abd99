"""Settings that hold people's names or paths: document variables, the mail-merge data
source and the attached template, removed at load (document properties: places.py)."""
from __future__ import annotations

from redactor.document.docx.ns import q
from redactor.document.docx.package import Package, rels_of, target

REMOVED_SETTINGS = {"w:docVars": "document variables removed",
                    "w:mailMerge": "mail-merge data source removed",
                    "w:attachedTemplate": "attached template reference removed"}
_SETTINGS_RELS = ("/attachedTemplate", "/mailMergeSource", "/mailMergeHeaderSource", "/recipientData")


def clean_metadata(pkg: Package) -> list[str]:
    """Remove document variables, mail merge and the attached template; returns findings."""
    if "word/settings.xml" not in pkg.data:
        return []
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
