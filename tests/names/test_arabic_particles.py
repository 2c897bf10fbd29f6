import pytest

from tradeguard.names import analyze_name
from tradeguard.names.arabic_particles import canonical_particles, looks_arabic


@pytest.mark.parametrize(
    "name",
    [
        "Abd al-Rahman",
        "Abdulrahman",
        "Abdul Rahman",
        "Abdel Rahman",
        "Abdurrahman",
        "Abd ar-Rahman",
        "Abdur Rahman",
        "Abd ur-Rahman",
        "Abd er-Rahman",
    ],
)
def test_abd_al_variants_share_one_form(name: str) -> None:
    assert ("abd", "rahman") in [form.tokens for form in analyze_name(name, "Person")]


def test_abdullah_variants() -> None:
    for tokens in (("abd", "allah"), ("abdallah",), ("abdulla",), ("abdellah",)):
        assert canonical_particles(tokens) == ("abdullah",)


def test_the_article_assimilated_with_any_vowel() -> None:
    assert canonical_particles(("salah", "ud", "din")) == ("salah", "din")
    assert canonical_particles(("nour", "ed", "dine")) == ("nour", "dine")
    # Only before its sun letter: "ed" before another word is not the article.
    assert canonical_particles(("abd", "ed", "karim")) == ("abd", "ed", "karim")


@pytest.mark.parametrize(
    ("joined", "head"),
    [
        ("sirajuddin", "siraj"),
        ("salahaldin", "salah"),
        ("nureldin", "nur"),
        ("jallaloudine", "jallal"),
        ("ghiassouddine", "ghiass"),
        ("emadoddin", "emad"),
        ("salahudin", "salah"),
        ("nouredine", "nour"),
        ("nuradin", "nur"),
    ],
)
def test_ud_din_joined_as_the_lists_write_it(joined: str, head: str) -> None:
    # The Arabic script writes the compound as two words (صلاح الدين), which its readings keep.
    assert canonical_particles(("muhammad", joined)) == ("muhammad", head, "din")


def test_plurals_in_din_are_no_compound() -> None:
    assert canonical_particles(("mujahedin", "ali")) == ("mujahedin", "ali")
    assert canonical_particles(("mujahideen", "ali")) == ("mujahideen", "ali")


def test_articles_bin_and_abu() -> None:
    assert canonical_particles(("boutros", "al", "hallaq")) == ("boutros", "hallaq")
    assert canonical_particles(("ahmad", "ibn", "ali")) == ("ahmad", "bin", "ali")
    assert canonical_particles(("abou", "bakr")) == ("abu", "bakr")
    assert canonical_particles(("al",)) == ("al",)


def test_only_names_with_particles_are_touched() -> None:
    assert not looks_arabic(("vladimir", "putin"))
    assert looks_arabic(("muhammad", "abdulnabi"))
    methods = [form.method for form in analyze_name("Vladimir Putin", "Person")]
    assert "ar-particles" not in methods


def test_a_glued_article_is_cut_off_in_arabic_names() -> None:
    assert canonical_particles(("alwardian", "hassan", "ali")) == ("wardian", "hassan", "ali")
    assert looks_arabic(("alotaibi", "mohammed"))


def test_a_glued_article_needs_four_letters_after_it_and_an_arabic_name() -> None:
    assert canonical_particles(("alawi", "ali")) == ("alawi", "ali")
    assert not looks_arabic(("alexander", "petrov"))


def test_abbreviations_of_muhammad() -> None:
    # "ALSHWIKI, Mhd Amer" is OFAC's a.k.a. of "AL-SHUWAYKI, Muhammad 'Amir".
    assert canonical_particles(("alshwiki", "mhd", "amer")) == ("shwiki", "muhammad", "amer")
    assert canonical_particles(("mohd", "radi", "bin", "udin")) == (
        "muhammad",
        "radi",
        "bin",
        "udin",
    )
    assert looks_arabic(("muhd", "yusof"))


def test_son_of_as_mauritania_and_afghanistan_write_it() -> None:
    # Ould (Mauritania), Wuld and Walad (ولد, Afghanistan) are one word; not bin, which the
    # lists keep for other names.
    for son_of in ("ould", "wuld", "walad"):
        assert canonical_particles(("mahfouz", son_of, "al", "walid")) == (
            "mahfouz",
            "ould",
            "walid",
        )
    assert looks_arabic(("ahmed", "ould", "sidi"))
    walad = [form.tokens for form in analyze_name("محفوظ ولد الوليد", "Person")]
    assert any("ould" in tokens for tokens in walad)


@pytest.mark.parametrize(
    ("tokens", "canonical"),
    [
        (("ziaulhaq",), ("zia", "haq")),
        (("shamsurrahman",), ("shams", "rahman")),
        (("asaduzzaman", "khan"), ("asad", "zaman", "khan")),
        (("ziaul", "haq"), ("zia", "haq")),
        (("mujibur", "rahman"), ("mujib", "rahman")),
        (("shamsuz", "zaman"), ("shams", "zaman")),
        (("nurul", "amin"), ("nur", "amin")),
    ],
)
def test_south_asian_compounds_keep_the_article_in_a_word(
    tokens: tuple[str, ...], canonical: tuple[str, ...]
) -> None:
    # The Arabic script writes them as two words, the second with its article (ضياء الحق).
    assert looks_arabic(tokens)
    assert canonical_particles(tokens) == canonical


def test_an_ending_in_ur_is_an_article_only_before_a_compounds_second_name() -> None:
    assert not looks_arabic(("arthur", "roberts"))
    assert canonical_particles(("omar", "arthur", "roberts")) == ("omar", "arthur", "roberts")


def test_the_article_of_a_compound_marks_a_name_arabic() -> None:
    assert looks_arabic(("noor", "ud", "din"))
    assert looks_arabic(("adnan", "as", "sahni"))
    assert looks_arabic(("sadudin", "sayed"))
    assert canonical_particles(("sadudin", "sayed")) == ("sad", "din", "sayed")


def test_ud_din_as_a_word_of_its_own() -> None:
    assert canonical_particles(("ansar", "eddine")) == ("ansar", "din")
    assert canonical_particles(("nur", "uddin")) == ("nur", "din")


def test_the_article_glued_and_assimilated_as_french_writes_it() -> None:
    assert canonical_particles(("omar", "echcherif")) == ("omar", "cherif")
    assert canonical_particles(("omar", "ezzarqaoui")) == ("omar", "zarqaoui")
    # Not a name of no Arabic look: Essex and Ennis keep their letters.
    assert not looks_arabic(("john", "essex"))


def test_a_korean_il_is_no_article() -> None:
    # Kim Il Sung has no Arabic particle: "kim sung" would be another man's name.
    assert not looks_arabic(("kim", "il", "sung"))
    assert all(form.tokens != ("kim", "sung") for form in analyze_name("Kim Il Sung", "Person"))
    # Beside another particle, il is the article still.
    assert canonical_particles(("abd", "il", "karim")) == ("abd", "karim")
