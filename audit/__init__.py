"""mt-audit: find and fix machine-translation artifacts in articles.

The public API is the pure core — `audit_text(text, config) -> Result`, and `fix_text(text, config)
-> Fixed` for what `fix` writes and leaves — and the records they return; `audit_file` adds reading a
file (strict UTF-8, BOM kept) around it.

The names are imported on first use (PEP 562): `import audit.cli` for `mtaudit --version` or a
one-file pre-commit run must not load the whole core first (issue 9: 115 of 175 ms).
"""

from __future__ import annotations

import functools
import importlib

# Not `typing.TYPE_CHECKING`: every `mtaudit` run imports this package first (audit/client.py), and
# typing's import costs it 3 ms. Type checkers read a constant of this name the same way.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from audit.config import Config
    from audit.engine import Result

_LAZY = {
    "Config": "audit.config",
    "Result": "audit.engine",
    "audit_text": "audit.engine",
    "fix_text": "audit.engine",
    "Fixed": "audit.engine",
    "Edit": "audit.findings",
    "Finding": "audit.findings",
    "Fix": "audit.findings",
    "FixSafety": "audit.findings",
    "Severity": "audit.findings",
    "Markup": "audit.markup",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module 'audit' has no attribute {name!r}")


@functools.cache
def _installed_version() -> str:
    """`audit.__version__`: the installed distribution's version, as `mtaudit --version` prints it.

    Read on first use like the names above: importlib.metadata is not free at start-up.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mt-audit")
    except PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"


def audit_file(path: str | Path, config: Config | None = None) -> Result:
    """Read one article file and audit it; raises InputError for files that cannot be read safely."""
    from pathlib import Path

    from audit.config import Config
    from audit.engine import audit_text
    from audit.files import read_source
    from audit.targets import Target

    target = Target(Path(path), str(path))
    return audit_text(read_source(target.path).text, config or Config(), target.markup)


__all__ = [
    "Config",
    "Edit",
    "Finding",
    "Fix",
    "FixSafety",
    "Fixed",
    "Markup",
    "Result",
    "Severity",
    "__version__",
    "audit_file",
    "audit_text",
    "fix_text",
]
