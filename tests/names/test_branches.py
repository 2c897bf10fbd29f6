from tradeguard.names import analyze_name
from tradeguard.names.analyze import MAX_FORMS
from tradeguard.names.branches import branch_name


def test_the_branch_is_the_side_without_a_legal_form() -> None:
    assert branch_name("ФЛ «35 СРЗ» – АО «ЦС «Звёздочка»") == (
        "«35 СРЗ»",
        "ФЛ «35 СРЗ» АО «ЦС «Звёздочка»",
    )
    assert branch_name("Branch of PJSC UAC - Novosibirsk Aviation Plant") == (
        "Novosibirsk Aviation Plant",
        "Branch of PJSC UAC Novosibirsk Aviation Plant",
    )


def test_names_that_are_not_a_branch_and_its_company_stay_whole() -> None:
    # No legal form on either side, a hyphen inside a name, no word for a branch.
    assert branch_name("Branch Nerpa - Zvezdochka") is None
    assert branch_name("Филиал ПАО «ОДК-Сатурн»") is None
    assert branch_name("Bank Melli Iran - Hamburg Branch") is None


def test_the_branch_name_and_the_whole_field_each_get_forms() -> None:
    name = "Филиал «Судоремонтный Завод «Нерпа» – АО «ЦС «Звёздочка»"
    forms = [f.tokens for f in analyze_name(name, "Company")]
    assert ("shipyard", "nerpa") in forms
    assert any("zvezdochka" in tokens for tokens in forms)
    # The company's name alone is no name of its branch.
    assert ("tss", "zvezdochka") not in forms


def test_a_branch_keeps_its_english_reading_under_the_cap() -> None:
    # Both names written out have four romanisations each, which filled the cap and left the
    # branch without the reading its translation ("Astrakhan Shipyard") has.
    name = (
        "Филиал «Астраханский Судоремонтный Завод» – "
        "Акционерное Общество «Центр Судоремонта «Звёздочка»"
    )
    forms = analyze_name(name, "Company")
    assert ("astrakhan", "shipyard") in [f.tokens for f in forms]
    assert len(forms) <= MAX_FORMS
