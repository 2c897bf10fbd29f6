from collections import Counter

from tradeguard.names.russian_org_glossary import (
    ENGLISH_FIRST_WORDS,
    ENGLISH_PHRASES,
    GLOSSARY_TABLE,
)
from tradeguard.names.russian_org_words import fold, in_english

_KINDS = {"adj", "org", "noun", "word", "part", "pre"}


def _rows() -> list[list[str]]:
    return [line.split() for line in GLOSSARY_TABLE.strip().splitlines()]


def test_rows_are_well_formed() -> None:
    for row in _rows():
        assert row[0] in _KINDS, row
        assert 3 <= len(row) <= 4, row
        assert all(word == word.lower() and word.isascii() for word in row), row


def test_no_two_rows_fold_to_the_same_key() -> None:
    # A later row would silently replace an earlier one.
    table = {"org": "noun"}
    keys = Counter((table.get(row[0], row[0]), fold(row[1])) for row in _rows())
    assert [key for key, count in keys.items() if count > 1] == []


def test_english_phrases_shorten_or_drop() -> None:
    for phrase, usual in ENGLISH_PHRASES:
        assert len(usual) < len(phrase)
        assert phrase[0] in ENGLISH_FIRST_WORDS


def test_a_shipbuilding_or_ship_repair_plant_is_a_shipyard() -> None:
    for tokens in (
        ("sudostroitelnyy", "zavod", "zaliv"),
        ("shipbuilding", "plant", "zaliv"),
        ("ssz", "zaliv"),
        ("srz", "zaliv"),
        ("ship", "repair", "plant", "zaliv"),
    ):
        assert in_english(tokens) == ("shipyard", "zaliv"), tokens


def test_research_institutes_and_aircraft_repair_plants_read_as_their_initials() -> None:
    for tokens in (
        ("nauchno", "issledovatelskiy", "institut", "stali"),
        ("scientific", "research", "institute", "steel"),
        ("research", "institute", "steel"),
        ("nii", "stali"),
    ):
        assert in_english(tokens) == ("nii", "steel"), tokens
    for tokens in (("aviation", "repair", "plant"), ("aviaremontnyy", "zavod")):
        assert in_english(("123", *tokens)) == ("123", "arz"), tokens


def test_a_factory_is_a_plant_and_odk_the_united_engine_corporation() -> None:
    assert in_english(("cheboksary", "factory")) == ("cheboksary", "plant")
    assert in_english(("odk", "saturn")) == ("uec", "saturn")


def test_tsnii_is_the_central_research_institute() -> None:
    assert in_english(("48", "tsnii")) == ("48", "central", "nii")
    assert in_english(("48", "central", "scientific", "research", "institute")) == (
        "48",
        "central",
        "nii",
    )


def test_english_words_lists_use_for_one_russian_word_meet() -> None:
    # морской, машиностроительный, авиационный, фонд: each translated two ways.
    assert in_english(("sevastopol", "naval", "plant")) == ("sevastopol", "marine", "plant")
    assert in_english(("kazan", "machine", "building", "plant")) == (
        "kazan",
        "engineering",
        "plant",
    )
    assert in_english(("kazan", "aircraft", "plant")) == ("kazan", "aviation", "plant")
    assert in_english(("peace", "fund")) == ("peace", "foundation")
    assert in_english(("korea", "ansan", "shpg", "co")) == ("korea", "ansan", "shipping", "co")
