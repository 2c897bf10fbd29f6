from __future__ import annotations

from tradeguard.engine import Engine
from tradeguard.news import read_article


def _parties(engine: Engine, text: str) -> list[tuple[str, str, str]]:
    return [(p.span.text, p.status, p.how) for p in read_article(text, engine).parties]


def test_short_forms_and_initials_follow_the_full_name(sample_engine: Engine) -> None:
    text = "Vladimir Putin spoke. Later V. V. Putin and Putin left."
    assert _parties(sample_engine, text) == [
        ("Vladimir Putin", "listed", "automaton"),
        ("V. V. Putin", "listed", "coreference"),
        ("Putin", "listed", "coreference"),
    ]


def test_a_surname_alone_is_at_most_a_possible_match(sample_engine: Engine) -> None:
    # One word covers too little of "Vladimir Vladimirovich PUTIN" to say which Putin: whatever
    # the matcher's score, the mention is never a sure link without the full name in the text.
    [(text, status, how)] = _parties(sample_engine, "They said Putin left.")
    assert (text, how) == ("Putin", "capitalised")
    assert status in ("possible match", "not listed")


def test_unlisted_names_are_screened_and_shown(sample_engine: Engine) -> None:
    found = _parties(sample_engine, "The journalist Pavel Ivanovsky met Ivan Petrovsky.")
    assert found == [
        ("Pavel Ivanovsky", "not listed", "capitalised"),
        ("Ivan Petrovsky", "not listed", "capitalised"),
    ]


def test_sample_listed_organisation_by_capitalised_run(sample_engine: Engine) -> None:
    [(text, status, _how)] = _parties(sample_engine, "Trucks came from PJSC KAMAZ yesterday.")
    assert (text, status) == ("PJSC KAMAZ", "listed")


def test_company_names_keep_their_city_and_goods_words(sample_engine: Engine) -> None:
    report = read_article("Reports say Ulyanovsk Automobile Plant agreed.", sample_engine)
    assert [(p.span.text, p.kind, p.status) for p in report.parties] == [
        ("Ulyanovsk Automobile Plant", "organization", "listed")
    ]
    assert report.places == [] and report.goods == []
