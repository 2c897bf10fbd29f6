"""Money amounts in the text: "$300,000", "USD 300,000", "€60,000", "3.5 million roubles", and
relative amounts such as "half as much", resolved against the amount mentioned just before."""

from __future__ import annotations

import re
from collections.abc import Callable

from tradeguard.news.model import AmountMention, Span

# "$" alone is read as US dollars: the press marks other dollars ("C$", "A$") explicitly.
_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY", "₩": "KRW"}
_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "won": "KRW",
    "yen": "JPY",
}
_CODES = "USD|EUR|GBP|RUB|CNY|JPY|KRW|KPW|CHF|AED|TRY|INR"
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
}
_NUMBER = r"\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?P<scale>thousand|million|billion|bn|mn|[mkb])\b)?"
_SYMBOL_FIRST = re.compile(
    r"(?P<cur>US\$|[$€£₽¥₩]|\b(?:" + _CODES + r"))\s?(?P<num>" + _NUMBER + ")" + _SCALE
)
_WORD_AFTER = re.compile(
    r"\b(?P<num>"
    + _NUMBER
    + ")"
    + _SCALE
    + r"\s(?P<cur>"
    + "|".join(_WORDS)
    + "|"
    + _CODES
    + r")\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?P<factor>half|twice|double|triple|(?:two|three|four|five|ten) times)"
    r"\s+as\s+(?:much|expensive|costly|high)\b",
    re.IGNORECASE,
)
_FACTORS = {
    "half": 0.5,
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "two times": 2.0,
    "three times": 3.0,
    "four times": 4.0,
    "five times": 5.0,
    "ten times": 10.0,
}


def find_amounts(text: str, sentence_of: Callable[[int], int]) -> list[AmountMention]:
    absolute = [
        _absolute(text, m, sentence_of)
        for pattern in (_SYMBOL_FIRST, _WORD_AFTER)
        for m in pattern.finditer(text)
    ]
    found = sorted(absolute, key=lambda a: a.span.start)
    for m in _RELATIVE.finditer(text):
        base = next((a for a in reversed(found) if a.span.end <= m.start() and a.value), None)
        factor = _FACTORS[" ".join(m.group("factor").lower().split())]
        span = Span(m.start(), m.end(), m.group(), sentence_of(m.start()))
        value = base.value * factor if base and base.value else None
        currency = base.currency if base else None
        found.append(AmountMention(span, value, currency, factor, base.span if base else None))
    return sorted(found, key=lambda a: a.span.start)


def _absolute(text: str, m: re.Match[str], sentence_of: Callable[[int], int]) -> AmountMention:
    raw_currency = m.group("cur")
    currency = (
        _SYMBOLS.get(raw_currency) or _WORDS.get(raw_currency.lower()) or raw_currency.upper()
    )
    scale = _SCALES.get((m.group("scale") or "").lower(), 1.0)
    value = _number(m.group("num")) * scale
    return AmountMention(
        Span(m.start(), m.end(), m.group(), sentence_of(m.start())), value, currency
    )


def _number(raw: str) -> float:
    # Group separators are ",", "." or a space before exactly three digits; a "." before one or
    # two digits, or before the last group with more digits, is the decimal point.
    cleaned = re.sub(r"[,\u00a0 ](?=\d{3}\b)", "", raw)
    if re.search(r"\.\d{3}(?:\.\d{3})*$", cleaned) and cleaned.count(".") >= 1 and "," not in raw:
        # "300.000" in continental style; "3.500" would be ambiguous, but prices rarely have
        # three decimals, so a three-digit tail after "." is read as thousands.
        cleaned = cleaned.replace(".", "")
    return float(cleaned.replace(",", ""))
