"""Legal forms of Russian state and municipal institutions, Russian legal forms romanised in
mixed spellings, the Kazakh LLP (ЖШС), and Turkish company suffixes: the spellings rigour's
org-type table lacks.

A Russian public body's name starts with its kind, which lists write as initials (ФГБОУ ВО,
FSBEI HE), in full in Russian, transliterated, or translated ("Federal State Budgetary
Educational Institution of Higher Education"), or leave out. Left in, the translated kind is
five to nine words that the other spellings of the name do not share, so the name's own
words are outvoted. Turkish names end in the company type ("Anonim Şirketi", "Ltd. Şti.")
after "Sanayi ve Ticaret" (industry and trade) or "Dış Ticaret" (foreign trade), which
translations shorten or drop, and are written with or without the Turkish letters.

Written from the Russian organisational-legal forms (Civil Code, law on non-commercial
organisations) and Turkish commercial law, and their usual English renderings; not derived
from any list. Each entry is `code: phrase, phrase, ...` (continued on lines that start with
a space); a phrase is matched as its sequence of words, so hyphens and dots do not matter,
nor accents (`legal_form_codes.plain_word`: şirketi, șirketi and sirketi are one word).
"""

from __future__ import annotations

import itertools
import re

_WORD = re.compile(r"\w+")

_TABLE = """
fsbei: federal state budgetary educational institution of higher education,
 federal state budgetary educational institution of higher professional education,
 federal state budgetary educational institution, fsbei he, fsbei, fgbou vo, fgbou, фгбоу,
 федеральное государственное бюджетное образовательное учреждение высшего
 профессионального образования,
 федеральное государственное бюджетное образовательное учреждение
fsaei: federal state autonomous educational institution of higher education,
 federal state autonomous educational institution of higher professional education,
 federal state autonomous educational institution, fsaei he, fsaei, fgaou vo, fgaou, фгаоу,
 федеральное государственное автономное образовательное учреждение высшего образования,
 федеральное государственное автономное образовательное учреждение
fsbi: federal state budgetary institution of science, federal state budget institution of science,
 fsbis,
 federal state budgetary scientific institution, federal state budget scientific institution,
 federal state budgetary institution, federal state budget institution,
 federal state budgetary establishment, federal budgetary institution of science, fgbnu, фгбну,
 федеральное государственное бюджетное учреждение науки,
 федеральное государственное бюджетное научное учреждение
fsai: federal state autonomous institution, federal autonomous institution,
 federal state autonomous scientific institution, fgau, фгау,
 федеральное государственное автономное учреждение, федеральное автономное учреждение,
 федеральное государственное автономное научное учреждение
fsgi: federal state public institution, federal state treasury institution,
 federal state government institution, federal government institution,
 federal treasury institution, federal state owned institution,
 федеральное государственное казенное учреждение, федеральное казенное учреждение
fkp: federal treasury enterprise, federal state treasury enterprise,
 federal government enterprise, federal state owned enterprise, federal state enterprise,
 federalne kazenne pidpryiemstvo
mup: municipal unitary enterprise, муп
sbi: state budgetary institution, state budget institution, государственное бюджетное учреждение,
 гбу
sai: state autonomous institution, государственное автономное учреждение, гау
sgi: state public institution, state treasury institution, государственное казенное учреждение
mbi: municipal budgetary institution, municipal budget institution,
 муниципальное бюджетное учреждение, мбу
mai: municipal autonomous institution, муниципальное автономное учреждение
mgi: municipal state institution, municipal treasury institution,
 муниципальное казенное учреждение
ppk: public law company, публично правовая компания, ппк
ano: autonomous non commercial organization, autonomous non commercial organisation
jv: совместное предприятие, joint venture
mil: private military company, частная военная компания
llp: жауапкершілігі шектеулі серіктестігі, жшс
soe: state owned enterprise
as: anonim sirketi
ltd: limited sirketi, ltd sti
trade: sanayi ve ticaret, sanayi ve tic, san ve ticaret, san ve tic, ticaret ve sanayi,
 tic ve san, ic ve dis ticaret, dis ticaret, dis tic, ticaret
"""

