"""The kind-of-enterprise words of Russian and Soviet organisation names, and "named after".

"NPP Aerosila", "Scientific Production Enterprise Aerosila" and "Research and Production
Enterprise Aerosila" are one company: НПП (научно-производственное предприятие, Ukrainian
науково-виробниче підприємство) is spelt as its initials, translated two ways or
transliterated. The same holds for НПО and НПЦ (association, centre), ГНПП and ФНПЦ (state
enterprise, federal centre), the design bureaus (КБ, ОКБ, СКБ, МКБ), trading houses (ТД),
airlines (АК) and a few more kinds. Honorary names ("named after Academician A.A. Raspletin")
are written or left out at will. Organisation names get a second rendering with the kind as
its initials and without the honorary name, so the words that name the company are compared
with each other.

Written from the Russian organisation-type terms and their usual English renderings in the EU,
UK and US lists; not derived from any list.
"""

from __future__ import annotations

import re

# Each kind of enterprise with the spellings lists use for it, and the initials it is
# rewritten to, so that the kind still tells "NPK Uralvagonzavod" (the holding) from
# "Uralvagonzavod" (the plant). Associations (НПО) and design bureaus (КБ) are cut, as the
# legal forms cut "NPO" and "KB".
# The Russian words as every romanisation writes them (научно-производственный: ru
# proizvodstvennyy, ICAO proizvodstvennyi; объединение: obyedineniye, obieedinenie).
_STATE = r"(?:state|federal|central|gosudarstvenn\w+|federaln\w+|tsentraln\w+) "
_SCIENTIFIC_PRODUCTION = (
    rf"(?:{_STATE})?(?:(?:scientific|science|research) (?:and )?production"
    r"|nauchno proizvodstvenn(?:oe|oye|aya|aia|yi|iy|ii|yy|yj|ij)"
    r"|naukovo vyrobnych(?:e|a|yi|ii))"
)
_ASSOCIATION = r"association|union|ob(?:y|i|ie)?edineni(?:e|ye)|ob(?:i|y)ednannia|obyednannya"
_KINDS: tuple[tuple[str, str], ...] = (
    (
        "",
        rf"(?:{_SCIENTIFIC_PRODUCTION}) (?:{_ASSOCIATION})|npo|tsnpo|cspa|rpa",
    ),
    (
        "npp",
        rf"(?:{_SCIENTIFIC_PRODUCTION}) (?:enterprise|firm|company|predpri(?:y|i)ati(?:e|ye)"
        r"|pidpry(?:i|y)emstvo|firma)|npp|gnpp|spe|rpe",
    ),
    ("npc", rf"(?:{_SCIENTIFIC_PRODUCTION}) (?:center|centre|tsentr)|npc|npts|nptc|fnpc|fnpts"),
    (
        "npk",
        rf"(?:{_SCIENTIFIC_PRODUCTION}) (?:corporation|complex|korporatsiya|korporatsiia"
        r"|kompleks)|npk",
    ),
    (
        "",
        r"(?:machine building )?(?:(?:special|experimental|central) )?"
        r"(?:design|construction|designing|engineering) (?:bureau|office)"
        r"|(?:mashinostroitelno(?:e|ye) |opytno )?konstruktorsko(?:e|ye) (?:byuro|biuro)"
        r"|kb|okb|skb|sdb|tskb|pkb|mkb|mdb|mbdb",
    ),
    # A scientific and technical centre (научно-технический центр, НТЦ): "NTC Orion", "STC
    # Orion", "Scientific and Technical Center Orion".
    (
        "ntc",
        r"(?:scientific (?:and )?technical|science and technology"
        r"|nauchno tekhnichesk(?:ii|iy|y|ij)|naukovo tekhnichn(?:yi|ii|yy))"
        r" (?:center|centre|tsentr)|ntc|stc|ntts|nttc",
    ),
    # A research and development enterprise (научно-внедренческое предприятие, НВП).
    (
        "nvp",
        r"research and (?:development|implementation) enterprise"
        r"|nauchno vnedrenchesko(?:e|ye) predpri(?:y|i)ati(?:e|ye)|nvp",
    ),
    # A trading house (торговый дом, ТД): "TD Khimmed", "Trading House Khimmed", and a trading
    # and production firm (торгово-производственная фирма, ТПФ).
    ("td", r"trad(?:ing|e) house|torgov(?:yy|yi|y|ij|ii) dom|td"),
    ("tpf", r"trading (?:and )?production firm|torgovo proizvodstvenna(?:ya|ia) firma|tpf"),
    # A machine-building plant (машиностроительный завод, МЗ): "OAO MZ Arsenal", "Arsenal
    # Machine-Building Plant".
    (
        "mz",
        r"machine building (?:plant|factory|works)"
        r"|mashinostroitel(?:nyy|nyi|ny|nyj|nii|nij) zavod|mz",
    ),
    # A machine-building company (машиностроительная компания, МК): "MK Vityaz".
    ("mk", r"machine building company|mashinostroitelna(?:ya|ia) kompani(?:ya|ia)|mk"),
    # An airline (авиакомпания, АК): "AK Barguzin", "Airline Barguzin". Not the other way:
    # "Ak" is also a word of names ("Ak Bars").
    ("ak", r"airlines?|aviakompani(?:ya|ia)"),
    # A management company (управляющая компания, УК) and an oil and gas company
    # (нефтегазовая компания, НГК): "AO UK Radiostandart", "PJSC NGK Slavneft", "Management
    # Company Sibanthracite". The initials only at the start, before the name: "Barclays UK"
    # and "Nord Gold UK Societas" keep their UK.
    (
        "",
        r"management company|upravl(?:ya|ia)yushch(?:aya|aia) kompani(?:ya|ia)|^uk(?= \w)"
        r"|oil and gas company|neftegazov(?:aya|aia) kompani(?:ya|ia)|^ngk(?= \w)",
    ),
    # A production association (производственное объединение, ПО): "PO Strela",
    # "PA Strela", "Production Association Strela".
    ("", rf"(?:production|proizvodstvenn(?:oe|oye)) (?:{_ASSOCIATION})|po|pa"),
    # What a Turkish company does, "Dış Ticaret" (foreign trade), "İç ve Dış Ticaret",
    # "Sanayi ve Ticaret", which the legal forms cut from the Turkish name
    # (`legal_form_institutions`), in the English the lists translate it with: "CTL Foreign
    # Trade Limited" is CTL Dis Ticaret Limited. Only at the end after a word of the name, as
    # the Turkish has it: "Bank for Foreign Trade" and "Ministry of Industry and Trade" keep
    # theirs.
    (
        "",
        r"(?<=\w )(?<!\bfor )(?<!\bof )(?<!\bthe )(?<!\band )"
        r"(?:(?:domestic and )?foreign trad(?:e|ing)|industry and trad(?:e|ing)"
        r"|trad(?:e|ing) and industry)$",
    ),
)
_DESCRIPTORS = re.compile(
    "|".join(rf"\b(?P<kind{i}>{pattern})\b" for i, (_, pattern) in enumerate(_KINDS))
)
# Everything after "named after" / "imeni": an honorary name, written or left out at will.
_NAMED_AFTER = re.compile(r"\b(?:named after|imeni)\b.*$")
# A word every match above starts with: most names have none, and skip the expressions.
_FIRST_WORDS = frozenset(
    {
        "scientific", "research", "state", "federal", "central", "nauchno", "naukovo", "npo",
        "tsnpo", "cspa", "rpa", "npp", "gnpp", "spe", "rpe", "npc", "npts", "nptc", "fnpc",
        "fnpts", "npk", "special", "experimental", "design", "construction", "designing",
        "opytno", "konstruktorskoe", "konstruktorskoye", "kb", "okb", "skb", "sdb", "tskb",
        "named", "imeni", "production", "proizvodstvennoe", "proizvodstvennoye", "po", "pa",
        "ntc", "stc", "ntts", "nttc", "machine", "engineering", "mashinostroitelnoe",
        "mashinostroitelnoye", "mkb", "mdb", "mbdb", "nvp", "trading", "trade", "torgovyy",
        "torgovyi", "torgovy", "torgovij", "torgovii", "td", "tpf", "torgovo",
        "mashinostroitelnaya", "mashinostroitelnaia", "mk", "airline", "airlines",
        "aviakompaniya", "aviakompaniia", "science", "mashinostroitelnyy", "mashinostroitelnyi",
        "mashinostroitelny", "mashinostroitelnyj", "mashinostroitelnii", "mashinostroitelnij",
        "mz", "pkb", "management", "upravlyayushchaya", "upravliaiushchaia", "uk", "oil",
        "neftegazovaya", "neftegazovaia", "ngk", "domestic", "foreign", "industry",
    }
)  # fmt: skip


def without_descriptors(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The tokens with enterprise-kind words as their initials and without honorary names,
    or None if unchanged or nothing would remain."""
    if _FIRST_WORDS.isdisjoint(tokens):
        return None
    text = " ".join(tokens)
    stripped = _DESCRIPTORS.sub(_initials, _NAMED_AFTER.sub(" ", text))
    kept = tuple(stripped.split())
    return kept if kept and kept != tokens else None


def _initials(match: re.Match[str]) -> str:
    kind = int((match.lastgroup or "kind0").removeprefix("kind"))
    return f" {_KINDS[kind][0]} "
