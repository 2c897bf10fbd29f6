"""Innocent names of public institutions, banks and state companies, seeded.

A bank screens its correspondent banks, and a forwarder the ministries and state companies it
ships for: "Agricultural Bank of Brazil", "Ministry of Transport of Kenya", "National Oil
Company of Norway". Such names are made of the same generic words as many listed ones (the
Agricultural Bank of Iran, the Ministry of Defence of the Russian Federation, the National
Iranian Oil Company) and differ from them in a country or a word or two. Faker's company
templates (surnames and trade words) never write them, so without these a calibration fitted
on Faker's names alone took two generic words in common for the same party.

Only countries under no comprehensive sanctions and with few listed state bodies are used, so
a name made here is not some listed party's name by chance. A name whose words equal a listed
name's words is dropped before screening all the same (`innocent.is_listed`).
"""

from __future__ import annotations

import random

# (name, adjective) of countries whose state bodies no list in ../shared names.
COUNTRIES = (
    ("Brazil", "Brazilian"), ("Japan", "Japanese"), ("India", "Indian"), ("Egypt", "Egyptian"),
    ("Germany", "German"), ("France", "French"), ("Mexico", "Mexican"),
    ("Indonesia", "Indonesian"), ("Kenya", "Kenyan"), ("Peru", "Peruvian"),
    ("Chile", "Chilean"), ("Norway", "Norwegian"), ("Canada", "Canadian"),
    ("Australia", "Australian"), ("Thailand", "Thai"), ("Morocco", "Moroccan"),
    ("Ghana", "Ghanaian"), ("Poland", "Polish"), ("Portugal", "Portuguese"),
    ("Argentina", "Argentine"), ("Nigeria", "Nigerian"), ("Vietnam", "Vietnamese"),
    ("Malaysia", "Malaysian"), ("Spain", "Spanish"), ("Italy", "Italian"),
    ("Sweden", "Swedish"), ("Colombia", "Colombian"), ("Tanzania", "Tanzanian"),
    ("Senegal", "Senegalese"), ("Uruguay", "Uruguayan"),
)  # fmt: skip
BANK_KINDS = (
    "Agricultural", "Industrial", "Commercial", "Development", "Export-Import", "National",
    "Central", "Cooperative", "Savings", "Investment", "Postal", "Mortgage", "Merchant",
    "Islamic", "People's", "Construction", "Foreign Trade", "Housing", "Land",
)  # fmt: skip
PORTFOLIOS = (
    "Defence", "Foreign Affairs", "Finance", "Economy", "Industry and Trade", "Energy",
    "Transport", "Health", "Agriculture", "Interior", "Justice", "Education",
    "Communications", "Mines", "Petroleum", "Labour", "Fisheries", "Culture",
)  # fmt: skip
SECTORS = (
    "Oil", "Petroleum", "Gas", "Shipping", "Shipbuilding", "Aviation", "Airlines", "Railways",
    "Steel", "Mining", "Electricity", "Telecommunications", "Insurance", "Construction",
    "Chemical", "Automotive", "Electronics", "Trading", "Investment", "Nuclear",
    "Aerospace", "Ports", "Tobacco", "Fertilizer", "Cement",
)  # fmt: skip
KINDS = ("Company", "Corporation", "Group", "Authority", "Agency", "Holding")
TEMPLATES = (
    ("Company", "{bank} Bank of {country}"),
    ("Company", "{country} {bank} Bank"),
    ("Company", "{adjective} {bank} Bank"),
    ("Company", "Bank of {country}"),
    ("Organization", "Ministry of {portfolio} of {country}"),
    ("Organization", "{adjective} Ministry of {portfolio}"),
    ("Organization", "Ministry of {portfolio}, {country}"),
    ("Company", "National {sector} {kind} of {country}"),
    ("Company", "{country} National {sector} {kind}"),
    ("Company", "{adjective} {sector} {kind}"),
    ("Company", "{country} State {sector} {kind}"),
    ("Organization", "{adjective} {sector} Agency"),
    ("Organization", "State Committee for {portfolio} of {country}"),
)


def generate(count: int, seed: int) -> list[tuple[str, str]]:
    """`count` (name, schema) pairs, the same for the same seed."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for _ in range(count):
        schema, template = rng.choice(TEMPLATES)
        country, adjective = rng.choice(COUNTRIES)
        name = template.format(
            country=country,
            adjective=adjective,
            bank=rng.choice(BANK_KINDS),
            portfolio=rng.choice(PORTFOLIOS),
            sector=rng.choice(SECTORS),
            kind=rng.choice(KINDS),
        )
        out.append((name, schema))
    return out
