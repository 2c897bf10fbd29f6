"""English business words as payment messages, customer files and registries abbreviate them:
"Kalashnikov Mfg Co" is Kalashnikov Manufacturing Company, "Orion Hldgs Ltd" Orion Holdings,
"Dason HK Technology" Dason Hong Kong Technology.

A SWIFT name line holds 35 characters, and core banking and ERP systems cut names to fit
their fields, so the long words of a company's name are the ones written short. Each
abbreviation is read as the word it stands for in every Latin name but a person's (whose
"Eng" or "Bros" is a name): organisations', vessels' and those of unknown kind, on the listed
side and the query side alike, so the abbreviated and the spelt-out name meet word for word.

Only abbreviations that stand for one word in company names are listed. Short forms that are
also words, brands or initials of their own are left as written: "Tech" ends Russian brands
that lists transliterate ("TM-Tech", ООО «ТМ-ТЕХ»), BNK is БНК, and "Invest", "Trans",
"Dev", "Pharma" and "Ind" are words of names ("Rostec Invest", "TransOil") or India.

Written from general knowledge of English business abbreviations; not derived from any list.
"""

from __future__ import annotations

_WORDS = {
    "intl": "international", "internatl": "international", "natl": "national",
    "mfg": "manufacturing", "mfr": "manufacturer", "mfrs": "manufacturers",
    "hldg": "holding", "hldgs": "holdings", "grp": "group",
    "svc": "service", "svcs": "services", "engg": "engineering", "engr": "engineering",
    "eng": "engineering", "technol": "technology",
    "mgmt": "management", "mgt": "management", "assn": "association", "assoc": "association",
    "bros": "brothers", "dept": "department", "devt": "development",
    "indus": "industries", "inds": "industries", "chem": "chemical", "chems": "chemicals",
    "petrochem": "petrochemical", "elec": "electric", "equip": "equipment", "eqpt": "equipment",
    "mach": "machinery", "prods": "products", "prodn": "production", "trdg": "trading",
    "shpg": "shipping", "transp": "transport", "univ": "university", "inst": "institute",
    "ctr": "center", "cntr": "center", "sys": "systems", "comms": "communications",
    "sci": "scientific", "constr": "construction",
    "invt": "investment", "invts": "investments", "distr": "distribution",
    "maint": "maintenance", "pharm": "pharmaceutical", "amer": "american",
    "gen": "general", "genl": "general", "hk": "hong kong",
}  # fmt: skip


def spelt_out(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens of a name that is not a person's with its abbreviated business words spelt
    out."""
    if not any(token in _WORDS for token in tokens):
        return tokens
    return tuple(word for token in tokens for word in _WORDS.get(token, token).split())
