"""Write bench/RESULTS.md from the JSON each figure's script left in bench/out/.

    .venv/bin/python bench/report.py

Only numbers read from those files appear in the table; the prose around it lives in
bench/NOTES.md and is copied in unchanged. bench/HISTORY.md, the record of each scorer
version, is not: RESULTS.md says where things stand now.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from typing import Any

from common import BENCH, OUT

PY = ".venv/bin/python"
CMD = {
    "pairs": f"{PY} bench/pairs.py --peer-sample 4000",
    "holdout": f"{PY} bench/ofac_holdout.py --sample 3000 --peer-sample 200",
    "innocent": f"{PY} bench/innocent.py --peer-sample 800",
    "retrieval": f"{PY} bench/retrieval.py",
    "speed": f"{PY} bench/speed.py",
    "ceiling": f"{PY} bench/ceiling.py",
}
NOMENKLATURA = ("logic-v1", "logic-v2", "ofac")
# nomenklatura's algorithms compare two entities and keep no index; yente, which serves them,
# keeps its index in an Elasticsearch cluster, which this machine does not run.
NO_PEER_INDEX = "no peer keeps an index of its own (yente's is in Elasticsearch)"
PEERS = (*NOMENKLATURA, "rapidfuzz-jaro-winkler", "rapidfuzz-token-sort")


def load(name: str) -> dict[str, Any]:
    path = OUT / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else {}


def row(figure: str, value: float, unit: str, target: str, ok: bool, ratio: str, cmd: str) -> str:
    mark = "met" if ok else "**missed**"
    return f"| {figure} | {value:g} {unit} | {target} | {mark} | {ratio} | `{cmd}` |"


def pairs_rows(pairs: dict[str, Any]) -> list[str]:
    if not pairs:
        return []
    full = pairs["tradeguard_all_held_out"]["at_default"]
    side = pairs["side_by_side"]
    # Like for like: each at its own default threshold, and each at 98 % fit precision.
    at_default = side["tradeguard"]["at_default"]["overall"]["f1"] / max(
        side[p]["at_default"]["overall"]["f1"] for p in PEERS
    )
    at_fit = side["tradeguard"]["at_fit_threshold"]["overall"]["f1"] / max(
        side[p]["at_fit_threshold"]["overall"]["f1"] for p in PEERS
    )
    rows = [
        row(
            "Pairs F1, all held-out pairs",
            full["overall"]["f1"],
            "",
            ">= 0.95",
            full["overall"]["f1"] >= 0.95,
            f"{at_default:.2f}x at defaults, {at_fit:.2f}x at 98 % precision "
            f"({pairs['side_by_side_pairs']}-pair sample)",
            CMD["pairs"],
        )
    ]
    for key, value in full.items():
        if key.startswith("script: ") and value["positives"] + value["negatives"] >= 100:
            rows.append(
                row(
                    f"Pairs F1, {key[8:]}",
                    value["f1"],
                    "",
                    ">= 0.90",
                    value["f1"] >= 0.90,
                    group_ratio(side, key),
                    CMD["pairs"],
                )
            )
    return rows


def group_ratio(side: dict[str, Any], key: str) -> str:
    """tradeguard's F1 in one script group of the side-by-side sample over the best peer's,
    at each one's default threshold and at its 98 % fit-precision threshold, naming the best
    peer where it does better. A group without negatives (Latin variants) rewards whichever
    algorithm's threshold is lowest, and a peer that never meets a name in another script
    can take a low threshold and keep its precision."""
    cells = []
    for point, label in (("at_default", "at defaults"), ("at_fit_threshold", "at 98 % precision")):
        own = side["tradeguard"][point][key]["f1"]
        best = max(PEERS, key=lambda peer: side[peer][point][key]["f1"])
        peer_f1 = side[best][point][key]["f1"]
        if peer_f1 == 0:
            cells.append(f"every peer 0 {label}")
        elif own >= peer_f1:
            cells.append(f"{own / peer_f1:.2f}x {label}")
        else:
            cells.append(f"{own / peer_f1:.2f}x {label} ({best} {peer_f1})")
    sample = side["tradeguard"]["at_default"][key]
    return (
        f"{', '.join(cells)} (sample: {sample['positives']} positives, "
        f"{sample['negatives']} negatives)"
    )


def calibration_lines(pairs: dict[str, Any]) -> list[str]:
    """The calibration error on the pairs alone and on the mixture the curves are fitted on."""
    mixture = pairs.get("tradeguard_all_held_out", {}).get("mixture") if pairs else None
    if not mixture:
        return []
    return [
        f"Calibration error (ECE, ten equal-width bins): {mixture['ece_pairs_alone']} on all "
        f"held-out pairs, whose 76 % positives are no screening population; "
        f"**{mixture['ece']}** on the mixture `bench/calibrate.py` fits the curves on, here the "
        f"held-out pairs with the best hits of {mixture['innocent_names']:,} innocent names "
        f"(seed 2026: Faker's names twice the {mixture['pair_negatives']:,} pair negatives, with "
        "the institutions' and katakana names the fit adds). The dashed curve of "
        "`bench/reliability.png` is that mixture.",
        "",
    ]


def breakdown_table(pairs: dict[str, Any]) -> list[str]:
    if not pairs:
        return []
    full = pairs["tradeguard_all_held_out"]["at_default"]
    lines = ["| group | pairs (pos/neg) | precision | recall | F1 |", "|---|---|---|---|---|"]
    for key, v in full.items():
        lines.append(
            f"| {key} | {v['positives']}/{v['negatives']} | {v['precision']} | {v['recall']} "
            f"| {v['f1']} |"
        )
    side = pairs["side_by_side"]
    lines += [
        "",
        f"Side by side on a seeded sample of {pairs['side_by_side_pairs']} held-out pairs "
        "(peers at yente's default 0.7; every algorithm also at the threshold giving it "
        "98 % precision on the fit half):",
        "",
        "| algorithm | F1 at default (t) | P / R / F1 at 98 % fit precision (t) | ECE | pairs/s |",
        "|---|---|---|---|---|",
    ]
    for name, v in side.items():
        lines.append(
            f"| {name} | {v['at_default']['overall']['f1']} (t={v['default_threshold']:.3g}) | "
            f"{v['at_fit_threshold']['overall']['precision']} / "
            f"{v['at_fit_threshold']['overall']['recall']} / "
            f"{v['at_fit_threshold']['overall']['f1']} (t={v['fit_threshold']:.3g}) | "
            f"{v['ece']} | {v['pairs_per_second']} |"
        )
    return lines


def trade_off_table(pairs: dict[str, Any], innocent: dict[str, Any]) -> list[str]:
    """Recall and precision on the held-out pairs beside the innocent alert rate, per threshold."""
    by_pairs = pairs.get("tradeguard_all_held_out", {}).get("by_threshold", {})
    rates = innocent.get("alert_rate_by_threshold", {})
    if not by_pairs or not rates:
        return []
    default = str(pairs["tradeguard_all_held_out"]["default_threshold"])
    lines = [
        "## Threshold trade-off (held-out pairs, innocent names)",
        "",
        "| threshold | innocent alert rate | pairs precision | pairs recall | pairs F1 |",
        "|---|---|---|---|---|",
    ]
    for t, v in sorted(by_pairs.items(), key=lambda kv: float(kv[0])):
        rate = f"{rates[t] * 100:.2f} %" if t in rates else "(not measured)"
        cells = [t, rate, str(v["precision"]), str(v["recall"]), str(v["f1"])]
        if t == default:
            cells = [f"**{c}**" for c in cells]
            cells[0] += " (default)"
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def group_trade_off_table(pairs: dict[str, Any], innocent: dict[str, Any]) -> list[str]:
    """Each script group's held-out F1 per threshold, its best in bold: whether a group that
    misses its target would meet it at another threshold, and at what innocent alert rate."""
    by_group = pairs.get("tradeguard_all_held_out", {}).get("by_threshold_by_group", {})
    if not by_group:
        return []
    rates = innocent.get("alert_rate_by_threshold", {})
    default = str(pairs["tradeguard_all_held_out"]["default_threshold"])
    groups = sorted(by_group)
    best = {g: max(v["f1"] for v in by_group[g].values()) for g in groups}
    lines = [
        "## Threshold trade-off per script group (held-out F1)",
        "",
        "Each group's best F1 over these thresholds is in bold; the default threshold's row is "
        "marked.",
        "",
        "| threshold | innocent alert rate | " + " | ".join(groups) + " |",
        "|---|---|" + "---|" * len(groups),
    ]
    for t in sorted(by_group[groups[0]], key=float):
        label = f"{t} (default)" if t == default else t
        rate = f"{rates[t] * 100:.2f} %" if t in rates else "(not measured)"
        cells = [
            f"**{by_group[g][t]['f1']}**"
            if by_group[g][t]["f1"] == best[g]
            else str(by_group[g][t]["f1"])
            for g in groups
        ]
        lines.append(f"| {label} | {rate} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def holdout_rows(holdout: dict[str, Any]) -> list[str]:
    if not holdout:
        return []
    main = holdout["primary_only"]
    peers = holdout["primary_only_peer_sample"]
    best1 = max(peers[p]["recall_at_1"] for p in peers if p != "tradeguard")
    best10 = max(peers[p]["recall_at_10"] for p in peers if p != "tradeguard")
    own = peers["tradeguard"]
    return [
        row(
            "OFAC alias hold-out recall@1",
            main["tradeguard"]["recall_at_1"],
            "",
            "(reported)",
            True,
            f"{own['recall_at_1'] / best1:.2f}x best peer (sample of {own['queries']})",
            CMD["holdout"],
        ),
        row(
            "OFAC alias hold-out recall@10",
            main["tradeguard"]["recall_at_10"],
            "",
            ">= 0.98",
            main["tradeguard"]["recall_at_10"] >= 0.98,
            f"{own['recall_at_10'] / best10:.2f}x best peer (sample of {own['queries']})",
            CMD["holdout"],
        ),
    ]


def ceiling_table(
    ceiling: dict[str, Any], pairs: dict[str, Any], holdout: dict[str, Any]
) -> list[str]:
    """Each quality target beside the most any matcher of spelling and sound reaches on this
    data (`bench/reachable.py`)."""
    if not ceiling or not pairs:
        return []
    measured = pairs["tradeguard_all_held_out"]["at_default"]
    lines = [
        "## What the data allows",
        "",
        "A pair or query sharing no word, sound, unvowelled skeleton or written-together name "
        "with its listed name (renamed vessels, translated names, noms de guerre) is found by no "
        "matcher of spelling and sound (`bench/reachable.py`). Their share bounds recall "
        "whatever the threshold, and at precision 1 it bounds F1 at 2R / (1 + R). A target "
        "above its ceiling is out of reach on this data; the last column is how much of what "
        "is reachable tradeguard finds at its default threshold.",
        "",
        "| target | tradeguard F1 (recall) | ceiling | within reach | recall: needed / bound | "
        "tradeguard's recall on the reachable | command |",
        "|---|---|---|---|---|---|---|",
    ]
    for group, v in ceiling.items():
        if not isinstance(v, dict):
            continue
        name = "all held-out pairs" if group == "overall" else group
        own = measured["overall" if group == "overall" else f"script: {group}"]
        lines.append(
            f"| Pairs F1, {name} >= {v['target']} | {own['f1']} ({own['recall']}) | "
            f"{v['f1_ceiling']} | {'yes' if v['f1_ceiling'] >= v['target'] else '**no**'} | "
            f"{v['recall_needed']} / {v['recall_bound']} | {v['recall_on_reachable']} | "
            f"`{CMD['ceiling']}` |"
        )
    main = holdout.get("primary_only", {})
    if "recall_at_10_ceiling" in main:
        bound = main["recall_at_10_ceiling"]
        lines.append(
            f"| OFAC alias hold-out recall@10 >= 0.98 | {main['tradeguard']['recall_at_10']} | "
            f"{bound} | {'yes' if bound >= 0.98 else '**no**'} | 0.98 / {bound} | "
            f"{main['tradeguard_on_those']['recall_at_10']} | `{CMD['holdout']}` |"
        )
    return [*lines, ""]


def retrieval_rows(retrieval: dict[str, Any]) -> list[str]:
    if not retrieval:
        return []
    speedup = retrieval["served_queries_per_second"] / retrieval["exhaustive_queries_per_second"]
    return [
        row(
            f"Alerts lost to candidate retrieval ({retrieval['queries']} same-party queries)",
            round(retrieval["share_lost"] * 100, 2),
            "%",
            "(reported)",
            True,
            f"{speedup:.1f}x the speed of scoring {retrieval['exhaustive_forms']} candidates",
            CMD["retrieval"],
        )
    ]


def innocent_rows(innocent: dict[str, Any]) -> list[str]:
    if not innocent:
        return []
    rate = innocent["alert_rate"]
    rows = [
        row(
            f"Innocent alert rate ({innocent['screened']} names)",
            round(rate * 100, 2),
            "%",
            "<= 1 %",
            rate <= 0.01,
            innocent_peer_cell(innocent.get("peers", {})),
            CMD["innocent"],
        )
    ]
    parts = (
        ("faker", "Faker's persons and companies"),
        ("institutions", "institutions"),
        ("kana", "Japanese persons in katakana"),
        ("romanised", "Pakistani and Uzbek persons in Latin letters"),
    )
    for part, label in parts:
        bodies = innocent.get(part)
        if not bodies:
            continue
        rows.append(
            row(
                f"Innocent alert rate, {label} only ({bodies['screened']} names)",
                round(bodies["alert_rate"] * 100, 2),
                "%",
                "<= 1 %",
                bodies["alert_rate"] <= 0.01,
                "",
                CMD["innocent"],
            )
        )
    return rows


def innocent_peer_cell(peers: dict[str, Any]) -> str:
    """tradeguard's alert rate on the peers' sample beside the lowest peer rate, at the
    defaults and at each algorithm's 98 % fit precision threshold. The lowest rate is no
    verdict on its own: a peer that never meets a name alerts on nothing (the pairs' F1 rows
    say what each finds)."""
    if not peers:
        return ""
    own = peers["tradeguard"]
    cells = []
    for key, label in (
        ("alert_rate_at_default", "at defaults (peers at yente's 0.7)"),
        ("alert_rate_at_fit_threshold", "at 98 % precision"),
    ):
        rates = {p: peers[p][key] for p in PEERS if p in peers and peers[p][key] is not None}
        if not rates or own[key] is None:
            continue
        best = min(rates, key=lambda peer: rates[peer])
        shares = f"{own[key] * 100:.2f} % vs {best}'s {rates[best] * 100:.2f} %"
        if rates[best] == 0:
            cells.append(f"the best peer alerts on none {label} ({shares})")
        else:
            cells.append(f"{own[key] / rates[best]:.2f}x the best peer's rate {label} ({shares})")
    return "; ".join(cells) + f" (sample of {peers['sample']})"


def latency_peer_cell(speed: dict[str, Any], point: str) -> str:
    """How many times faster than the fastest peer at one percentile, on the same queries;
    the peers' time leaves out retrieval, which tradeguard's includes."""
    key = f"{point}_ms"
    if any(f"{peer}_blocked_{key}" not in speed for peer in NOMENKLATURA):
        return ""
    best = min(NOMENKLATURA, key=lambda peer: speed[f"{peer}_blocked_{key}"])
    theirs, own = speed[f"{best}_blocked_{key}"], speed[f"tradeguard_sample_{key}"]
    return (
        f"{theirs / own:.0f}x faster than the best peer ({best} {theirs:g} ms; "
        f"{speed['peer_sample_queries']} queries, same candidates)"
    )


def unseen_rows(speed: dict[str, Any]) -> list[str]:
    """Throughput and p99 with no word's listed spelling kept (`ListedWords.spelling`)."""
    if "queries_per_second_2_processes_unseen_words" not in speed:
        return []
    qps2 = speed["queries_per_second_2_processes_unseen_words"]
    p99 = speed["latency_p99_ms_unseen_words"]
    return [
        row(
            "Batch throughput, 2 processes, every word unseen",
            qps2,
            "q/s",
            ">= 1,000",
            qps2 >= 1000,
            "",
            CMD["speed"],
        ),
        row(
            "Single-query latency p99, every word unseen",
            p99,
            "ms",
            "<= 10 ms",
            p99 <= 10,
            "",
            CMD["speed"],
        ),
    ]


