"""Reading an uploaded or pasted deal."""

from __future__ import annotations

import pytest

from tradeguard.web.dealinput import DealInputError, decode, read_deal


def test_json_and_yaml_both_read() -> None:
    assert read_deal('{"deal_id": "a"}') == {"deal_id": "a"}
    assert read_deal("deal_id: a\n", "deal.yaml") == {"deal_id": "a"}
    assert read_deal('{"deal_id": "a"}', "deal.JSON") == {"deal_id": "a"}


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", "paste a deal"), ("- a\n- b\n", "expected a mapping"), ("{nope", "not valid JSON")],
)
def test_what_cannot_be_a_deal_says_why(text: str, problem: str) -> None:
    with pytest.raises(DealInputError, match=problem):
        read_deal(text)


def test_files_must_be_utf8() -> None:
    assert decode("\ufeffdeal_id: a".encode()) == "deal_id: a"
    with pytest.raises(DealInputError, match="not UTF-8"):
        decode(b"\xff\xfe\x00")
