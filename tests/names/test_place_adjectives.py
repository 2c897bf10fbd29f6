from tradeguard.names.place_adjectives import SHORT_STEM, place_stem


def test_adjectives_of_place_give_the_place() -> None:
    assert place_stem("taganrogskiy") == "taganrog"
    assert place_stem("sarapulskii") == "sarapul"
    assert place_stem("tambovskaya") == "tambov"
    assert place_stem("skolkovskogo") == "skolkov"
    assert place_stem("kharkivskyi") == "kharkiv"


def test_an_adjective_and_its_town_in_sk_meet_at_one_stem() -> None:
    # брянский is Bryansk's: the -sk- of the adjective swallowed the town's own.
    assert place_stem("bryanskiy") == place_stem("bryansk") == "bryan"
    assert place_stem("petrovskii") == place_stem("petrovsky") == "petrov"


def test_short_stems_are_not_made() -> None:
    assert place_stem("omsk") is None
    assert place_stem("russkiy") is None
    assert place_stem("whisky") is None
    assert place_stem("husky") is None


def test_towns_of_three_letters_are_read_where_asked() -> None:
    assert place_stem("minskiy", SHORT_STEM) == "min"
    assert place_stem("volskiy", SHORT_STEM) == "vol"
    assert place_stem("omsk", SHORT_STEM) is None  # two letters before -sk
    assert place_stem("taganrogskiy", SHORT_STEM) == "taganrog"


def test_common_adjectives_in_icheskiy_are_not_places() -> None:
    assert place_stem("tekhnicheskiy") is None
    assert place_stem("elektromekhanicheskii") is None


def test_other_words_are_left_alone() -> None:
    assert place_stem("taganrog") is None
    assert place_stem("plant") is None
    assert place_stem("kiosk") is None
