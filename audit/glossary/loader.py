"""Read glossary TOML files into `Glossary` values, collecting every problem as one clear line.

A problem names the file, the entry and what is wrong, so an editor can fix a glossary in minutes:
`glossaries/en/agencies.toml: entry 'afp': variant "Agence France-Presse" equals the preferred form`.
`read_glossary` returns the problems instead of raising, so `glossary lint` can list them all; the
loader used by the engine raises the first as a GlossaryError.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from audit.errors import InputError
from audit.files import read_source
from audit.findings import FixSafety
from audit.glossary.model import ANY, Article, Entry, Example, Glossary, Kind

_FILE_KEYS = {"glossary", "entry"}
_HEADER_KEYS = {"language", "kind", "description"}
_ENTRY_KEYS = {
    Kind.SUBSTITUTION: {
        "id",
        "preferred",
        "variants",
        "pattern",
        "replace",
        "fix",
        "note",
        "case_sensitive",
        "article",
        "context",
        "hints",
        "hint_required",
        "article_hints",
        "example",
    },
    Kind.EXISTENCE: {"id", "variants", "fix", "note", "case_sensitive", "example"},
    Kind.NAMES: {"id", "preferred", "note", "example"},
}
_EXAMPLE_KEYS = {"bad", "fixed", "good"}
_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_LANGUAGE = re.compile(r"[a-z]{2}|any")
_CONTEXTS = {"media"}
_FIXES = {"safe": FixSafety.SAFE, "unsafe": FixSafety.UNSAFE, "none": None}


def read_glossary(path: Path, folder_language: str | None = None) -> tuple[Glossary | None, list[str]]:
    """Parse and check one file; `folder_language` is the `<lang>/` folder of a shipped file."""
    import tomllib  # only when the glossary cache is built, not on every run (issue 9)

    problems: list[str] = []
    try:
        # read_source refuses FIFOs, devices, huge and non-UTF-8 files with one line (issue 10, item 7).
        source = read_source(path, str(path))
        if source.encoding != "utf-8":
            return None, [f"{path}: TOML must be UTF-8, got {source.encoding.upper()}"]
        data = tomllib.loads(source.text)
    except InputError as error:
        return None, [str(error)]
    except tomllib.TOMLDecodeError as error:
        return None, [f"{path}: not valid TOML: {error}"]
    except RecursionError:
        return None, [f"{path}: not valid TOML: arrays or tables nested too deeply"]
    for name in sorted(set(data) - _FILE_KEYS):
        problems.append(f"{path}: unknown key '{name}' (expected [glossary] and [[entry]] tables)")
    header = data.get("glossary")
    if not isinstance(header, dict):
        problems.append(f'{path}: missing [glossary] table with language = "<code>"')
        return None, problems
    for name in sorted(set(header) - _HEADER_KEYS):
        problems.append(f"{path}: [glossary]: unknown key '{name}'")
    language = header.get("language")
    if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
        problems.append(f'{path}: [glossary]: language must be an ISO 639-1 code or "any", got {language!r}')
        return None, problems
    if folder_language is not None and language != folder_language:
        problems.append(f'{path}: [glossary]: language "{language}" but the file is in {folder_language}/')
    try:
        kind = Kind(header.get("kind", Kind.SUBSTITUTION))
    except (ValueError, TypeError):
        problems.append(f"{path}: [glossary]: kind must be substitution, existence or names, got {header['kind']!r}")
        return None, problems
    description = header.get("description")
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        problems.append(f"{path}: 'entry' must be an array of tables ([[entry]])")
        return None, problems
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_entries, start=1):
        entry = _read_entry(path, raw, number, language, kind, description, problems)
        if entry is None:
            continue
        if entry.id in seen:
            problems.append(f"{path}: entry '{entry.id}': duplicate id")
            continue
        seen.add(entry.id)
        entries.append(entry)
    glossary = Glossary(path, language, path.stem, kind, description, tuple(entries))
    return glossary, problems


def _read_entry(
    path: Path, raw: Any, number: int, language: str, kind: Kind, description: str | None, problems: list[str]
) -> Entry | None:
    if not isinstance(raw, dict):
        problems.append(f"{path}: entry #{number}: must be a table")
        return None
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.fullmatch(entry_id):
        problems.append(f"{path}: entry #{number}: id must be a lower-case slug, got {entry_id!r}")
        return None
    where = f"{path}: entry '{entry_id}'"
    before = len(problems)
    for name in sorted(set(raw) - _ENTRY_KEYS[kind]):
        problems.append(f"{where}: unknown key '{name}' for a {kind} glossary")
    preferred = _string(raw, "preferred", where, problems)
    variants = _strings(raw, "variants", where, problems)
    pattern = _string(raw, "pattern", where, problems)
    replace = _string(raw, "replace", where, problems)
    note = _string(raw, "note", where, problems)
    case_sensitive = raw.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        problems.append(f"{where}: case_sensitive must be true or false")
    fix_name = raw.get("fix", "safe")
    if not isinstance(fix_name, str) or fix_name not in _FIXES:
        problems.append(f"{where}: fix must be safe, unsafe or none, got {fix_name!r}")
    try:
        article = Article(raw.get("article", Article.KEEP))
    except (ValueError, TypeError):
        problems.append(f"{where}: article must be keep or drop, got {raw['article']!r}")
        article = Article.KEEP
    if kind is not Kind.EXISTENCE and not preferred:
        problems.append(f"{where}: missing 'preferred'")
    if kind is Kind.SUBSTITUTION and bool(variants) == (pattern is not None):
        problems.append(f"{where}: give either 'variants' (a non-empty list) or 'pattern', not both")
    if kind is Kind.EXISTENCE and not variants:
        problems.append(f"{where}: missing 'variants' (the phrases that must not be there)")
    if replace is not None and pattern is None:
        problems.append(f"{where}: 'replace' needs a 'pattern'")
    context, hints, hint_required, article_hints = _context(raw, where, problems)
    if context is not None and not variants:
        problems.append(f"{where}: 'context' applies to 'variants' (a pattern states its own context)")
    examples = _examples(raw.get("example", []), where, problems)
    if len(problems) > before:
        return None
    return Entry(
        id=entry_id,
        language=language,
        topic=path.stem,
        kind=kind,
        source=path,
        preferred=preferred,
        variants=tuple(variants),
        pattern=pattern,
        replace=replace,
        fix=_FIXES[fix_name] if kind is not Kind.NAMES else None,
        note=note,
        description=description,
        case_sensitive=case_sensitive,
        article=article,
        context=context,
        hints=tuple(hints),
        hint_required=hint_required,
        article_hints=article_hints,
        examples=examples,
    )


def _context(raw: dict[str, Any], where: str, problems: list[str]) -> tuple[str | None, list[str], bool, bool]:
    context = _string(raw, "context", where, problems)
    if context is not None and context not in _CONTEXTS:
        problems.append(f"{where}: context must be one of {', '.join(sorted(_CONTEXTS))}, got {context!r}")
    hints = _strings(raw, "hints", where, problems)
    hint_required = raw.get("hint_required", False)
    if not isinstance(hint_required, bool):
        problems.append(f"{where}: hint_required must be true or false")
    if (hints or hint_required) and context is None:
        problems.append(f"{where}: 'hints' and 'hint_required' need a 'context'")
    if hint_required and not hints:
        problems.append(f"{where}: 'hint_required' needs 'hints'")
    article_hints = raw.get("article_hints", False)
    if not isinstance(article_hints, bool):
        problems.append(f"{where}: article_hints must be true or false")
    elif article_hints and not hint_required:
        problems.append(f"{where}: 'article_hints' needs 'hint_required' (other entries fire without a hint)")
    return context, hints, hint_required is True, article_hints is True


def _string(raw: dict[str, Any], name: str, where: str, problems: list[str]) -> str | None:
    value = raw.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: '{name}' must be a non-empty string")
        return None
    return value


def _strings(raw: dict[str, Any], name: str, where: str, problems: list[str]) -> list[str]:
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        problems.append(f"{where}: '{name}' must be a list of non-empty strings")
        return []
    return value


def _examples(value: Any, where: str, problems: list[str]) -> tuple[Example, ...]:
    if not isinstance(value, list):
        problems.append(f"{where}: 'example' must be an array of tables ([[entry.example]])")
        return ()
    examples = []
    for number, raw in enumerate(value, start=1):
        if not isinstance(raw, dict):
            problems.append(f"{where}: example #{number} must be a table")
            continue
        unknown = sorted(set(raw) - _EXAMPLE_KEYS)
        if unknown:
            problems.append(f"{where}: example #{number}: unknown key '{unknown[0]}' (expected bad, fixed or good)")
            continue
        if not all(isinstance(text, str) for text in raw.values()):
            problems.append(f"{where}: example #{number}: values must be strings")
            continue
        if ("good" in raw) == ("bad" in raw) or ("fixed" in raw and "bad" not in raw):
            problems.append(f"{where}: example #{number}: give either bad (+ fixed) or good")
            continue
        examples.append(Example(bad=raw.get("bad"), fixed=raw.get("fixed"), good=raw.get("good")))
    return tuple(examples)


def glossary_files(folder: Path) -> list[tuple[Path, str]]:
    """The `<lang>/<topic>.toml` files of a glossary folder with their folder language, sorted."""
    if not folder.is_dir():
        return []
    return [
        (path, path.parent.name) for path in sorted(folder.glob("*/*.toml")) if _LANGUAGE.fullmatch(path.parent.name)
    ]


__all__ = ["ANY", "glossary_files", "read_glossary"]
