import re
from importlib.resources import files

from tradeguard.names import analyze_name
from tradeguard.names.arabic_words import lookup_key, vowelled


def first(name: str, schema: str | None = "Person", lang: str | None = None) -> tuple[str, ...]:
    form = analyze_name(name, schema, lang)[0]
    assert not form.vowelless, form
    return form.tokens


def all_tokens(name: str, schema: str | None = "Person") -> set[tuple[str, ...]]:
    return {form.tokens for form in analyze_name(name, schema)}


def table_rows() -> list[list[str]]:
    text = files("tradeguard.names").joinpath("data", "arabic_words.tsv").read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def test_persian_given_and_family_names_get_persian_spellings() -> None:
    assert first("رسول جلیلی") == ("rasoul", "jalili")
    assert first("حسين صیادی") == ("hossein", "sayyadi")
    assert first("بهنام میرزایی") == ("behnam", "mirzaei")
    assert first("فاطمه طباطبایی") == ("fatemeh", "tabatabaei")
    assert first("نرگس خدادادی") == ("narges", "khodadadi")


def test_persian_names_keep_the_arabic_style_spelling_second() -> None:
    forms = analyze_name("احسان اسماعیلی", "Person")
    assert forms[0].tokens == ("ehsan", "esmaeili")
    assert forms[1].tokens == ("ihsan", "ismaili")
    assert forms[1].method == "ar"


def test_arabic_names_and_nisbas_get_arabic_spellings() -> None:
    assert first("هايل الأسد") == ("hayil", "al", "asad")
    assert first("مثنى حارث الضاري") == ("muthanna", "harith", "al", "dari")
    assert first("عدي صدام التكريتي") == ("uday", "saddam", "al", "tikriti")
    assert first("سامي الزرقاوي") == ("sami", "al", "zarqawi")
    assert first("ريم سعدون") == ("reem", "sadun")


def test_compounds_written_as_one_word() -> None:
    assert first("هدایت‌الله") == ("hedayatollah",)
    assert ("sirajuddin", "haqqani") in all_tokens("سراج‌الدین حقانی")
    assert first("ابوالفضل") == ("abulfadl",)
    assert first("ابوالفضل", lang="fa") == ("abolfazl",)


def test_organisation_words() -> None:
    assert ("jabhat", "al", "nusra") in all_tokens("جبهة النصرة", "Organization")
    assert ("sherkat", "tejarat", "iran") in all_tokens("شرکت تجارت ایران", "Company")
    assert ("harakat", "taliban", "pakistan") in all_tokens("حرکت طالبان پاکستان", "Organization")


def test_hamza_spellings_fold_together() -> None:
    assert lookup_key("رضائی") == lookup_key("رضایی")
    assert lookup_key("ضياء") == lookup_key("ضیا")
    assert lookup_key("مؤسسة") == lookup_key("موسسه")
    assert vowelled("رضائی", persian=True) == "rezaei"
    assert vowelled("ضیا", persian=False) == "diya"


def test_rows_are_well_formed() -> None:
    rows = table_rows()
    assert len(rows) > 1400
    for row in rows:
        assert 2 <= len(row) <= 3, row
        assert re.fullmatch(r"[\u0600-\u06ff]+", row[0]), row
        assert all(re.fullmatch(r"[a-z]+", spelling) for spelling in row[1:]), row


def test_no_two_rows_fold_to_the_same_key() -> None:
    keys = [lookup_key(row[0]) for row in table_rows()]
    repeated = {key for key in keys if keys.count(key) > 1}
    assert not repeated
