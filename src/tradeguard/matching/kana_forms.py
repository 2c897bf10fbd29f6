"""A name written in katakana, read back into the spellings listed names use, as one more
form of the query (`names.katakana`): "ウラジーミル・プーチン" is compared as "vladimir putin" too.
"""

from __future__ import annotations

import re
import unicodedata

from tradeguard.matching.listed_words import ListedWords
from tradeguard.names import NameForm
from tradeguard.names.analyze import schema_kind
from tradeguard.names.ascii import ascii_tokens
from tradeguard.names.icu import transliterate
from tradeguard.names.katakana import (
    LISTED_SPELLING,
    kana_runs,
    likeliest_spelling,
    source_spelling,
)
from tradeguard.names.legal_forms import split_written_legal_forms

KANA_SCRIPT = "Kana"
# A name's parts: katakana (and hiragana) words, Chinese characters, and anything else.
_PARTS = re.compile(r"([\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9f]+)|([\u3400-\u9fff]+)")
_SEPARATORS = str.maketrans({"・": " ", "･": " ", "＝": " ", "=": " "})


def kana_forms(
    name: str, schema: str | None, forms: tuple[NameForm, ...], listed: ListedWords
) -> tuple[NameForm, ...]:
    """The name with its katakana words spelt as listed names spell them, where at least one
    is; none for a name in another script. A katakana word no listed word spells keeps its
    likeliest letters; Chinese characters keep their reading and other words their letters."""
    if not forms or forms[0].script != KANA_SCRIPT:
        return ()
    text = unicodedata.normalize("NFKC", name).translate(_SEPARATORS)
    text, _ = split_written_legal_forms(text, schema_kind(schema))
    tokens: list[str] = []
    found = False
    for piece in text.split():
        for kana, han, other in _pieces(piece):
            if kana:
                for word in kana_runs(kana):
                    spelt = source_spelling(word, listed.word, listed.prefix, listed.count)
                    found = found or spelt is not None
                    tokens.extend(spelt or (likeliest_spelling(word),))
            elif han:
                tokens.extend(ascii_tokens(transliterate("Han-Latin; Latin-ASCII", han)))
            else:
                tokens.extend(ascii_tokens(other))
    spelt_tokens = tuple(token for token in tokens if token)
    if not found or not spelt_tokens or spelt_tokens in {form.tokens for form in forms}:
        return ()
    first = forms[0]
    method = first.method + LISTED_SPELLING
    return (NameForm(spelt_tokens, first.legal_forms, first.script, method),)


def _pieces(text: str) -> list[tuple[str, str, str]]:
    """The text cut into (kana, "", ""), ("", han, "") and ("", "", other) pieces, in order."""
    out: list[tuple[str, str, str]] = []
    at = 0
    for match in _PARTS.finditer(text):
        if match.start() > at:
            out.append(("", "", text[at : match.start()]))
        out.append((match.group(1) or "", match.group(2) or "", ""))
        at = match.end()
    if at < len(text):
        out.append(("", "", text[at:]))
    return out
