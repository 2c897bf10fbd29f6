from __future__ import annotations

from datetime import date

from tradeguard.news.dates import find_dates

WEDNESDAY = date(2023, 9, 13)


def _dates(text: str, published: date | None) -> list[tuple[str, str | None]]:
    return [(d.span.text, d.iso) for d in find_dates(text, published, lambda _: 0)]


def test_weekday_is_the_last_one_on_or_before_publication() -> None:
    assert _dates("He spoke this Wednesday.", WEDNESDAY) == [("this Wednesday", "2023-09-13")]
    assert _dates("He spoke on Monday.", WEDNESDAY) == [("on Monday", "2023-09-11")]
    assert _dates("He speaks next Friday.", WEDNESDAY) == [("next Friday", "2023-09-15")]


def test_the_day_before_counts_from_the_date_named_before_it() -> None:
    text = "He spoke on Monday. He had said so the day before, and again the day before."
    assert [iso for _, iso in _dates(text, WEDNESDAY)] == ["2023-09-11", "2023-09-10", "2023-09-10"]


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    assert _dates("this Wednesday", None) == [("this Wednesday", None)]


def test_absolute_dates() -> None:
    text = "On 24 February 2022, in February 2022 and in 2002, and on 2023-09-13."
    assert [iso for _, iso in _dates(text, None)] == ["2022-02-24", "2022-02", "2002", "2023-09-13"]
