from tradeguard.names import analyze_name
from tradeguard.names.prefixes import strip_titles, strip_vessel_prefixes


def test_titles_go_unless_nothing_is_left() -> None:
    assert strip_titles("mr. john smith") == "john smith"
    assert strip_titles("general kim yong chol") == "kim yong chol"
    assert strip_titles("general") == "general"
    assert strip_titles("johnson") == "johnson"


def test_vessel_prefixes() -> None:
    assert strip_vessel_prefixes("m/v ocean star") == "ocean star"
    assert strip_vessel_prefixes("mt") == "mt"
    assert analyze_name("M/V OCEAN STAR", "Vessel")[0].tokens == ("ocean", "star")
    assert analyze_name("MT Ocean", "Person")[0].tokens == ("mt", "ocean")
