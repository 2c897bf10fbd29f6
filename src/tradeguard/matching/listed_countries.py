"""Which countries a listed party is of, for weighing the country its name may name.

The list's own countries and nationalities come first. Where a list gives none (the EU's
annexes as transcribed, many OFAC entries of state bodies), the countries the party's names
name ("Libyan Agricultural Bank") and, failing those too, the country of the sanctions
programme it is listed under: OFAC's SYRIA, the EU's Regulation 2017/1509 on North Korea. A
programme's country is a body's own only for country programmes, and is read only for
bodies whose list and names say nothing.
"""

from __future__ import annotations

import re

from tradeguard.matching.named_countries import country_of, named_countries, word_country
from tradeguard.model import Entity

# The EU's country regimes, by the number of their framework regulation as the lists write it
# (number/year until 2014, year/number since 2015). Regimes aimed at a
# kind of conduct (terrorism, cyber attacks, human rights, chemical weapons) and the
# Ukraine territorial-integrity regime, which lists Russia's bodies and occupied Ukraine's,
# name no one country and are left out.
EU_REGIMES = {
    "1210/2003": "iq", "314/2004": "zw", "1183/2005": "cd", "765/2006": "by",
    "1284/2009": "gn", "356/2010": "so", "101/2011": "tn", "359/2011": "ir", "753/2011": "af",
    "36/2012": "sy", "267/2012": "ir", "377/2012": "gw", "401/2013": "mm", "224/2014": "cf",
    "833/2014": "ru", "1352/2014": "ye", "2015/735": "ss", "2015/1755": "bi", "2016/44": "ly",
    "2017/1509": "kp", "2017/1770": "ml", "2017/2063": "ve", "2019/1716": "ni",
    "2023/1529": "ir", "2024/1485": "ru", "2024/2642": "ru",
}  # fmt: skip
# OFAC's Iran programmes named by their acts: the Iranian Financial Sanctions Regulations, the
# Iran Sanctions Act, the Iran Freedom and Counter-Proliferation Act, and the IRGC's.
OFAC_IRAN = frozenset({"ifsr", "isa", "ifca", "irgc"})
_EU_REGULATION = re.compile(r"\b(\d{1,4}/\d{1,4})\b")
_WORDS = re.compile(r"[^a-z]+")


def listed_countries(entity: Entity) -> frozenset[str]:
    """The countries (as `named_countries` writes them) a listed party is of; empty when
    neither its list, its names nor its programmes say."""
    codes = (*entity.countries, *entity.nationalities)
    given = frozenset(country for country in map(country_of, codes) if country is not None)
    if given:
        return given
    named = frozenset().union(*(named_countries(name.value) for name in entity.names))
    if named:
        return named
    return frozenset(
        country for country in map(program_country, entity.programs) if country is not None
    )


def program_country(program: str) -> str | None:
    """The country a sanctions programme is about: "SYRIA", "RUSSIA-EO14024", "DPRK3",
    "Iran (Nuclear)", "EU 2017/1509"; None for programmes about conduct ("SDGT", "Cyber")."""
    regulation = _EU_REGULATION.search(program)
    if regulation is not None:
        country = EU_REGIMES.get(regulation.group(1))
        return None if country is None else country_of(country)
    if program.lower() in OFAC_IRAN:
        return "ir"
    words = [word for word in _WORDS.split(program.lower()) if word]
    for country in map(word_country, (" ".join(words), *words)):
        if country is not None:
            return country
    return None
