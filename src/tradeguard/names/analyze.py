"""`analyze_name`: every Latin rendering of a name worth comparing, most likely first.

The steps: case folding; honorifics off person names and "M/V" off vessels; legal forms
found and cut out; normalisation into tokens in the original script, with look-alike letters
repaired; the script's renderer; canonical Arabic particles for Latin renderings that carry
them; person names once more without the honorifics rigour does not know ("Mullah", "Haji",
"Sayed"), organisation names without the kind-of-enterprise words of Russian names ("NPP",
"Scientific and Production Association"); then clean-up, de-duplication and the cap on the
number of forms. A field holding several names ("A; B", "Khaled/Khalid") gives each one's forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .alternatives import alternatives
from .arabic_particles import canonical_particles, looks_arabic
from .ascii import ascii_tokens
from .honorifics import without_honorifics
from .langs import canonical_lang
from .legal_forms import split_legal_forms
from .model import Context, Kind, NameForm, Rendering
from .normalize import fold_case, normalize
from .org_descriptors import without_descriptors
from .prefixes import strip_titles, strip_vessel_prefixes
from .render import render
from .scripts import repair_lookalikes, script_of

MAX_FORMS = 8
_PARENTHESISED = re.compile(r"\(([^()]*\w[^()]*)\)")
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
    spellings = alternatives(name)
    if spellings:
        # "Abas Rashidi; Abbas Rashedi", "Khaled/Khalid Zubaidi": each name written in the
        # field gets its forms, after those of the field as written.
        parts = (name.replace(";", " ").replace("/", " "), *spellings)
        merged = {f.tokens: f for part in parts for f in analyze_name(part, schema, lang)}
        return tuple(merged.values())[:MAX_FORMS]
    inner = _PARENTHESISED.findall(name)
    if inner:
        # "Всероссийская ... компания (ВГТРК)", "ADF (ALLIED DEMOCRATIC FORCES)": the brackets
        # often hold a second name, so the name outside them and each one inside get forms,
        # after the whole name read without its brackets ("Kim (Jong) Un").
        whole = name.replace("(", " ").replace(")", " ")
        parts = (whole, _PARENTHESISED.sub(" ", name), *inner)
        merged = {f.tokens: f for part in parts for f in analyze_name(part, schema, lang)}
        return tuple(merged.values())[:MAX_FORMS]
    context = Context(_KINDS.get(schema or "", Kind.UNKNOWN), canonical_lang(lang))
    text = fold_case(name)
    if context.kind is Kind.PERSON:
        text = strip_titles(text)
    elif context.kind is Kind.OBJECT:
        text = strip_vessel_prefixes(text)
    script = script_of(text)
    text, legal_forms = split_legal_forms(text, context.kind)
    tokens = tuple(normalize(text).split())
    if not tokens:
        return ()
    if script != "Latin":
        tokens = tuple(repair_lookalikes(token) for token in tokens)
    renderings = render(tokens, context, script)
    # The renderings without titles or enterprise-kind words come after all the others, so
    # the cap on forms never drops one of those; they are reduced before the particles are
    # split, so "AZIZULLAH, Haji" never becomes "aziz allah", one word counted as two.
    reduced: list[Rendering] = []
    if context.kind is Kind.PERSON:
        reduced = _reduced(renderings, without_honorifics)
    elif context.kind is Kind.ORGANIZATION:
        reduced = _reduced(renderings, without_descriptors)
    if reduced:
        renderings = _with_particles(renderings) + _with_particles(reduced)
    else:
        renderings = _with_particles(renderings)
    return _forms(renderings, legal_forms, script)


def _with_particles(renderings: list[Rendering]) -> list[Rendering]:
    extra = [
        Rendering(canonical_particles(rendering.tokens), "ar-particles", rendering.vowelless)
        for rendering in renderings
        if not rendering.vowelless and looks_arabic(rendering.tokens)
    ]
    return renderings + extra


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
    return tuple(forms.values())[:MAX_FORMS]


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
