from tradeguard.names import analyze_name
from tradeguard.names.analyze import TURKISH_ENGLISH
from tradeguard.names.turkish_org_words import in_english


def test_the_words_of_a_turkish_company_name_are_read_in_english() -> None:
    assert in_english(("stimul", "muhendislik", "danismanlik")) == (
        "stimul",
        "engineering",
        "consulting",
    )
    assert in_english(("beks", "gemi", "isletmeciligi")) == ("beks", "ship", "management")


def test_and_domestic_and_foreign_only_beside_a_word_of_the_table() -> None:
    assert in_english(("multimat", "ic", "ve", "dis", "ticaret", "pazarlama")) == (
        "multimat", "domestic", "and", "foreign", "trade", "marketing",
    )  # fmt: skip
    assert in_english(("ve", "dis", "holding")) is None


def test_a_name_without_a_turkish_word_has_no_english_reading() -> None:
    assert in_english(("acme", "trading")) is None


def test_only_an_organisation_s_name_gets_the_english_reading() -> None:
    company = analyze_name("Bilgi Teknolojileri A.Ş.", "Company")
    assert [form.tokens for form in company if form.method.endswith(TURKISH_ENGLISH)] == [
        ("information", "technologies")
    ]
    person = analyze_name("Bilgi Teknolojileri", "Person")
    assert not any(form.method.endswith(TURKISH_ENGLISH) for form in person)


def test_the_turkish_and_english_names_of_one_company_share_a_form() -> None:
    turkish = analyze_name("Stimul Mühendislik Danışmanlık İç ve Dış Ticaret Ltd. Şti.", "Company")
    english = analyze_name("Stimul Engineering Consulting Foreign Trade Ltd.", "Company")
    assert {form.tokens for form in turkish} & {form.tokens for form in english}
