from tradeguard.names.russian_readings import in_russian


def test_glossary_words_become_their_russian_stems() -> None:
    assert in_russian(("kazan", "optical", "and", "mechanical", "plant")) == (
        "kazansk", "optichesk", "and", "mekhanichesk", "zavod",
    )  # fmt: skip
    # Not the glossary's first Russian word for "plant" or "experimental", the acronyms' one.
    assert in_russian(("experimental", "design", "bureau"))[:1] == ("opytn",)  # type: ignore[index]


def test_phrases_and_british_spellings() -> None:
    assert in_russian(("research", "institute", "of", "steel")) == (
        "nauchn", "issledovatelsk", "institut", "of", "stal",
    )  # fmt: skip
    assert in_russian(("khabarovsk", "shipyard")) == ("khabarovsk", "sudostroiteln", "zavod")
    assert in_russian(("central", "design", "centre")) == in_russian(
        ("central", "design", "center")
    )


def test_names_without_glossary_words_have_no_russian_reading() -> None:
    assert in_russian(("acme", "widgets")) is None
    assert in_russian(()) is None
