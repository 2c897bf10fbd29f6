from __future__ import annotations

from tradeguard.matching.index import NameIndex
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.rejoined import REJOINED, rejoined, rejoined_forms
from tradeguard.model import Entity, Name
from tradeguard.names import INITIALS, NameForm, query_forms

from listed_vocabulary import listed_names


def test_neighbours_are_joined_into_a_listed_word() -> None:
    listed = listed_names("hamidreza emadi", "paeksol trading")
    assert rejoined(("emadi", "hamid", "reza"), listed) == ("emadi", "hamidreza")
    assert rejoined(("korea", "paek", "sol", "trading"), listed) == (
        "korea",
        "paeksol",
        "trading",
    )


def test_three_neighbours_are_joined_into_a_listed_word() -> None:
    # A Korean trade name of three syllables, which no two of them joined make.
    listed = listed_names("namchongang trading corporation")
    assert rejoined(("nam", "chon", "gang", "corporation"), listed) == (
        "namchongang",
        "corporation",
    )
    assert rejoined(("nam", "chon", "corporation"), listed) == ("nam", "chon", "corporation")


def test_the_last_word_joins_the_first_of_a_name_written_surname_first() -> None:
    listed = listed_names("khalilzadeh mohammad", "rezaali", "khalilreza")
    # "ZADEH, Mohammed Khalil" reads "Mohammed Khalil Zadeh".
    assert rejoined(("zadeh", "mohammed", "khalil"), listed) == ("khalilzadeh", "mohammed")
    # Two words are only swapped by the rotation: "ali reza" joins as "alireza" or not at all.
    assert rejoined(("ali", "reza"), listed) == ("ali", "reza")
    # A first word already joined with its right neighbour is not joined again.
    assert rejoined(("reza", "ali", "zadeh", "khalil"), listed) == ("rezaali", "zadeh", "khalil")


def test_a_word_is_parted_where_a_listed_name_has_the_parts_in_a_row() -> None:
    listed = listed_names("jo yong won", "alex smith", "ander son")
    assert rejoined(("yongwon", "jo"), listed) == ("yong", "won", "jo")
    # "alex" and "ander" are listed words, but no listed name has them one after the other.
    assert rejoined(("alexander", "smith"), listed) == ("alexander", "smith")


def test_short_words_are_neither_joined_nor_parted() -> None:
    listed = listed_names("alamin", "al amin", "ab cdef")
    assert rejoined(("al", "amin"), listed) == ("al", "amin")  # particles: arabic_particles
    assert rejoined(("abcdef",), listed) == ("abcdef",)


def test_only_new_forms_are_added_and_never_from_initials() -> None:
    listed = listed_names("hamidreza emadi", "hamid reza", "emadi hr")
    spaced = NameForm(("hamid", "reza", "emadi"), (), "Latin", "latin")
    initials = NameForm(("emadi", "hr"), (), "Latin", INITIALS)
    assert rejoined_forms((spaced, initials), listed) == (
        NameForm(("hamidreza", "emadi"), (), "Latin", "latin" + REJOINED),
    )
    joined = NameForm(("hamidreza", "emadi"), (), "Latin", "other")
    assert rejoined_forms((spaced, joined), listed) == ()  # each is the other's rejoined form


def test_an_index_knows_its_words_and_which_follow_which() -> None:
    index = NameIndex(
        [Entity(id="e", list_id="t", entry_id="e", schema="Person", names=[Name("JO Yong-Won")])]
    )
    listed = ListedWords.of_index(index)
    assert listed.word("yong") and not listed.word("yongwon")
    assert listed.pair("yong", "won") and not listed.pair("won", "yong")
    forms = rejoined_forms(query_forms("Yongwon Jo", "Person"), listed)
    assert forms and forms[0].tokens == ("yong", "won", "jo")
