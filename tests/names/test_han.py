from tradeguard.names import analyze_name


def tokens(
    name: str, schema: str | None = "Person", lang: str | None = None
) -> list[tuple[str, ...]]:
    return [form.tokens for form in analyze_name(name, schema, lang)]


def test_pinyin_by_syllable_then_joined_given_name() -> None:
    result = analyze_name("习近平", "Person")
    assert result[0].tokens == ("xi", "jin", "ping")
    assert result[0].method == "zh-pinyin"
    assert ("xi", "jinping") in [form.tokens for form in result]


def test_wade_giles_form() -> None:
    result = tokens("毛泽东")
    assert result[0] == ("mao", "ze", "dong")
    assert ("mao", "tse", "tung") in result


def test_surname_readings() -> None:
    assert tokens("单雄信")[0][0] == "shan"


def test_organisation_with_legal_form() -> None:
    forms = {f.method: f for f in analyze_name("道通机器人有限公司", "Organization")}
    assert forms["zh-words"].tokens == ("daotong", "robotics")
    assert forms["zh-pinyin"].tokens == ("dao", "tong", "ji", "qi", "ren")
    assert forms["zh-pinyin"].legal_forms == ("ltd",)


def test_persons_keep_their_pinyin() -> None:
    # 建设 is "construction" in a company name, not in a person's.
    result = tokens("王建设")
    assert result[0] == ("wang", "jian", "she")
    assert ("wang", "jianshe") in result
    assert all("construction" not in form for form in result)
    assert tokens("张伟", None)[0] == ("zhang", "wei")


def test_organisation_words_in_traditional_characters() -> None:
    forms = {f.method: f for f in analyze_name("香港德興電子貿易有限公司", "Company")}
    assert forms["zh-words"].tokens == ("hong", "kong", "dexing", "electronics", "trading")
    assert forms["zh-pinyin"].tokens[:4] == ("xiang", "gang", "de", "xing")


def test_korean_readings_of_hanja_with_korean_hint() -> None:
    result = tokens("金正恩", "Person", "ko")
    assert result[0] == ("kim", "jong", "un")
    assert ("jin", "zheng", "en") in result


def test_korean_readings_after_chinese_without_hint() -> None:
    # Chinese lists write North Korean names in simplified characters.
    result = tokens("崔龙海", "Person")
    assert result[0] == ("cui", "long", "hai")
    assert ("choe", "ryong", "hae") in result
    assert ("kim", "jong", "un") in tokens("金正恩")


def test_no_korean_readings_for_other_hints_or_organisations() -> None:
    assert ("kim", "jong", "un") not in tokens("金正恩", "Person", "zh")
    assert not any(form[0] == "pak" for form in tokens("朴氏贸易有限公司", "Company"))


def test_a_name_written_in_words_joins_each_words_syllables() -> None:
    # Chinese writes a foreign name word by word with a middle dot: a Uyghur name, listed
    # as Abudu HAKE, is no surname "a" with a given name "budouhake".
    result = tokens("阿不都·哈克")
    assert ("abudou", "hake") in result
    assert ("a", "budouhake") not in result
    assert ("xi", "jinping") in tokens("习 近平")
