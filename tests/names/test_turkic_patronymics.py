from tradeguard.names import analyze_name
from tradeguard.names.turkic_patronymics import russian_patronymics


def test_a_fathers_name_before_son_becomes_a_russian_patronymic() -> None:
    assert russian_patronymics(("ilham", "heydar", "oglu", "aliyev")) == (
        "ilham",
        "heydarovich",
        "aliyev",
    )
    assert russian_patronymics(("alisher", "usmon", "ugli")) == ("alisher", "usmonovich")
    assert russian_patronymics(("aybek", "marat", "uulu")) == ("aybek", "maratovich")


def test_before_daughter_a_female_one() -> None:
    assert russian_patronymics(("alina", "marat", "kyzy", "kabaeva")) == (
        "alina",
        "maratovna",
        "kabaeva",
    )
    assert russian_patronymics(("mehriban", "arif", "qizi")) == ("mehriban", "arifovna")


def test_a_father_whose_name_ends_in_a_vowel_takes_yevich() -> None:
    assert russian_patronymics(("aybek", "musa", "uulu")) == ("aybek", "musayevich")
    assert russian_patronymics(("ali", "qizi")) == ("aliyevna",)


def test_nothing_without_a_fathers_name_before_the_word() -> None:
    assert russian_patronymics(("ilham", "aliyev")) is None
    assert russian_patronymics(("oglu", "ilham")) is None  # no father before it
    assert russian_patronymics(("al", "ogly")) is None  # too short for a name
    assert russian_patronymics(("ogly", "kyzy")) is None  # two such words are no name


def test_a_person_name_gets_the_form_next_to_its_own() -> None:
    forms = [form.tokens for form in analyze_name("Ильхам Гейдар оглы Алиев", "Person")]
    assert forms[0] == ("ilkham", "geydar", "ogly", "aliyev")
    assert forms[1] == ("ilkham", "geydarovich", "aliyev")
    # Written with the Uzbek apostrophes, which the name's words lose.
    forms = [form.tokens for form in analyze_name("Alisher Usmon o‘g‘li", "Person")]
    assert ("alisher", "usmonovich") in forms
    # Not in an organisation's name.
    forms = [form.tokens for form in analyze_name("Heydar Oglu Holding", "Company")]
    assert not any("heydarovich" in tokens for tokens in forms)
