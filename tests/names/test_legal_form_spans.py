from tradeguard.names.legal_form_spans import find_spans
from tradeguard.names.model import Kind


def codes(text: str, kind: Kind = Kind.ORGANIZATION) -> list[str]:
    return [span.code for span in find_spans(text, kind)]


def test_overlaps_resolve_to_the_longest() -> None:
    assert codes("acme co. ltd.") == ["ltd"]
    assert codes("joint stock company avtovaz") == ["jsc"]


def test_ordinary_words_only_for_organisations() -> None:
    assert codes("acme corporation") == ["corp"]
    assert codes("acme corporation", Kind.UNKNOWN) == []


def test_cjk_affixes_need_no_spaces() -> None:
    assert codes("한화주식회사") == ["jsc"]
    assert codes("株式会社日立") == ["kk"]
