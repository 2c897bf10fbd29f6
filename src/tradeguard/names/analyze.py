"""`analyze_name`: every Latin rendering of a name worth comparing, most likely first.

The steps: a person's glued words parted at their capitals ("АндрейМихайлович"); case folding;
honorifics off person names and "M/V" off vessels; the Persian ezafe off other names (`ezafe`);
legal forms found and cut out; normalisation into tokens in the original script, with
look-alike letters repaired; the script's renderer; canonical Arabic particles for Latin
renderings that carry them; person names once more without the honorifics rigour does not know
("Mullah", "Haji", "Sayed"), organisation names without the kind-of-enterprise words of Russian
names ("NPP", "Scientific and Production Association") and with the common words of Russian
organisation names in English ("Moskovskiy zavod" -> moscow plant); then clean-up,
de-duplication and the cap on the number of forms. A field holding several names ("A; B",
"Khaled/Khalid") gives each one's forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .alternatives import alternatives, unbracketed_markers, without_separators
from .arabic_foreign_spellings import english_spellings
from .arabic_particles import canonical_particles, looks_arabic
from .ascii import ascii_tokens
from .bracketed_places import is_bracketed_place
from .branches import branch_name
from .business_abbreviations import spelt_out
from .camel_case import split_glued_words
from .ezafe import without_ezafe
from .honorifics import without_honorifics
from .langs import canonical_lang
from .legal_forms import split_legal_forms, split_written_legal_forms
from .model import Context, Kind, NameForm, Rendering
from .normalize import fold_case, normalize
from .ordinals import without_ordinal_endings
from .org_descriptors import without_descriptors
from .person_initials import without_initials
from .prefixes import strip_titles, strip_vessel_prefixes
from .render import render
from .russian_org_words import in_english, with_acronyms
from .scripts import MIXED, repair_capital_i, repair_text_lookalikes, script_of
from .turkic_patronymics import russian_patronymics
from .turkish_org_words import in_english as turkish_in_english

MAX_FORMS = 8
# Of those, this many are kept for English readings whatever romanisations come before them:
# "Филиал «СРЗ «Нерпа» – АО «ЦС «Звёздочка»" has four romanisations of each of its two names,
# which filled the cap, and its English ("shipyard nerpa") is how its translation reads.
ENGLISH_FORMS = 2
# English linking words translations write or leave out; `initials.SKIPPED` skips these and
# more ("de", "y", "in"), which are also words of names in other languages.
_LINKING_WORDS = frozenset({"of", "the", "for", "and"})
# The method suffix of the English rendering of a Russian organisation name, and of a Turkish
# one; `ENGLISH_READINGS` ends every English rendering's method.
ENGLISH = "+ru-en"
TURKISH_ENGLISH = "+tr-en"
ENGLISH_READINGS = (ENGLISH, TURKISH_ENGLISH)
_ENGLISH_SCRIPTS = frozenset({"Latin", "Cyrillic", MIXED})
_PARENTHESISED = re.compile(r"\(([^()]*\w[^()]*)\)")
_FULL_WIDTH_BRACKETS = str.maketrans("（）", "()")
_KINDS = {
    "Person": Kind.PERSON,
    "Organization": Kind.ORGANIZATION,
    "Company": Kind.ORGANIZATION,
    "LegalEntity": Kind.ORGANIZATION,
    "PublicBody": Kind.ORGANIZATION,
    "Vessel": Kind.OBJECT,
    "Airplane": Kind.OBJECT,
    "Aircraft": Kind.OBJECT,
}


@lru_cache(maxsize=65536)
def analyze_name(
    name: str, schema: str | None = None, lang: str | None = None
) -> tuple[NameForm, ...]:
    """All Latin renderings worth comparing, de-duplicated, at most eight, most likely first.

    `schema` is a FollowTheMoney schema name (Person, Organization, Company, LegalEntity,
    Vessel, Airplane) or None; `lang` an ISO 639 code or None. Never raises; an empty or
    letterless name gives an empty tuple.
    """
    # Chinese and Japanese names write their brackets full width: "卡林卡（天津）国际贸易有限公司"
    # has its city in them, as "ACME Trading (Shenzhen) Co" does, which translations drop.
    name = unbracketed_markers(name.translate(_FULL_WIDTH_BRACKETS))
    branch = branch_name(name)
    if branch:
        # "Филиал «СРЗ «Нерпа» – АО «ЦС «Звёздочка»": the branch's own name first, then the
        # field as written, whose forms would otherwise push the branch's English one
        # ("shipyard nerpa") past the cap.
        return _merged(branch, schema, lang)
    spellings = alternatives(name)
    if spellings:
        # "Abas Rashidi; Abbas Rashedi", "Khaled/Khalid Zubaidi": each name written in the
        # field gets its forms, after those of the field as written.
        # Without its separators, or the whole field would be split again, forever.
        whole = without_separators(name)
        parts = (whole, *spellings)
        return _merged(parts, schema, lang)
    bracketed = [text for text in _PARENTHESISED.findall(name) if not _legal_form(text, schema)]
    if bracketed:
        # "Всероссийская ... компания (ВГТРК)", "ADF (ALLIED DEMOCRATIC FORCES)": the brackets
        # often hold a second name, so the name outside them and each one inside get forms,
        # after the whole name read without its brackets ("Kim (Jong) Un"). A Chinese
        # company's city in them is no name of its own (`bracketed_places`).
        organisation = schema_kind(schema) is not Kind.PERSON
        inner = [text for text in bracketed if not (organisation and is_bracketed_place(text))]
        whole = name.replace("(", " ").replace(")", " ")
        parts = (whole, _PARENTHESISED.sub(" ", name), *inner)
        return _merged(parts, schema, lang)
    context = Context(schema_kind(schema), canonical_lang(lang))
    name = repair_capital_i(name)  # "IIan" is Ilan, seen only before case folding
    if context.kind is Kind.PERSON:
        name = split_glued_words(name)  # before case folding, which loses the capitals
    text = repair_text_lookalikes(fold_case(name))
    if context.kind is Kind.PERSON:
        text = strip_titles(text)
    elif context.kind is Kind.OBJECT:
        text = strip_vessel_prefixes(text)
    if context.kind is not Kind.PERSON:
        text = without_ezafe(text)
    script = script_of(text)
    text, legal_forms = split_legal_forms(without_ordinal_endings(text), context.kind)
    tokens = tuple(normalize(text).split())
    if not tokens:
        return ()
    if script == "Latin" and context.kind is not Kind.PERSON:
        tokens = spelt_out(tokens)
    renderings = render(tokens, context, script)
    if context.kind is Kind.PERSON:
        renderings = _with_russian_patronymics(renderings)
    # The renderings without titles or enterprise-kind words come after all the others, so
    # the cap on forms never drops one of those; they are reduced before the particles are
    # split, so "AZIZULLAH, Haji" never becomes "aziz allah", one word counted as two.
    reduced: list[Rendering] = []
    if context.kind is Kind.PERSON:
        reduced = _reduced(renderings, _without_titles_or_initials)
    elif context.kind is Kind.ORGANIZATION:
        reduced = _reduced(renderings, without_descriptors)
    english = _in_english(renderings, context.kind, bool(legal_forms), script)
    if context.kind is Kind.ORGANIZATION:
        # Not the reduced renderings: without its kind of enterprise, "Special Design Bureau
        # of Computer Technology" would be "computer technology", which any Chinese company
        # name with 计算机科技 contains whole; "of computer technology" is not contained.
        renderings = [_without_linking_words(rendering) for rendering in renderings]
        english = [_without_linking_words(rendering) for rendering in english]
    if reduced:
        renderings = _with_particles(renderings) + _with_particles(reduced)
    else:
        renderings = _with_particles(renderings)
    if script == "Latin" and renderings:
        # After the forms as written and their particles, which the cap must not drop for it.
        renderings += _with_particles(_in_english_letters(renderings[0], context))
    # Last, so the cap never drops a form the name had without them.
    return _forms(renderings + english, legal_forms, script)


def schema_kind(schema: str | None) -> Kind:
    """What a FollowTheMoney schema says about the bearer of a name."""
    return _KINDS.get(schema or "", Kind.UNKNOWN)


def _in_english(
    renderings: list[Rendering], kind: Kind, has_legal_form: bool, script: str
) -> list[Rendering]:
    """The first rendering with the common words of Russian organisation names in English, for
    Latin and Cyrillic names of organisations and of bearers of unknown kind that show a legal
    form or an organisation word; and that English again with the kinds of enterprise Russian
    names abbreviate as their initials, where it names one (`with_acronyms`).

    The first rendering is enough: the glossary's words come out the same from every
    romanisation, and every form a query has costs a pass over its candidates. The second form
    is made only where the English names such a kind (a few hundred listed names).
    """
    if script not in _ENGLISH_SCRIPTS or not renderings:
        return []
    if kind is not Kind.ORGANIZATION and kind is not Kind.UNKNOWN:
        return []
    first = renderings[0]
    if first.vowelless or not first.tokens:
        return []
    english = in_english(first.tokens, kind is Kind.ORGANIZATION or has_legal_form)
    if english:
        abbreviated = with_acronyms(english)
        return [
            Rendering(english, first.method + ENGLISH),
            *([Rendering(abbreviated, first.method + ENGLISH)] if abbreviated else []),
        ]
    if script == "Latin" and (kind is Kind.ORGANIZATION or has_legal_form):
        turkish = turkish_in_english(first.tokens)
        if turkish:
            return [Rendering(turkish, first.method + TURKISH_ENGLISH)]
    return []


def _legal_form(bracketed: str, schema: str | None) -> bool:
    """Whether the text in brackets is a legal form ("(주)", "(LLC)"), not a second name."""
    kind = schema_kind(schema)
    # After a stand-in word: split_legal_forms keeps a name that is nothing but a legal form.
    remainder, codes = split_written_legal_forms(f"x ({bracketed})", kind)
    return bool(codes) and not any(char.isalnum() for char in remainder[1:])


def _merged(parts: tuple[str, ...], schema: str | None, lang: str | None) -> tuple[NameForm, ...]:
    """The forms of the parts taken in turn (every part's first form, then every part's
    second, ...), the English ones of all parts after all the others: the many romanisations of
    one part never push another part's own form (the initials in brackets: ВГТРК; the second
    name of "A / B") past the cap."""
    per_part = [analyze_name(part, schema, lang) for part in parts]
    merged: dict[tuple[str, ...], NameForm] = {}
    for rank in range(max(len(forms) for forms in per_part)):
        for forms in per_part:
            if rank < len(forms):
                merged.setdefault(forms[rank].tokens, forms[rank])
    return _capped(list(merged.values()))


def _with_particles(renderings: list[Rendering]) -> list[Rendering]:
    extra = [
        Rendering(canonical_particles(rendering.tokens), "ar-particles", rendering.vowelless)
        for rendering in renderings
        if not rendering.vowelless and looks_arabic(rendering.tokens)
    ]
    return renderings + extra


def _with_russian_patronymics(renderings: list[Rendering]) -> list[Rendering]:
    """Each rendering followed by its form with Russian patronymics for Turkic ones
    (`turkic_patronymics`: "Heydar oglu" -> heydarovich) where it has any: next to it, so
    that the cap on forms keeps it for the first romanisations of a Cyrillic name."""
    out: list[Rendering] = []
    for rendering in renderings:
        out.append(rendering)
        russian = russian_patronymics(rendering.tokens)
        if russian:
            out.append(Rendering(russian, rendering.method, rendering.vowelless))
    return out


def _without_titles_or_initials(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """A person's name without its honorifics (`honorifics`) and its initials
    (`person_initials`); None where it has neither."""
    untitled = without_honorifics(tokens) or tokens
    reduced = without_initials(untitled) or untitled
    return reduced if reduced != tokens else None


def _in_english_letters(rendering: Rendering, context: Context) -> list[Rendering]:
    """An Arabic name in French or Indonesian letters as English-language lists write it
    (`arabic_foreign_spellings`: "Rachid BOUCHAREB" -> rashid bushareb, "Mochtar ACHWAN" ->
    mohtar ahwan), in either where it may be in both, or nothing."""
    return [
        Rendering(tokens, method)
        for tokens, method in english_spellings(rendering.tokens, context.person_like)
    ]


def _without_linking_words(rendering: Rendering) -> Rendering:
    """An organisation's rendering without the English linking words (of, the, for, and),
    which one translation writes and another leaves out ("Ministry of Defence", "Defence
    Ministry"), unless nothing else would remain."""
    kept = tuple(token for token in rendering.tokens if token not in _LINKING_WORDS)
    if not kept or len(kept) == len(rendering.tokens):
        return rendering
    return Rendering(kept, rendering.method, rendering.vowelless)


def _reduced(
    renderings: list[Rendering], reduce: Callable[[tuple[str, ...]], tuple[str, ...] | None]
) -> list[Rendering]:
    """Each rendering again without the words `reduce` drops, where it drops any."""
    return [
        Rendering(reduced, rendering.method, rendering.vowelless)
        for rendering in renderings
        if rendering.tokens and (reduced := reduce(rendering.tokens)) is not None
    ]


def _forms(
    renderings: list[Rendering], legal_forms: tuple[str, ...], script: str
) -> tuple[NameForm, ...]:
    forms: dict[tuple[str, ...], NameForm] = {}
    for rendering in renderings:
        tokens = _clean(rendering.tokens)
        if tokens and tokens not in forms:
            forms[tokens] = NameForm(
                tokens, legal_forms, script, rendering.method, rendering.vowelless
            )
    return _capped(list(forms.values()))


def _capped(forms: list[NameForm]) -> tuple[NameForm, ...]:
    """At most MAX_FORMS forms in their order, the English readings after the others and
    up to ENGLISH_FORMS of them kept in place of the last romanisations."""
    english = [form for form in forms if form.method.endswith(ENGLISH_READINGS)]
    others = [form for form in forms if not form.method.endswith(ENGLISH_READINGS)]
    english = english[:ENGLISH_FORMS]
    return (*others[: MAX_FORMS - len(english)], *english)


def _clean(tokens: tuple[str, ...]) -> tuple[str, ...]:
    joined = "".join(tokens)
    if (
        all(tokens)
        and joined.isascii()
        and joined.isalnum()
        and joined.islower() != joined.isdigit()
    ):
        return tokens
    return ascii_tokens(" ".join(tokens))
