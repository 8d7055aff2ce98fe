"""`mtaudit names`: spelling clusters mined across a corpus, and the glossary they become (real CLI)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

from audit.document import Document
from audit.name_mining import NameSummary, merge, name_clusters, summarise
from audit.names import mentions
from audit.transliteration import same_name
from tests.conftest import shipped_glossaries

FIXTURES = Path(__file__).parent / "fixtures" / "names"
CORPUS = FIXTURES / "corpus.jsonl"
EXPECTED = tomllib.loads((FIXTURES / "expected.toml").read_text(encoding="utf-8"))


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, input=stdin)


def _clusters(*args: str) -> list[dict]:
    result = _run("names", "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["clusters"]


def test_the_corpus_plants_twenty_clusters_in_four_languages_with_decoys() -> None:
    assert len(EXPECTED["cluster"]) >= 20
    assert len({cluster["language"] for cluster in EXPECTED["cluster"]}) >= 3
    assert len(EXPECTED["decoy"]) >= 10


def test_every_planted_cluster_is_found_whole_with_its_majority_form_preferred() -> None:
    found = {
        cluster["preferred"]: {form["form"] for form in cluster["forms"]}
        for cluster in _clusters("--corpus", str(CORPUS))
    }
    for planted in EXPECTED["cluster"]:
        assert found.get(planted["preferred"]) == {planted["preferred"], *planted["variants"]}, planted["preferred"]
    # Nothing else is reported: every cluster found is a planted one.
    assert set(found) == {planted["preferred"] for planted in EXPECTED["cluster"]}


def test_decoys_never_share_a_cluster() -> None:
    clusters = [{form["form"] for form in cluster["forms"]} for cluster in _clusters("--corpus", str(CORPUS))]
    for decoy in EXPECTED["decoy"]:
        first, second = decoy["names"]
        assert not same_name(first, second), decoy["names"]
        assert not any(first in forms and second in forms for forms in clusters), decoy["names"]


def test_each_form_reports_its_count_and_example_ids() -> None:
    sharif = next(cluster for cluster in _clusters("--corpus", str(CORPUS)) if cluster["preferred"] == "Shehbaz Sharif")
    variant = next(form for form in sharif["forms"] if form["form"] == "Shahbaz Shareef")
    assert variant["count"] == 1 and variant["examples"] == ["en-004"]


def test_the_written_glossary_lints_self_tests_and_then_drives_check(tmp_path: Path) -> None:
    glossary = tmp_path / "names.toml"
    assert _run("names", "--corpus", str(CORPUS), "--write-glossary", str(glossary)).returncode == 0
    entries = tomllib.loads(glossary.read_text(encoding="utf-8"))["entry"]
    # A cluster is left out only when the shipped glossaries already list its spellings as variants
    # (Ibrahim Raisi) or call its preferred form a variant (French "Sergueï Lavrov" in German copy).
    listed = {variant.casefold() for entry in shipped_glossaries()[0].entries for variant in entry.variants}
    written = {entry["preferred"] for entry in entries}
    for planted in EXPECTED["cluster"]:
        if planted["preferred"] not in written:
            spellings = {planted["preferred"], *planted["variants"]}
            assert planted["preferred"].casefold() in listed or spellings - {planted["preferred"]} <= {
                spelling for spelling in spellings if spelling.casefold() in listed
            }, planted["preferred"]
    assert len(written) >= len(EXPECTED["cluster"]) // 2
    assert all(entry["fix"] == "unsafe" for entry in entries)
    assert _run("glossary", "lint", str(glossary)).returncode == 0
    tested = _run("glossary", "test", str(glossary))
    assert tested.returncode == 0, tested.stdout
    article = tmp_path / "article.md"
    article.write_text("The envoy met Gustabo Petro in Bogotá on Monday.\n", encoding="utf-8")
    checked = _run("check", "--glossary", str(glossary), "--select", "glossary", "--format", "json", str(article))
    finding = json.loads(checked.stdout)["files"][0]["findings"][0]
    assert (finding["text"], finding["suggestions"], finding["fix"]) == ("Gustabo Petro", ["Gustavo Petro"], "unsafe")


def test_a_glossary_form_is_preferred_over_the_majority(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": str(n), "lang": "en", "text": f"{name} arrived in Berlin today."} for n, name in
             enumerate(["Olaf Schulz", "Olaf Schulz", "Olaf Scholtz"])]  # fmt: skip
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    (cluster,) = _clusters("--corpus", str(corpus))
    assert cluster["preferred"] == "Olaf Scholz"


def test_articles_and_folders_are_mined_like_records(tmp_path: Path) -> None:
    (tmp_path / "one.md").write_text("Shehbaz Sharif spoke. Shehbaz Sharif left.\n", encoding="utf-8")
    (tmp_path / "two.md").write_text("Later Shahbaz Shareef returned to Lahore.\n", encoding="utf-8")
    (cluster,) = _clusters(str(tmp_path))
    assert {form["form"]: form["count"] for form in cluster["forms"]} == {"Shehbaz Sharif": 2, "Shahbaz Shareef": 1}


def test_a_bad_record_is_one_line_naming_it_and_the_rest_is_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "Sediq Sediqqi spoke. Sediq Sediqqi left."}\n{not json\n{"id": "c"}\n'
        '{"id": "d", "text": "Sediq Siddiqui returned."}\n',
        encoding="utf-8",
    )
    result = _run("names", "--corpus", str(corpus))
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("mtaudit:")]
    # The same reader and messages as `check --corpus` (audit/corpus.py).
    assert errors == [f"mtaudit: {corpus}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
                      f'mtaudit: {corpus}:3: missing "text"']  # fmt: skip
    assert "Traceback" not in result.stderr
    assert "Sediq Siddiqui ×1 (d)" in result.stdout


def test_stdin_corpus_and_no_input_is_a_usage_error() -> None:
    record = json.dumps({"id": "x", "text": "Ashraf Ghani spoke. Ashraf Ghani left. Ashraf Ghany returned."})
    assert "Ashraf Ghany ×1 (x)" in _run("names", "--corpus", "-", stdin=record + "\n").stdout
    assert _run("names").returncode == 2


def test_summaries_merge_like_one_pass() -> None:
    texts = ["Dmytro Kuleba spoke.", "Dmytro Kuleba left.", "Dmitro Kuleba returned."]
    summaries = [summarise(str(n), Document.parse(text), "en") for n, text in enumerate(texts)]
    merged = NameSummary()
    for summary in reversed(summaries):
        merged.add(summary)
    (cluster,) = name_clusters(merged)
    assert cluster.preferred == "Dmytro Kuleba" and cluster.forms == {"Dmytro Kuleba": 2, "Dmitro Kuleba": 1}


def test_mentions_leave_out_titles_openers_and_prepositions() -> None:
    text = "Meanwhile German Chancellor Olaf Scholz met Ursula von der Leyen and Charles de Gaulle's heirs."
    assert [mention.text for mention in mentions(text, "en")] == [
        "Olaf Scholz",
        "Ursula von der Leyen",
        "Charles de Gaulle",
    ]
    text = "Der Besuch von Mohammed bin Salman wurde verschoben, sagte Bundeskanzler Friedrich Merz."
    assert [mention.text for mention in mentions(text, "de")] == ["Mohammed bin Salman", "Friedrich Merz"]


def test_inside_one_article_every_planted_variant_is_flagged_once() -> None:
    from audit.config import Config
    from audit.engine import audit_text

    rules = frozenset({"name-variant", "name-misspelling", "glossary", "duplicated-name"})
    for planted in EXPECTED["cluster"]:
        names = [planted["preferred"], planted["preferred"], *planted["variants"]]
        text = "\n\n".join(f"Report {index}: {name} spoke." for index, name in enumerate(names))
        result = audit_text(text, Config(lang=planted["language"], select=rules))
        flagged = [
            text[finding.start : finding.end] for finding in result.findings if finding.rule != "duplicated-name"
        ]
        assert sorted(flagged) == sorted(planted["variants"]), planted["preferred"]


def test_inside_one_article_decoys_stay_silent() -> None:
    from audit.config import Config
    from audit.engine import audit_text

    for decoy in EXPECTED["decoy"]:
        text = "\n\n".join(f"Report {index}: {name} spoke." for index, name in enumerate(decoy["names"] * 2))
        result = audit_text(
            text, Config(lang=decoy["language"], select=frozenset({"name-variant", "name-misspelling"}))
        )
        assert result.findings == (), decoy["names"]


def test_a_gzip_corpus_is_read_and_a_missing_file_is_one_error_line(tmp_path: Path) -> None:
    import gzip

    corpus = tmp_path / "corpus.jsonl.gz"
    record = {"id": "g", "text": "Hakan Fidan spoke. Hakan Fidan left. Hakan Fidaan returned."}
    corpus.write_bytes(gzip.compress((json.dumps(record) + "\n").encode()))
    result = _run("names", "--corpus", str(corpus), str(tmp_path / "missing.md"))
    assert "Hakan Fidaan ×1 (g)" in result.stdout
    assert result.returncode == 2
    (error,) = [line for line in result.stderr.splitlines() if line.startswith("mtaudit:")]
    assert "missing.md" in error and "Traceback" not in result.stderr


def test_mining_counts_a_person_once_whatever_noun_runs_into_the_name_and_counts_native_accents() -> None:
    german = "Bürgermeister Jan Kowalczyk kam. Amtskollege Tomasz Wilczek lobte. Tomasz Wiltschek sagte, Tomasz Wilczek bleibe."
    spanish = "La alcaldesa Inés Gómez habló. Inés Gomez añadió que Inés Gómez seguirá en el cargo."
    summary = merge(summarise("de-1", Document.parse(german), "de"), summarise("es-1", Document.parse(spanish), "es"))
    found = {cluster.preferred: dict(cluster.forms) for cluster in name_clusters(summary)}
    assert found["Tomasz Wilczek"] == {"Tomasz Wilczek": 2, "Tomasz Wiltschek": 1}
    assert found["Inés Gómez"] == {"Inés Gómez": 2, "Inés Gomez": 1}


def test_transliteration_families_that_other_systems_write_apart_are_one_name() -> None:
    one_person = [
        ("Yael Dror", "Jael Dror"),  # the glide German and the Slavic languages write j
        ("Omar Salameh", "Omar Salama"),  # Arabic ta marbuta written eh or a
        ("Fatimah Zahra", "Fatima Zahra"),
        ("Giorgos Vlachos", "Yorgos Vlachos"),  # Greek Γι
        ("Christos Papachristou", "Hristos Papahristou"),  # Greek χ, one letter off
        ("Tomasz Lis", "Thomas Lis"),  # th / t, and a given name MT localised
        ("Grzegorz Mazur", "Gregor Mazur"),  # names.given_equivalents of languages/pl
        ("Cho Hyun-woo", "Jo Hyeon-u"),  # two Korean romanisations
        ("Shunsuke Tsuchida", "Syunsuke Tutida"),  # Hepburn / Kunrei
        ("Miloš Jovanović", "Milos Iovanovitch"),  # Serbian / older French
        ("Taras Ševčenko", "Taras Shevchenko"),  # Slavic letters English writes as two
        ("Pavel Ivanov", "Pavel Ivanoff"),  # -ov / -off
        ("Jan Jovanowicz", "Jan Jovanovich"),  # the patronymic ending in Polish and English
        ("Viktor Yanukovych", "Wiktor Janukowytsch"),  # Ukrainian in English and German
        ("Prasert Boonmee", "Prasoet Bunmi"),  # popular Thai / the royal system
        ("Ahmad Soekarno", "Ahmad Sukarno"),  # Dutch-era Indonesian oe
        ("Budi Santoso", "Budi Santosa"),  # Javanese final a / o beside the same given name
        ("Christos Lambrou", "Kristos Lambrou"),  # Greek χ
        ("Tran Van Phuc", "Tran Van Phuoc"),  # northern / southern Vietnamese reading
        ("Andrei Tchaikovsky", "Andrej Ciaikovskij"),  # Russian ч, final ий as Italian writes them
        ("Dmitri Shostakovich", "Dmitri Chostakovitch"),  # Russian ш as French writes it
        ("Sergei Khrushchev", "Sergueï Khrouchtchev"),  # and щ
        ("Pavel Kuznetsov", "Pawel Kusnezow"),  # and ц, in German
        ("Jonas Brekke", "Jonas Brekken"),  # one letter added to the surname, same given name
        ("Paolo Piras", "Paolo Pirasi"),
    ]
    two_people = [
        ("Park Joon-ho", "Park Yoon-ho"),  # Korean j and y are two sounds
        ("Wang Jing", "Wang Ying"),  # so are Chinese ones
        ("Jan Novak", "Yan Novak"),  # too short to tell
        ("Piotr Zając", "Paweł Zając"),
        ("Kim Hyun-woo", "Kim Hyun-wook"),
        ("Chang Min-ho", "Kang Min-ho"),  # two Korean families
        ("Mario Santoso", "Maria Santoso"),  # the given name's gender
        ("Sofia Marino", "Sofia Marina"),  # a short surname's final vowel
        ("Christian Koch", "Kristina Koch"),  # χ as k, but the vowels disagree
        ("Viktor Yanukovych", "Viktoria Yanukovych"),
        ("Ivan Ivanov", "Anna Ivanova"),  # husband and wife
        ("Angela Merkel", "Angela Merkels"),  # a genitive, not a letter added
        ("Pham Thi Lan", "Pham Thi Lanh"),  # a short given name one letter longer is another
        ("Jonas Brekke", "Erik Brekken"),  # the added letter counts only beside the same given name
    ]
    assert [pair for pair in one_person if not same_name(*pair)] == []
    assert [pair for pair in two_people if same_name(*pair)] == []
    # One particle written two ways is one name; particles of two families (ben / van) are not.
    particles = frozenset({"van", "den", "der", "ben"})
    assert same_name("Marijke van den Berg", "Marijke van der Berg", particles)
    assert not same_name("Ali ben Salah", "Ali van Salah", particles)


def test_a_name_before_a_misdecoded_apostrophe_ends_at_its_last_letter() -> None:
    # "’s" read as Windows-1252 is "â€™s": the "â" is no letter of the name, so "Royal Irrigation
    # Department" here and "Royal Irrigation Departmentâ" there are one name, not two spellings.
    text = "The Royal Irrigation Departmentâ€™s site and Ahmed Salemâ€™s page; the Royal Irrigation Department said."
    assert [mention.text for mention in mentions(text, "en")] == [
        "Royal Irrigation Department",
        "Ahmed Salem",
        "Royal Irrigation Department",
    ]
