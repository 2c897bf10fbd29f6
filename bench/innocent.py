"""Figure 2c: how often innocent names alert, with every real list loaded.

    .venv/bin/python bench/innocent.py [--count N] [--seed S]

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
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

import institutions
from common import load_all_index, require_data, write_result
from faker import Faker
from metrics import TRADE_OFF_THRESHOLDS

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
    print({k: v for k, v in result.items() if k not in ("faker", *PARTS)})
    for part in ("faker", *PARTS):
        print(part, {k: v for k, v in result[part].items() if k != "examples"})
    write_result("innocent", result)


def alert_rates(best: list[float]) -> dict[str, float]:
    """The share of names whose best hit reaches each trade-off threshold."""
    return {
        str(t): round(sum(s >= t for s in best) / max(1, len(best)), 4)
        for t in TRADE_OFF_THRESHOLDS
    }


if __name__ == "__main__":
    main()
