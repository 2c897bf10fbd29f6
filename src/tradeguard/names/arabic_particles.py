"""One canonical token sequence for the particles of Arabic names written in Latin letters.

"Abd al-Rahman", "Abdul Rahman", "Abdel Rahman", "Abdurrahman" and "Abdulrahman" all become
(abd, rahman); "Abdallah"/"Abdulla"/"Abd Allah" become abdullah; the article (al, el, and the
assimilated ar-, as-, ad-, ... before a word starting with the same letter) is dropped;
ibn/ben/bn become bin, abou/abo become abu, and the abbreviations Mohd, Mhd and Muhd become
muhammad; theophoric compounds split as the Arabic script writes them ("Nurullah" -> nur
allah, "Shamsuddin" -> shams din), and so do the compounds South Asian names write with the
article inside a word ("Ziaulhaq", "Mujibur Rahman" -> zia haq, mujib rahman); an article glued
to its word is cut off ("Alotaibi" -> otaibi, and as French writes it assimilated, "Echcherif"
-> cherif). Only names that show such a particle or compound, or one of the commonest Arabic
given names, are touched.
"""

from __future__ import annotations

import re
from itertools import starmap

# The article as Latin letters write it as a word of its own ("Al-Qaida", "el-Sayed"), which
# names no one: a name of it and one word is a name of one word.
ARTICLE_WORDS = frozenset({"al", "el"})
_ARTICLES = ARTICLE_WORDS | {"ul", "il"}
# The article before a sun letter takes its sound, and its vowel is written a, u or e: Abd
# ar-Rahman, Abd ur-Rehman, Abd er-Rahman, Salah ud-Din, Nour ed-Dine.
_ASSIMILATED = frozenset(
    vowel + letter for vowel in "aue" for letter in ("d", "r", "s", "t", "z", "n", "sh", "dh", "th")
)
_ALLAH = frozenset({"allah", "alla", "ullah", "ulla", "illah", "llah"})
_ABDULLAH = frozenset(
    {"abdullah", "abdallah", "abdellah", "abdulla", "abdalla", "abdollah", "abdila", "abdillah"}
)
# With the article assimilated to the next word's first letter: Abdur Rahman, Abdus Salam.
_ABD_WORDS = frozenset(
    {"abd", "abdul", "abdel", "abdal", "abdol", "abdil", "abdu", "abdoul", "abdur", "abdus",
     "abdush", "abduz", "abdun"}
)  # fmt: skip
# Muhammad as Malaysian (Mohd), Syrian (Mhd) and Bruneian (Muhd) documents abbreviate it: no
# spelling of it is within reach of those three letters.
_MUHAMMAD_ABBREVIATED = frozenset({"mohd", "mhd", "muhd"})
# Son of, as Mauritania (Ould, Wuld) and Afghanistan (Walad, ولد) write it in names. It stays
# its own word rather than bin: lists keep one spelling for one person's chain of names, and
# as bin it met the Arabic tribe names in Banu (بنو), bn as a skeleton.
_SON_OF = frozenset({"wuld", "walad", "ouled"})
_SAME = (
    {"ibn": "bin", "ben": "bin", "bn": "bin", "abou": "abu", "abo": "abu"}
    | dict.fromkeys(_MUHAMMAD_ABBREVIATED, "muhammad")
    | dict.fromkeys(_SON_OF, "ould")
)
# Not il, though it is dropped as an article where a name shows itself Arabic otherwise: it is
# also a Korean syllable (Kim Il Sung, Choe Song Il), and alone it made a Korean name lose it.
_MARKERS = (
    (_ARTICLES - {"il"})
    | _ABD_WORDS
    | _MUHAMMAD_ABBREVIATED
    | _SON_OF
    | frozenset({"bin", "ibn", "bint", "abu", "abou", "ould"})
)
# "abd" + optional vowel-and-l + word, where an assimilated article doubles the first letter.
_JOINED_ALLAH = re.compile(r"(?P<head>[a-z]{3,}?)(?:ullah|ulla|ollah|illah|allah)")
# ud-Din as the lists write it joined: with the article's l (Salahaldin, Nureldin), as French
# does (Jallaloudine, Ghiassouddine), and with one d (Salahudin, Nouredine, Nuradin). Not "edin"
# or "ideen": Mujahedin and Mujahideen are a plural, no compound.
_JOINED_DIN = re.compile(
    r"(?P<head>[a-z]{3,}?)"
    r"(?:uddin|uddeen|uddine|eddine|eddin|addin|iddin|iddine|oddin|ouddine|oudine"
    r"|aldin|eldin|eldine|udin|udeen|edine|adin)"
)
_HINTS = (" abd", "llah", "ddin")
# The article's own word glued to a compound's second name, as South Asian names write it
# joined (Ziaulhaq, Shamsurrahman, Asaduzzaman): the vowel, then the l or the sun letter
# doubled or not. Only the second names these compounds are made with; ud-Din is `_JOINED_DIN`.
_COMPOUND_TAILS = (
    "rahman", "rehman", "rahim", "raheem", "rashid", "razzaq", "zaman", "haq", "haque", "hoque",
    "huq", "islam", "alam", "karim", "kabir", "huda", "salam", "nabi",
)  # fmt: skip
_JOINED_COMPOUND = re.compile(
    r"(?P<head>[a-z]{3,}?)[uoae](?:l|(?P<sun>[drsztn])(?=(?P=sun)))?"
    rf"(?P<tail>{'|'.join(_COMPOUND_TAILS)})"
)
# The same article left on the first name of a compound written as two words (Ziaul Haq,
# Mujibur Rahman, Shamsuz Zaman): ul, or u and the sun letter the next word starts with,
# before one of those second names. Not before any word: Arthur Roberts is no compound.
_ARTICLE_ENDING = re.compile(r"(?P<head>[a-z]{3,}?)u(?P<article>l|[drsztn])")
_COMPOUND_WORDS = frozenset(_COMPOUND_TAILS) | {"din", "deen", "amin", "hasan", "hassan"}
# How every word `_JOINED_DIN`, `_JOINED_COMPOUND` or `_DIN_WORD` matches ends: of one word,
# and of any word of a name joined with spaces.
_COMPOUND_ENDINGS = ("din", "dine", "deen", *_COMPOUND_TAILS)
_ENDS_COMPOUND = re.compile(rf"(?:{'|'.join(_COMPOUND_ENDINGS)})(?: |$)")
# ud-Din's article and name as one word of their own ("ANSAR EDDINE", "Nur Uddin"), the
# article's l or the d doubled: Udin, with one, is a Malay given name (Mohd Radi bin Udin).
_DIN_WORD = re.compile(r"[aeiou][ld]d(?:in|ine|een)")
# The article assimilated and glued to its word, as French-speaking Maghreb lists write it:
# Echcherif (ash-Sharif), Ezzarqaoui (az-Zarqawi), Ennahda (an-Nahda), Essid (as-Sid).
_GLUED_SUN_ARTICLE = re.compile(r"e(?P<sun>sh|ch|th|dh|[drsztn])(?P=sun)(?P<rest>[a-z]{2,})")
# Names this common in Arabic mark a name as Arabic even without a particle ("ALOTAIBI,
# Mohammed"), so that a glued article is looked for.
_COMMON_NAMES = frozenset(
    {"muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "ahmed", "ahmad", "hassan",
     "hasan", "hussein", "husayn", "hussain", "ali", "omar", "umar", "khalid", "khaled",
     "ibrahim", "mustafa", "mostafa", "youssef", "yusuf", "abdullah", "saleh", "salih"}
)  # fmt: skip
# The article written onto the word ("ALWARDIAN" for al-Wardian); the word must keep four
# letters, so that Alan, Elias or Alawi are not cut.
_GLUED_ARTICLE = re.compile(r"(?:al|el)(?P<rest>[a-z]{4,})")
_JOINED_ABD = re.compile(
    r"abd(?:[aeiou]l|[aeiou](?=([bcdfghjklmnpqrstvwxyz])\1))?(?P<rest>[a-z]{3,})"
)


