from tradeguard.matching.given_names import NO_PARTS, WrittenParts, written_parts
from tradeguard.names import NameForm, analyze_name


def _written(name: str, person: bool = True) -> WrittenParts:
    return written_parts(name, "Person", analyze_name(name, "Person"), person)


def _latin(*tokens: str) -> NameForm:
    return NameForm(tokens, (), "Latin", "latin+rejoined")


def test_a_listed_name_met_within_one_written_word() -> None:
    # "Muhammadaziz Jahongirov" parted meets AZIZ, Mohammad with its given name alone.
    name = "Muhammadaziz Jahongirov"
    forms = (*analyze_name(name, "Person"), _latin("muhammad", "aziz", "jahongirov"))
    written = written_parts(name, "Person", forms, True)
    assert written.word_met(["muhammad", "aziz"]) == "muhammadaziz"


def test_a_written_word_met_or_parts_of_two_words_is_no_such_pair() -> None:
    name = "Hamidreza Emadi"
    forms = (*analyze_name(name, "Person"), _latin("hamid", "reza", "emadi"))
    assert written_parts(name, "Person", forms, True).word_met(["hamid", "reza", "emadi"]) is None
    name = "Abdulpatta Escalon Abubakar"
    forms = (*analyze_name(name, "Person"), _latin("abdul", "patta", "escalon", "abu", "bakar"))
    written = written_parts(name, "Person", forms, True)
    assert written.word_met(["abdul", "patta", "abu", "bakar"]) is None
    # A respelt word is no part of the word as written.
    assert _written("Sergej Lawrow").word_met(["sergey", "lavrov"]) is None


def test_a_word_written_whole_is_no_part_of_another() -> None:
    # "ali" starts "alimov", but the name writes it as a word of its own.
    name = "Ali Alimov"
    forms = (*analyze_name(name, "Person"), _latin("ali", "mov"))
    assert written_parts(name, "Person", forms, True).word_met(["ali"]) is None


def test_only_a_latin_or_arabic_persons_name_of_two_words_has_parts() -> None:
    assert _written("Haji Hayatullah") == NO_PARTS
    assert _written("Muhammadaziz Jahongirov", person=False) == NO_PARTS
    assert _written("Мухаммадазиз Джахонгиров") == NO_PARTS
    assert _written("محمدحسین") == NO_PARTS


def test_only_forms_with_parts_are_read() -> None:
    name = "Muhammadaziz Jahongirov"
    forms = analyze_name(name, "Person")
    written = written_parts(name, "Person", (*forms, _latin("muhammad", "aziz")), True)
    assert not written.derived(forms[0])
    assert written.derived(_latin("muhammad", "aziz", "jahongirov"))


def test_a_persian_given_name_written_as_one_word() -> None:
    # محمدحسین نامور: Mohammadhossein Namvar, whose given name alone is HUSAYN, Muhammad.
    written = _written("محمدحسین نامور")
    assert written.words == ("محمدحسین",)
    assert {"mohammad", "hossein", "muhammad", "husayn", "mhmd", "hsyn"} <= written.parts[0]
    assert written.word_met(["mhmd", "hsyn"]) == "محمدحسین"
    assert written.word_met(["mohammad", "hossein", "namwr"]) is None


def test_arabic_words_of_one_name_and_titles_have_no_parts() -> None:
    # The table knows عبیدالله whole; الحسینی's article is no name; the titles are dropped.
    assert _written("عبیدالله آخوند").parts == ()
    assert _written("حسن الحسيني").parts == ()
    assert _written("جناب آقای دکتر محمدحسین") == NO_PARTS
    # Abd al-Hamid: the article goes with the word it is written in.
    written = _written("عبدالحميد المصلي")
    assert written.word_met(["abd", "al", "hamid"]) == "عبدالحميد"


def test_arabic_names_apart_by_commas_are_read_apart() -> None:
    # Saqr Rustom written as one word is all of its name, not a given name of the next one's.
    assert _written("صقررستم, صقرأسعدالرستم") == NO_PARTS
    assert _written("صقررستم, صقر الرستم").words == ()
