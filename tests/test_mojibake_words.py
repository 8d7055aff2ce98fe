"""The words the mojibake rule reports as changed rebuild ftfy's repair exactly, whole words each."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from audit.rules.normalise import _changed_words, _fix_and_explain

_ACCENTED = ["café", "Élysée", "naïve", "Kraków", "Łódź", "São", "Mädchen", "año", "l’État", "Straße", "città", "ação"]
_PLAIN = ["the", "ministry", "said", "«", "»", "—", "“quoted”", "it's", "3.5", "(AFP)", "été,", "déjà.", "à", "là"]
_WORDS = st.sampled_from([*_ACCENTED, *_PLAIN])


def _misread(word: str, encoding: str) -> str:
    try:
        return word.encode("utf-8").decode(encoding)
    except UnicodeDecodeError:
        return word


@st.composite
def _segments(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.tuples(_WORDS, st.booleans()), min_size=1, max_size=12))
    encoding = draw(st.sampled_from(["windows-1252", "windows-1250", "windows-1251", "latin-1"]))
    flatten = draw(st.booleans())  # a no-break space of the misreading turned into a space ("Ã " for "à")
    gaps = draw(st.lists(st.sampled_from([" ", "  ", " \u00a0", "\t"]), min_size=len(words), max_size=len(words)))
    text = "".join(
        gap + (_misread(word, encoding) if broken else word) for (word, broken), gap in zip(words, gaps, strict=True)
    ).strip()
    return text.replace("Ã\u00a0", "Ã ") if flatten else text


def _applied(original: str, changes: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in reversed(changes):
        original = original[:start] + replacement + original[end:]
    return original


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_segments())
@example("La rÃ©forme a Ã©tÃ© adoptÃ©e lundi.")
@example("Le cafÃ© de lâ€™Ã‰lysÃ©e")
@example("voilÃ  tout, la cittÃ  di Roma")
@example("cafÃ© cafÃ© café")
@example("cafÃ© \xa0à")  # ftfy takes the no-break space into a letter: the two words' edits touch
def test_the_changed_words_rebuild_the_repair(segment: str) -> None:
    fixed, _ = _fix_and_explain(segment)
    changes = list(_changed_words(segment, fixed))
    assert _applied(segment, changes) == fixed
    for start, end, _ in changes:
        assert segment[start:end].strip()
        assert (start == 0 or segment[start - 1].isspace()) and (end == len(segment) or segment[end].isspace())


def test_repeated_words_are_kept_apart() -> None:
    # difflib over characters aligned the first "café" with the repaired first word and the rest with
    # the second, so one edit swallowed "cafÃ© cafÃ©" and the fix lost a word.
    original = "cafÃ© cafÃ© café"
    fixed, _ = _fix_and_explain(original)
    assert list(_changed_words(original, fixed)) == [(0, 5, "café"), (6, 11, "café")]


def test_a_repair_that_takes_a_space_back_keeps_words_apart() -> None:
    # "à" is the bytes C3 A0; read as Windows-1252 and its no-break space flattened, "Ã " is left,
    # and ftfy's repair takes the space back into the word.
    original = "voilÃ  tout, lÃ  et lÃ  encore"
    fixed, _ = _fix_and_explain(original)
    assert fixed == "voilà tout, là et là encore"
    assert list(_changed_words(original, fixed)) == [(0, 6, "voilà"), (13, 16, "là"), (20, 23, "là")]


def test_words_that_no_longer_pair_make_one_edit() -> None:
    # No repair seen joins two words, but if one did, the words between the first and the last change
    # would be one edit, still whole words and still rebuilding the repair.
    assert list(_changed_words("Le cafÃ© du Ã  quai.", "Le café duquai.")) == [(3, 20, "café duquai.")]
