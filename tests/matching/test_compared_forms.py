from __future__ import annotations

from tradeguard.matching.abbreviated import ABBREVIATED
from tradeguard.matching.compared_forms import compared_forms
from tradeguard.matching.rejoined import REJOINED
from tradeguard.names import QUERY_INITIALS

from listed_vocabulary import listed_names


def test_organisations_get_rejoined_and_abbreviated_forms() -> None:
    listed = listed_names("sdb turbina", "paeksol trading")
    methods = [f.method for f in compared_forms("Special Design Bureau Turbina", "Company", listed)]
    assert any(method.endswith(ABBREVIATED) for method in methods)
    methods = [f.method for f in compared_forms("Paek Sol Trading", "Company", listed)]
    assert any(method.endswith(REJOINED) for method in methods)


def test_persons_get_no_abbreviated_form() -> None:
    # "JR Smith" is some listed person's name; "John Robert Smith" is no abbreviation of it.
    listed = listed_names("jr smith")
    forms = compared_forms("John Robert Smith", "Person", listed)
    assert not any(f.method.endswith(ABBREVIATED) for f in forms)
    forms = compared_forms("John Robert Smith", "Company", listed)
    assert any(f.tokens == ("jr", "smith") for f in forms)


def test_a_name_of_generic_words_and_a_country_is_not_written_as_initials() -> None:
    # BM BANK and BNSA are listed bodies' names; "Brazil Merchant Bank" is neither.
    listed = listed_names("bm bank", "bnsa")
    forms = compared_forms("Brazil Merchant Bank", "Company", listed)
    assert [f.tokens for f in forms] == [("brazil", "merchant", "bank")]
    forms = compared_forms("Brazil National Steel Authority", "Company", listed)
    assert not any(f.method == QUERY_INITIALS for f in forms)
    # A name of its own keeps both ("Bank Severny Morskoy Put" is SMP Bank).
    listed = listed_names("smp bank")
    forms = compared_forms("Bank Severny Morskoy Put", "Company", listed)
    assert any(f.method.endswith(ABBREVIATED) for f in forms)
    assert any(f.method == QUERY_INITIALS for f in forms)
