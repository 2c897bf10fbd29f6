"""Figure 2c: how often innocent names alert, with every real list loaded.

    .venv/bin/python bench/innocent.py [--count N] [--seed S] [--peer-sample M]

Faker (seeded) writes person and company names in sixteen locales and eight scripts. Company
names come from Faker's templates (surnames and company words), never from its lists of real
companies: the largest Russian and Turkish firms, and the Tehran Stock Exchange companies the
Persian locale draws every company name from. Many of those are designated (Sberbank, Rostec,
the Atomic Energy Organization of Iran, Iranian banks), so a hit on them is no false alert. A
name whose tokens equal a listed name's tokens (in any order, after tradeguard's own
normalisation) is dropped as possibly listed; every remaining name is screened with its
schema, and the alert rate is the share with any hit at the default threshold. The best score
of every query is kept so the rate at other thresholds is reported too.

Names of public institutions, banks and state companies (`institutions.py`: "Agricultural
Bank of Brazil", "Ministry of Transport of Kenya"), one for every ten of Faker's, are screened
with them (`innocent_names`), and each part's rate is reported too: they share generic words
with many listed bodies, and Faker never writes them. So are Japanese persons' names in
katakana, one for every ten of Faker's, as Japanese banks hold their customers' names: a
katakana name is read back into listed spellings (`names.katakana`), where it may meet a
listed name by chance. And so are persons' names of Arabic and Persian origin in Latin
letters (Faker's Pakistani and Uzbek locales: "Zahur Jameel", "Muhammadaziz Yunusov"), which
share their given names with many listed parties.

With --peer-sample, M of the screened names (evenly spread, so every locale and part is in it)
are also screened by the peers, each scoring the candidates our index retrieves for the name
(blocking.py), as yente scores what Elasticsearch returns. A peer alerts at yente's default
threshold (0.7) and, like for like, at the threshold that gives it 98 % precision on the fit
half of the pairs (read from pairs.py's output, when there is one); tradeguard's rate on the
same sample is reported at its default and at its own such threshold.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

import institutions
from blocking import PeerRanker, candidate_entities
from common import OUT, load_all_index, require_data, write_result
from faker import Faker
from metrics import TRADE_OFF_THRESHOLDS
from peers import ENTITY_PEERS, YENTE_THRESHOLD, entity_peer, in_fresh_process

from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import Query
from tradeguard.matching.scorer import DEFAULT_THRESHOLD
from tradeguard.names import analyze_name

LOCALES = (
    "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "tr_TR", "pt_BR",
    "ru_RU", "uk_UA", "ar_AA", "fa_IR", "zh_CN", "ko_KR", "ja_JP", "el_GR",
)  # fmt: skip
# One innocent institution's name for this many of Faker's names: the share of banks,
# ministries and state companies in what a bank or a forwarder screens is a guess; this one
# puts about as many institutions as one locale's companies and persons.
INSTITUTION_SHARE = 10
INSTITUTIONS = "institutions"
# One person's name in katakana, as Japanese banks and exporters hold their customers' names
# (Faker's readings of Japanese names: "サトウ ハナコ"), for this many of Faker's names.
KANA_SHARE = 10
KANA = "kana"
# One person's name of Arabic and Persian origin in Latin letters, as Pakistani and Uzbek
# customers write theirs ("Zahur Jameel", "Muhammadaziz Yunusov"), for this many of Faker's
# names: the names of the lists' Middle Eastern and Central Asian parties as a bank in
# London or Tashkent holds its customers', where the Arabic-script names above are not.
ROMANISED_SHARE = 10
ROMANISED = "romanised"
ROMANISED_LOCALES = ("en_PK", "uz_UZ")
# The parts reported on their own, besides Faker's names.
PARTS = (INSTITUTIONS, KANA, ROMANISED)
# Faker's template that draws a real company from a list (ru_RU, tr_TR).
REAL_COMPANY = "{{large_company}}"
# fa_IR's provider only draws real companies, so its names are made here the way the other
# locales make theirs: surnames with the words of Persian company names (company, industrial
# group, trading, "and partners").
PERSIAN_COMPANY_FORMATS = (
    "شرکت {{last_name}}",
    "گروه صنعتی {{last_name}}",
    "بازرگانی {{last_name}}",
    "{{last_name}} و شرکا",
    "شرکت {{last_name}} و {{last_name}}",
)


def generate(count: int, seed: int) -> list[tuple[str, str, str]]:
    """(name, schema, locale) triples, half persons and half companies, in locale rotation."""
    fakers = {locale: Faker(locale) for locale in LOCALES}
    for offset, faker in enumerate(fakers.values()):
        faker.seed_instance(seed + offset)
    out: list[tuple[str, str, str]] = []
    for i in range(count):
        locale = LOCALES[i % len(LOCALES)]
        faker = fakers[locale]
        if (i // len(LOCALES)) % 2:
            out.append(
                (
                    faker.parse(faker.random_element(company_formats(faker, locale))),
                    "Company",
                    locale,
                )
            )
        else:
            out.append((faker.name(), "Person", locale))
    return out


def innocent_names(count: int, seed: int, romanised: bool = True) -> list[tuple[str, str, str]]:
    """`generate`'s names, then one institution's name (`institutions.py`) for every
    INSTITUTION_SHARE of them, as (name, schema, "institutions"), one katakana person's name
    for every KANA_SHARE, as (name, "Person", "kana"), and with `romanised` one romanised
    Pakistani or Uzbek person's name for every ROMANISED_SHARE, as (name, "Person",
    "romanised"). The shipped calibration was fitted without those (`calibrate.py`)."""
    bodies = institutions.generate(count // INSTITUTION_SHARE, seed)
    names = (
        generate(count, seed)
        + [(name, schema, INSTITUTIONS) for name, schema in bodies]
        + [(name, "Person", KANA) for name in kana_names(count // KANA_SHARE, seed)]
    )
    if romanised:
        names += [(n, "Person", ROMANISED) for n in romanised_names(count // ROMANISED_SHARE, seed)]
    return names


def kana_names(count: int, seed: int) -> list[str]:
    """Japanese persons' names in katakana, family name first ("サトウ ハナコ"), seeded."""
    faker = Faker("ja_JP")
    faker.seed_instance(seed + len(LOCALES))
    return [faker.kana_name() for _ in range(count)]


