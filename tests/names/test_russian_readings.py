from tradeguard.names.russian_readings import in_russian


def test_glossary_words_become_their_russian_stems() -> None:
    assert in_russian(("kazan", "optical", "and", "mechanical", "plant")) == (
        ("kazansk", "optichesk", "and", "mekhanichesk", "zavod"),
    )
    # Not the glossary's first Russian word for "plant" or "experimental", the acronyms' one.
    assert in_russian(("experimental", "design", "bureau"))[0][:1] == ("opytn",)
    # моторостроение (KMPO, OKBM), though двигателестроительный also reads "engine building".
    assert in_russian(("kazan", "engine", "building"))[0] == ("kazansk", "motorostroyen")


def test_phrases_and_british_spellings() -> None:
    (reading,) = in_russian(("scientific", "research", "institute", "of", "steel"))
    assert reading == ("nauchn", "issledovatelsk", "institut", "of", "stal")
    assert in_russian(("khabarovsk", "shipyard")) == (("khabarovsk", "sudostroiteln", "zavod"),)
    assert in_russian(("central", "design", "centre")) == in_russian(
        ("central", "design", "center")
    )


def test_nouns_before_a_closing_kind_of_organisation_follow_it_in_a_second_reading() -> None:
    # НИИ атомных реакторов (NIIAR), "Atomic Reactor Research Institute" in the lists.
    assert in_russian(("atomic", "reactor", "research", "institute")) == (
        ("atomn", "reaktor", "nauchn", "issledovatelsk", "institut"),
        ("nauchn", "issledovatelsk", "institut", "atomn", "reaktor"),
    )
    # Adjectives stay before it, and so does a word that is also an adjective.
    assert len(in_russian(("kemerovo", "mechanical", "plant"))) == 1
    assert len(in_russian(("united", "shipbuilding", "corporation"))) == 1


def test_names_without_glossary_words_have_no_russian_reading() -> None:
    assert in_russian(("acme", "widgets")) == ()
    assert in_russian(()) == ()
