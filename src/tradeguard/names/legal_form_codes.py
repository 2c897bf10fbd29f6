"""Canonical legal-form codes, and the words rigour's org-type table lacks.

rigour's compare forms fold every Russian joint-stock variant (АО, ПАО, ОАО, ЗАО) into "ao",
but the lists distinguish them, so the matched words are looked up here first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .legal_form_arabic import ARABIC_FORMS, ARABIC_ORG_ONLY_FORMS
from .legal_form_institutions import INSTITUTION_FORMS
from .normalize import normalize

_BY_WORDS: dict[str, tuple[str, ...]] = {
    "pjsc": (
        "пао", "pao", "pjsc", "публичное акционерное общество", "public joint stock company",
        "публичное ао", "пат", "публічне акціонерне товариство", "pat",
        "publichnoe aktsionernoe obshchestvo",
    ),
    "ojsc": (
        "оао", "oao", "ojsc", "открытое акционерное общество", "open joint stock company",
        "otkrytoe aktsionernoe obshchestvo", "ват", "відкрите акціонерне товариство",
    ),
    "cjsc": (
        "зао", "zao", "cjsc", "закрытое акционерное общество", "closed joint stock company",
        "zakrytoe aktsionernoe obshchestvo", "зат", "закрите акціонерне товариство",
    ),
    "jsc": (
        "ао", "ao", "jsc", "акционерное общество", "joint stock company", "нао",
        "aktsionernoe obshchestvo", "ат", "акціонерне товариство", "прат",
        "приватне акціонерне товариство",
    ),
    "llc": (
        "ооо", "ooo", "llc", "общество с ограниченной ответственностью", "тов", "tov",
        "limited liability company", "obshchestvo s ogranichennoy otvetstvennostyu",
        "товариство з обмеженою відповідальністю",
    ),
}  # fmt: skip

# rigour compare forms renamed to the codes this package reports.
_COMPARE_CODES = {
    "ooo": "llc", "tov": "llc", "тоо": "llp", "зат": "cjsc", "coltd": "ltd", "fgup": "fsue",
    "gmbhcokg": "gmbh_co_kg", "yu": "llc", "oü": "ou",
    # The Russian institution kinds, under the codes of `legal_form_institutions`.
    "фгбоу во": "fsbei", "фгаоу во": "fsaei", "fgbu": "fsbi", "фгку": "fsgi", "гку": "sgi",
    "мку": "mgi", "фкп": "fkp", "ано": "ano",
}  # fmt: skip

# rigour compare forms that are institution words the translations keep ("State Research
# Institute of ...", "State Scientific Centre ..."), not legal forms: cut from the Russian
# name only, they left the English one its words unmatched. So is a (state) scientific and
# production enterprise, ГНПП: rigour knows some of its spellings, and "AO NPP Pulsar" met
# "Scientific and Production Enterprise Pulsar" without its kind; `org_descriptors` writes
# every spelling as "npp".
NOT_LEGAL_FORMS = frozenset({"госнии", "нц", "gnpp"})

# Legal-form words rigour does not know, as word sequences. `ORG_ONLY` ones are ordinary
# words too ("company"), so they are taken only when the schema says it is an organisation.
ANY_KIND: dict[tuple[str, ...], str] = {
    ("state", "corporation"): "state_corp", ("state", "corp"): "state_corp",
    ("goskorporatsiya",): "state_corp", ("gosudarstvennaya", "korporatsiya"): "state_corp",
    ("государственная", "корпорация"): "state_corp", ("госкорпорация",): "state_corp",
    ("державна", "корпорація"): "state_corp", ("ат",): "jsc", ("прат",): "jsc",
    ("пат",): "pjsc", ("ват",): "ojsc", ("oao",): "ojsc", ("pao",): "pjsc",
    # ПАО as the EU lists translate it for KAMAZ and NEFAZ.
    ("publicly", "traded", "company"): "pjsc",
    # Russian state enterprises and institutions ("FSUE NAMI", "ФГУП «НАМИ»").
    ("fsue",): "fsue", ("fgup",): "fsue", ("фгуп",): "fsue", ("гуп",): "sue", ("gup",): "sue",
    ("federal", "state", "unitary", "enterprise"): "fsue",
    ("федеральное", "государственное", "унитарное", "предприятие"): "fsue",
    ("fgbu",): "fsbi", ("фгбу",): "fsbi", ("fsbi",): "fsbi", ("фкп",): "fkp", ("fkp",): "fkp",
    # Thai companies are บริษัท ... จำกัด (Co., Ltd), public ones ... จำกัด (มหาชน) (PCL).
    ("บริษัท",): "co", ("จำกัด",): "ltd", ("จำกัด", "มหาชน"): "pcl",
    ("ห้างหุ้นส่วนจำกัด",): "lp",
    # Armenian ՍՊԸ, ՓԲԸ, ԲԲԸ and Georgian შპს, სს: LLC, closed and open JSC, LLC, JSC.
    ("սպը",): "llc", ("փբը",): "cjsc", ("բբը",): "ojsc", ("შპს",): "llc", ("სს",): "jsc",
    # South Asian private limited companies, which rigour cuts short ("Pvt Ltd" left "pvt"),
    # and the Gulf's W.L.L. (with limited liability).
    ("pvt", "ltd"): "ltd", ("pvt", "limited"): "ltd", ("private", "ltd"): "ltd",
    ("private", "limited"): "ltd", ("w", "l", "l"): "wll",
    # Ukrainian, Belarusian and Kyrgyz private and unitary enterprises and companies in
    # Cyrillic (ЧП, ЧАО, ЧУП, ЗАА, ОсОО), and the romanised forms of those rigour knows only in
    # Cyrillic (ПрАТ, ТзОВ, ЗАТ, ТАА).
    ("чп",): "pe", ("чао",): "jsc", ("чуп",): "soe", ("заа",): "cjsc", ("осоо",): "llc",
    ("prat",): "jsc", ("tzov",): "llc", ("chup",): "soe", ("osoo",): "llc",
    # The institution kinds and Turkish suffixes, spelt out in several languages.
    **INSTITUTION_FORMS,
    # Gulf, Lebanese and Iranian forms in Arabic script (ش.ذ.م.م, م.د.م.س) and romanised.
    **ARABIC_FORMS,
    # Forms rigour's table writes only with their accents or not at all, as registries and
    # customer files write them spelt out: Spanish, Japanese, Estonian, French, Italian and
    # Portuguese companies; Belarusian joint-venture and foreign-owned LLCs and private
    # trading unitary enterprises (СООО, ИООО, ЧТУП), Bulgarian and Macedonian ones (ЕАД,
    # ДООЕЛ).
    ("sociedad", "limitada"): "sl", ("kabushiki", "kaisha"): "kk", ("kabushikigaisha",): "kk",
    ("godo", "kaisha"): "gk", ("yugen", "kaisha"): "yk", ("osauhing",): "ou",
    ("societe", "anonyme"): "sa", ("societe", "a", "responsabilite", "limitee"): "sarl",
    ("societe", "anonyme", "libanaise"): "sal", ("societa", "per", "azioni"): "spa",
    ("societa", "a", "responsabilita", "limitata"): "srl", ("sociedade", "anonima"): "sa",
    ("unipessoal", "lda"): "lda", ("сооо",): "llc", ("иооо",): "llc", ("чтуп",): "soe",
    ("еад",): "ead", ("дооел",): "dooel",
    # Central Asian forms, as companies trading between the EU and Russia write them: Uzbek
    # joint-stock companies (aksiyadorlik jamiyati), Kyrgyz LLCs (ЖЧК) and Tajik ones (ҶДММ).
    ("aksiyadorlik", "jamiyati"): "jsc", ("aksiyadorlik", "jamiyat"): "jsc",
    ("акциядорлик", "жамияти"): "jsc", ("жчк",): "llc", ("jchk",): "llc",
    ("жоопкерчилиги", "чектелген", "коому"): "llc", ("ҷдмм",): "llc", ("jdmm",): "llc",
}  # fmt: skip
ORG_ONLY: dict[tuple[str, ...], str] = {
    ("co", "ltd"): "ltd", ("company", "ltd"): "ltd", ("co", "limited"): "ltd",
    ("company", "limited"): "ltd", ("corporation",): "corp", ("corp",): "corp",
    ("company",): "co", ("co",): "co", ("a", "s"): "as", ("a", "ş"): "as",
    # "ПАО Компания «Сухой»" / "Sukhoi Company": the Russian word goes where the English does.
    ("компания",): "co", ("kompaniya",): "co", ("kompaniia",): "co", ("компанія",): "co",
    # АНО (autonomous non-profit organisation) and ЧВК (private military company), romanised
    # and translated.
    ("ano",): "ano", ("pmc",): "mil", ("chvk",): "mil",
    # A group of companies (группа компаний, ГК), which lists write spelt out, translated,
    # transliterated or as its initials: "ГК Структура", "GK STRUKTURA", "Company Group
    # Struktura", "Yadro Group of Companies". Like a legal form it says what kind of body the
    # name is, not which. ГК is also a state corporation (ГК «Росатом»), a body of another
    # kind that is as little a word of its name.
    ("группа", "компаний"): "group", ("група", "компаній"): "group", ("гк",): "group",
    ("gruppa", "kompaniy"): "group", ("gruppa", "kompanii"): "group",
    ("hrupa", "kompanii"): "group", ("group", "of", "companies"): "group",
    ("company", "group"): "group",
    # Gulf forms rigour lacks: free zone companies, the Lebanese S.A.L.; Iran's private
    # (closed) joint stock and private companies; Kazakh ТОО. Not SPC (single person company)
    # or NAO (непубличное АО): as often a company's own initials or a given name (SPC Trading,
    # Nao Trading), which a legal form at the start would cut away.
    ("wll",): "wll", ("fzc",): "fzc", ("s", "a", "l"): "sal",
    ("private", "joint", "stock", "company"): "cjsc", ("private", "company"): "co",
    ("too",): "llp", ("chp",): "pe", ("zat",): "cjsc", ("taa",): "llc",
    # Limited in Arabic, Persian and Urdu script (المحدودة, لمتد).
    **ARABIC_ORG_ONLY_FORMS,
    # Short forms rigour's table lacks, or has only with their accents or dots: Spanish S.L.
    # and S.L.U., Estonian OÜ written OU, Bulgarian EOOD, EAD and АД, Macedonian DOOEL,
    # Japanese K.K., Indonesian Tbk, Czech and Polish forms spaced out, French SASU, Swiss
    # Sagl, Venezuelan C.A., Norwegian ASA, Greek A.E., E.P.E. and I.K.E., Kazakh ZhShS,
    # Icelandic ehf, Egyptian S.A.E., Gulf public companies (B.S.C., Q.P.S.C., K.S.C.,
    # K.S.C.P., P.S.C.) and the Gulf's trading establishments ("Al Noor Trading Est.").
    ("s", "l"): "sl", ("sl",): "sl", ("s", "l", "u"): "slu", ("slu",): "slu", ("ou",): "ou",
    ("eood",): "eood", ("ead",): "ead", ("e", "a", "d"): "ead", ("ад",): "ad",
    ("dooel",): "dooel", ("d", "o", "o", "e", "l"): "dooel", ("k", "k"): "kk", ("kk",): "kk",
    ("tbk",): "tbk", ("spol", "s", "r", "o"): "sro", ("sp", "z", "o", "o"): "spzoo",
    ("sp", "j"): "spj", ("sp", "k"): "spk", ("sasu",): "sasu", ("sagl",): "sagl",
    ("s", "a", "r", "l"): "sarl", ("sarl",): "sarl",
    ("c", "a"): "ca", ("asa",): "asa", ("a", "e"): "ae", ("e", "p", "e"): "epe", ("epe",): "epe",
    ("i", "k", "e"): "ike", ("ike",): "ike", ("zhshs",): "llp", ("ehf",): "ehf",
    ("s", "a", "e"): "sae", ("sae",): "sae", ("b", "s", "c"): "bsc", ("bsc",): "bsc",
    ("bsc", "c"): "bsc", ("b", "s", "c", "c"): "bsc", ("q", "p", "s", "c"): "qpsc",
    ("qpsc",): "qpsc", ("k", "s", "c"): "ksc", ("ksc",): "ksc", ("k", "s", "c", "p"): "kscp",
    ("kscp",): "kscp", ("kscc",): "kscc", ("p", "s", "c"): "psc", ("psc",): "psc",
    ("est",): "est", ("establishment",): "est",
    # Liechtenstein's Anstalt, which English lists translate: AVIATRANS ANSTALT is AVIATRANS
    # ESTABLISHMENT on the UK and UN lists.
    ("anstalt",): "est",
}  # fmt: skip


def plain_word(word: str) -> str:
    """`word` without its accents, Turkish ı as i: "Dış Ticaret Şirketi" is also written
    "Diș" (comma below), "Dis" and "Sirketi", so the words are looked up in this form."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.replace("ı", "i"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _plain(table: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    return {tuple(plain_word(word) for word in words): code for words, code in table.items()}