def romanised_names(count: int, seed: int) -> list[str]:
    """Persons' names of Faker's Pakistani and Uzbek locales, in Latin letters, seeded, in
    turn."""
    fakers = [Faker(locale) for locale in ROMANISED_LOCALES]
    for offset, faker in enumerate(fakers):
        faker.seed_instance(seed + len(LOCALES) + 1 + offset)
    return [fakers[i % len(fakers)].name() for i in range(count)]


def company_formats(faker: Faker, locale: str) -> tuple[str, ...]:
    """The locale's company-name templates, without those that draw a real company."""
    if locale == "fa_IR":
        return PERSIAN_COMPANY_FORMATS
    for provider in faker[locale].get_providers():
        if type(provider).__module__.startswith("faker.providers.company"):
            return tuple(f for f in provider.formats if f != REAL_COMPANY)
    raise LookupError(f"no company provider for {locale}")


def listed_token_sets(index: NameIndex) -> set[tuple[str, ...]]:
    return {tuple(sorted(r.form.tokens)) for r in index.records}


def is_listed(name: str, schema: str, listed: set[tuple[str, ...]]) -> bool:
    return any(tuple(sorted(f.tokens)) in listed for f in analyze_name(name, schema))


def best_hit_scores(index: NameIndex, count: int, seed: int) -> list[float]:
    """The score of each innocent name's best hit (`innocent_names`), names a list holds
    left out: the calibration's population (`calibrate.py`), for comparisons at equal rates
    and the calibration error of its mixture, so without the romanised names."""
    matcher, listed = Matcher(index), listed_token_sets(index)
    scores = []
    for name, schema, _ in innocent_names(count, seed, romanised=False):
        if not is_listed(name, schema, listed):
            hits = matcher.match(Query(name, schema), top=1, threshold=0.0)
            scores.append(hits[0].score if hits else 0.0)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--peer-sample", type=int, default=0, help="screen N names by the peers")
    args = parser.parse_args()
    require_data()
    index = load_all_index()
    matcher = Matcher(index)
    listed = listed_token_sets(index)
    names = innocent_names(args.count, args.seed)
    kept = [n for n in names if not is_listed(n[0], n[1], listed)]
    best: dict[str, list[float]] = {"all": [], "faker": [], **{part: [] for part in PARTS}}
    alerts_by_locale: Counter[str] = Counter()
    examples: dict[str, list[dict[str, Any]]] = {"faker": [], **{part: [] for part in PARTS}}
    for name, schema, locale in kept:
        hits = matcher.match(Query(name, schema), top=1, threshold=0.0)
        score = hits[0].score if hits else 0.0
        part = locale if locale in PARTS else "faker"
        best["all"].append(score)
        best[part].append(score)
        if score >= DEFAULT_THRESHOLD:
            alerts_by_locale[locale] += 1
            if len(examples[part]) < 25:
                examples[part].append(
                    {"query": name, "matched": hits[0].matched_name, "score": score}
                )
    rates = {part: alert_rates(scores) for part, scores in best.items()}
    result = {
        "generated": len(names),
        "dropped_as_listed": len(names) - len(kept),
        "screened": len(kept),
        "threshold": DEFAULT_THRESHOLD,
        "alert_rate": rates["all"][str(DEFAULT_THRESHOLD)],
        "alert_rate_by_threshold": rates["all"],
        "alerts_by_locale": dict(alerts_by_locale.most_common()),
        **{
            part: {
                "screened": len(best[part]),
                "alert_rate": rates[part][str(DEFAULT_THRESHOLD)],
                "alert_rate_by_threshold": rates[part],
                "examples": examples[part],
            }
            for part in ("faker", *PARTS)
        },
    }
    if args.peer_sample:
        # Evenly spread over the whole list, whose parts come one after another.
        picks = sorted({i * len(kept) // args.peer_sample for i in range(args.peer_sample)})
        sample = [(Query(kept[i][0], kept[i][1]), best["all"][i]) for i in picks]
        result["peers"] = peer_alert_rates(index, sample)
    print({k: v for k, v in result.items() if k not in ("faker", *PARTS)})
    for part in ("faker", *PARTS):
        print(part, {k: v for k, v in result[part].items() if k != "examples"})
    write_result("innocent", result)


def peer_best_scores(index: NameIndex, name: str, queries: list[Query]) -> list[float]:
    """Each query's best score from one peer over the candidates our index retrieves."""
    ranker = PeerRanker(index, entity_peer(name))
    best = []
    for query in queries:
        ranked = ranker.rank(query, candidate_entities(index, query))
        best.append(ranked[0][0] if ranked else 0.0)
    return best


def peer_alert_rates(index: NameIndex, sample: list[tuple[Query, float]]) -> dict[str, Any]:
    """Alert rates on the sample: each peer's (in its own interpreter) and tradeguard's, at
    the default threshold and at the fit half's 98 % precision threshold (pairs.py)."""
    queries = [query for query, _ in sample]
    fitted = _fit_thresholds()
    scores = {"tradeguard": [score for _, score in sample]}
    for name in ENTITY_PEERS:
        scores[name] = in_fresh_process(peer_best_scores, index, name, queries)
    out: dict[str, Any] = {"sample": len(sample)}
    for name, best in scores.items():
        default = DEFAULT_THRESHOLD if name == "tradeguard" else YENTE_THRESHOLD
        out[name] = {
            "default_threshold": default,
            "alert_rate_at_default": _rate(best, default),
            "fit_threshold": fitted.get(name),
            "alert_rate_at_fit_threshold": (_rate(best, fitted[name]) if name in fitted else None),
        }
    return out


def _fit_thresholds() -> dict[str, float]:
    """Each algorithm's threshold for 98 % precision on the fit half, from pairs.py's last
    side-by-side run; none when it has not run."""
    path = OUT / "pairs.json"
    if not path.exists():
        return {}
    side = json.loads(path.read_text()).get("side_by_side", {})
    return {name: float(run["fit_threshold"]) for name, run in side.items()}


def _rate(best: list[float], threshold: float) -> float:
    return round(sum(score >= threshold for score in best) / max(1, len(best)), 4)


def alert_rates(best: list[float]) -> dict[str, float]:
    """The share of names whose best hit reaches each trade-off threshold."""
    return {str(t): _rate(best, t) for t in TRADE_OFF_THRESHOLDS}


if __name__ == "__main__":
    main()
