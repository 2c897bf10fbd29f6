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


def test_russian_institution_kinds_in_every_spelling() -> None:
    fsbei = "federal state budgetary educational institution of higher education msu"
    assert codes(fsbei) == ["fsbei"]
    assert codes("fsbei he msu") == ["fsbei"]
    assert codes("фгбоу во мгу") == ["fsbei"]
    assert codes("municipal budgetary institution sport school") == ["mbi"]
    assert codes("публично-правовая компания роскадастр") == ["ppk"]
    assert codes("public law company roskadastr", Kind.UNKNOWN) == ["ppk"]


def test_turkish_suffixes_with_or_without_turkish_letters() -> None:
    assert codes("aselsan sanayi ve ticaret anonim sirketi") == ["trade", "as"]
    assert codes("bion group i̇ç ve diș ticaret limited șirketi") == ["trade", "ltd"]


def test_institution_words_the_translations_keep_are_not_legal_forms() -> None:
    assert codes("государственный научно-исследовательский институт химии") == []
    assert codes("государственный научный центр вектор") == []


def test_joint_ventures_spelt_out_but_not_their_initials() -> None:
    assert codes("совместное предприятие интеграл") == ["jv"]
    assert codes("sovmestnoe predpriyatie integral") == ["jv"]
    # СП is also a name's own word ("Авиастар-СП"), and its Latin SP is not cut.
    assert codes("ао авиастар-сп") == ["jsc"]


def test_kazakh_llp_and_private_military_companies() -> None:
    assert codes("da group 22 жауапкершілігі шектеулі серіктестігі") == ["llp"]
    assert codes("pmc patriot") == ["mil"]
    assert codes("pmc patriot", Kind.UNKNOWN) == []
    # ЧВК romanised, and spelt out in BGN spelling.
    assert codes("chvk vagner") == ["mil"]
    assert codes("chastnaya voyennaya kompaniya vagner") == ["mil"]


def test_a_liechtenstein_anstalt_is_an_establishment() -> None:
    assert codes("aviatrans anstalt") == codes("aviatrans establishment") == ["est"]


def test_rigour_forms_are_read_without_their_dots() -> None:
    # rigour's table has "d.o.o.", "zrt." and "sp. z o.o."; registries drop the dots.
    assert codes("petrolinvest doo") == ["doo"]
    assert codes("acme zrt") == ["zrt"]
    assert codes("acme sp z oo") == ["spzoo"]
    assert codes("acme lda") == ["ltd"]


def test_a_form_read_without_dots_covers_whole_pieces_of_the_name() -> None:
    # "acme-doo" reads as the tokens "acme doo", but the form is no whole piece of the name.
    assert codes("acme-doo") == []
    [span] = find_spans("acme doo, beograd", Kind.ORGANIZATION)
    assert "acme doo, beograd"[span.start : span.end] == "doo,"


def test_this_package_s_form_wins_over_the_same_words_read_without_dots() -> None:
    assert codes("moonlight shipmanagement l.l.c – fz") == ["fz_llc"]
