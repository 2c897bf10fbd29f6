import pytest

from tradeguard.names import analyze_name
from tradeguard.names.arabic import ENGLISH_WORDS
from tradeguard.names.arabic_org_words import english_words, organisation_words


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("وزارة", ("ministry",)),
        ("وزارت", ("ministry",)),  # Persian
        ("الدفاع", ("defence",)),  # the article
        ("للتجارة", ("trading",)),  # li- and the article
        ("والتنمية", ("development",)),  # wa- and the article
        ("نیروهای", ("forces",)),  # the ezafe after the plural
        ("نیرو\u200cهای", ("forces",)),  # written with a joiner
        ("فضای", ("space",)),  # the ezafe
        ("اسلامي", ("islamic",)),  # Arabic ya for Persian ye
        ("هستهای", ("nuclear",)),
        ("و", ()),  # and: dropped
        ("للصرافة", ("money", "exchange")),  # as lists write it: Roshan Money Exchange
        ("صرافی", ("money", "exchange")),
        ("شبكة", ("network",)),  # شبکه حقانی, the Haqqani Network
        ("شبکه", ("network",)),
        ("الميليشيات", ("militias",)),
        ("جرایم", ("crimes",)),
        ("تنظيم", ("organization",)),  # Tanzim: تنظیم جیش المهاجرین و الأنصار
        ("جنوبی", ("south",)),  # South Zagros Oil & Gas Production Company
        ("طراحی", ("design",)),  # a design bureau (دفتر طراحی)
        ("ویژه", ("special",)),
    ],
)
def test_glossary_words_with_affixes(word: str, english: tuple[str, ...]) -> None:
    assert english_words(word) == english


@pytest.mark.parametrize("word", ["محمد", "نجف"])
def test_other_words_are_not_read(word: str) -> None:
    assert english_words(word) is None


def test_a_prefix_or_ending_leaves_a_stem_of_three_letters() -> None:
    # و + في would be "and in": a two-letter stem is taken as a word only as written.
    assert english_words("في") == ("in",)
    assert english_words("وفي") is None
    assert english_words("بنك") == ("bank",)


def _rendered(token: str) -> tuple[tuple[str, ...], bool]:
    return (f"<{token}>",), True


def test_the_other_words_keep_their_rendering() -> None:
    assert organisation_words(("گروه", "صنایع", "فجر"), _rendered) == (
        ("group", "industries", "<فجر>"),
        True,
    )
    assert organisation_words(("وزارة", "الدفاع"), _rendered) == (("ministry", "defence"), False)
    assert organisation_words(("فجر",), _rendered) is None


def _english_form(name: str, schema: str) -> tuple[str, ...] | None:
    forms = [form.tokens for form in analyze_name(name, schema) if form.method == ENGLISH_WORDS]
    return forms[0] if forms else None


def test_organisations_get_an_english_form() -> None:
    assert _english_form("سپاه پاسداران انقلاب اسلامی", "Organization") == (
        "corps", "guard", "revolution", "islamic",
    )  # fmt: skip
    # The proper name keeps its rendering, without the article: "Nusra Front".
    assert _english_form("جبهة النصرة", "Organization") == ("front", "nusra")
    assert _english_form("الجماعة الاسلامية المسلحة", None) == ("group", "islamic", "armed")


def test_persons_and_vessels_do_not() -> None:
    assert _english_form("جبهة النصرة", "Person") is None
    assert _english_form("جبهة النصرة", "Vessel") is None


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("سيرفيسز", ("services",)),
        ("شيبينغ", ("shipping",)),
        ("ميدل", ("middle",)),
        ("إيست", ("east",)),  # the hamza seat folded
        ("خاورمیانه", ("middle", "east")),  # Persian, one word
        ("كومباني", ()),  # company: a legal form in English, dropped
    ],
)
def test_english_words_written_in_arabic_script(word: str, english: tuple[str, ...]) -> None:
    assert english_words(word) == english


def test_a_gulf_company_keeps_its_trade_name() -> None:
    form = _english_form("ليتاسكو ميدل إيست م.د.م.س", "Company")
    assert form is not None
    assert form[1:] == ("middle", "east")
