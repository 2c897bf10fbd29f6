from tradeguard.names.hebrew import render_hebrew
from tradeguard.names.model import Context, Kind


def test_spoken_consonants_then_icu() -> None:
    renderings = render_hebrew(("משה", "שרביט"), Context(Kind.PERSON))
    assert renderings[0].tokens == ("mshh", "shrvyt")
    assert renderings[0].vowelless
    assert renderings[1].tokens == ("msh", "srbyt")


def test_stops_at_word_start() -> None:
    assert render_hebrew(("בנימין",), Context(Kind.PERSON))[0].tokens == ("bnymyn",)
    assert render_hebrew(("יוסף",), Context(Kind.PERSON))[0].tokens == ("ywsf",)
