"""Peak memory and time of `fix` on one large file: a long article, and a single line dense with artifacts.

    .venv/bin/python bench/bench_large.py [--article-mb 50] [--line-mb 1]

Each case runs `mtaudit fix` in its own process on a generated file, so the peak RSS printed is that
of one real run (interpreter and imports included). Issue 10 asks for RSS ≤ 10× the file size and time
linear in size: the line case also runs at a quarter and half of its size to show the growth. Report only.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles

REPO = Path(__file__).resolve().parent.parent
# Our own artifact line: doubled words, a zero-width space, mojibake, a missing space, a space before
# punctuation, inline code and a link, so every fix-producing rule and the protection meet on one line.
DENSE = "the the cafÃ© opened\u200b today.It was busy , said `the the` [a](https://e.com/the) the the. "
MARKDOWN = (
    "## A heading the the\n\n"
    "```python\nprint('the the')\n```\n\n"
    "    indented the the\n\n"
    '[ref]: https://e.com/ref "the the title"\n\n'
    "> A quote with a [link](https://e.com/x) and `code`.\n\n"
    "- an item\u200b here\n- another item\n\n"
)


def article_text(size: int) -> str:
    """Paragraphs of the bench corpus with Markdown blocks and planted artifacts, about `size` bytes."""
    pieces: list[str] = []
    total = 0
    for article in articles(min(size, 2_000_000)):
        pieces.append(article.replace(" was ", " was was ", 1) + "\n" + MARKDOWN)
        total += len(pieces[-1].encode("utf-8"))
    block = "".join(pieces)
    repeats = max(1, size // max(total, 1))
    return block * repeats


def line_text(size: int) -> str:
    """One line of about `size` bytes, dense with artifacts, no line break."""
    return DENSE * max(1, size // len(DENSE.encode("utf-8")))


def run_one(path: Path) -> None:
    """Child mode: run `fix` on `path` in this process and print seconds and peak RSS.

    The report goes to the real stderr (a file the parent gave): a test runner's in-memory capture
    would count the whole report in the peak.
    """
    from audit.cli import main

    status: int | str | None = 0
    started = time.perf_counter()
    try:
        main(["fix", "--quiet", "--no-default-glossaries", str(path)])
    except SystemExit as exit:
        status = exit.code
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{seconds:.2f} {usage.ru_utime + usage.ru_stime:.2f} {usage.ru_maxrss * 1024} {status}")


def measure(label: str, text: str, folder: Path) -> None:
    path = folder / f"{label}.md"
    path.write_text(text, encoding="utf-8")
    size = path.stat().st_size
    (folder / ".mtaudit.toml").write_text(f"max-file-size = {size + 1}\n", encoding="utf-8")
    report = folder / f"{label}.stderr"
    with report.open("wb") as stderr:
        completed = subprocess.run(
            [sys.executable, __file__, "--one", str(path)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            check=False,
        )
    if completed.returncode != 0:
        raise SystemExit(f"{label} failed: {report.read_text(encoding='utf-8', errors='replace')[-500:]}")
    seconds, cpu, peak, status = completed.stdout.split()
    # CPU seconds too: on a shared machine they show the growth with size better than the wall time.
    print(
        f"{label:<16} {size / 1e6:8.2f} MB  {float(seconds):8.2f} s  CPU {float(cpu):8.2f} s "
        f"({float(cpu) / (size / 1e6):6.2f} s/MB)  peak RSS {int(peak) / 1e6:8.1f} MB  ({int(peak) / size:5.1f}× size)"
        f"  exit {status}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article-mb", type=float, default=50.0, help="size of the long article")
    parser.add_argument("--line-mb", type=float, default=1.0, help="size of the single dense line")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        run_one(options.one)
        return
    with tempfile.TemporaryDirectory() as folder:
        line = int(options.line_mb * 1e6)
        for fraction in (0.25, 0.5, 1.0):
            measure(f"line-{fraction:g}", line_text(int(line * fraction)), Path(folder))
        article = int(options.article_mb * 1e6)
        for fraction in (0.1, 1.0):
            measure(f"article-{fraction:g}", article_text(int(article * fraction)), Path(folder))


if __name__ == "__main__":
    main()
