"""One exception hierarchy; every message names the file (or entry, or rule) and the cause."""

from __future__ import annotations


class AuditError(Exception):
    """Base of every error mt-audit reports to the user as one line, never a traceback."""


class InputError(AuditError):
    """A file that cannot be read safely: missing, unreadable, binary, not valid UTF-8."""


class ConfigError(AuditError):
    """A configuration file or option that is wrong."""


class GlossaryError(AuditError):
    """A glossary file that cannot be loaded: names the file, the entry and the problem."""


class FixSafetyError(AuditError):
    """Fixing would change protected text or does not converge: the file is not written.

    `diagnostic` is a unified diff of what the fixes would have written, for a bug report.
    """

    def __init__(self, message: str, diagnostic: str = "") -> None:
        super().__init__(message)
        self.diagnostic = diagnostic


class OutputError(AuditError):
    """A file that could be read but not written back."""
