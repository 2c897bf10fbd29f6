import pytest

from tradeguard.names.wade_giles import to_wade_giles


@pytest.mark.parametrize(
    ("pinyin", "wade"),
    [("xi", "hsi"), ("zhou", "chou"), ("qing", "ching"), ("zi", "tzu"), ("shi", "shih"),
     ("guo", "kuo"), ("gui", "kuei"), ("hui", "hui"), ("ge", "ko"), ("rong", "jung"),
     ("jiang", "chiang"), ("xue", "hsueh"), ("yan", "yen"), ("lian", "lien"), ("er", "erh")],
)  # fmt: skip
def test_wade_giles_syllables(pinyin: str, wade: str) -> None:
    assert to_wade_giles(pinyin) == wade
