"""A name written by its sound in katakana or Hangul, read back into the spellings listed
names use, as one more form of the query (`names.katakana`, `names.hangul_transcription`):
"ウラジーミル・プーチン" and "블라디미르 푸틴" are compared as "vladimir putin" too. A name in
Cyrillic is spelt letter by letter as the lists spell its words most (`names.
cyrillic_transcription`): "ООО «ЦСТ»" as "cst", "Бриджтех" as "bridgetech"; and one in Arabic
script with the vowels the lists give its words (`names.arabic_transcription`): "یوسف
پورانواری" as "yusuf pouranvari".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from tradeguard.matching.listed_words import ListedWords
from tradeguard.names import (
    NameForm,
    arabic_transcription,
    cyrillic_transcription,
    hangul_transcription,
    katakana,
)
from tradeguard.names.analyze import schema_kind
from tradeguard.names.ascii import ascii_tokens
from tradeguard.names.icu import transliterate
from tradeguard.names.legal_forms import split_written_legal_forms
from tradeguard.names.model import Kind
from tradeguard.names.scripts import MIXED
from tradeguard.names.spelling_walk import LISTED_LETTERS, LISTED_VOWELS, Sounds

# A name's parts: words in a script read by sound or letter (Cyrillic, Arabic, kana, Hangul),
# Chinese characters, and anything else.
_PARTS = re.compile(
    r"([\u0400-\u04ff\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff"
    r"\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9f\uac00-\ud7a3]+)"
    r"|([\u3400-\u9fff]+)"
)
_SEPARATORS = str.maketrans({"・": " ", "･": " ", "＝": " ", "=": " "})


class _Reader(Protocol):
    """What a module that reads words by their sound gives (`katakana`,
    `hangul_transcription`, `cyrillic_transcription`, `arabic_transcription`)."""

    # LISTED_SPELLING for a script read by sound, LISTED_LETTERS for one read letter for
    # letter, whose words may be acronyms.
    SPELLING: str

    def words(self, text: str) -> list[str]: ...

    def sounds_of(self, word: str) -> Sounds: ...


def _reader(script: str, name: str, schema: str | None) -> _Reader | None:
    """The module that reads the name's words by sound or letter: katakana for a Japanese name,
    Cyrillic for a name with Cyrillic words ("OOO СТЦ" too), Arabic for one in Arabic
    script, Hangul for a name that shows itself a transcription
    (`hangul_transcription.is_transcribed`)."""
    if script == "Kana":
        return katakana
    if script == "Cyrillic" or (script == MIXED and cyrillic_transcription.words(name)):
        return cyrillic_transcription
    if script == "Arabic" or (script == MIXED and arabic_transcription.words(name)):
        return arabic_transcription
    person = schema_kind(schema) is Kind.PERSON
    if script == "Hangul" and hangul_transcription.is_transcribed(name, person):
        return hangul_transcription
    return None


def transcribed_forms(
    name: str, schema: str | None, forms: tuple[NameForm, ...], listed: ListedWords
) -> tuple[NameForm, ...]:
    """The name with its words written by sound spelt as listed names spell them, where at
    least one is; none for a name in another script. A word no listed word spells keeps its
    likeliest letters; Chinese characters keep their reading and other words their letters."""
    reader = _reader(forms[0].script, name, schema) if forms else None
    if reader is None:
        return ()
    text = unicodedata.normalize("NFKC", name).translate(_SEPARATORS)
    text, _ = split_written_legal_forms(text, schema_kind(schema))
    tokens: list[str] = []
    found = False
    acronyms = reader.SPELLING == LISTED_LETTERS
    vowels_kept = True
    for piece in text.split():
        for by_sound, han, other in _pieces(piece):
            read = reader.words(by_sound) if by_sound else []
            for word in read:
                spelt, listed_word, same_vowels = listed.reading(word, reader.sounds_of, acronyms)
                found = found or listed_word
                tokens.extend(spelt)
                # Only a reading letter for letter may be an acronym (`LISTED_VOWELS`).
                vowels_kept = vowels_kept and (same_vowels or not acronyms)
            if read:
                continue
            if han:
                tokens.extend(ascii_tokens(transliterate("Han-Latin; Latin-ASCII", han)))
            else:
                # Other letters, and another script's written by sound (kana in a Cyrillic
                # name), as ICU romanises them.
                tokens.extend(ascii_tokens(other or by_sound))
    spelt_tokens = tuple(token for token in tokens if token)
    if not found or not spelt_tokens or spelt_tokens in {form.tokens for form in forms}:
        return ()
    first = forms[0]
    method = first.method + (reader.SPELLING if vowels_kept else LISTED_VOWELS)
    return (NameForm(spelt_tokens, first.legal_forms, first.script, method),)


def _pieces(text: str) -> list[tuple[str, str, str]]:
    """The text cut into (sounds, "", ""), ("", han, "") and ("", "", other) pieces, in order."""
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
