"""The Remarks column of OFAC's legacy SDN.CSV: ';'-separated clauses such as
"DOB 08 Jan 1984; POB Pyongyang, North Korea; Gender Male; a.k.a. 'KIM JONG-UN'".

`apply_remarks` writes what it understands onto an Entity and keeps every clause it does not
understand in `notes`, so nothing OFAC said is lost and no odd clause stops a load.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tradeguard.countries import country_code
from tradeguard.dates import MAX_RANGE_YEARS, parse_date
from tradeguard.model import Entity, Identifier, IdentifierType, NameKind, Quality

# OFAC writes the same fact for the second time with an "alt." prefix ("alt. DOB 1985").
_ALT = r"^(?:alt\.\s+)?"
# Clauses are '; '-separated, but a few rows omit the space ("possibly Palestinian;arrested").
_CLAUSE_SPLIT = re.compile(r";\s*")
_DOB = re.compile(_ALT + r"DOB\s+(?P<value>.+)$")
_POB = re.compile(_ALT + r"POB\s+(?P<value>.+)$")
_NATIONALITY = re.compile(_ALT + r"(?:nationality|citizen)\s+(?P<value>.+)$")
# Aircraft and vessels carry the country they are registered in, not a nationality.
_REGISTRATION_COUNTRY = re.compile(_ALT + r"Nationality of Registration\s+(?P<value>.+)$")
_GENDER = re.compile(r"^Gender\s+(?P<value>Male|Female)$", re.IGNORECASE)
# Remarks quote a.k.a.s in single quotes; names themselves contain apostrophes ('ABD AL-HADI),
# so the name runs to the last quote of the clause.
_AKA = re.compile(_ALT + r"(?P<kind>[afn])\.k\.a\.,?\s+'(?P<value>.+)'$")
_LINKED = re.compile(r"^Linked To:\s*(?P<value>.+)$")
# IMO numbers come under several labels ("Vessel Registration Identification IMO 9167148",
# "Company Number IMO 5055293"); the 7 digits after "IMO" are what matters.
_IMO = re.compile(
    _ALT + r"(?P<label>[A-Za-z ]*)IMO\s+(?P<value>\d{7})(?:\s*\((?P<country>[^()]*)\))?$"
)
# Some vessels give the IMO number without saying so ("Vessel Registration Identification
# 8606173"); its check digit tells it from a national registration number.
_BARE_IMO = re.compile(_ALT + r"(?P<label>Vessel Registration Identification)\s+(?P<value>\d{7})$")
# Virtual currency addresses identify a party as well as a passport does.
_CRYPTO = re.compile(_ALT + r"(?P<label>Digital Currency Address - \w+)\s+(?P<value>\w+)$")
_DATE_RANGE = re.compile(r"^(?P<start>.+?)\s+to\s+(?P<end>.+)$")
# Passports carry their validity after the country: "(Tunisia) issued 19 Jun 1987 expires ...".
_VALIDITY = re.compile(r"\s+(?:issued|expires)\b.*$")
_TRAILING_PAREN = re.compile(r"\s*\((?P<inner>[^()]*)\)$")

# The source's label -> our identifier type. Labels are OFAC's exact wording.
ID_LABELS: dict[str, IdentifierType] = {
    "Passport": "passport",
    "Diplomatic Passport": "passport",
    "Passport Booklet": "passport",
    "National ID No.": "national_id",
    "Cedula No.": "national_id",
    "D.N.I.": "national_id",
    "Personal ID Card": "national_id",
    "Identification Number": "national_id",
    "Kenyan ID No.": "national_id",
    "Tazkira National ID Card": "national_id",
    "National Foreign ID Number": "national_id",
    "C.U.R.P. #": "national_id",
    "C.U.R.P.": "national_id",
    "C.U.I.": "national_id",
    "Turkish Identification Number": "national_id",
    "Numero de Identidad": "national_id",
    "Citizen's Card Number": "national_id",
    "UAE Identification": "national_id",
    "Moroccan Personal ID No.": "national_id",
    "Bosnian Personal ID No.": "national_id",
    "I.F.E.": "national_id",
    "C.U.I.P.": "national_id",
    "CNP (Personal Numerical Code)": "national_id",
    "Stateless Person ID Card": "national_id",
    "Refugee ID Card": "national_id",
    "Stateless Person Passport": "passport",
    "SSN": "national_id",
    "Tax ID No.": "tax_id",
    "NIT #": "tax_id",
    "RUC #": "tax_id",
    "RIF #": "tax_id",
    "R.F.C. #": "tax_id",
    "R.F.C.": "tax_id",
    "C.U.I.T.": "tax_id",
    "C.I.F.": "tax_id",
    "RTN": "tax_id",
    "RFC": "tax_id",
    "Fiscal Code": "tax_id",
    "Romanian Tax Registration": "tax_id",
    "Paraguayan tax identification number": "tax_id",
    "Numero Unico de Identificacao Tributaria (NUIT)": "tax_id",
    "Italian Fiscal Code": "tax_id",
    "V.A.T. Number": "tax_id",
    "US FEIN": "tax_id",
    "Registration Number": "registration",
    "Registration ID": "registration",
    "Business Registration Number": "registration",
    "Business Registration Document #": "registration",
    "Company Number": "registration",
    "UK Company Number": "registration",
    "Commercial Registry Number": "registration",
    "C.R. No.": "registration",
    "Government Gazette Number": "registration",
    "Unified Social Credit Code (USCC)": "registration",
    "Folio Mercantil No.": "registration",
    "Matricula Mercantil No": "registration",
    "Trade License No.": "registration",
    "Chamber of Commerce Number": "registration",
    "Economic Register Number (CBLS)": "registration",
    "Enterprise Number": "registration",
    "Business Number": "registration",
    "Public Registration Number": "registration",
    "Central Registration System Number": "registration",
    "Istanbul Chamber of Comm. No.": "registration",
    "Registered Charity No.": "registration",
    "File Number": "registration",
    "United Social Credit Code Certificate (USCCC)": "registration",
    "Certificate of Incorporation Number": "registration",
    "Dubai Chamber of Commerce Membership No.": "registration",
    "Branch Unit Number": "registration",
    "LE Number": "registration",
    "License": "registration",
    "Romanian C.R.": "registration",
    "MSB Registration Number": "registration",
    "Tourism License No.": "registration",
    "Vessel Registration Identification": "registration",
    "Legal Entity Number": "lei",
    "SWIFT/BIC": "swift",
    "MMSI": "mmsi",
    "Aircraft Manufacturer's Serial Number (MSN)": "aircraft_serial",
    "Aircraft Serial Identification": "aircraft_serial",
    # For most types the construction number is the serial number; the label keeps the nuance.
    "Aircraft Construction Number (also called L/N or S/N or F/N)": "aircraft_serial",
    "Aircraft Tail Number": "aircraft_tail",
    "Previous Aircraft Tail Number": "aircraft_tail",
    "Other Vessel Call Sign": "call_sign",
    "Vessel Call Sign": "call_sign",
    "Aircraft Mode S Transponder Code": "other",
    "Travel Document Number": "other",
    "Residency Number": "other",
    "Birth Certificate Number": "other",
    "Electoral Registry No.": "other",
    "Credencial electoral": "other",
    "Driver's License No.": "other",
    "Cartilla de Servicio Militar Nacional": "other",
    "D-U-N-S Number": "other",
    "BIK (RU)": "other",
    "SRE Permit No.": "other",
    "Permit Number": "other",
    "Afghan Money Service Provider License Number": "other",
    "Military Registration Number": "other",
    "Immigration No.": "other",
    "Public Security and Immigration No.": "other",
    "VisaNumberID": "other",
    "ISIN": "other",
    "Pilot License Number": "other",
    "Seafarer's Identification Document": "other",
}
# Longest label first, so "Business Registration Number" wins over "Registration Number".
_ID = re.compile(
    _ALT
    + "(?P<label>"
    + "|".join(re.escape(label) for label in sorted(ID_LABELS, key=len, reverse=True))
    + r"):?\s+(?P<rest>.*\w.*)$"
)
_NAME_KINDS: dict[str, tuple[NameKind, Quality]] = {
    # The legacy CSV keeps OFAC's strong a.k.a.s in ALT.CSV and moves the weak (low quality)
    # ones into Remarks; none of the remark a.k.a.s appear in ALT.CSV. So every name here is weak.
    "a": ("weak_alias", "weak"),
    "n": ("weak_alias", "weak"),
    # A weak f.k.a. stays a previous name; `quality` carries the weakness.
    "f": ("previous", "weak"),
}


def split_clauses(remarks: str | None) -> list[str]:
    """The clauses of a Remarks value, without the full stop OFAC ends the column with."""
    if remarks is None:
        return []
    text = remarks.strip()
    if text.endswith("."):
        text = text[:-1]
    return [clause.strip() for clause in _CLAUSE_SPLIT.split(text) if clause.strip()]


def apply_remarks(entity: Entity, remarks: str | None) -> list[str]:
    """Write the facts in `remarks` onto `entity`; return the "Linked To:" names to resolve."""
    linked: list[str] = []
    for clause in split_clauses(remarks):
        link = _LINKED.match(clause)
        if link:
            linked.append(link.group("value").strip())
        elif not _apply_clause(entity, clause) and clause not in entity.positions:
            # Remarks repeat the Title column; a position is not a note as well.
            entity.add_unique("notes", clause)
    return linked


def _apply_clause(entity: Entity, clause: str) -> bool:
    """Apply the first handler whose pattern matches; False when none understood the clause."""
    for pattern, handler in _BY_WORD.get(_first_word(clause), _GENERIC):
        match = pattern.match(clause)
        if match and handler(entity, match):
            return True
    return False


def _first_word(clause: str) -> str:
    words = clause.split(" ", 2)
    return words[1] if words[0] == "alt." and len(words) > 1 else words[0]


def _dob(entity: Entity, match: re.Match[str]) -> bool:
    dates = parse_dob(match.group("value"))
    for date in dates:
        entity.add_unique("birth_dates", date)
    return bool(dates)


def parse_dob(text: str) -> list[str]:
    """Dates of birth as OFAC writes them, including ranges of full dates.

    "01 Jan 1973 to 31 Dec 1973" is how OFAC says "some day in 1973"; we keep the precision the
    range actually pins down instead of inventing a day.
    """
    dates = parse_date(text)
    if dates:
        return dates
    match = _DATE_RANGE.match(text.strip())
    if not match:
        return []
    start, end = parse_date(match.group("start")), parse_date(match.group("end"))
    if len(start) != 1 or len(end) != 1:
        return []
    return _cover(start[0], end[0])


def _cover(start: str, end: str) -> list[str]:
    """The coarsest ISO prefixes that cover start..end: a month, a year or a run of years."""
    if start == end:
        return [start]
    if start[:7] == end[:7] and len(start) >= 7:
        return [start[:7]]
    first, last = int(start[:4]), int(end[:4])
    if not 0 <= last - first <= MAX_RANGE_YEARS:
        return []
    return [f"{year:04d}" for year in range(first, last + 1)]


def _pob(entity: Entity, match: re.Match[str]) -> bool:
    entity.add_unique("birth_places", match.group("value"))
    return True


def _nationality(entity: Entity, match: re.Match[str]) -> bool:
    # "nationality possibly Palestinian" is no ISO code; the caller keeps it as a note.
    code = country_code(match.group("value"))
    entity.add_unique("nationalities", code)
    return code is not None


def _registration_country(entity: Entity, match: re.Match[str]) -> bool:
    code = country_code(match.group("value"))
    entity.add_unique("countries", code)
    return code is not None


def _gender(entity: Entity, match: re.Match[str]) -> bool:
    entity.gender = "male" if match.group("value").lower() == "male" else "female"
    return True


def _weak_name(entity: Entity, match: re.Match[str]) -> bool:
    kind, quality = _NAME_KINDS[match.group("kind")]
    add_name_once(entity, match.group("value"), kind, quality)
    return True


def add_name_once(entity: Entity, value: str, kind: NameKind, quality: Quality) -> None:
    """Add a name unless the entity has it already in any letter case (ALT.CSV repeats
    the primary name, and remarks repeat ALT.CSV names in other cases)."""
    folded = " ".join(value.split()).casefold()
    if any(name.value.casefold() == folded for name in entity.names):
        return
    entity.add_name(value, kind, quality)


def _imo(entity: Entity, match: re.Match[str]) -> bool:
    label = f"{match.group('label').strip()} IMO".strip()
    country = country_code(match.groupdict().get("country"))
    entity.add_identifier(Identifier("imo", match.group("value"), country, label))
    return True


def _bare_imo(entity: Entity, match: re.Match[str]) -> bool:
    if not is_imo_number(match.group("value")):
        return False
    return _imo(entity, match)


def is_imo_number(value: str) -> bool:
    """IMO ship numbers: 7 digits, the last the sum of the first six weighted 7..2, mod 10."""
    if len(value) != 7 or not value.isdigit():
        return False
    total = sum(
        int(digit) * weight for digit, weight in zip(value[:6], range(7, 1, -1), strict=True)
    )
    return total % 10 == int(value[6])


def _crypto(entity: Entity, match: re.Match[str]) -> bool:
    entity.add_identifier(Identifier("other", match.group("value"), None, match.group("label")))
    return True


def _identifier(entity: Entity, match: re.Match[str]) -> bool:
    label = match.group("label")
    value, country, extra = split_id_value(match.group("rest"))
    if not value:
        return False
    # Parentheses that are no country ("(Medellin)", "(Delaware)") qualify the number.
    wording = f"{label} ({'; '.join(extra)})" if extra else label
    entity.add_identifier(Identifier(ID_LABELS[label], value, country, wording))
    return True


def split_id_value(rest: str) -> tuple[str, str | None, list[str]]:
    """Split "7744001497 (Russia) issued 2010" into the number, the country and other qualifiers."""
    text = _VALIDITY.sub("", rest.strip())
    country: str | None = None
    extra: list[str] = []
    while match := _TRAILING_PAREN.search(text):
        inner = match.group("inner").strip()
        code = country_code(inner)
        if code is not None and country is None:
            country = code
        elif inner:
            extra.insert(0, inner)
        text = text[: match.start()]
    return text.strip(" ,"), country, extra


_Handler = Callable[[Entity, re.Match[str]], bool]
_Handlers = tuple[tuple[re.Pattern[str], _Handler], ...]
# Identifier labels start with many different words, so any clause whose first word has no
# handler of its own tries these. IMO comes first: "Identification Number IMO 5342883".
_GENERIC: _Handlers = (
    (_IMO, _imo),
    (_BARE_IMO, _bare_imo),
    (_CRYPTO, _crypto),
    (_ID, _identifier),
)
_NAMES: _Handlers = ((_AKA, _weak_name),)
# The first word (after "alt.") picks the handlers, so a note is not tried against every pattern.
_BY_WORD: dict[str, _Handlers] = {
    "DOB": ((_DOB, _dob),),
    "POB": ((_POB, _pob),),
    "nationality": ((_NATIONALITY, _nationality),),
    "citizen": ((_NATIONALITY, _nationality),),
    "Nationality": ((_REGISTRATION_COUNTRY, _registration_country),),
    "Gender": ((_GENDER, _gender),),
    "a.k.a.": _NAMES,
    "a.k.a.,": _NAMES,
    "f.k.a.": _NAMES,
    "f.k.a.,": _NAMES,
    "n.k.a.": _NAMES,
    "n.k.a.,": _NAMES,
}
