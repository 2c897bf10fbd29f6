import pytest

from tradeguard.names.common_words import TYPICAL_ENTITIES, typical_entities, word_class


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("sergei", "given"),  # Russian given names, as analyze_name renders them
        ("serhii", "given"),  # Ukrainian
        ("vladimirovich", "given"),  # patronymics
        ("mohammed", "given"),
        ("ivanov", "family"),
        ("bank", "org"),
        ("industrial", "org"),
    ],
)
def test_common_words_have_a_class(token: str, kind: str) -> None:
    assert word_class(token) == kind
    assert typical_entities(token) == TYPICAL_ENTITIES[kind]


@pytest.mark.parametrize("token", ["chemezov", "putin", "aurus", "moscow", "ural", "Sergei"])
def test_rare_words_towns_and_unrendered_text_are_not_common(token: str) -> None:
    # Towns tell organisations apart; the table holds rendered (lower-case ASCII) tokens.
    assert word_class(token) is None
    assert typical_entities(token) == 0
