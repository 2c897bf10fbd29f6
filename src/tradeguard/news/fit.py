"""How well a name in the text fits the listed name the matcher chose.

The matcher scores a name for screening a form, where a partial name should still alert. In a
news text most capitalised words are no party at all, so a text name counts as listed only if
every word of it has a counterpart in the listed name ("Renault" has none in "REYNOLDO
LOPEZ-COTA", whatever the phonetics), and as a sure match only if it also covers most of the
listed name ("Vladimir Putin" covers two of "Vladimir Vladimirovich PUTIN"'s three words;
"Luis Moreno" two of "MORENO MEDINA, Luis Ignacio"'s four, which makes it a possible match).
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from tradeguard.names import analyze_name

# Two words are counterparts at this normalised Levenshtein similarity ("rossia" ~ "russia").
SAME_WORD = 0.8
# Share of the listed name's words the text must cover for "listed" rather than "possible".
SURE_COVERAGE = 0.6

LISTED, POSSIBLE = "listed", "possible match"


def fit(text_name: str, listed_name: str, schema: str | None) -> str | None:
    """ "listed", "possible match", or None when the listed name cannot be the text's name."""
    mention = _tokens(text_name, schema)
    best: str | None = None
    for form in analyze_name(listed_name, schema):
        listed = form.tokens
        if not mention or not all(_has_counterpart(t, listed) for t in mention):
            continue
        covered = sum(1 for t in listed if _has_counterpart(t, mention)) / len(listed)
        if covered >= SURE_COVERAGE:
            return LISTED
        best = POSSIBLE
    return best


def _tokens(name: str, schema: str | None) -> tuple[str, ...]:
    forms = analyze_name(name, schema)
    return forms[0].tokens if forms else ()


def _has_counterpart(token: str, others: tuple[str, ...]) -> bool:
    return any(_same(token, other) for other in others)


def _same(a: str, b: str) -> bool:
    # An initial stands for any name with that letter: "V. V. Putin" for Vladimir Vladimirovich.
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return Levenshtein.normalized_similarity(a, b) >= SAME_WORD
