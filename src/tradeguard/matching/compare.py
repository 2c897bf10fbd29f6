"""Pairwise comparison of two names with the same scorer the matcher uses."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tradeguard.matching.calibration import calibrate, curve_key
from tradeguard.matching.compared_forms import compared_forms
from tradeguard.matching.given_names import written_parts
from tradeguard.matching.index import NameIndex, token_weight
from tradeguard.matching.listed_particles import particle_unmet
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.named_places import different_places, form_words
from tradeguard.matching.namesim import (
    EXACT_ONLY_FLOOR,
    NameComparison,
    compare_tokens,
    kept_apart,
    korean_reading,
    may_contain,
    syllables_ordered,
)
from tradeguard.matching.scorer import DEFAULT_THRESHOLD, conflicting_raw
from tradeguard.names import INITIALS, QUERY_INITIALS, listed_forms
from tradeguard.names.analyze import schema_kind
from tradeguard.names.common_words import typical_entities
from tradeguard.names.han import is_syllabic
from tradeguard.names.model import Kind


@dataclass(slots=True, frozen=True)
class PairScore:
    score: float
    match: bool
    comparison: NameComparison | None
    curve: str = ""  # the calibration curve of the query name (name_a)


def compare_names(
    name_a: str, name_b: str, schema: str | None = None, index: NameIndex | None = None
) -> PairScore:
    """Score name_a (as a query) against name_b (as a listed name).

    With an index, tokens are weighted by how common they are in the loaded lists, exactly as
    in `Matcher.match`; without one every token weighs the same.
    """
    best, curve = best_comparison(name_a, name_b, schema, index)
    # The same calibrated scale as `Matcher.match`, so one threshold means the same in both.
    score = round(calibrate(best.score, curve), 4) if best else 0.0
    return PairScore(score, score >= DEFAULT_THRESHOLD, best, curve)


def best_comparison(
    name_a: str, name_b: str, schema: str | None = None, index: NameIndex | None = None
) -> tuple[NameComparison | None, str]:
    """The raw comparison of the best pair of renderings, and name_a's calibration curve.

    Uncalibrated: `bench/calibrate.py` fits the calibration on these.
    """
    best: NameComparison | None = None
    best_listed: tuple[str, ...] = ()
    person = schema_kind(schema) is Kind.PERSON
    forms_b = listed_forms(name_b, schema)
    listed = ListedWords.of_index(index) if index is not None else ListedWords.of_forms(forms_b)
    forms_a = compared_forms(name_a, schema, listed)
    korean = korean_reading(name_a, forms_a, person)
    for form_a in forms_a:
        weights_a = [index.weight(t) if index else reference_weight(t) for t in form_a.tokens]
        syllabic, containing = is_syllabic(form_a.method), may_contain(form_a, person)
        ordered = syllables_ordered(form_a, person)
        for form_b in forms_b:
            if kept_apart(form_a, form_b, person):
                continue
            weights_b = [index.weight(t) if index else reference_weight(t) for t in form_b.tokens]
            comparison = compare_tokens(
                form_a.tokens,
                weights_a,
                form_b.tokens,
                weights_b,
                vowelless=form_a.vowelless or form_b.vowelless,
                person=person,
                syllabic=syllabic,
                containing=containing,
                ordered=ordered,
                korean=korean,
            )
            if form_b.method == INITIALS and comparison.score < EXACT_ONLY_FLOOR:
                continue
            if form_a.method == QUERY_INITIALS and (
                form_b.method == INITIALS or comparison.score < EXACT_ONLY_FLOOR
            ):
                continue
            if best is None or comparison.score > best.score:
                best, best_listed = comparison, form_b.tokens
    if (
        best is not None
        and not person
        and different_places(form_words(forms_a), form_words(forms_b), best.pairs)
    ):
        best = replace(best, score=conflicting_raw(best.score))  # as `Matcher` reads its best pair
    if (
        best is not None
        and written_parts(name_a, schema, forms_a, person).word_met(p.query for p in best.pairs)
        is not None
    ):
        best = replace(best, score=conflicting_raw(best.score))  # as `Matcher._parts_met`
    if (
        best is not None
        and person
        and particle_unmet(best_listed, (p.listed for p in best.pairs)) is not None
    ):
        best = replace(best, score=conflicting_raw(best.score))  # as `Matcher._parts_met`
    return best, curve_key(forms_a, person)


def reference_weight(token: str) -> float:
    """A token's weight without an index: as a list of a handful of entities would weigh it,
    from the typical counts of common name words alone (`names.common_words`)."""
    return token_weight(typical_entities(token))
