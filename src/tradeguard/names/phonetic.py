"""Phonetic keys: one key for the spellings one sound gets across romanisations and languages.

The key is built for candidate retrieval, so it forgives what romanisation systems disagree
on and keeps what tells names apart. The rules, in order:

1. Name particles take one spelling: abdul/abdel -> abd, ibn/ben -> bin, abou -> abu, el -> al.
2. A final j after a vowel is y (Andrej/Andrey); in a word of six letters or more, yu or iu
   after d, f, l, n, s, t, v or z is u (Lyudmila/Liudmila/Ludmila). Word starts: ye -> e
   (Yevgeny/Evgeny) but not in yeo, Korean's yŏ (Yeong/Yong),
   i before a/o/u -> y (Iurii/Yuri), Wade-Giles hs and pinyin x -> s (Hsi/Xi),
   ts/tz -> z (Tse/Ze).
3. Digraphs: German tsch/dsch -> j (Tscheresow/Cherezov, Dschafar/Jafar), shch/sch/sh -> s,
   the loanword tech/tekh -> tek (Promtech/Promtekh,
   Techpribor/Tekhpribor), zh/ch/tch/dzh/dj -> j (Zhou/Chou, Jong/Chong),
   ph -> f, th -> t, dh -> d, gh -> g, kh -> k at the end (Rostekh/Rostec) and h elsewhere
   (Mikhail/Mihail), ck/q -> k, c -> s before e/i/y and k elsewhere, x -> ks, ts/tz -> z.
4. Vowel digraphs of Korean and English spelling: eo -> o, eu -> u, oo/ou -> u, ee -> i
   (Jeong/Jong, Eun/Un, Moon/Mun, Lee/Li).
5. w is v at the start and a vowel after a consonant (Kwang/Kuang); y before a vowel at the
   start is a consonant and otherwise a vowel; a final h after a vowel is dropped (Abdullah).
6. Voiced and voiceless stops merge: b/p, d/t, g/k (Gim/Kim, Dong/Tung, Bong/Pong), and so do
   s and z, which Russian and Persian renderings swap (Измаил Izmail/Ismail, Ремдизель
   Remdizel/Remdiesel, Azia/Asia). Not f and v: merged too, recall fell (bench/HISTORY.md).
7. Vowels fall into three classes, a, i (e, i, y) and u (o, u, w); only the first vowel of
   the word is kept, as its class, so vowels added, dropped or changed later do not matter
   (Muhammad/Mohammed/Mohamed/Muhamad, Aleksandr/Alexander), while Kim and Kum stay apart.
   A first vowel ei (or ey) before a consonant is Arabic ay, of a's class (Zeid/Zaid).
8. Doubled consonants collapse. Tokens with digits are returned as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .ascii import ascii_tokens

_PARTICLES = {
    "abdul": "abd", "abdel": "abd", "abdal": "abd", "abdol": "abd", "abdoul": "abd",
    "ibn": "bin", "ben": "bin", "bn": "bin", "abou": "abu", "abo": "abu", "el": "al", "ul": "al",
}  # fmt: skip
# Each rule is a regular expression, or a plain string where the rule needs no context:
# str.replace does the same substitution several times faster, and every listed token passes
# through all of them when the index is built.
_RULES = (
    # A j after a vowel at the end is Slavic spelling's й: Andrej, Sergej, Nikolaj, Jurij.
    (r"(?<=[aeiou])j$", "y"),
    # Russian ю after a consonant is yu, iu or u (Lyudmila, Liudmila, Ludmila; Lyubov): the
    # first one, in words of six letters or more, which Chinese syllables are not (liu / lu,
    # niu / nu are other names), and not after k, m, p, b or r, where Korean yu and u tell
    # names apart (Kyung / Kung, Myung / Mung).
    (r"^(?=\w{6})(\w*?[dflnstvz])[yi]u", r"\1u"),
    (r"^ye(?!o)", "e"),
    (r"^i(?=[aou])", "y"),
    (r"^(?:hs|x)", "s"),
    # German transcription writes Russian ч as tsch and дж as dsch (EU and UK lists:
    # TSCHERESOW, Borissowitsch); read as sch -> s, the t or d stayed and met ts/tz -> z.
    (r"[td]sch", "j"),
    (r"shch|sch|sh", "s"),
    (r"tech|tekh", "tek"),
    (r"dzh|dj|tch|zh|ch", "j"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    (r"kh$", "k"),
    ("kh", "h"),
    (r"ck|q", "k"),
    (r"c(?=[eiy])", "s"),
    ("c", "k"),
    ("x", "ks"),
    (r"ts|tz", "z"),
    ("eo", "o"),
    ("eu", "u"),
    (r"oo|ou", "u"),
    ("ee", "i"),
    (r"^w", "v"),
    (r"(?<=[bdfghjklmnpqrstvz])w", "u"),
    (r"^y(?=[aeiou])", "Y"),
    ("y", "i"),
    (r"(?<=[aeiou])h$", ""),
    ("b", "p"),
    ("d", "t"),
    ("g", "k"),
    ("z", "s"),
)
_REWRITES: tuple[tuple[re.Pattern[str] | str, str], ...] = tuple(
    (pattern if pattern.isalpha() else re.compile(pattern), replacement)
    for pattern, replacement in _RULES
)
_DOUBLED = re.compile(r"(.)\1+")
# Arabic and Persian ay is written ei and ey as often as ai and ay (Zeid/Zaid, Sheikh/Shaykh,
# Heydar/Haydar, Deif/Dayf): a first vowel ei before a consonant is of a's class. Not before
# the end of a word, where Chinese lei, mei and bei are other syllables than lai, mai and bai.
_DIPHTHONG_AI = re.compile(r"ei(?=[^aeiouw])")
_VOWEL_CLASS = {"a": "a", "e": "i", "i": "i", "o": "u", "u": "u", "w": "u"}


@lru_cache(maxsize=65536)
def phonetic_key(token: str) -> str:
    """The retrieval key of one name token (see the module docstring for the rules)."""
    word = _rewritten(token)
    return _encode(word) if word.isalpha() else word


@lru_cache(maxsize=65536)
def phonetic_spelling(token: str) -> str:
    """The token with the consonant and vowel-digraph rules applied, but every vowel kept.

    Two tokens with one phonetic spelling differ only in romanisation convention
    ("rostekh"/"rostec", "jong"/"chong", "yusuf"/"yousouf"), which is stronger evidence than
    sharing a phonetic key, where every vowel after the first is ignored ("souza"/"soyuz").
    """
    word = _rewritten(token)
    return _DOUBLED.sub(r"\1", word) if word.isalpha() else word


@lru_cache(maxsize=65536)
def _rewritten(token: str) -> str:
    """Rules 1-6 applied, lower-case; a token with digits (or empty) comes back as it is.

    Cached apart from the key and the spelling, which both start from it."""
    word = "".join(ascii_tokens(token))
    if not word or not word.isalpha():
        return word
    word = _PARTICLES.get(word, word)
    for pattern, replacement in _REWRITES:
        if isinstance(pattern, str):
            word = word.replace(pattern, replacement)
        else:
            word = pattern.sub(replacement, word)
    return word.lower()


def _encode(word: str) -> str:
    out: list[str] = []
    vowel_seen = False
    for i, char in enumerate(word):
        vowel = _VOWEL_CLASS.get(char)
        if vowel is not None:
            if not vowel_seen:
                if _DIPHTHONG_AI.match(word, i):
                    vowel = "a"
                out.append(vowel)
                vowel_seen = True
        elif not out or out[-1] != char:
            out.append(char)
    return "".join(out)