def looks_arabic(tokens: tuple[str, ...]) -> bool:
    """Whether a Latin rendering shows Arabic name particles worth canonicalising."""
    joined = " " + " ".join(tokens)
    return (
        not _MARKERS.isdisjoint(tokens)
        or not _COMMON_NAMES.isdisjoint(tokens)
        or any(hint in joined for hint in _HINTS)
        or (_may_hold_compound(tokens, joined) and any(starmap(_is_compound, _pairs(tokens))))
    )


def _may_hold_compound(tokens: tuple[str, ...], joined: str) -> bool:
    """The cheap test before `_is_compound`, which every name of every list would otherwise
    pass through word by word."""
    return (
        not _ASSIMILATED.isdisjoint(tokens)
        or not _COMPOUND_WORDS.isdisjoint(tokens)
        or _ENDS_COMPOUND.search(joined) is not None
    )


def _pairs(tokens: tuple[str, ...]) -> zip[tuple[str, str]]:
    """Each word with the next, the last with ""."""
    # Not strict: of no words, the "" has no word to go with.
    return zip(tokens, (*tokens[1:], ""), strict=False)


def _is_compound(token: str, following: str) -> bool:
    """Whether a word is, or with the next word begins, a compound with the article in it."""
    if token in _ASSIMILATED and following.startswith(token[1:]):
        return True
    if _article_ending(token, following) is not None:
        return True
    return token.endswith(_COMPOUND_ENDINGS) and any(
        p.fullmatch(token) for p in (_JOINED_DIN, _JOINED_COMPOUND, _DIN_WORD)
    )