# Looked up with the words of a name in `plain_word` form.
ANY_KIND = _plain(ANY_KIND)
ORG_ONLY = _plain(ORG_ONLY)
FIRST_WORDS = frozenset(words[0] for words in (*ANY_KIND, *ORG_ONLY))
# The most words an entry has: "federal state budgetary educational institution of higher
# professional education".
MAX_WORDS = max(len(words) for words in (*ANY_KIND, *ORG_ONLY))

# Written without spaces after Han, Kana or Hangul names, so matched as affixes.
CJK_AFFIXES: tuple[tuple[str, str], ...] = (
    ("股份有限公司", "jsc"), ("有限责任公司", "llc"), ("有限責任公司", "llc"),
    ("有限公司", "ltd"), ("株式会社", "kk"), ("有限会社", "yk"), ("주식회사", "jsc"),
    ("(주)", "jsc"), ("(株)", "kk"), ("유한회사", "llc"), ("유한책임회사", "llc"),
)  # fmt: skip


def _compact(words: str) -> str:
    return normalize(words).replace(" ", "")


_CODE_BY_WORDS = {_compact(word): code for code, words in _BY_WORDS.items() for word in words}


@lru_cache(maxsize=4096)
def legal_form_code(matched: str, compare_form: str | None, generic_form: str | None) -> str:
    """The canonical code for the words `matched`, given rigour's compare and generic forms."""
    code = _CODE_BY_WORDS.get(_compact(matched))
    if code:
        return code
    for form in (compare_form, generic_form):
        if form and form.isascii():
            form = _COMPARE_CODES.get(form, form)
            return re.sub(r"[^a-z0-9]+", "_", form.lower()).strip("_")
        if form in _COMPARE_CODES:
            return _COMPARE_CODES[form]
    return "other"