def speed_rows(speed: dict[str, Any]) -> list[str]:
    if not speed:
        return []
    best_peer = max(speed[f"{p}_blocked_qps_1_process"] for p in NOMENKLATURA)
    ratio = speed["tradeguard_sample_qps_1_process"] / speed["logic-v2_blocked_qps_1_process"]
    qps2 = speed["queries_per_second_2_processes"]
    return [
        row(
            "Batch throughput, 2 processes",
            qps2,
            "q/s",
            ">= 1,000",
            qps2 >= 1000,
            f"{speed['tradeguard_sample_qps_1_process'] / best_peer:.1f}x best peer per core",
            CMD["speed"],
        ),
        row(
            "Throughput vs logic-v2, same candidates",
            round(ratio, 1),
            "x",
            ">= 30x",
            ratio >= 30,
            "",
            CMD["speed"],
        ),
        row(
            "Single-query latency p50",
            speed["latency_p50_ms"],
            "ms",
            "(reported)",
            True,
            latency_peer_cell(speed, "p50"),
            CMD["speed"],
        ),
        row(
            "Single-query latency p99",
            speed["latency_p99_ms"],
            "ms",
            "<= 10 ms",
            speed["latency_p99_ms"] <= 10,
            latency_peer_cell(speed, "p99"),
            CMD["speed"],
        ),
        *unseen_rows(speed),
        row(
            "Index build from raw files",
            speed["build_from_raw_seconds"],
            "s",
            "<= 30 s",
            speed["build_from_raw_seconds"] <= 30,
            NO_PEER_INDEX,
            CMD["speed"],
        ),
        row(
            "Index build from raw files, first on a machine (no territory-name cache)",
            speed["build_from_raw_seconds_first_on_machine"],
            "s",
            "<= 30 s",
            speed["build_from_raw_seconds_first_on_machine"] <= 30,
            "",
            CMD["speed"],
        ),
        row(
            "Resident memory, serving",
            round(speed["rss_bytes_serving"] / 2**30, 2),
            "GiB",
            "<= 1.5 GB",
            speed["rss_bytes_serving"] <= 1.5e9,
            NO_PEER_INDEX,
            CMD["speed"],
        ),
    ]