def _article_ending(token: str, following: str) -> str | None:
    """The first name of a compound whose article ends this word (ziaul before haq), if so."""
    # The set lookup first: the pattern is tried only before a compound's second name.
    if following not in _COMPOUND_WORDS:
        return None
    ending = _ARTICLE_ENDING.fullmatch(token)
    if ending is None:
        return None
    article = ending.group("article")
    return ending.group("head") if article == "l" or following.startswith(article) else None


def canonical_particles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The canonical sequence; a name made of particles alone is returned unchanged."""
    out: list[str] = []
    for token, following in _pairs(tokens):
        out.extend(_canonical_token(token, following))
    _merge_abd_allah(out)
    return tuple(out) if out else tokens


def _canonical_token(token: str, following: str) -> list[str]:
    if token in _ARTICLES and following:
        return []
    if token in _ASSIMILATED and following.startswith(token[1:]):
        return []
    if token in _ABDULLAH:
        return ["abdullah"]
    if token in _ABD_WORDS:
        return ["abd"]
    if token in _SAME:
        return [_SAME[token]]
    if _DIN_WORD.fullmatch(token):
        return ["din"]
    head = _article_ending(token, following)
    if head is not None:
        return [head]
    joined = _JOINED_ABD.fullmatch(token)
    if joined:
        return ["abd", _undouble(joined.group("rest"), joined.group(1))]
    for pattern, word in ((_JOINED_ALLAH, "allah"), (_JOINED_DIN, "din")):
        compound = pattern.fullmatch(token)
        if compound:
            return [compound.group("head"), word]
    compound = _JOINED_COMPOUND.fullmatch(token)
    if compound:
        return [compound.group("head"), compound.group("tail")]
    glued = _GLUED_ARTICLE.fullmatch(token)
    if glued:
        return [glued.group("rest")]
    sun = _GLUED_SUN_ARTICLE.fullmatch(token)
    if sun:
        return [sun.group("sun") + sun.group("rest")]
    return [token]


def _undouble(rest: str, doubled: str | None) -> str:
    return rest[1:] if doubled else rest


def _merge_abd_allah(tokens: list[str]) -> None:
    for index in range(len(tokens) - 1):
        if tokens[index] == "abd" and tokens[index + 1] in _ALLAH:
            tokens[index : index + 2] = ["abdullah"]
            return
