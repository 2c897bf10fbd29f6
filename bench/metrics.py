"""Precision, recall, F1, precision-recall curves and reliability bins, in plain Python."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The thresholds the pairs' and the innocent names' figures are both reported at, so that one
# table gives the trade-off between recall and innocent alerts. The low ones show whether a
# script group's missed F1 target is the threshold's doing or the matcher's: no threshold
# lifts a group whose positives score like its negatives.
TRADE_OFF_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


@dataclass(slots=True, frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    positives: int
    negatives: int

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "positives": self.positives,
            "negatives": self.negatives,
        }


def prf(scores: Sequence[float], labels: Sequence[int], threshold: float) -> PRF:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if y and s >= threshold)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if not y and s >= threshold)
    pos = sum(labels)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / pos if pos else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, pos, len(labels) - pos)


def threshold_at_precision(
    scores: Sequence[float], labels: Sequence[int], precision: float = 0.98
) -> float:
    """The lowest threshold whose precision on these pairs is at least `precision`.

    Maximising F1 is degenerate here: three quarters of the pairs are positives, so "match
    everything" (threshold 0) has F1 0.86. Screening fixes a precision and asks for recall.
    """
    ranked = sorted(zip(scores, labels, strict=True), key=lambda sl: -sl[0])
    tp = fp = 0
    best = 1.0
    for i, (score, label) in enumerate(ranked):
        tp += label
        fp += 1 - label
        last_of_tie = i + 1 == len(ranked) or ranked[i + 1][0] != score
        if last_of_tie and tp / (tp + fp) >= precision:
            best = score
    return best


def pr_curve(scores: Sequence[float], labels: Sequence[int]) -> tuple[list[float], list[float]]:
    ranked = sorted(zip(scores, labels, strict=True), key=lambda sl: -sl[0])
    pos = sum(labels) or 1
    tp = fp = 0
    precision: list[float] = []
    recall: list[float] = []
    for _, label in ranked:
        tp += label
        fp += 1 - label
        precision.append(tp / (tp + fp))
        recall.append(tp / pos)
    return recall, precision


def reliability(
    scores: Sequence[float], labels: Sequence[int], bins: int = 10
) -> list[tuple[float, float, int]]:
    """(mean predicted, observed share of positives, count) per equal-width score bin."""
    sums = [[0.0, 0.0, 0] for _ in range(bins)]
    for score, label in zip(scores, labels, strict=True):
        cell = sums[min(bins - 1, int(score * bins))]
        cell[0] += score
        cell[1] += label
        cell[2] += 1
    return [(s / n, y / n, int(n)) for s, y, n in sums if n]


def expected_calibration_error(scores: Sequence[float], labels: Sequence[int]) -> float:
    total = len(scores) or 1
    return sum(n * abs(p - o) for p, o, n in reliability(scores, labels)) / total


def isotonic(
    xs: Sequence[float], ys: Sequence[int], weights: Sequence[float] | None = None
) -> tuple[list[float], list[float]]:
    """Pool-adjacent-violators: the increasing step function closest to ys in weighted squared
    error (every case weighing 1 unless weights are given).

    Returns one knot per block (weighted mean x, weighted mean y), which the package
    interpolates between.
    """
    tied: dict[float, list[float]] = {}
    for x, y, w in zip(xs, ys, weights or [1.0] * len(xs), strict=True):
        cell = tied.setdefault(x, [0.0, 0.0])
        cell[0] += y * w
        cell[1] += w
    # Equal scores are pooled first: sorting ties by label would fake an increasing trend.
    blocks: list[list[float]] = []  # [weighted sum of x, of y, total weight]
    for x, (sy, n) in sorted(tied.items()):
        blocks.append([x * n, sy, n])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            sx, sy, n = blocks.pop()
            blocks[-1][0] += sx
            blocks[-1][1] += sy
            blocks[-1][2] += n
    return [b[0] / b[2] for b in blocks], [b[1] / b[2] for b in blocks]
