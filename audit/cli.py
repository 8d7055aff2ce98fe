"""The `mtaudit` command line: parse options, call the runner, pick a renderer, set the exit code.

Exit codes (design §3): 0 nothing to report or change; 1 findings at or above the fail level
(`check`), a non-empty diff (`diff`), files changed or findings left at the fail level (`fix`, as
ruff's `--fix`: issue 11); 2 usage, config or input errors.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any

import click

from audit.errors import AuditError
from audit.findings import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C
FORMATS = ("text", "json", "jsonl", "sarif", "github", "rdjson")
# `\b` keeps click from re-wrapping the list.
EXIT_CODES = """\b
Exit codes:
  0  nothing to report (check), no change to make (diff) or made (fix)
  1  findings at or above the fail level (check); a non-empty diff (diff);
     files changed, or findings left at the fail level (fix)
  2  usage, configuration or input errors (one line on stderr naming the file)"""


def _rule_list(_context: click.Context, _parameter: click.Parameter, value: str | None) -> frozenset[str] | None:
    if value is None:
        return None
    from audit.identifiers import checked_rule_ids

    try:
        return checked_rule_ids(item.strip() for item in value.split(",") if item.strip())
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _language(_context: click.Context, _parameter: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from audit.identifiers import checked_language

    try:
        return checked_language(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _stacked(*options: Callable[..., Any]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """One decorator applying `options` in the order --help lists them."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


# Issue 11: each command offers only the options that act on it, like ruff's subcommands.
common_options = _stacked(
    click.argument("paths", nargs=-1, type=click.Path(path_type=str)),
    click.option("--lang", metavar="CODE", callback=_language, help="Force the document language (ISO 639-1)."),
    click.option(
        "--glossary",
        "glossaries",
        multiple=True,
        type=click.Path(path_type=Path),
        help="Extra glossary file (repeatable).",
    ),
    click.option("--no-default-glossaries", is_flag=True, default=None, help="Do not load the shipped glossaries."),
    click.option("--select", metavar="RULE,...", callback=_rule_list, help="Only these rules."),
    click.option("--ignore", metavar="RULE,...", callback=_rule_list, help="Skip these rules."),
    click.option(
        "--config",
        "config_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Use this config file instead of discovering one per file.",
    ),
    click.option("--no-config", is_flag=True, help="Ignore every config file."),
    click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Audit files in this many processes.",
    ),
    click.option(
        "--color/--no-color",
        default=None,
        help="Colour the output [default: on a terminal, unless NO_COLOR is set and not empty].",
    ),
)
format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format of the findings.",
)
unsafe_fixes_option = click.option("--unsafe-fixes", is_flag=True, default=None, help="Also apply fixes marked unsafe.")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="Print only findings, diffs and errors.")


def fail_level_option(findings: str) -> Callable[..., Any]:
    """`--fail-level` for a command whose `findings` (as its help calls them) decide exit code 1."""
    return click.option(
        "--fail-level",
        type=click.Choice([level.value for level in Severity]),
        default=None,
        help=f"Lowest severity of {findings} that makes the exit code 1 [default: info].",
    )


def _print_version(context: click.Context, _parameter: click.Parameter, value: bool) -> None:
    if not value or context.resilient_parsing:
        return
    import audit

    click.echo(f"mtaudit {audit.__version__}")
    context.exit()


class _UsageError(click.ClickException):
    """A usage error as one line naming the command and the cause, like every other mtaudit error."""

    exit_code = EXIT_ERROR

    def __init__(self, error: click.UsageError) -> None:
        super().__init__(error.format_message())
        self.command = error.ctx.command_path if error.ctx is not None else "mtaudit"

    def show(self, file: Any = None) -> None:
        click.echo(f"{self.command}: {self.format_message()} (see '{self.command} --help')", err=True)


# Commands in modules of their own, imported only when run or listed: `check` of one file, the
# pre-commit case, need not load what `names` or `score` import (issue 9).
_COMMAND_MODULES = {
    "glossary": "audit.cli_glossary",
    "languages": "audit.cli_languages",
    "names": "audit.cli_names",
    "score": "audit.cli_score",
    "server": "audit.cli_server",
}


