from __future__ import annotations

from tradeguard.matching.named_places import different_places, may_name_places, same_place
from tradeguard.matching.namesim import TokenPair
from tradeguard.matching.scorer import TUNABLES, conflicting_raw


def _pairs(*aligned: tuple[str, str, float]) -> tuple[TokenPair, ...]:
    return tuple(TokenPair(q, listed, similarity) for q, listed, similarity in aligned)


PLANT = (("mekhanicheskiy", "mekhanicheskiy", 1.0), ("zavod", "zavod", 1.0))


def test_plants_of_two_towns_name_different_places() -> None:
    query = ("serovskiy", "mekhanicheskiy", "zavod")
    listed = ("azovskiy", "optiko", "mekhanicheskiy", "zavod")
    aligned = _pairs(*PLANT, ("serovskiy", "azovskiy", 0.33))
    assert different_places(query, listed, aligned) == ("serovskiy", "azovskiy")
    # Left unaligned, the towns still differ (Izhevsk), and towns of three letters count.
    assert different_places(query, ("izhevskiy", "mekhanicheskiy", "zavod"), _pairs(*PLANT))
    assert different_places(query, ("minskiy", "mekhanicheskiy", "zavod"), _pairs(*PLANT))


def test_towns_written_as_nouns_name_places() -> None:
    # The English of the lists writes the town: Vologda's plant is not Rostov's.
    plant = (
        ("optical", "optical", 1.0),
        ("mechanical", "mechanical", 1.0),
        ("plant", "plant", 1.0),
    )
    query = ("vologda", "optical", "mechanical", "plant")
    listed = ("rostov", "optical", "mechanical", "plant")
    assert different_places(query, listed, _pairs(*plant)) == ("vologda", "rostov")
    # Nor Kazan's Serov's, the one a noun, the other an adjective.
    query = ("kazan", "mekhanicheskiy", "zavod")
    assert different_places(query, ("serovskiy", "mekhanicheskiy", "zavod"), _pairs(*PLANT))
    # A town and its own adjective are one place, aligned or not.
    query = ("vologda", "mekhanicheskiy", "zavod")
    assert (
        different_places(query, ("vologodskiy", "mekhanicheskiy", "zavod"), _pairs(*PLANT)) is None
    )


def test_a_place_an_aligned_word_names_is_shared_in_every_spelling() -> None:
    # Another form of the listed name spells the aligned "vserossiiskii" otherwise.
    query = ("vserossiiskii", "institut", "kulon")
    listed = ("vserossiiskii", "institut", "vserossiyskiy", "institut")
    aligned = _pairs(("vserossiiskii", "vserossiiskii", 1.0), ("institut", "institut", 1.0))
    assert different_places(query + ("kazan",), listed, aligned) is None
    assert different_places(query + ("kazan",), listed + ("samarskiy",), aligned)


def test_research_joined_to_its_neighbour_and_russia_are_no_towns() -> None:
    listed = ("moskovskiy", "institut")
    aligned = _pairs(("institut", "institut", 1.0))
    for word in ("nauchnoissledovatelskii", "rossiyskiy", "vserossiiskii"):
        assert different_places((word, "institut"), listed, aligned) is None


ONE_PLACE = [
    ("samara", "samar"),
    ("vologda", "vologod"),
    ("penza", "penzen"),
    ("moscow", "moskov"),
    ("tula", "tul"),
    ("mytishchi", "mitishin"),  # the lists' own spelling of Mytishchi's adjective
    ("nizhegorod", "nyzhehorod"),  # the Russian g as the Ukrainian romanisation's h
]
TWO_PLACES = [
    ("saratov", "saran"),
    ("samara", "saratov"),
    ("novosibir", "novocherkas"),
    ("kazan", "ryazan"),
    ("volgograd", "vologda"),
]


def test_a_town_and_its_adjectives_stem_are_one_place() -> None:
    for town, stem in ONE_PLACE:
        assert same_place(town, stem) and same_place(stem, town)
    for one, other in TWO_PLACES:
        assert not same_place(one, other)


def test_one_town_spelt_two_ways_is_one_place() -> None:
    query = ("serovskiy", "mekhanicheskiy", "zavod")
    listed = ("serovskoy", "mekhanicheskiy", "zavod")
    aligned = _pairs(*PLANT, ("serovskiy", "serovskoy", 0.9))
    assert different_places(query, listed, aligned) is None
    # Aligned with a word of its own place, even spelt unlike (the town and its adjective).
    listed = ("bryansk", "mekhanicheskiy", "zavod")
    query = ("bryanskiy", "mekhanicheskiy", "zavod")
    assert different_places(query, listed, _pairs(*PLANT, ("bryanskiy", "bryansk", 0.4))) is None


def test_a_name_that_names_no_town_conflicts_with_none() -> None:
    query = ("serovskiy", "mekhanicheskiy", "zavod")
    assert different_places(query, ("mekhanicheskiy", "zavod"), _pairs(*PLANT)) is None
    # A design bureau's or a research institute's adjective ends like a town's but is none.
    query = ("kanstruktarskae", "byuro", "displey")
    aligned = _pairs(("displey", "displey", 1.0))
    assert different_places(query, ("displey", "vitebsk"), aligned) is None
    query = ("moskovskiy", "institut", "kulon")
    listed = ("nauchno", "issledovatelskiy", "institut", "kulon")
    aligned = _pairs(("institut", "institut", 1.0), ("kulon", "kulon", 1.0))
    assert different_places(query, listed, aligned) is None


def test_only_words_that_may_be_towns_are_worth_aligning() -> None:
    assert may_name_places(("serovskiy", "zavod"))
    assert may_name_places(("kazan", "zavod"))
    assert not may_name_places(("mekhanicheskiy", "zavod"))


def test_names_of_different_places_keep_half_their_similarity() -> None:
    assert conflicting_raw(0.64) == 0.64 * (1 - TUNABLES["named_country_conflict"].default)
