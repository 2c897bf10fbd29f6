from tradeguard.matching.given_names import parts_only, within_one_word, written_words
from tradeguard.names import analyze_name


def test_a_listed_name_met_within_one_written_word() -> None:
    # "Muhammadaziz Jahongirov" parted meets AZIZ, Mohammad with its given name alone.
    assert within_one_word(("muhammadaziz", "jahongirov"), ["muhammad", "aziz"])


def test_a_written_word_met_or_parts_of_two_words_is_no_such_pair() -> None:
    assert not within_one_word(("hamidreza", "emadi"), ["hamid", "reza", "emadi"])
    assert not within_one_word(
        ("abdulpatta", "escalon", "abubakar"), ["abdul", "patta", "abu", "bakar"]
    )
    # A respelt word is no part of the word as written.
    assert not within_one_word(("sergej", "lawrow"), ["sergey", "lavrov"])


def test_written_words_of_a_latin_person_without_honorifics() -> None:
    forms = analyze_name("Haji Hayatullah", "Person")
    assert written_words(forms, person=True) == ()
    forms = analyze_name("Muhammadaziz Jahongirov", "Person")
    assert written_words(forms, person=True) == ("muhammadaziz", "jahongirov")
    assert written_words(forms, person=False) == ()
    assert written_words(analyze_name("Мухаммадазиз Джахонгиров", "Person"), True) == ()


def test_only_forms_with_words_not_written_so_are_read() -> None:
    forms = analyze_name("Muhammadaziz Jahongirov", "Person")
    written = written_words(forms, person=True)
    assert not parts_only(forms[0], written)
    parted = forms[0].__class__(("muhammad", "aziz", "jahongirov"), (), "Latin", "latin+rejoined")
    assert parts_only(parted, written)
