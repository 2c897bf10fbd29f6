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


def test_yod_and_vav_after_an_initial_aleph_are_vowels() -> None:
    assert render_hebrew(("אילי",), Context(Kind.PERSON))[0].tokens == ("ily",)
    assert render_hebrew(("אורי",), Context(Kind.PERSON))[0].tokens == ("ory",)


def test_an_initial_pe_and_a_final_vav_yod_also_read_f_and_vi() -> None:
    # פדרמן is Federman and לוי Levi; the stop and the vowel stay the first reading.
    renderings = render_hebrew(("פדרמן",), Context(Kind.PERSON))
    assert [r.tokens for r in renderings] == [("pdrmn",), ("pdrmn",), ("fdrmn",)]
    assert render_hebrew(("ינון", "לוי"), Context(Kind.PERSON))[-1].tokens == ("ynwn", "lvy")
    # A name without either gets no third form.
    assert len(render_hebrew(("משה", "שרביט"), Context(Kind.PERSON))) == 2
