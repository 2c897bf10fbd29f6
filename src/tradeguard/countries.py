"""Country names and codes as lists write them, resolved to ISO 3166-1 alpha-2 (lower case, as FtM).

rigour's territory table knows the codes, the official names and many variants
("Russian Federation", "DPRK", "Korea, North"); we only add the forms lists use that it misses.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from tradeguard.territory_names import territory_code

# rigour logs the text it could not resolve (at DEBUG), and followthemoney's country cleaning
# still calls it. That text may be a screened person's name or address, so rigour's lookups
# stay silent whatever level an operator turns logging up to.
logging.getLogger("rigour.territories.lookup").addFilter(lambda _record: False)

# Forms seen in the official lists that the territory table does not resolve on its own.
_EXTRA: dict[str, str] = {
    "democratic people's republic of korea": "kp",
    "korea, democratic people's republic of": "kp",
    "north korea": "kp",
    "korea, north": "kp",
    "korea, south": "kr",
    "republic of korea": "kr",
    "russia": "ru",
    "belarussian": "by",
    "ussr": "suhh",
    "former ussr": "suhh",
    "iran (islamic republic of)": "ir",
    "syrian arab republic": "sy",
    "crimea": "ua-cri",
    "region: crimea": "ua-cri",
    "congo (democratic republic)": "cd",
    "occupied palestinian territories": "ps",
    "bosnia-herzegovina": "ba",
    "repubic of moldova": "md",  # OFSI's typo
}


@lru_cache(maxsize=4096)
def country_code(text: str | None) -> str | None:
    """Return the ISO code for a country name or code, or None when it is not a country we know."""
    if text is None:
        return None
    cleaned = " ".join(text.split()).strip(" .,;")
    if not cleaned:
        return None
    extra = _EXTRA.get(cleaned.lower())
    if extra is not None:
        return extra
    return territory_code(cleaned)
