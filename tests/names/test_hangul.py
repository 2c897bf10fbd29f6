from tradeguard.names.hangul import compose, decompose, romanize_syllable, romanize_word


def test_decompose_and_compose_round_trip() -> None:
    assert decompose("김") == (0, 20, 16)
    assert compose(0, 20, 16) == "김"
    assert decompose("a") is None
    for code in range(0xAC00, 0xD7A4, 97):
        assert compose(*decompose(chr(code)) or (0, 0, 0)) == chr(code)


def test_four_systems() -> None:
    assert [romanize_word("정은", system) for system in ("rr", "mr", "nk", "sk")] == [
        "jeongeun",
        "chongun",
        "jongun",
        "jungeun",
    ]


def test_mr_and_popular_write_sh_before_i() -> None:
    assert romanize_syllable("신", "mr") == "shin"
    assert romanize_syllable("신", "sk") == "shin"
    assert romanize_syllable("신", "nk") == "sin"
    assert romanize_syllable("신", "rr") == "sin"


def test_popular_spellings() -> None:
    assert romanize_syllable("영", "sk") == "young"
    assert romanize_syllable("경", "sk") == "kyung"
    assert romanize_syllable("수", "sk") == "soo"
    assert romanize_syllable("철", "sk") == "chul"
    assert romanize_syllable("현", "sk") == "hyun"
    # eo and yeo before k: Suk, Hyuk (AN Jong Hyuk).
    assert romanize_syllable("석", "sk") == "suk"
    assert romanize_syllable("혁", "sk") == "hyuk"


def test_non_hangul_passes_through() -> None:
    assert romanize_word("a1", "rr") == "a1"
