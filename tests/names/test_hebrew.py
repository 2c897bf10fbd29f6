from tradeguard.names import analyze_name
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
    levi = [r.tokens for r in render_hebrew(("ינון", "לוי"), Context(Kind.PERSON))]
    assert ("ynwn", "lvy") in levi
    # A name without either gets no third form.
    moshe = render_hebrew(("משה", "שרביט"), Context(Kind.PERSON))
    assert [r.method for r in moshe].count("he") == 1


def test_vav_and_yod_inside_a_foreign_name_are_vowels() -> None:
    renderings = render_hebrew(("ולדימיר", "פוטין"), Context(Kind.PERSON))
    assert renderings[0].tokens == ("wldymyr", "pwtyn")
    assert renderings[-1].tokens == ("vldimir", "putin")
    assert renderings[-1].vowelless


def test_a_geresh_marks_zh_ch_and_j() -> None:
    # The geresh stays in the normalised name, so the word is not parted at it.
    assert analyze_name("יבגני פריגוז׳ין", "Person")[0].tokens == ("yvgny", "prygwzhyn")
    assert render_hebrew(("ג׳ון",), Context(Kind.PERSON))[0].tokens == ("jwn",)
