from tradeguard.names import NameForm, analyze_name, phonetic_key
from tradeguard.names.cyrillic import cyrillic_language


def token_sets(
    name: str, schema: str | None = None, lang: str | None = None
) -> list[tuple[str, ...]]:
    return [form.tokens for form in analyze_name(name, schema, lang)]


def first(name: str, schema: str | None = None, lang: str | None = None) -> NameForm:
    forms = analyze_name(name, schema, lang)
    assert forms, f"no forms for {name!r}"
    return forms[0]


def test_russian_bgn_first() -> None:
    form = first("Путин Владимир Владимирович", "Person")
    assert form.tokens == ("putin", "vladimir", "vladimirovich")
    assert form.method == "ru"
    assert form.script == "Cyrillic"


def test_russian_passport_and_press_forms() -> None:
    forms = token_sets("Евгений", "Person")
    assert forms[0] == ("yevgeniy",)
    assert ("evgenii",) in forms
    assert ("yevgeny",) in forms
    assert ("sergei",) in token_sets("Сергей", "Person")


def test_rostec_spellings_share_a_key() -> None:
    tokens = token_sets("Ростех")
    assert ("rostekh",) in tokens
    assert any(phonetic_key(form[0]) == phonetic_key("rostec") for form in tokens)


def test_mixed_case_word() -> None:
    assert first("АвтоВАЗ", "Company").tokens == ("avtovaz",)


def test_ukrainian_national_system_by_letters_or_hint() -> None:
    assert first("Київ Юлія Євген", None, "uk").tokens == ("kyiv", "yuliia", "yevhen")
    form = first("Зеленський Володимир Олександрович", "Person")
    assert form.tokens == ("zelenskyi", "volodymyr", "oleksandrovych")
    assert form.method == "uk"
    assert first("Григорій", "Person").tokens == ("hryhorii",)


def test_russian_name_without_hint_also_gets_ukrainian_reading() -> None:
    methods = [form.method for form in analyze_name("Петренко Михаил", "Person")]
    assert methods[0] == "ru"
    assert "uk" in methods


def test_belarusian_by_letters() -> None:
    forms = analyze_name("Лукашэнка Аляксандр Рыгоравіч", "Person")
    assert forms[0].method == "be"
    assert forms[0].tokens == ("lukashenka", "alyaksandr", "ryhoravich")
    assert ("lukasenka", "aliaksandr", "ryhoravic") in [form.tokens for form in forms]


def test_belarusian_names_also_in_the_passport_spelling() -> None:
    # As Western lists write them: "Siarhei Yaugenavich ZUBKOU", not BGN's "Syarhyey".
    assert ("siarhei", "yauhenavich", "zubkou") in token_sets("Сяргей Яўгенавіч ЗУБКОЎ", "Person")


def test_belarusian_surnames_also_in_russian_spelling() -> None:
    # The Russian form respells the words the equivalents table does not know by the regular
    # correspondences: -оў/-аў -> -ов, э -> е, -енка -> -енко, akanne in -ава.
    assert ("oleg", "vladimirovich", "pyatrov") in token_sets("Алег Уладзіміравіч ПЯТРОЎ", "Person")
    assert ("alexandr", "grigorievich", "lukashenko") in token_sets(
        "Аляксандр Рыгоравіч Лукашэнка", "Person"
    )
    # A name with no known word gets the Russian form too.
    assert ("zubkov",) in token_sets("ЗУБКОЎ", "Person")
    assert ("volga", "yagorava") in token_sets("Вольга Ягорава", "Person")  # read as Russian


def test_belarusian_soft_dz_and_ts_are_russian_d_and_t() -> None:
    assert ("tatyana", "viktorovna", "shotik") in token_sets("Таццяна Віктараўна ШОЦІК", "Person")
    # я stays: whether it is Russian е or я is not regular, and the phonetic key is one.
    assert ("dmitry", "dyanisenko") in token_sets("Дзмітрый ДЗЯНІСЕНКА", "Person")
    assert ("lyudmila", "stepanovna", "vashchenko") in token_sets(
        "Людміла Сцяпанаўна ВАШЧАНКА", "Person"
    )


def test_a_word_spelt_the_russian_way_in_a_belarusian_name_is_left_as_it_is() -> None:
    # ГУРЦЕВИЧ has и, which Belarusian lacks: its ц is the Russian one, not a soft т.
    assert ("andrey", "nikolayevich", "gurtsevich") in token_sets(
        "Андрэй Мікалаевіч ГУРЦЕВИЧ", "Person"
    )


def test_language_detection() -> None:
    assert cyrillic_language(("ўладзімір",), None) == "be"
    assert cyrillic_language(("їжак",), None) == "uk"
    assert cyrillic_language(("іван",), None) == "uk"
    assert cyrillic_language(("рыгоравіч",), None) == "be"
    assert cyrillic_language(("иванов",), None) == "ru"
    assert cyrillic_language(("иванов",), "bg") == "bg"
    assert cyrillic_language(("нұрсұлтан",), None) == "kk"


def test_legal_forms_in_cyrillic() -> None:
    cases = {
        "ООО Аурус": "llc",
        "АО Аурус": "jsc",
        "ПАО Аурус": "pjsc",
        "ОАО Аурус": "ojsc",
        "ЗАО Аурус": "cjsc",
    }
    for name, code in cases.items():
        form = first(name, "Company")
        assert form.tokens == ("aurus",), name
        assert form.legal_forms == (code,), name


def test_uzbek_and_tajik_letters_are_read_not_dropped() -> None:
    assert cyrillic_language(("ҳамид", "қодиров"), None) == "uz"
    assert cyrillic_language(("ўткир",), None) == "be"  # ў alone is Belarusian's too
    assert cyrillic_language(("ўғли",), None) == "uz"
    assert cyrillic_language(("эмомалӣ",), None) == "tg"
    assert cyrillic_language(("нұрсұлтан",), None) == "kk"
    uzbek = [form.tokens for form in analyze_name("Ўткир Ҳошимов", "Person")]
    # Uzbek's Latin alphabet first, then the Russian spelling's romanisation.
    assert uzbek[:2] == [("otkir", "hoshimov"), ("utkir", "khoshimov")]
    tajik = [form.tokens for form in analyze_name("Ҷамшед Ғафуров", "Person")]
    assert tajik[:2] == [("jamshed", "ghafurov"), ("dzhamshed", "gafurov")]
    # A hint picks the language whatever the letters.
    assert [form.tokens for form in analyze_name("Рахмон Эмомали", "Person", "tg")] == [
        ("rakhmon", "emomali")
    ]
