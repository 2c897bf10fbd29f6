"""Screen one party against every loaded list: candidates from the index, then scoring."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from itertools import chain
from typing import Any

import numpy as np

from tradeguard.matching.abbreviated import ABBREVIATED
from tradeguard.matching.calibration import curve_key
from tradeguard.matching.compared_forms import compared_forms
from tradeguard.matching.features import UNKNOWN, Signal, compare_named_countries
from tradeguard.matching.given_names import WrittenParts, written_parts
from tradeguard.matching.index import RARE_WORD_FORMS, NameIndex
from tradeguard.matching.kernel import score_pairs
from tradeguard.matching.listed_countries import listed_countries
from tradeguard.matching.listed_particles import may_leave_particle, particle_unmet
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.named_countries import countries_in_tokens, institutional, named_countries
from tradeguard.matching.named_places import different_places, form_words, may_name_places
from tradeguard.matching.namesim import (
    NameComparison,
    compare_tokens,
    korean_reading,
    may_contain,
    syllables_ordered,
)
from tradeguard.matching.per_entity import best_pairs
from tradeguard.matching.query import Query
from tradeguard.matching.scorer import (
    ALGORITHM,
    TUNABLES,
    VERSION,
    Feature,
    conflicting_raw,
    name_floor,
    named_raw,
    score_entity,
)
from tradeguard.matching.thresholds import DEFAULT_POLICY, ThresholdPolicy
from tradeguard.model import Entity
from tradeguard.names import INITIALS, QUERY_INITIALS, NameForm
from tradeguard.names.analyze import schema_kind
from tradeguard.names.han import is_syllabic
from tradeguard.names.model import Kind

# Name forms scored per query. Retrieval ranks by shared rare keys, so the true entry sits near
# the top. On the OFAC alias hold-out (bench/ofac_holdout.py) 120 forms keep recall@10 within
# 0.004 of 250 forms at 2.4x the speed; scoring the candidates is most of a query's time.
CANDIDATE_FORMS = 120
# Entities whose best name scores below this are not worth the feature comparisons.
NAME_PREFILTER = 0.3


@dataclass(slots=True)
class Match:
    entity: Entity
    score: float
    matched_name: str
    query_name: str
    features: list[Feature]
    algorithm: str = ALGORITHM
    version: str = VERSION
    alert: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity_id": self.entity.id,
            "list": self.entity.list_id,
            "entry_id": self.entity.entry_id,
            "schema": self.entity.schema,
            "caption": self.entity.caption,
            "matched_name": self.matched_name,
            "score": self.score,
            "alert": self.alert,
            "algorithm": self.algorithm,
            "version": self.version,
            "features": [asdict(f) for f in self.features],
            "programs": self.entity.programs,
        }


@dataclass(slots=True)
class _Best:
    """The best-scoring (candidate form, query form) pair of one entity."""

    score: float
    record: int
    form: int


class Matcher:
    def __init__(
        self,
        index: NameIndex,
        thresholds: ThresholdPolicy = DEFAULT_POLICY,
        candidate_forms: int = CANDIDATE_FORMS,
        word_forms: int = RARE_WORD_FORMS,
    ) -> None:
        """`candidate_forms` and `word_forms` are `NameIndex.candidates`' two cuts."""
        self.index = index
        self.thresholds = thresholds
        self.candidate_forms = candidate_forms
        self.word_forms = word_forms
        self._listed = ListedWords.of_index(index)
        self._weak_factor = TUNABLES["weak_alias_factor"].default
        self._countries: dict[int, frozenset[str]] = {}

    def match(self, query: Query, top: int = 10, threshold: float | None = None) -> list[Match]:
        """Best hits for the query, highest score first.

        With `threshold` None, each hit must reach the alert threshold the policy sets for its
        list and schema; otherwise every hit at or above `threshold` is returned. `alert` is
        always judged against the policy.
        """
        lowest = self.thresholds.lowest if threshold is None else threshold
        forms = compared_forms(query.name, query.schema, self._listed)
        weights = self._weights(forms)
        # Below the floor no birth date or country could lift a name to the cut-off.
        person = schema_kind(query.schema) is Kind.PERSON
        curve = curve_key(forms, person)
        prefilter = float(np.nextafter(min(NAME_PREFILTER, lowest), -1.0))
        floor = max(name_floor(query, lowest, curve), prefilter)
        korean = korean_reading(query.name, forms, person)
        written = written_parts(query.name, query.schema, forms, person)
        best = self._best_names(forms, weights, floor, person, korean, written)
        named = _named_countries(query, person)
        scored = [(self._score(query, curve, e_idx, b, named), b) for e_idx, b in best.items()]
        scored.sort(key=lambda mb: (-mb[0].score, mb[0].entity.id))
        if threshold is None:
            chosen = [mb for mb in scored if mb[0].alert][:top]
        else:
            chosen = [mb for mb in scored if mb[0].score >= threshold][:top]
        for match, b in chosen:
            self._explain(match, forms, weights, b, person, korean, written)
        return [match for match, _ in chosen]

    def name_scores(self, query: Query) -> tuple[dict[int, float], str]:
        """Raw (uncalibrated) best name similarity per candidate entity, and the calibration
        curve `match` reads them on, for fitting that curve."""
        forms = compared_forms(query.name, query.schema, self._listed)
        person = schema_kind(query.schema) is Kind.PERSON
        korean = korean_reading(query.name, forms, person)
        written = written_parts(query.name, query.schema, forms, person)
        best = self._best_names(forms, self._weights(forms), float("-inf"), person, korean, written)
        named = _named_countries(query, person)
        scores = {
            e_idx: named_raw(b.score, self._named(named, e_idx, b)) for e_idx, b in best.items()
        }
        return scores, curve_key(forms, person)

    def _weights(self, forms: tuple[NameForm, ...]) -> list[tuple[float, ...]]:
        return [tuple(self.index.weight(t) for t in f.tokens) for f in forms]

    def _best_names(
        self,
        forms: tuple[NameForm, ...],
        weights: list[tuple[float, ...]],
        floor: float,
        person: bool,
        korean: frozenset[str] | None,
        written: WrittenParts,
    ) -> dict[int, _Best]:
        """Each candidate entity's best name pair, for entities whose best beats `floor`;
        `korean` is the query's `namesim.korean_reading`, `written` its `given_names`."""
        index, table = self.index, self.index.table
        records = index.candidates(forms, self.candidate_forms, self.word_forms).astype(np.int64)
        pairs = score_pairs(table.prepare(forms, weights, person, korean), table, records)
        entities, best, scores = best_pairs(
            pairs.scores,
            pairs.records,
            table.weak,
            self._weak_factor,
            index.record_entity,
            len(index.entities),
            floor,
        )
        found = {
            int(e_idx): _Best(float(score), int(pairs.records[p]), int(pairs.forms[p]))
            for e_idx, p, score in zip(entities, best, scores, strict=True)
        }
        words = () if person else form_words(forms)
        if may_name_places(words):
            for b in found.values():
                self._place(b, words, forms, weights, korean)
        if person:
            self._parts_met(found, written, forms, weights, korean)
        return found

    def _parts_met(
        self,
        found: dict[int, _Best],
        written: WrittenParts,
        forms: tuple[NameForm, ...],
        weights: list[tuple[float, ...]],
        korean: frozenset[str] | None,
    ) -> None:
        """Lower each person's best pair that met only parts of the query's words as written,
        leaving a word unmet (`given_names`: "Muhammadaziz Jahongirov" is not AZIZ,
        Mohammad), or a listed kunya or theophoric name without its particle
        (`listed_particles`: "Zabir Saad" is not SHABIR, Abu Sa'ad); each rule halves it as
        `conflicting_raw` does. A pair both may hold is aligned once."""
        derived = [written.derived(form) for form in forms]
        records = self.index.records
        for b in found.values():
            listed = records[b.record].form.tokens
            # A listed name with a word the query writes whole met more than parts.
            given = derived[b.form] and written.wholes.isdisjoint(listed)
            particle = may_leave_particle(listed)
            if not (given or particle):
                continue
            pairs = self._compared(forms, weights, b, True, korean).pairs
            if given and written.word_met(pair.query for pair in pairs) is not None:
                b.score = conflicting_raw(b.score)
            if particle and particle_unmet(listed, (pair.listed for pair in pairs)) is not None:
                b.score = conflicting_raw(b.score)

    def _place(
        self,
        best: _Best,
        query: tuple[str, ...],
        forms: tuple[NameForm, ...],
        weights: list[tuple[float, ...]],
        korean: frozenset[str] | None,
    ) -> None:
        """Lower an organisation's best pair whose aligned words name different towns
        (`named_places`); `query` is the words of every form of the query's name. Aligned
        only where both names have a word that may name one. Never a listed person's:
        surnames end like towns (Petrovskiy, Dostojewski)."""
        record = self.index.records[best.record]
        if schema_kind(self.index.entities[record.entity].schema) is Kind.PERSON:
            return
        listed = self._listed_words(best, forms)
        if not may_name_places(listed):
            return
        comparison = self._compared(forms, weights, best, False, korean)
        if different_places(query, listed, comparison.pairs):
            best.score = conflicting_raw(best.score)

    def _listed_words(self, best: _Best, forms: tuple[NameForm, ...]) -> tuple[str, ...]:
        """The words of every form of the listed name a best pair met, or of every name of
        its entity where the pair met through initials: the Sevastopol Marine Plant's
        «СМЗ» names no town, its full name does, and Samara Metallurgical Plant's SMZ is
        not it. The index keeps a name's forms, and an entity's names, side by side."""
        records = self.index.records
        record = records[best.record]
        initials = record.form.method == INITIALS or forms[best.form].method == QUERY_INITIALS

        def key(i: int) -> tuple[int, int]:
            return (records[i].entity, -1 if initials else records[i].name)

        wanted = key(best.record)
        first = last = best.record
        while first > 0 and key(first - 1) == wanted:
            first -= 1
        while last + 1 < len(records) and key(last + 1) == wanted:
            last += 1
        return tuple(chain.from_iterable(r.form.tokens for r in records[first : last + 1]))

    def _score(
        self, query: Query, curve: str, e_idx: int, best: _Best, named: frozenset[str]
    ) -> Match:
        entity = self.index.entities[e_idx]
        record = self.index.records[best.record]
        # The name explanation is filled in only for the hits returned (_explain).
        scored = score_entity(query, entity, best.score, "", curve, self._named(named, e_idx, best))
        return Match(
            entity=entity,
            score=scored.score,
            matched_name=entity.names[record.name].value,
            query_name=query.name,
            features=scored.features,
            alert=scored.score >= self.thresholds.threshold(entity.list_id, entity.schema),
        )

    def _named(self, named: frozenset[str], e_idx: int, best: _Best) -> Signal:
        """The countries the query's name names against the listed party's and its matched
        name's, where that name is generic words alone (`features.compare_named_countries`)."""
        if not named:
            return UNKNOWN
        tokens = self.index.records[best.record].form.tokens
        if not institutional(tokens):
            return UNKNOWN
        return compare_named_countries(
            named, self._entity_countries(e_idx), True, countries_in_tokens(tokens)
        )

    def _entity_countries(self, e_idx: int) -> frozenset[str]:
        found = self._countries.get(e_idx)
        if found is None:
            found = self._countries[e_idx] = listed_countries(self.index.entities[e_idx])
        return found

    def _compared(
        self,
        forms: tuple[NameForm, ...],
        weights: list[tuple[float, ...]],
        best: _Best,
        person: bool,
        korean: frozenset[str] | None,
    ) -> NameComparison:
        """The word-by-word comparison of an entity's best pair, as the kernel scored it."""
        record = self.index.records[best.record]
        form = forms[best.form]
        return compare_tokens(
            form.tokens,
            weights[best.form],
            record.form.tokens,
            self.index.table.record_weights(best.record),
            vowelless=form.vowelless or record.form.vowelless,
            person=person,
            syllabic=is_syllabic(form.method),
            containing=may_contain(form, person),
            ordered=syllables_ordered(form, person),
            korean=korean,
        )

    def _explain(
        self,
        match: Match,
        forms: tuple[NameForm, ...],
        weights: list[tuple[float, ...]],
        best: _Best,
        person: bool,
        korean: frozenset[str] | None,
        written: WrittenParts,
    ) -> None:
        record = self.index.records[best.record]
        form = forms[best.form]
        comparison = self._compared(forms, weights, best, person, korean)
        detail = _describe(comparison)
        places = None
        if not person and schema_kind(match.entity.schema) is not Kind.PERSON:  # as `_place`
            places = different_places(
                form_words(forms), self._listed_words(best, forms), comparison.pairs
            )
        if places:
            detail += f"; {places[0]} and {places[1]} name different places"
        word = (
            written.word_met(p.query for p in comparison.pairs) if written.derived(form) else None
        )
        if word is not None:
            detail += f"; met only parts of {word}"
        unmet = particle_unmet(record.form.tokens, (p.listed for p in comparison.pairs))
        if person and unmet is not None:
            particle, name = unmet
            detail += f"; met {name} without the {particle} of {particle} {name}"
        if record.form.method == INITIALS:
            # The listed name shows no such word: say where the acronym comes from.
            detail = f"initials of {match.matched_name}: {detail}"
        elif form.method == QUERY_INITIALS:
            detail = f"initials of {match.query_name}: {detail}"
        elif form.method.endswith(ABBREVIATED):
            # The query shows no such word either: say that some of its words became one.
            detail = f"{match.query_name} with words as their initials: {detail}"
        match.features[0].detail = detail


def _named_countries(query: Query, person: bool) -> frozenset[str]:
    """The countries an organisation query's name names; none for a person's."""
    return frozenset() if person else named_countries(query.name)


def _describe(comparison: NameComparison) -> str:
    pairs = ", ".join(f"{p.query}~{p.listed} {p.similarity:.2f}" for p in comparison.pairs)
    return f"{comparison.method}: {pairs}" if pairs else comparison.method