class _Main(click.Group):
    def list_commands(self, context: click.Context) -> list[str]:
        return sorted([*super().list_commands(context), *_COMMAND_MODULES])

    def get_command(self, context: click.Context, name: str) -> click.Command | None:
        if name in _COMMAND_MODULES:
            import importlib

            command: click.Command = getattr(importlib.import_module(_COMMAND_MODULES[name]), name)
            return command
        return super().get_command(context, name)

    def invoke(self, context: click.Context) -> Any:
        try:
            return super().invoke(context)
        except click.UsageError as error:
            raise _UsageError(error) from None


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version.",
)
def main() -> None:
    """Find and fix machine-translation artifacts in articles."""


# Corpus mode's options, offered by `check` and `fix`; its code (audit/cli_corpus.py) loads only when used.
corpus_options = _stacked(
    click.option(
        "--corpus",
        metavar="FILE.jsonl[.gz]",
        help='Audit the documents of a JSONL corpus ({"id", "text", "lang"?, "source"?} a line; - for stdin).',
    ),
    click.option(
        "--output",
        "-o",
        type=click.Path(path_type=Path, dir_okay=False),
        help="With --corpus: write the JSONL output to this file instead of stdout.",
    ),
    click.option("--resume", is_flag=True, help="With --corpus: skip the ids already in --output and append the rest."),
)
review_options = _stacked(
    click.option("--diff-base", metavar="REV", help="Only findings on lines added or changed since this git revision."),
    click.option(
        "--baseline",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Hide the findings recorded in this baseline file.",
    ),
    click.option(
        "--write-baseline",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Record today's findings in this baseline file (and hide them).",
    ),
    click.option(
        "--warn-unused-suppressions",
        is_flag=True,
        default=None,
        help="Report inline suppressions and baseline entries that hide nothing.",
    ),
)


@main.command(epilog=EXIT_CODES)
@common_options
@format_option
@fail_level_option("a finding")
@quiet_option
@review_options
@click.option(
    "--source",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The article the checked file translates: bilingual checks compare with it.",
)
@corpus_options
def check(**options: Any) -> None:
    """Report findings in PATHS (files or folders; - for stdin)."""
    _run("check", options)


@main.command(epilog=EXIT_CODES)
@common_options
@unsafe_fixes_option
def diff(**options: Any) -> None:
    """Print a unified diff of the fixes `fix` would make."""
    _run("diff", options)


@main.command(epilog=EXIT_CODES)
@common_options
@unsafe_fixes_option
@fail_level_option("a finding left unfixed")
@quiet_option
@corpus_options
def fix(**options: Any) -> None:
    """Apply fixes in place (safe ones; --unsafe-fixes for the rest), then report what remains.

    PATHS are required (`.` for the current folder). `fix -` writes the fixed text to stdout; the
    findings left go to stderr.
    """
    if not options["paths"] and options.get("corpus") is None:
        # Like black: rewriting every article under the current folder must be asked for (issue 10, item 8).
        raise click.UsageError("PATHS are required (files or folders; . for the current folder, - for stdin)")
    _run("fix", options)


@main.command()
def rules() -> None:
    """List every rule id with a one-line description."""
    from audit.rules import rule_descriptions

    described = rule_descriptions()
    width = max(len(rule.id) for rule in described)
    for rule in described:
        click.echo(f"{rule.id:<{width}}  {rule.summary}")


@main.command("rule")
@click.argument("rule_id", metavar="ID")
def explain_rule(rule_id: str) -> None:
    """Explain one rule: why it matters, an example, how safe its fix is."""
    from audit.identifiers import checked_rule_ids
    from audit.rules import rule_descriptions

    try:
        checked_rule_ids([rule_id])
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="ID") from None
    described = next(rule for rule in rule_descriptions() if rule.id == rule_id)
    click.echo(f"{described.id}: {described.summary}\nseverity: {described.severity}\n\n{described.documentation}")


