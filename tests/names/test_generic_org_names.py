import pytest

from tradeguard.names.generic_org_names import generic_org_name, generic_org_word


@pytest.mark.parametrize(
    "name",
    [
        "central bank",
        "national bank",
        "agricultural bank",
        "state committee",
        "main directorate",
        "centre",
        # a kind of plant or bureau by its trade, which every town's has
        "mechanical plant",
        "radio instrument plant",
        "special design bureau",
        "research institute mechanical engineering",
        # other forms of the words, which the matcher takes for them
        "state agencies",
        "central banks",
    ],
)
def test_a_kind_of_institution_with_generic_modifiers_is_generic(name: str) -> None:
    assert generic_org_name(tuple(name.split()))


@pytest.mark.parametrize(
    "name",
    [
        "bank russia",  # names which bank
        "united shipbuilding corporation",
        "izhevsk radio plant",
        "kazan optical mechanical plant",
        "central",  # a modifier alone is no kind of institution
        "nation building",  # a modifier's other form is no kind of institution either
        "",
    ],
)
def test_names_with_a_word_of_their_own_are_not(name: str) -> None:
    assert not generic_org_name(tuple(name.split()))


@pytest.mark.parametrize("word", ["agencies", "ministries", "banks", "railway"])
def test_other_forms_of_generic_words_are_generic(word: str) -> None:
    # The matcher takes "Agencies" for "Agency" (namesim.org_token_similarity).
    assert generic_org_word(word)


@pytest.mark.parametrize("word", ["edwards", "bonyad", "agents"])
def test_words_of_a_name_of_its_own_are_not_generic(word: str) -> None:
    assert not generic_org_word(word)
