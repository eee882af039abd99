"""The pre-publication gate: an independent re-scan of finished documents for anything
identifying. It reads every place a reader (or a metadata viewer) could see, runs the
same detection and decisions as redaction, and reports; it never changes a case or a file.

    report = run_check([Path("published/")], mapping=Path("case.mapping.json"))
    report.exit_code  # 0 clean, 1 something identifying remains, 2 an input could not be read
"""
from redactor.check.gate import CheckReport, Finding, run_check

__all__ = ["CheckReport", "Finding", "run_check"]
