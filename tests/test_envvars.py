import pytest

from tradeguard.envvars import env_int


def test_unset_or_blank_gives_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TG_TEST_COUNT", raising=False)
    assert env_int("TG_TEST_COUNT", 3) == 3
    monkeypatch.setenv("TG_TEST_COUNT", "  ")
    assert env_int("TG_TEST_COUNT", 3) == 3
    monkeypatch.setenv("TG_TEST_COUNT", " 7 ")
    assert env_int("TG_TEST_COUNT", 3) == 7


@pytest.mark.parametrize("raw", ["0", "-2", "two", "1.5"])
def test_anything_but_a_positive_whole_number_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv("TG_TEST_COUNT", raw)
    with pytest.raises(ValueError, match="TG_TEST_COUNT=.*whole number, at least 1"):
        env_int("TG_TEST_COUNT", 3)
