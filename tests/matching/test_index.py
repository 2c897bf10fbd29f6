from __future__ import annotations

import pickle

import pytest

from tradeguard.matching.compared_forms import compared_forms
from tradeguard.matching.index import (
    EXACT,
    REFERENCE_ENTITIES,
    NameIndex,
    reference_share,
    token_weight,
)
from tradeguard.matching.listed_words import ListedWords
from tradeguard.model import Name
from tradeguard.names import NameForm, analyze_name
from tradeguard.names.common_words import word_class

from factories import company, entity, person


def test_a_word_is_counted_once_per_entity_however_many_forms_carry_it() -> None:
    # Three spellings of one person, one form each, and one other person.
    index = NameIndex(
        [
            person("Zorvan PETROV", aliases=["Zorvan PETROFF", "Zorvan PETROW"]),
            person("Zorvan SIDOROV"),
        ]
    )
    assert index.frequency(EXACT + "zorvan") >= 4  # name forms
    assert index.entity_frequency(EXACT + "zorvan") == 2
    assert index.entity_frequency(EXACT + "petrov") == 1
    assert index.entity_frequency(EXACT + "absent") == 0
    assert word_class("zorvan") is None
    assert index.weight("zorvan") == token_weight(2)


def test_a_small_index_weighs_common_words_as_every_list_would() -> None:
    index = NameIndex([person("Sergey Viktorovich CHEMEZOV"), company("Moscow Industrial Bank")])
    assert word_class("chemezov") is None and word_class("moscow") is None
    assert index.weight("chemezov") == index.weight("moscow") == 1.0
    for common in ("sergey", "viktorovich", "industrial", "bank"):
        assert index.weight(common) == pytest.approx(token_weight(300), abs=0.02), common
    # A query word the index does not hold: its typical count, not that of a unique word.
    assert index.weight("ivanov") == pytest.approx(token_weight(40), abs=0.02)


