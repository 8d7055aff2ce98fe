"""mt-audit: find and fix machine-translation artifacts in articles.

The public API is the pure core — `audit_text(text, config) -> Result` — and the records it returns;
`audit_file` adds reading a file (strict UTF-8, BOM kept) around it.
"""

from __future__ import annotations

from pathlib import Path

from audit.config import Config
from audit.engine import Result, audit_text
from audit.findings import Edit, Finding, Fix, FixSafety, Severity
from audit.markup import Markup
from audit.targets import Target


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mt-audit")
    except PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"


__version__ = _installed_version()
"""The version of the installed distribution, as `mtaudit --version` prints it."""


def audit_file(path: str | Path, config: Config | None = None) -> Result:
    """Read one article file and audit it; raises InputError for files that cannot be read safely."""
    from audit.files import read_source

    target = Target(Path(path), str(path))
    return audit_text(read_source(target.path).text, config or Config(), target.markup)


__all__ = [
    "Config",
    "Edit",
    "Finding",
    "Fix",
    "FixSafety",
    "Markup",
    "Result",
    "Severity",
    "__version__",
    "audit_file",
    "audit_text",
]
