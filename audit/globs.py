"""Path globs of the configuration: the one matcher `exclude` and per-path `overrides` share.

Issue 11 found two matchers answering differently (`drafts/*.md` excluded `drafts/2024/a.md` while an
override with the same glob left it alone), so both now call `path_matches`. The meaning, as in
`.gitignore`: paths are relative to the config file's folder and use `/`; `**` spans folders, `*`, `?`
and `[...]` stay within one; a glob without `/` (a trailing one aside) matches at any depth, a glob
with one is anchored at the config folder; a trailing `/` means everything under that folder.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable


def path_matches(path: str, patterns: Iterable[str]) -> bool:
    """True when the relative POSIX `path` matches one of the globs.

    >>> path_matches("drafts/2024/a.md", ["drafts/*.md"]), path_matches("drafts/2024/a.md", ["drafts/**"])
    (False, True)
    >>> path_matches("fr/x/a.fr.md", ["*.fr.md"]), path_matches("news/drafts/a.md", ["drafts/"])
    (True, True)
    >>> path_matches("news/drafts/a.md", ["drafts/**"])
    False
    """
    normalised = path.removeprefix("./")
    return any(_compile(pattern).fullmatch(normalised) for pattern in patterns)


@functools.lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    if "/" not in pattern.rstrip("/"):
        pattern = "**/" + pattern
    pattern = pattern.removeprefix("./") + ("**" if pattern.endswith("/") else "")
    pieces = []
    for token in re.findall(r"\*\*/|\*\*|\*|\?|\[[^\]]*\]|[^*?\[]+|\[", pattern):
        if token == "**/":
            pieces.append("(?:.*/)?")
        elif token == "**":
            pieces.append(".*")
        elif token == "*":
            pieces.append("[^/]*")
        elif token == "?":
            pieces.append("[^/]")
        elif token.startswith("[") and len(token) > 2:
            pieces.append("[^" + token[2:] if token[1] == "!" else token)
        else:
            pieces.append(re.escape(token))
    return re.compile("".join(pieces))
