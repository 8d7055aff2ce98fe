"""Where the shipped data lives, in a source checkout and in an installed wheel alike.

The wheel carries the repository's `glossaries/` folder as `audit/shipped/` and `languages/` as
`audit/shipped_languages/` (package-dir mappings in pyproject.toml); a source checkout, or an editable
install, reads the folders beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped_glossaries_dir() -> Path:
    """Return the folder of shipped glossaries (`<lang>/<topic>.toml`)."""
    installed = _PACKAGE / "shipped"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "glossaries"


def shipped_languages_dir() -> Path:
    """Return the folder of shipped language data (`<lang>/*.toml`)."""
    installed = _PACKAGE / "shipped_languages"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "languages"
