from tradeguard.names.hanja import to_hangul


def test_standard_readings_keep_the_initial_rieul() -> None:
    # North Korean spelling keeps the ㄹ South Korean drops (Ri Sol Ju, Choe Ryong Hae).
    assert to_hangul(("李雪主",)) == ("리설주",)
    assert to_hangul(("崔", "龍海")) == ("최", "룡해")


def test_simplified_characters_read_as_their_traditional_ones() -> None:
    assert to_hangul(("崔龙海",)) == ("최룡해",)
    assert to_hangul(("金铁三",)) == ("김철삼",)
    # 体 has a rare reading of its own (분); as the simplified 體 it is 체.
    assert to_hangul(("体",)) == ("체",)


def test_surname_readings() -> None:
    assert to_hangul(("金正恩",)) == ("김정은",)
    assert to_hangul(("車", "車")) == ("차", "거")
    assert to_hangul(("金金",)) == ("김금",)


def test_a_character_without_a_reading_reads_nothing() -> None:
    assert to_hangul(("金x",)) is None