def _run(command: str, options: dict[str, Any]) -> None:
    try:
        _run_command(command, options)
    except KeyboardInterrupt:
        # Temporary files are removed on the way out (files.write_atomic); exit 1 would mean "changed".
        click.echo("mtaudit: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)


def _run_command(command: str, options: dict[str, Any]) -> None:
    from audit.runner import ConfigResolver, Outcome, sweep
    from audit.targets import expand

    if options["config_file"] is not None and options["no_config"]:
        raise click.UsageError("--config and --no-config exclude each other")
    resolver = ConfigResolver(
        cli_options={
            "select": options["select"],
            "ignore": options["ignore"],
            "fail_level": Severity(options["fail_level"]) if options.get("fail_level") else None,
            "lang": options["lang"],
            "glossaries": tuple(path.resolve() for path in options["glossaries"]),
            "default_glossaries": False if options["no_default_glossaries"] else None,
            "unsafe_fixes": options.get("unsafe_fixes"),
            "warn_unused_suppressions": options.get("warn_unused_suppressions"),
            "source_file": options.get("source"),
        },
        config_file=options["config_file"],
        use_config=not options["no_config"],
    )
    if options.get("corpus") is not None:
        from audit.cli_corpus import run_corpus

        sys.exit(run_corpus(command, options, resolver))
    if options.get("output") is not None or options.get("resume"):
        raise click.UsageError("--output and --resume go with --corpus")
    paths = options["paths"] or (".",)
    targets = expand(paths)
    if options.get("source") and len(targets) != 1:
        raise click.UsageError("--source pairs with exactly one article; map folders with `source` in the config")
    missing = [path for path in paths if path != "-" and not os.path.lexists(path)]
    outcomes: list[Outcome] = []
    jobs: list[tuple[Any, Any]] = []
    config_errors: set[str] = set()
    for target in targets:
        if target.display in missing:
            outcomes.append(Outcome(target, error=f"{target.display}: no such file or folder"))
            continue
        try:
            config = resolver.for_target(target)
        except AuditError as error:
            # A broken config file is one error, however many articles it governs.
            if str(error) not in config_errors:
                config_errors.add(str(error))
                outcomes.append(Outcome(target, error=str(error)))
            continue
        if resolver.is_excluded(target, config):
            continue
        jobs.append((target, config))
    # `check` shows fixes only through the post-edit rate (JSON stats, text summary); otherwise, as with
    # --quiet (the speed bench) and the review formats, they are never computed. A clean file has none.
    fixes = command != "check" or _shows_post_edit_rate(options)
    if command == "fix":
        sweep(target for target, _ in jobs)
    audited = _audit_all(jobs, command, fixes=fixes, processes=options["jobs"])
    order = {target.display: index for index, target in enumerate(targets)}
    if command == "check" and not _reviews(options):
        # Streamed: each file is reported as it is audited and its text dropped (issue 9: RSS).
        sys.exit(_emit_check(chain(outcomes, audited), order, options))
    outcomes.extend(audited)
    outcomes.sort(key=lambda outcome: order.get(outcome.target.display, 0))
    if command == "check":
        sys.exit(_emit_check(_review(outcomes, options), order, options))
    sys.exit(_emit(command, outcomes, options))


def _reviews(options: dict[str, Any]) -> bool:
    """Whether `check` narrows its findings against a diff or a baseline, which needs every result."""
    return bool(
        options.get("diff_base")
        or options.get("baseline")
        or options.get("write_baseline")
        or options.get("warn_unused_suppressions")
    )


def _review(outcomes: list[Any], options: dict[str, Any]) -> list[Any]:
    from audit.review import ReviewOptions, narrow

    review = ReviewOptions(
        options["diff_base"], options["baseline"], options["write_baseline"], bool(options["warn_unused_suppressions"])
    )
    try:
        narrowed, notes = narrow(outcomes, review)
    except AuditError as error:
        click.echo(f"mtaudit: {error}", err=True)
        sys.exit(EXIT_ERROR)
    for note in notes:
        click.echo(f"mtaudit: {note}", err=True)
    return narrowed


def _audit_all(jobs: list[tuple[Any, Any]], command: str, fixes: bool, processes: int) -> Iterator[Any]:
    """The outcome of each job, in the order of `jobs`, as each is ready."""
    if processes <= 1 or len(jobs) <= 1:
        yield from (_audit_job(job, command, fixes) for job in jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=processes)
    try:
        yield from pool.map(partial(_audit_job, command=command, fixes=fixes), jobs, chunksize=4)
    finally:
        # On Ctrl-C the workers got the signal too: do not wait for queued work.
        pool.shutdown(wait=True, cancel_futures=True)


def _audit_job(job: tuple[Any, Any], command: str, fixes: bool) -> Any:
    """One file's outcome. The first file of a process runs with the cyclic garbage collector off, and
    what it loaded is then frozen out of later collections: that file reads the tables every rule keeps
    for the run (a few hundred thousand objects, none of them garbage), and full collections walking
    them as they grew cost a one-article check 6 % of its instructions (issue 9)."""
    from audit.runner import audit_target

    target, config = job
    if _collector.frozen or not gc.isenabled():
        return audit_target(target, config, command, fixes)
    gc.disable()
    try:
        return audit_target(target, config, command, fixes)
    finally:
        gc.freeze()
        gc.enable()
        _collector.frozen = True


class _Collector:
    """Whether this process has frozen its first file's tables. Not `gc.get_freeze_count()`: it counts
    the frozen objects one by one, and asking it before every file cost a few milliseconds a file (20
    in a fork of the resident server, which freezes its warmed tables)."""

    frozen = False


_collector = _Collector()


def _emit(command: str, outcomes: list[Any], options: dict[str, Any]) -> int:
    errors = [outcome for outcome in outcomes if outcome.error]
    for outcome in errors:
        click.echo(f"mtaudit: {outcome.error}", err=True)
    audited = [outcome for outcome in outcomes if outcome.fixed is not None and not outcome.error]
    status = _emit_diff(audited, options) if command == "diff" else _emit_fix(audited, options)
    return EXIT_ERROR if errors else status


def _emit_check(outcomes: Iterable[Any], order: dict[str, int], options: dict[str, Any]) -> int:
    """Report each outcome as it comes: a per-file format (text, jsonl, github) is written file by file
    and only counted after, for the summary; a whole-run format (json, sarif, rdjson) is written at the
    end."""
    from audit.glossary import load_glossaries
    from audit.report import FileError, FileReport, Report, ToolInfo, renderer
    from audit.report.summary import Tally

    output_format = options["output_format"]
    render = renderer(output_format)
    per_file = output_format in _PER_FILE_FORMATS
    color = _use_color(options["color"], sys.stdout)
    reports, errors, tally = [], [], Tally()
    failing = False
    first_config = None
    for outcome in outcomes:
        if outcome.error:
            click.echo(f"mtaudit: {outcome.error}", err=True)
            errors.append(outcome)
            continue
        if outcome.result is None:
            continue
        rate = None
        if _shows_post_edit_rate(options):  # sacrebleu loads only for a file its fixes change
            from audit.score import post_edit_rate

            rate = post_edit_rate(outcome.result.text, outcome.fixed.text)
        report = FileReport.from_result(outcome.target.display, outcome.result, rate)
        failing = failing or _failing(outcome.result.findings, outcome.config)
        tally.add(outcome.result.findings, outcome.config.unsafe_fixes, report.words, rate)
        if per_file:
            # click strips ANSI codes when stdout is not a terminal unless told the colour was asked for.
            click.echo(render(Report((report,), ()), color), nl=False, color=color)
        else:
            reports.append(report)
        first_config = first_config or outcome.config
    errors.sort(key=lambda outcome: order.get(outcome.target.display, 0))
    file_errors = tuple(FileError(outcome.target.display, _cause(outcome)) for outcome in errors)
    if per_file:
        click.echo(render(Report((), file_errors), color), nl=False, color=color)
    else:
        import audit

        tool = None
        if first_config is not None:
            tool = ToolInfo("mt-audit", audit.__version__, load_glossaries(first_config).digest)
        click.echo(render(Report(tuple(reports), file_errors, tool), color), nl=False, color=color)
    if not options["quiet"] and output_format == "text" and tally.files:
        from audit.report.text import quality_line

        click.echo(tally.summary(), err=True)
        click.echo(quality_line(tally.stats()), err=True)
    return EXIT_ERROR if errors else EXIT_FINDINGS if failing else EXIT_CLEAN


_PER_FILE_FORMATS = frozenset({"text", "jsonl", "github"})


def _shows_post_edit_rate(options: dict[str, Any]) -> bool:
    """The json stats and the text summary lines carry the post-edit rate; other outputs do not."""
    return options["output_format"] == "json" or (options["output_format"] == "text" and not options["quiet"])


def _emit_diff(audited: list[Any], options: dict[str, Any]) -> int:
    from audit.diff import colored, file_diff

    changed = refused = False
    color = _use_color(options["color"], sys.stdout)
    for outcome in audited:
        if outcome.fixed.changed:
            try:
                patch = file_diff(outcome.source, outcome.fixed.text, _diff_path(outcome.target.display))
            except AuditError as error:
                click.echo(f"mtaudit: {error}", err=True)
                refused = True
                continue
            changed = True
            sys.stdout.buffer.write((colored(patch) if color else patch).encode("utf-8"))
    sys.stdout.buffer.flush()
    return EXIT_ERROR if refused else EXIT_FINDINGS if changed else EXIT_CLEAN


def _emit_fix(audited: list[Any], options: dict[str, Any]) -> int:
    """Write what `fix -` fixed, say which files changed, then report what is left (ruff's `--fix`)."""
    from audit.report.model import locate_fixed
    from audit.report.summary import Tally
    from audit.report.text import text_line

    changed = False
    for outcome in audited:
        if outcome.target.is_stdin:
            sys.stdout.buffer.writelines(outcome.source.encoded(part.text for part in outcome.fixed.parts))
            sys.stdout.buffer.flush()
            changed = changed or outcome.fixed.changed
        elif outcome.written:
            changed = True
            if not options["quiet"]:
                before = outcome.fixed.findings_before
                click.echo(
                    f"fixed {outcome.target.display} ({before} finding{'s' * (before != 1)} before fixing)",
                    err=True,
                )
    color = _use_color(options["color"], sys.stderr)
    for outcome in audited:
        # Line by line: a large file's findings are never all located and rendered at once (issue 10).
        located = locate_fixed(outcome.fixed)
        _echo_lines((text_line(outcome.target.display, finding, color) for finding in located), color)
    left = Tally()
    for outcome in audited:
        left.add(outcome.fixed.findings, outcome.config.unsafe_fixes)
    if not options["quiet"] and left.files_with_findings:
        click.echo(left.summary(left=True), err=True)
    failing = any(_failing(outcome.fixed.findings, outcome.config) for outcome in audited)
    return EXIT_FINDINGS if changed or failing else EXIT_CLEAN


def _echo_lines(lines: Iterator[str], color: bool) -> None:
    """Write `lines` to stderr a thousand at a time: one write per line is a system call each."""
    while batch := "".join(islice(lines, 1000)):
        click.echo(batch, nl=False, err=True, color=color)


def _failing(findings: Iterable[Any], config: Any) -> bool:
    """Whether any of `findings` reaches the fail level of `config`."""
    return any(finding.severity.rank >= config.fail_level.rank for finding in findings)


def _diff_path(display: str) -> str:
    path = Path(display)
    if path.is_absolute() and path.is_relative_to(Path.cwd()):
        path = path.relative_to(Path.cwd())
    return path.as_posix().removeprefix("./")


def _cause(outcome: Any) -> str:
    prefix = f"{outcome.target.display}: "
    return outcome.error.removeprefix(prefix)


def _use_color(flag: bool | None, stream: Any) -> bool:
    if flag is not None:
        return flag
    # no-color.org: only a non-empty NO_COLOR turns colour off (issue 11).
    return not os.environ.get("NO_COLOR") and stream.isatty()
