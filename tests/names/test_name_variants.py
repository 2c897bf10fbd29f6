from __future__ import annotations

import pytest

from tradeguard.names.name_variants import variant_stem, variants_differ


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("komarov", "komarova"),  # Slavic genders (slavic_gender)
        ("pushkin", "pushkina"),
        ("vysotskiy", "vysotskaya"),
        ("kowalski", "kowalska"),
        ("valentin", "valentina"),
        ("yatsenko", "yatsenyuk"),
        ("yatsenko", "yatseniuk"),
        ("yatsenko", "iatseniuk"),  # the stem romanised two ways too
        ("lukashenka", "lukashenyuk"),
        ("daniel", "danielle"),
        ("michel", "michelle"),
        ("gabriel", "gabrielle"),
        ("abd", "abid"),  # Arabic abd (servant of) and the name Abid (worshipper)
        ("abdul", "aabid"),
        ("abd", "abed"),
    ],
)
def test_one_stem_in_two_forms(first: str, second: str) -> None:
    assert variants_differ(first, second)
    assert variants_differ(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("lukashenko", "lukashenka"),  # Belarusian -enka is -enko
        ("yatsenyuk", "yatseniuk"),  # two romanisations of one form
        ("daniel", "daniel"),
        ("yatsenko", "danielle"),
        ("komarov", "komarov"),
        ("vysotskiy", "vysotsky"),  # two spellings of one masculine name
        ("hamad", "hamada"),  # a transliteration's added vowel, not a Slavic suffix
        ("zavod", "zavoda"),
        ("komarova", "kamarova"),  # different stems
        ("pavel", "pavlov"),
        ("abd", "abdul"),  # one particle
        ("abid", "aabid"),  # one name
    ],
)
def test_one_form_or_two_stems(first: str, second: str) -> None:
    assert not variants_differ(first, second)


def test_stems_of_two_rules_never_meet() -> None:
    stems = {variant_stem(t) for t in ("komarov", "yatsenko", "daniel")}
    assert len({stem for stem, _ in filter(None, stems)}) == 3
    assert variant_stem("smith") is None
