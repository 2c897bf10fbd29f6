from tradeguard.names import analyze_name


def first(name: str, schema: str | None = "Person") -> tuple[tuple[str, ...], str, str, bool]:
    form = analyze_name(name, schema)[0]
    return form.tokens, form.script, form.method, form.vowelless


def tokens(name: str, schema: str | None = "Person") -> list[tuple[str, ...]]:
    return [form.tokens for form in analyze_name(name, schema)]


def test_greek_elot_first() -> None:
    assert first("Αλέξης Τσίπρας") == (("alexis", "tsipras"), "Greek", "el", False)
    assert ("khristos",) in [form.tokens for form in analyze_name("Χρήστος", "Person")]


def test_hebrew_is_vowelless() -> None:
    assert first("בנימין נתניהו") == (("bnymyn", "ntnyhw"), "Hebrew", "he", True)


def test_georgian_and_armenian() -> None:
    assert first("ბიძინა ივანიშვილი") == (("bidzina", "ivanishvili"), "Georgian", "ka", False)
    assert first("Նիկոլ Փաշինյան") == (("nikol", "pashinyan"), "Armenian", "hy", False)


def test_japanese_kana_hepburn() -> None:
    assert first("ジョージ・ブッシュ") == (("joji", "busshu"), "Kana", "ja", False)
    assert first("やまもと")[0] == ("yamamoto",)


def test_thai_silent_letters_and_rtgs_spelling() -> None:
    assert first("ประยุทธ์ จันทร์โอชา")[:3] == (("prayut", "chanocha"), "Thai", "th")


def test_other_scripts_fall_back_to_icu() -> None:
    tokens, script, method, _ = first("नरेंद्र मोदी")
    assert (tokens, script, method) == (("narendra", "modi"), "Devanagari", "icu")


def test_mixed_scripts_go_run_by_run() -> None:
    form = analyze_name("Ivan Иванов", "Person")[0]
    assert form.tokens == ("ivan", "ivanov")
    assert form.script == "Mixed"


def test_lookalike_letters_are_repaired() -> None:
    assert analyze_name("Пaвел", "Person")[0].tokens == ("pavel",)
    # The script is read after the repair: a Latin name typed with one Cyrillic letter is a
    # Latin name, and takes the Latin calibration, not that of names mixing scripts.
    assert analyze_name("Pаvel", "Person")[0].script == "Latin"
    assert analyze_name("Павел Мiкалаевiч ЛЁГКI", "Person")[0].script == "Cyrillic"
    assert analyze_name("Pаvel", "Person")[0].tokens == ("pavel",)


def test_greek_spellings_of_russian_names_read_as_spoken() -> None:
    forms = {f.method: f.tokens for f in analyze_name("Ντμίτρι Μεντβέντεφ", "Person")}
    assert forms["el"] == ("ntmitri", "mentventef")
    assert forms["el-spoken"] == ("dmitri", "medvedev")
    # An accent on the first vowel parts a pair, the diaeresis too: Ser-ge-i, So-i-gu.
    assert ("sergei", "soigu") in tokens("Σεργκέι Σοϊγκού")
    assert ("aliser", "usmanov") in tokens("Άλισερ Ουσμάνοφ")


def test_georgian_nominative_ending_is_dropped_in_a_second_form() -> None:
    result = tokens("ვლადიმერ პუტინი")
    assert result[0] == ("vladimer", "putini")
    assert ("vladimer", "putin") in result