def test_a_large_index_counts_every_word_itself() -> None:
    assert reference_share(0) == 1.0
    assert 0.0 < reference_share(REFERENCE_ENTITIES // 2) < 1.0
    assert reference_share(REFERENCE_ENTITIES) == reference_share(40_000) == 0.0


def test_a_word_many_entities_share_weighs_less() -> None:
    index = NameIndex([person(f"Ivan TESTOV{chr(97 + i)}") for i in range(20)])
    assert index.weight("ivan") < index.weight("testova")


def test_an_empty_index_has_no_frequencies() -> None:
    index = NameIndex([])
    assert index.entity_frequency(EXACT + "ivan") == 0


def test_names_of_one_entity_that_read_alike_share_one_record() -> None:
    kim = person("KIM Jong Un", aliases=["Kim Jong-un", "Jong Un KIM"])
    kim.names.append(Name("KIM JONG UN", kind="alias", quality="weak"))
    index = NameIndex([kim, person("Kim Jong Un")])
    first = [r for r in index.records if r.entity == 0 and r.form.tokens == ("kim", "jong", "un")]
    # The first name's record, and the weak alias's own: it is scored with a discount.
    assert [(r.name, index.table.weak[index.records.index(r)]) for r in first] == [
        (0, False),
        (3, True),
    ]
    assert any(r.entity == 0 and r.form.tokens == ("jong", "un", "kim") for r in index.records)
    # Another entity of the same name keeps its own.
    assert any(r.entity == 1 and r.form.tokens == ("kim", "jong", "un") for r in index.records)


def test_an_index_survives_pickling_record_for_record() -> None:
    index = NameIndex([person("Vladimir Vladimirovich PUTIN"), company("АО «Промтех»")])
    loaded = pickle.loads(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded.records == index.records
    assert all(type(record.form) is NameForm for record in loaded.records)
    assert loaded.reference_share == index.reference_share


def test_a_sound_alike_key_many_parties_share_weighs_less_than_a_rare_one() -> None:
    # "Dayf Muhammad" is DEIF, Muhammed, whom only sound-alike keys meet, while "muhammad"
    # meets every other name exactly. The sound of "muhammad" is every party's; the sound
    # of "dayf" is one party's, and it is what finds him first.
    others = [person(f"{surname}, Muhammad") for surname in _SURNAMES]
    index = NameIndex([*others, person("DEIF, Muhammed")])
    query = (NameForm(("dayf", "muhammad"), (), "Latin", "latin"),)
    weights = index.query_keys(query)
    assert weights["p:muhmt"] < weights["p:taf"]
    assert weights["s:mhmd"] < weights["s:df"]
    best = index.candidates(query, 1)[0]
    assert index.records[best].entity == len(others)


def test_a_rare_surname_spelt_otherwise_is_found_beside_a_given_name_many_share() -> None:
    # "AQLYL, Ahmad" meets every "X, Ahmad" on the given name as written, and AGLEEL, Ahmed
    # only through sounds: the best forms by all keys are the others. The pass by the rarest
    # word finds it, and the rest of the query puts it before AKIL and AQIL, who share only
    # the surname's sound.
    others = [person(f"{surname}, Ahmad") for surname in _SURNAMES]
    sounds = [person(f"{surname}, Ibrahim") for surname in ("AKIL", "AQIL", "AKILI", "AQUILA")]
    index = NameIndex([*others, *sounds, person("AGLEEL, Ahmed")])
    query = analyze_name("AQLYL, Ahmad", "Person")
    target = len(others) + len(sounds)
    found = [index.records[r].entity for r in index.candidates(query, 5, word_forms=1)]
    assert target in found
    assert target not in [index.records[r].entity for r in index.candidates(query, 5, 0)]


def test_a_name_in_arabic_script_finds_the_same_spelling_before_its_common_words() -> None:
    # Only the Arabic spelling of Hassan Aweys is listed, and "Hassan" begins every other name.
    # Its letters as written are keys of their own: a customer's name in the same letters
    # finds it first, not only through the sound of a word every such name shares.
    others = [person(f"Hassan {surname}") for surname in _SURNAMES]
    index = NameIndex([*others, person("حسن عويس")])
    # As the matcher reads it: also in the spellings of listed words ("hassan").
    query = compared_forms("حسن عويس", "Person", ListedWords.of_index(index))
    best = index.candidates(query, 1)[0]
    assert index.records[best].entity == len(others)


def test_of_names_that_share_a_query_word_the_one_that_is_that_word_alone_comes_first() -> None:
    # A query of one common word meets every name that contains it with the same keys.
    others = [person(f"Yuri {surname}") for surname in _SURNAMES]
    index = NameIndex([*others, entity("YURI", "Vessel")])
    best = index.candidates(analyze_name("YURI", "Vessel"), 1)[0]
    assert index.records[best].entity == len(others)


def test_a_name_of_one_word_finds_the_same_letters_written_as_several_words() -> None:
    # OFAC lists DIVETECHNOSERVICES with the a.k.a. "DIVE TECHNO SERVICES", which found
    # only the other names with a word of it.
    others = [company(f"{surname} SERVICES") for surname in _SURNAMES]
    glued = NameIndex([*others, company("DIVETECHNOSERVICES")])
    best = glued.candidates(analyze_name("Dive Techno Services", "Company"), 1)[0]
    assert glued.records[best].entity == len(others)
    apart = NameIndex([*others, company("DIVE TECHNO SERVICES")])
    best = apart.candidates(analyze_name("Divetechnoservices", "Company"), 1)[0]
    assert apart.records[best].entity == len(others)


_SURNAMES = (
    "ABBAS", "BAKRI", "DARWISH", "FARES", "GHAZI", "HADDAD", "JABER", "KHALIL", "LAHHAM",
    "MANSOUR", "NASSAR", "QASSEM", "RAHIM", "SAFADI", "TAHA", "WAKIL", "YASIN", "ZAHER",
)  # fmt: skip


def test_an_acronym_is_a_word_only_listed_initials_are() -> None:
    index = NameIndex([company("Time Art International"), company("Korea Ryonbong General")])
    assert index.is_acronym("tai") and index.is_listed_word("tai")
    assert not index.is_acronym("time")
    # Listed as a word too: no acronym only.
    index = NameIndex([company("Time Art International"), person("JIN TAI")])
    assert not index.is_acronym("tai")


def test_the_sums_of_a_query_do_not_depend_on_the_order_of_its_keys() -> None:
    # A query's keys come from sets of strings, whose order follows Python's hash seed: two
    # processes must still read the same keys and add their weights in the same order.
    index = NameIndex([person(f"{surname}, Ahmad") for surname in _SURNAMES])
    query = {EXACT + surname.lower(): 0.1 * (i + 1) for i, surname in enumerate(_SURNAMES)}
    query[EXACT + "ahmad"] = 0.3
    forward = index._summed(query, 10)
    backward = index._summed(dict(reversed(query.items())), 10)
    assert forward[0].tolist() == backward[0].tolist()
    assert forward[1].tolist() == backward[1].tolist()
