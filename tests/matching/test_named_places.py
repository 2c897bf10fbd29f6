from __future__ import annotations

from tradeguard.matching.named_places import different_places, may_name_places
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
    assert not may_name_places(("mekhanicheskiy", "zavod"))


def test_names_of_different_places_keep_half_their_similarity() -> None:
    assert conflicting_raw(0.64) == 0.64 * (1 - TUNABLES["named_country_conflict"].default)