# The short forms written before a name, as those of other languages are not: Russian АО in
# Latin letters, Indonesian PT and CV, Swedish AB, Finnish Oy, Ukrainian PE (ПП) and IP (ИП),
# and the Russian kinds GK, IK, GP and KB. Before a name, "IS", "IN", "AG", "SA", "NA" and "LT"
# are its words ("IS BANK", İş Bankası; "IS PHILIPPINES"; "LT Global Forwarding").
PREFIX_FORMS = frozenset({"ao", "pt", "cv", "ab", "oy", "pe", "ip", "gk", "ik", "gp", "kb"})


def may_open_name(matched: str) -> bool:
    """Whether a legal form may be written before the name: any but an ambiguous short one in
    Latin letters (`is_ambiguous`) that is not one of PREFIX_FORMS."""
    return not (matched.isascii() and is_ambiguous(matched)) or _compact(matched) in PREFIX_FORMS


def is_ambiguous(matched: str) -> bool:
    """Short Latin or spelt-out-letter forms ("sa", "ag", "a.g.") are also name words or initials.

    Two-letter Cyrillic forms (АО, АТ, ИП) are not: no Russian or Ukrainian name word is spelt so.
    """
    compact = _compact(matched)
    if all(len(word) == 1 for word in normalize(matched).split()):
        return True
    return len(compact) < 3 and compact.isascii()