# The same kinds and the Russian legal forms romanised, written here in BGN spelling; each
# word is also taken in the ICAO ("ogranichennoi otvetstvennostiu"), j ("ogranichennoj
# otvetstvennostju") and press ("aktsionernoe") spellings, since one name mixes them.
_ROMANISED = """
fsbei: federalnoye gosudarstvennoye byudzhetnoye obrazovatelnoye uchrezhdeniye vysshego
 obrazovaniya, federalnoye gosudarstvennoye byudzhetnoye obrazovatelnoye uchrezhdeniye
fsbi: federalnoye gosudarstvennoye byudzhetnoye uchrezhdeniye nauki,
 federalnoye gosudarstvennoye byudzhetnoye nauchnoye uchrezhdeniye,
 federalnoye gosudarstvennoye byudzhetnoye uchrezhdeniye
fsai: federalnoye gosudarstvennoye avtonomnoye uchrezhdeniye,
 federalnoye avtonomnoye uchrezhdeniye
fsgi: federalnoye gosudarstvennoye kazennoye uchrezhdeniye, federalnoye kazennoye uchrezhdeniye
fkp: federalnoye kazennoye predpriyatiye
fsue: federalnoye gosudarstvennoye unitarnoye predpriyatiye
sue: gosudarstvennoye unitarnoye predpriyatiye
mup: munitsipalnoye unitarnoye predpriyatiye
sbi: gosudarstvennoye byudzhetnoye uchrezhdeniye
mbi: munitsipalnoye byudzhetnoye uchrezhdeniye
ppk: publichno pravovaya kompaniya
ano: avtonomnaya nekommercheskaya organizatsiya
mil: chastnaya voyennaya kompaniya
jv: sovmestnoye predpriyatiye
llp: tovarishchestvo s ogranichennoy otvetstvennostyu
llc: obshchestvo s ogranichennoy otvetstvennostyu
jsc: aktsionernoye obshchestvo
pjsc: publichnoye aktsionernoye obshchestvo
ojsc: otkrytoye aktsionernoye obshchestvo
cjsc: zakrytoye aktsionernoye obshchestvo
"""
# BGN letters and their ICAO, j and press spellings, longest first within each.
_SPELLINGS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("shch", "sch"),),
    (("oye", "oe"), ("iye", "ie"), ("yu", "iu"), ("ya", "ia"), ("yy", "yi"), ("iy", "ii"),
     ("oy", "oi")),
    (("oye", "oe"), ("iye", "ie"), ("yu", "ju"), ("ya", "ja"), ("yy", "yj"), ("iy", "ij"),
     ("oy", "oj")),
    (("oye", "oe"), ("iye", "ie")),
)  # fmt: skip


def _load() -> dict[tuple[str, ...], str]:
    table = {
        tuple(_WORD.findall(phrase.casefold())): code
        for code, phrases in table_entries(_TABLE)
        for phrase in phrases
    }
    for code, phrases in table_entries(_ROMANISED):
        for phrase in phrases:
            spellings = [_spellings(word) for word in phrase.split()]
            table.update((words, code) for words in itertools.product(*spellings))
    return table


def _spellings(word: str) -> tuple[str, ...]:
    """The BGN word and its other romanisations."""
    found = {word}
    for replacements in _SPELLINGS:
        spelt = word
        for bgn, other in replacements:
            spelt = spelt.replace(bgn, other)
        found.add(spelt)
    return tuple(sorted(found))


def table_entries(table: str) -> list[tuple[str, list[str]]]:
    """(code, phrases) for each `code: ...` entry; continuation lines start with a space."""
    joined = table.strip().replace("\n ", " ")
    entries: list[tuple[str, list[str]]] = []
    for line in joined.splitlines():
        code, rest = line.split(":", 1)
        entries.append((code, [phrase.strip() for phrase in rest.split(",") if phrase.strip()]))
    return entries


INSTITUTION_FORMS: dict[tuple[str, ...], str] = _load()
