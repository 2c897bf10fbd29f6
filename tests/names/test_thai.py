from tradeguard.names.model import Context, Kind
from tradeguard.names.thai import render_thai


def test_silent_letters_and_rtgs_consonants() -> None:
    rtgs, iso = render_thai(("ประยุทธ์", "จันทร์โอชา"), Context(Kind.PERSON))
    assert rtgs.tokens == ("prayut", "chanocha")
    assert iso.tokens == ("prayuth", "canxocha")


def test_ng_stays() -> None:
    assert render_thai(("อ่อง",), Context(Kind.PERSON))[0].tokens == ("oong",)
