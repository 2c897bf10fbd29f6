"""One matcher for the whole article, with each distinct name screened once.

A 100 KB article repeats its names dozens of times; the matcher runs per distinct
(name, schema), not per mention.
"""

from __future__ import annotations

from tradeguard.matching.matcher import Match, Matcher
from tradeguard.matching.query import make_query
from tradeguard.news.model import ListLink

# Hits kept per name: the same party often sits on several lists under one name.
TOP = 5


class Screener:
    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self._seen: dict[tuple[str, str | None], list[Match]] = {}

    def alerts(self, name: str, schema: str | None = None) -> list[Match]:
        key = (" ".join(name.split()), schema)
        found = self._seen.get(key)
        if found is None:
            found = self.matcher.match(make_query(key[0], schema), top=TOP)
            self._seen[key] = found
        return found


def link_of(hit: Match) -> ListLink:
    entity = hit.entity
    countries = tuple(dict.fromkeys(entity.nationalities + entity.countries))
    return ListLink(
        entity.id,
        entity.list_id,
        entity.entry_id,
        entity.caption,
        entity.schema,
        round(hit.score, 3),
        hit.matched_name,
        countries,
        tuple(entity.programs),
    )
