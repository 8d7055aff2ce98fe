"""Where the shipped data lives, in a source checkout and in an installed wheel alike.

The wheel carries the repository's `glossaries/` folder as the package `audit.shipped` (see
pyproject.toml); a source checkout that is not installed reads the folder directly.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def shipped_glossaries_dir() -> Path:
    """Return the folder of shipped glossaries (`<lang>/<topic>.toml`)."""
    try:
        installed = Path(str(resources.files("audit.shipped")))
    except ModuleNotFoundError:
        installed = None
    if installed is not None and installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "glossaries"
