"""The vectorised kernel must give compare_tokens' scores exactly, for every pair a query meets."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tradeguard.matching.index import NameIndex
from tradeguard.matching.kernel import score_pairs
from tradeguard.matching.namesim import (
    EXACT_ONLY_FLOOR,
    compare_tokens,
    kept_apart,
    korean_reading,
    may_contain,
    syllables_ordered,
)
from tradeguard.model import Name
from tradeguard.names import INITIALS, QUERY_INITIALS, NameForm, analyze_name, query_forms
from tradeguard.names.han import is_syllabic
from tradeguard.names.spelling_walk import LISTED_LETTERS, LISTED_SPELLING, LISTED_VOWELS

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
    person("Ivan KOMAROV", aliases=["Valentin Sergeevich VYSOTSKIY"]),
    person("Daniel RODRIGUEZ", aliases=["ЯЦЕНКО Владимир"]),
    company("AO NZIV"),
    company("Novosibirsk Zavod Iskusstvennogo Volokna"),  # its initials: listed, not query
    person("JO Yong Won"),
    person("WANG, Chen"),  # one phonetic key with 王建's Wade-Giles "wang chien"
    person("Young-Chul"),  # a given name alone
    company("Jinmingsheng Technology Co. Ltd.", aliases=["金銘盛科技有限公司"]),
    company("Jen Electronics"),  # jen: jin's phonetic key, not its spelling
    person("박재경", aliases=["PAK Jae Kyong", "Kyong Jae PAK"]),  # 박경자's syllables, reordered
    person("CHANG CHANG HA"),  # a repeated word, which "Jang Chang Ha" meets in order
    company("Bank of Russia, Central Bank"),  # an alias of generic words, never contained
    company("JOINT STOCK COMPANY RADIOZAVOD"),  # a radio plant: a kind of plant alone
    person("KIM Yong Bok"),  # the North's yong and the South's bok in one name
    company("AL-KHALIDI EXCHANGE", aliases=["Al-Khalidi"]),  # the article is no word of its own
    company("Marine Instrumentation Corporation"),  # one English stem, two forms of it
    company("Vector Trade LLC"),  # trade / trading: one stem, spelt apart but as long
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
    "Abu Bekr al-Bagdadi",  # bekr/bakr: one vowel apart, lifted by the consonant key
    "Xi Jin Ping",
    "Rostec",
    "Korea Ryonbong",
    "Aurus",
    "KRGC",  # the initials of Korea Ryonbong General Corporation, and a near miss of them
    "KRGS",
    "Nobody At All",
    "K",
    "Ivanna Komarova",  # one Slavic stem in two genders, capped for persons only
    "王建",  # Chinese syllables, which no phonetic key lifts
    "金铭盛电子有限公司",  # glued syllables in its words form
    "金电子有限公司",  # "jin" in its words form and as a syllable
    "김영철",  # contains the listed "Young-Chul", and is not forgiven its surname for it
    "Valentina Vysotskaya",
    "Danielle Rodriguez",  # one stem in two forms of other kinds
    "Volodymyr Yatseniuk",
    "Cho Yong Won",  # short syllables of one spelling: lifted for persons only
    "박경자",  # 박재경's syllables out of their order
    "경자 박",
    "Kim Eun Jung",  # a Latin name that reads as Korean: KIM Jong Un's syllables out of order
    "Jang Chang Ha",
    "Chang Chang Ha",  # a repeated query word
    "김영복",  # meets KIM Yong Bok syllable by syllable
    "Kim Young Pok",
    "이중수",  # jung is 중, not 정: no Jong here
]


ORGANISATION_QUERIES = [
    "Акционерное Общество «Новосибирский Завод Искусственного Волокна»",
    "Korea Ryonbong General Corporation",
    "金铭盛科技有限公司",  # meets the listed Chinese name through its words only
    "Central Bank of Nigeria",
    "Central Bank of the Bank of Russia",
    "Izhevsk Radio Plant",  # a word of its own left beside a listed name of generic words
    "Mushasha Al-Khalidi",  # contains a listed name of one word and the article
    "Marine Instrument Engineering Corporation",  # instrument / instrumentation: one stem
    "Vector Trading LLC",  # trade / trading: namesim.inflected_spelling by their lengths
]


def assert_kernel_equals_reference(
    index: NameIndex, name: str, person: bool = False, schema: str | None = None
) -> None:
    forms = query_forms(name, schema)
    weights = [[index.weight(t) for t in f.tokens] for f in forms]
    records = np.arange(len(index.records), dtype=np.int64)
    korean = korean_reading(name, forms, person)
    pairs = score_pairs(index.table.prepare(forms, weights, person, korean), index.table, records)
    assert len(pairs.scores) == len(records) * len(forms)
    for r_idx, f_idx, score in zip(pairs.records, pairs.forms, pairs.scores, strict=True):
        form, record = forms[f_idx], index.records[r_idx]
        expected = compare_tokens(
            form.tokens,
            weights[f_idx],
            record.form.tokens,
            index.table.record_weights(r_idx),
            vowelless=form.vowelless or record.form.vowelless,
            person=person,
            syllabic=is_syllabic(form.method),
            containing=may_contain(form, person),
            ordered=syllables_ordered(form, person),
            korean=korean,
        ).score
        if record.form.method == INITIALS and expected < EXACT_ONLY_FLOOR:
            expected = 0.0
        if kept_apart(form, record.form, person):
            expected = 0.0
        if form.method == QUERY_INITIALS and (
            record.form.method == INITIALS or expected < EXACT_ONLY_FLOOR
        ):
            expected = 0.0
        assert score == expected, (name, form.tokens, record.form.tokens)


def test_kernel_equals_reference_on_every_pair() -> None:
    index = NameIndex(LISTED)
    for name in QUERIES:
        assert_kernel_equals_reference(index, name)
        assert_kernel_equals_reference(index, name, person=True)
    for name in ORGANISATION_QUERIES:
        assert_kernel_equals_reference(index, name, schema="Company")


def test_a_name_in_arabic_letters_written_as_listed_meets_it_whole() -> None:
    # فیدار سیستم پیوان as the list writes it: every word a skeleton, each alone 0.9 alike.
    index = NameIndex([company("فیدار سیستم پیوان"), company("گروه دوران"), person("محمد رستمی")])
    for name, schema in (("فیدار سیستم پیوان", "Company"), ("محمد رستمی", "Person")):
        assert_kernel_equals_reference(index, name, schema == "Person", schema)
        forms = query_forms(name, schema)
        weights = [[index.weight(t) for t in f.tokens] for f in forms]
        records = np.arange(len(index.records), dtype=np.int64)
        prepared = index.table.prepare(forms, weights, schema == "Person")
        assert score_pairs(prepared, index.table, records).scores.max() == 1.0


def test_query_initials_meet_only_a_whole_listed_acronym() -> None:
    index = NameIndex(LISTED)
    forms = query_forms(ORGANISATION_QUERIES[0], "Company")
    acronyms = {f: form.tokens for f, form in enumerate(forms) if form.method == QUERY_INITIALS}
    assert set(acronyms.values()) == {("nziv",), ("npaf",)}  # Russian and English initials
    weights = [[index.weight(t) for t in f.tokens] for f in forms]
    records = np.arange(len(index.records), dtype=np.int64)
    pairs = score_pairs(index.table.prepare(forms, weights), index.table, records)
    hits = {
        (acronyms[f], index.records[r].form.tokens, index.records[r].form.method)
        for r, f, score in zip(pairs.records, pairs.forms, pairs.scores, strict=True)
        if f in acronyms and score > 0
    }
    # AO NZIV, and not the listed full name's own initials form "nziv".
    assert hits == {(("nziv",), ("nziv",), "latin")}


def test_relatives_names_are_capped_for_persons_only() -> None:
    index = NameIndex(LISTED)
    forms = analyze_name("Ivanna Komarova", None)
    weights = [[index.weight(t) for t in f.tokens] for f in forms]
    komarov = np.array(
        [r for r, rec in enumerate(index.records) if rec.form.tokens == ("ivan", "komarov")]
    )
    as_person = score_pairs(index.table.prepare(forms, weights, True), index.table, komarov)
    as_anything = score_pairs(index.table.prepare(forms, weights), index.table, komarov)
    assert as_person.scores.max() < as_anything.scores.max() - 0.2


def test_forms_of_one_english_word_are_lifted_for_organisations_only() -> None:
    index = NameIndex(LISTED)
    forms = analyze_name("Marine Instrument Corporation", None)
    weights = [[index.weight(t) for t in f.tokens] for f in forms]
    marine = np.array(
        [r for r, rec in enumerate(index.records) if "instrumentation" in rec.form.tokens]
    )
    as_person = score_pairs(index.table.prepare(forms, weights, True), index.table, marine)
    as_company = score_pairs(index.table.prepare(forms, weights), index.table, marine)
    assert as_company.scores.max() > as_person.scores.max() + 0.1


def test_initials_forms_meet_only_their_exact_acronym() -> None:
    index = NameIndex(LISTED)
    found = {
        rec.form.tokens: r for r, rec in enumerate(index.records) if rec.form.method == INITIALS
    }
    # Korea Ryonbong General, with and without the spelt-out legal form; Rostec State Corporation.
    assert {("krg",), ("krgc",), ("rsc",)} <= set(found)
    initials = [found[("krgc",)]]
    for name, expected in (("KRGC", 1.0), ("KRGS", 0.0)):
        forms = analyze_name(name, None)
        weights = [[index.weight(t) for t in f.tokens] for f in forms]
        pairs = score_pairs(
            index.table.prepare(forms, weights), index.table, np.array(initials, dtype=np.int64)
        )
        assert pairs.scores.tolist() == [expected] * len(forms)


def test_a_name_read_by_its_sound_meets_no_listed_initials() -> None:
    index = NameIndex(LISTED)
    krgc = [r for r, rec in enumerate(index.records) if rec.form.tokens == ("krgc",)]
    sounded = NameForm(("krgc",), (), "Arabic", "ar" + LISTED_SPELLING)
    lettered = NameForm(("krgc",), (), "Cyrillic", "ru" + LISTED_LETTERS)
    revowelled = NameForm(("krgc",), (), "Cyrillic", "ru" + LISTED_VOWELS)
    forms = (sounded, lettered, revowelled)
    pairs = score_pairs(
        index.table.prepare(forms, [[1.0], [1.0], [1.0]]),
        index.table,
        np.array(krgc, dtype=np.int64),
    )
    # The walk supplied its vowels: no acronym. A Cyrillic acronym, read letter for letter, is,
    # unless the walk gave it other vowels.
    assert pairs.scores.tolist() == [0.0, 1.0, 0.0]
    assert kept_apart(sounded, index.records[krgc[0]].form, person=False)
    assert not kept_apart(lettered, index.records[krgc[0]].form, person=False)
    assert kept_apart(revowelled, index.records[krgc[0]].form, person=False)


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
# Slavic stems in both genders, so the relatives' cap meets random neighbours too.
_SLAVIC = st.sampled_from(["komarov", "komarova", "vysotskiy", "vysotskaya", "petrov", "petrova"])
# Korean surnames and syllables, so that names read as Korean and their order counts.
_KOREAN = st.sampled_from(["kim", "pak", "jang", "chang", "jong", "un", "eun", "jung", "ha"])
# Generic organisation words and countries, so that names meet only in them (generic_only).
_GENERIC = st.sampled_from(
    ["bank", "central", "trade", "china", "jinan", "korea", "koryo", "ministry", "defence"]
)


@settings(max_examples=60, deadline=None)
@given(
    listed=st.lists(
        st.lists(_WORDS | _SLAVIC | _KOREAN | _GENERIC, min_size=1, max_size=6),
        min_size=1,
        max_size=8,
    ),
    query=st.lists(_WORDS | _SLAVIC | _KOREAN | _GENERIC, min_size=1, max_size=5),
    person_query=st.booleans(),
)
def test_kernel_equals_reference_on_random_names(
    listed: list[list[str]], query: list[str], person_query: bool
) -> None:
    index = NameIndex([person(" ".join(tokens)) for tokens in listed])
    assert_kernel_equals_reference(index, " ".join(query), person_query)


def test_strings_copied_together_are_new_objects_with_the_same_values() -> None:
    index = NameIndex(LISTED)
    table = index.table
    before = {name: getattr(table, name) for name in ("vocab_array", "skeletons", "joined")}
    table.copy_strings_together()
    for name, old in before.items():
        new = getattr(table, name)
        assert new.dtype == object and new.tolist() == old.tolist(), name
        # Copies, not the same objects: the old ones sit among the index's other objects.
        assert not any(a is b for a, b in zip(new, old, strict=True) if len(a) > 1), name
    for query in QUERIES:
        assert_kernel_equals_reference(index, query, person=True)
