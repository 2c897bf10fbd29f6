"""The vectorised kernel must give compare_tokens' scores exactly, for every pair a query meets."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.matching.index import NameIndex
from tradeguard.matching.kernel import score_pairs
from tradeguard.matching.namesim import EXACT_ONLY_FLOOR, compare_tokens
from tradeguard.model import Name
from tradeguard.names import INITIALS, analyze_name

from factories import company, person

LISTED = [
    person("KIM Jong Un", aliases=["Kim Chong-un", "김정은", "Ким Чен Ын"]),
    person("Vladimir Vladimirovich PUTIN", aliases=["Путин Владимир Владимирович"]),
    person("Mohammed bin Salman Al Saud", aliases=["محمد بن سلمان"]),
    person("Abu Bakr al-Baghdadi", aliases=["أبو بكر البغدادي"]),
    person("Xi Jinping", aliases=["Hsi Chin-ping", "习近平"]),
    company("Rostec State Corporation", aliases=["Ростех", "Rostekh"]),
    company("Korea Ryonbong General Corporation"),
    company("AURUS LLC", aliases=["ООО Аурус"]),
    person("Kim Tong Un"),
    person("Jong Un"),
]
LISTED[0].names.append(Name("KIM Jong-un", kind="alias", quality="weak"))

QUERIES = [
    "Kim Jong Un",
    "Ким Чен Ын",
    "김정은",
    "Jong Un Kim",
    "kimjongun",
    "Putin Vladimir",
    "محمد بن سلمان آل سعود",
    "Mohammad bin Salman",
    "Al-Baghdadi Abu Bakr",
    "Xi Jin Ping",
    "Rostec",
    "Korea Ryonbong",
    "Aurus",
    "KRGC",  # the initials of Korea Ryonbong General Corporation, and a near miss of them
    "KRGS",
    "Nobody At All",
    "K",
]


def assert_kernel_equals_reference(index: NameIndex, name: str) -> None:
    forms = analyze_name(name, None)
    weights = [[index.weight(t) for t in f.tokens] for f in forms]
    records = np.arange(len(index.records), dtype=np.int64)
    pairs = score_pairs(index.table.prepare(forms, weights), index.table, records)
    assert len(pairs.scores) == len(records) * len(forms)
    for r_idx, f_idx, score in zip(pairs.records, pairs.forms, pairs.scores, strict=True):
        form, record = forms[f_idx], index.records[r_idx]
        expected = compare_tokens(
            form.tokens,
            weights[f_idx],
            record.form.tokens,
            index.table.record_weights(r_idx),
            vowelless=form.vowelless or record.form.vowelless,
        ).score
        if record.form.method == INITIALS and expected < EXACT_ONLY_FLOOR:
            expected = 0.0
        assert score == expected, (name, form.tokens, record.form.tokens)


def test_kernel_equals_reference_on_every_pair() -> None:
    index = NameIndex(LISTED)
    for name in QUERIES:
        assert_kernel_equals_reference(index, name)


def test_initials_forms_meet_only_their_exact_acronym() -> None:
    index = NameIndex(LISTED)
    found = {
        rec.form.tokens: r for r, rec in enumerate(index.records) if rec.form.method == INITIALS
    }
    # Korea Ryonbong General, with and without the spelt-out legal form; Rostec State Corporation.
    assert set(found) == {("krg",), ("krgc",), ("rsc",)}
    initials = [found[("krgc",)]]
    for name, expected in (("KRGC", 1.0), ("KRGS", 0.0)):
        forms = analyze_name(name, None)
        weights = [[index.weight(t) for t in f.tokens] for f in forms]
        pairs = score_pairs(
            index.table.prepare(forms, weights), index.table, np.array(initials, dtype=np.int64)
        )
        assert pairs.scores.tolist() == [expected] * len(forms)


def test_weak_aliases_are_flagged_per_record() -> None:
    index = NameIndex(LISTED)
    weak = [index.entities[r.entity].names[r.name].quality == "weak" for r in index.records]
    assert weak == index.table.weak.tolist()
    assert any(weak)


def test_no_candidates_gives_no_pairs() -> None:
    index = NameIndex(LISTED)
    forms = analyze_name("Kim Jong Un", None)
    weights = [[1.0] * len(f.tokens) for f in forms]
    pairs = score_pairs(
        index.table.prepare(forms, weights), index.table, np.empty(0, dtype=np.int64)
    )
    assert len(pairs.scores) == 0


_WORDS = st.text(alphabet="abcdeghijklmnorstuy", min_size=1, max_size=9)


@settings(max_examples=60, deadline=None)
@given(
    listed=st.lists(st.lists(_WORDS, min_size=1, max_size=6), min_size=1, max_size=8),
    query=st.lists(_WORDS, min_size=1, max_size=5),
)
def test_kernel_equals_reference_on_random_names(listed: list[list[str]], query: list[str]) -> None:
    index = NameIndex([person(" ".join(tokens)) for tokens in listed])
    assert_kernel_equals_reference(index, " ".join(query))