OTHER_RESULTS = (
    "DEAL_RESULTS.md",
    "BATCH_RESULTS.md",
    "NEWS_RESULTS.md",
    "API_RESULTS.md",
    "CRASH_RESULTS.md",
    "SOAK_RESULTS.md",
    "WEB_RESULTS.md",
)


def main() -> None:
    pairs, holdout = load("pairs"), load("ofac_holdout")
    innocent, speed, retrieval = load("innocent"), load("speed"), load("retrieval")
    ceiling = load("ceiling")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    lines = [
        "# Benchmark results",
        "",
        f"Written by `bench/report.py` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC "
        f"(HEAD {commit} plus the working tree). Reproduce everything with `make bench`; "
        "each row names the one command that reproduces it. Figures are medians of repeated "
        "runs on a shared 2-core machine.",
        "",
        "| figure | tradeguard | target | status | vs best peer | command |",
        "|---|---|---|---|---|---|",
        *pairs_rows(pairs),
        *holdout_rows(holdout),
        *retrieval_rows(retrieval),
        *innocent_rows(innocent),
        *speed_rows(speed),
        "",
        *ceiling_table(ceiling, pairs, holdout),
        "## Pairs breakdown (held-out half, default threshold)",
        "",
        *breakdown_table(pairs),
        "",
        "Plots: `bench/pr-curve.png` (precision-recall) and `bench/reliability.png` (calibration).",
        "",
        *calibration_lines(pairs),
        *trade_off_table(pairs, innocent),
        *group_trade_off_table(pairs, innocent),
        "## Raw figures",
        "",
        "```json",
        json.dumps(
            {"ofac_holdout": holdout, "retrieval": retrieval, "innocent": innocent, "speed": speed},
            indent=1,
        ),
        "```",
        "",
    ]
    notes = BENCH / "NOTES.md"
    if notes.exists():
        lines += [notes.read_text()]
    # The other issues' benchmarks write their own tables; RESULTS.md gathers them in one place.
    for other in OTHER_RESULTS:
        path = BENCH / other
        if path.exists():
            text = path.read_text()
            lines += ["", "#" + text if text.startswith("# ") else text]
    (BENCH / "RESULTS.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
