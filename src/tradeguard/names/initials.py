"""The initials of an organisation's name, as one more form of it: "IRGC" for Islamic
Revolutionary Guard Corps, "PFLP" for Popular Front for the Liberation of Palestine, "USC" for
PJSC United Shipbuilding Corporation, "101 LID" for 101 Light Infantry Division.

Analysts and counterparties write the acronym; lists often give only the full name. A listed
name's initials (`listed_forms`) are matched by a query written as that acronym. The other way
round, a customer file gives the full name ("АО «Новосибирский Завод Искусственного Волокна»")
where a list gives only the acronym ("AO NZIV"): a query's initials (`query_forms`) are matched
only by a listed name that is that acronym and nothing else. Initials never meet initials, so
two unrelated full names that share them ("Korea International Exhibition Corporation",
"Kuwait Investment Energy Company") never meet through them. An acronym the list itself writes
in mixed case, as Russian abbreviations are ("КнААЗ", "ГосНИИАС"), is matched only as written too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .analyze import ENGLISH_READINGS, analyze_name, schema_kind
from .arabic import ENGLISH_WORDS
from .arabic_org_words import english_vocabulary
from .ascii import fold_token
from .model import Kind, NameForm
from .normalize import fold_case, normalize
from .russian_org_words import names_a_kind_of_organisation
from .russian_readings import in_russian

INITIALS = "initials"
QUERY_INITIALS = "query initials"
# Shorter acronyms are everybody's ("CP", "HM"); longer ones are rarely written as acronyms.
MIN_LETTERS, MAX_LETTERS = 3, 8
# Words an acronym skips: "Popular Front for the Liberation of Palestine" is PFLP.
SKIPPED = frozenset(
    {"of", "the", "for", "and", "in", "on", "at", "to", "by", "de", "du", "des", "la", "le",
     "les", "et", "y", "del", "di", "da", "und", "der", "fur"}
)  # fmt: skip
# A query's initials are everyday letters more often than a listed name's, which a list chose
# to give: they need more letters, and no one-letter word ("S.L.", "e figli") among the words.
# Three do for a Russian name that ends in a kind of organisation, as Russian acronyms of
# enterprises do: Самарский металлургический завод is SMZ, Русское имперское движение RID.
QUERY_MIN_LETTERS = 4
# Where the name proper ends: "Design Bureau ... named after A.G. Shipunov" is KBP, not KBPAGS.
_ENDS = frozenset({"named", "imeni", "im"})
# Marks of a field that holds several names or a name in brackets (`alternatives`,
# `analyze_name`): whose initials would mix two names. A plain test, as this runs for every
# listed name.
_SEVERAL = (";", "/", ",", "(", "k.a", "K.A")
# A patronymic, Russian, Ukrainian or Belarusian: a person's name that a list files as a legal
# entity ("Olga Petrovna Kuznetsova"), whose initials are no acronym ("АО «ОПК»" met it).
_PATRONYMIC = re.compile(
    r"^[a-z]{2,}(?:ovich|evich|ovych|evych|avich|ovna|evna|ivna|yvna|auna|euna)$"
)
# The words of a name, as `is_acronym_cased` reads them: letters only.
_WORD = re.compile(r"[^\W\d_]+")
# Cyrillic letters romanised as two, which Russian initials in Latin letters keep whole:
# Челябинский металлургический комбинат is ChMK, Хабаровский судостроительный завод KhSZ.
_DIGRAPHS = ("kh", "zh", "ch", "sh", "ts")
# Abjads write no initials: an Arabic or Hebrew acronym is spelt out as a word (ساترا, SATRA),
# and a name's rendering is no source of one (an Arabic-script name's English glossary words
# are, `_arabic_script_english`).
NO_INITIALS = frozenset({"Arabic", "Hebrew"})


def listed_forms(
    name: str, schema: str | None = None, lang: str | None = None
) -> tuple[NameForm, ...]:
    """The forms a listed name is indexed and compared by: `analyze_name`'s, then its
    initials."""
    forms = _written_acronyms(name, schema, analyze_name(name, schema, lang), lang)
    return forms + listed_initials(name, schema, forms)


def _written_acronyms(
    name: str, schema: str | None, forms: tuple[NameForm, ...], lang: str | None
) -> tuple[NameForm, ...]:
    """`forms`, with an organisation's one-word form that renders an acronym written in mixed
    case ("КнААЗ" in brackets after the full name) matched only as written, as INITIALS are:
    "Gnatz" sounds like "knaaz" but is no spelling of it."""
    if schema_kind(schema) is Kind.PERSON:
        return forms
    acronyms = [word for word in _WORD.findall(name) if is_acronym_cased(word)]
    if not acronyms:
        return forms
    rendered = {form.tokens for word in acronyms for form in analyze_name(word, schema, lang)}
    return tuple(
        replace(form, method=INITIALS)
        if len(form.tokens) == 1 and form.tokens in rendered
        else form
        for form in forms
    )


def is_acronym_cased(word: str) -> bool:
    """Whether a word is written as an acronym with lower-case letters in it: at least two
    capitals, at least as many as lower-case letters, and some of each, as Russian
    abbreviations are written ("КнААЗ", "ГосНИИАС", "TsNII"). A brand in capitals ("ТАКО") may
    be a word, and a surname with a capital inside ("McDonald") is no acronym; nor is a word of
    more than MAX_LETTERS letters."""
    upper = sum(char.isupper() for char in word)
    lower = sum(char.islower() for char in word)
    return lower > 0 and upper >= max(2, lower) and len(word) <= MAX_LETTERS


def query_forms(
    name: str, schema: str | None = None, lang: str | None = None
) -> tuple[NameForm, ...]:
    """The forms a query is compared by: `analyze_name`'s, then its initials (QUERY_INITIALS)
    when it names an organisation, from its first rendering and from the English one of a
    Russian name, without legal forms, and from a Latin name's words with its spelt-out
    legal form, as `listed_initials` takes them ("... Manufacturing Corporation" is UIMC)."""
    forms = analyze_name(name, schema, lang)
    made: dict[tuple[str, ...], NameForm] = {}
    sources = _sources(name, schema, forms)
    if sources:
        sources += _with_legal_forms(name, forms[0])
    cyrillic = bool(forms) and forms[0].script == "Cyrillic"
    for tokens, digraphs in sources:
        if any(len(token) == 1 and token not in SKIPPED for token in tokens):
            continue
        initials = name_initials(tokens, digraphs)
        letters = sum(len(part) for part in initials or () if part.isalpha())
        enough = letters >= QUERY_MIN_LETTERS or (
            cyrillic and letters == MIN_LETTERS and names_a_kind_of_organisation(tokens[-1])
        )
        if initials and enough and initials not in made:
            made[initials] = NameForm(
                initials, forms[0].legal_forms, forms[0].script, QUERY_INITIALS
            )
    return forms + tuple(made.values())


def listed_initials(
    name: str, schema: str | None, forms: tuple[NameForm, ...]
) -> tuple[NameForm, ...]:
    """The initials forms of one listed name, given its `analyze_name` forms.

    From the first rendering; from the English one of a Russian name ("Объединенная
    Приборостроительная Корпорация" is both OPK and UIMC); and, for a Latin name with a legal
    form, from its words with the spelt-out legal form kept ("United Shipbuilding
    Corporation" is USC, though "corporation" is a legal form).
    """
    sources = _sources(name, schema, forms)
    if not sources:
        return ()
    first = forms[0]
    sources += _with_legal_forms(name, first)
    existing = {form.tokens for form in forms}
    made: dict[tuple[str, ...], NameForm] = {}
    for tokens, digraphs in sources:
        initials = name_initials(tokens, digraphs)
        if initials and initials not in existing and initials not in made:
            made[initials] = NameForm(initials, first.legal_forms, first.script, INITIALS)
    return tuple(made.values())


def _with_legal_forms(name: str, first: NameForm) -> list[tuple[tuple[str, ...], bool]]:
    """A Latin name's words from its first word on, with a spelt-out legal form kept, and
    their Russian readings: "United Shipbuilding Corporation" is USC though "corporation" is a
    legal form, "United Metallurgical Company" OMK, and a leading one ("JSC United ...") is no
    part of the acronym. None for other names."""
    if first.script != "Latin" or not first.legal_forms:
        return []
    words = [fold_token(word) for word in normalize(fold_case(name)).split()]
    if first.tokens[0] in words:
        del words[: words.index(first.tokens[0])]
    kept = tuple(word for word in words if word not in first.legal_forms)
    # Read in Russian only with a glossary word besides the legal form: "Acme Widgets
    # Corporation" has no Russian acronym.
    readings = in_russian(kept) if in_russian(first.tokens) else ()
    return [(kept, False), *((reading, True) for reading in readings)]


def _sources(
    name: str, schema: str | None, forms: tuple[NameForm, ...]
) -> list[tuple[tuple[str, ...], bool]]:
    """The renderings an organisation's initials are taken from, each with whether its
    digraphs are initials too: the first, and for a Cyrillic name the first again with its
    digraphs; the English one of a Russian name; and a Latin name read back into Russian
    (`in_russian`: "Kazan Optical and Mechanical Plant" is KOMZ). None for other kinds, for
    a field that may hold several names, or for a person's name with a patronymic."""
    if schema_kind(schema) is not Kind.ORGANIZATION or not forms:
        return []
    if any(mark in name for mark in _SEVERAL):
        return []
    first = forms[0]
    if any(_PATRONYMIC.match(token) for token in first.tokens):
        return []
    english = [form.tokens for form in forms if form.method.endswith(ENGLISH_READINGS)][:1]
    # Russian words romanised: a Cyrillic name's own, or a Latin one's English read back.
    russian = [first.tokens] if first.script == "Cyrillic" else []
    if first.script == "Latin":
        russian += in_russian(first.tokens)
    # An abjad rendering guesses the vowels, so its initials guess at an acronym: the company
    # "الشامي-الداودي" (al shami al dawdy) read ASAD, an alias of a listed person, at 1.0.
    own = [] if first.script in NO_INITIALS else [(first.tokens, False)]
    return [
        *own,
        *((tokens, True) for tokens in russian),
        *((tokens, False) for tokens in english),
        *((tokens, False) for tokens in _arabic_script_english(forms)),
    ]


def _arabic_script_english(forms: tuple[NameForm, ...]) -> list[tuple[str, ...]]:
    """The glossary's English of an Arabic-script name that is all glossary words, in its
    order and reversed: Arabic and Persian put the head first, so "سپاه پاسداران انقلاب
    اسلامی" (corps guards revolution islamic) is IRGC backwards, and "الجماعة الاسلامية المسلحة"
    the French order's GIA (Groupe Islamique Armé) forwards. A name with a proper name in it
    goes by that name: Faker's "گروه صنعتی علی شاهی" (Ali Shahi Industrial Group) read SAIG
    backwards, which a listed company is."""
    vocabulary = english_vocabulary()
    words = [
        form.tokens
        for form in forms
        if form.method == ENGLISH_WORDS and vocabulary.issuperset(form.tokens)
    ][:1]
    return [*words, *(tuple(reversed(tokens)) for tokens in words)]


def name_initials(tokens: tuple[str, ...], digraphs: bool = False) -> tuple[str, ...] | None:
    """The acronym of a name's tokens, numbers kept whole ("101 lid"); None when it would have
    fewer than three or more than eight letters, or the name is one word. With `digraphs`, a
    word's first two letters are its initial where they romanise one Cyrillic letter (ChMK)."""
    parts: list[str] = []
    run: list[str] = []
    letters = words = 0
    for token in tokens:
        if token in _ENDS:
            break
        if not token or token in SKIPPED:
            continue
        words += 1
        if any(char.isdigit() for char in token):
            if run:
                parts.append("".join(run))
                run = []
            parts.append(token)
            continue
        run.append(token[:2] if digraphs and token.startswith(_DIGRAPHS) else token[0])
        letters += 1
    if run:
        parts.append("".join(run))
    if words < 2 or not MIN_LETTERS <= letters <= MAX_LETTERS:
        return None
    if not all(part.isascii() and part.isalnum() for part in parts):
        return None
    return tuple(parts)
