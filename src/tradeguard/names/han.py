"""Chinese characters: Hanyu Pinyin from ICU without tones, and Wade-Giles derived from it.

Persons are romanised with ICU's name transform, which reads surname characters with their
surname pronunciation (单 Shan, not Dan). Each character becomes a token ("习近平" -> xi jin
ping); for persons a second form joins the given name as pinyin writes it (xi jinping).
A name written in words, as Chinese writes foreign names (阿不都·哈克), joins each word's
syllables instead (abudou hake).
Korean names written in Hanja get Korean readings (`hanja`): first when a language hint says
Korean; without a hint, after the Chinese ones for a person's name of three characters, as
North Korean names are written in Chinese (金正恩, Kim Jong Un; 崔龙海, Choe Ryong Hae).
Japanese kanji get Mandarin readings: ICU has no Japanese readings. Other names first get
the words their registered English name would have (`han_words`: 科技 technology, 伟业 weiye).
"""

from __future__ import annotations

from .ascii import ascii_tokens
from .han_words import company_words
from .hanja import hanja_renderings
from .icu import transliterate
from .model import Context, Kind, Rendering
from .wade_giles import to_wade_giles

# Renderings whose tokens are Chinese syllables (or a given name's syllables joined): a
# syllable is a whole word of the name, so two of them that differ in a vowel are two
# different names (jian/chen, liu/li), not two spellings of one.
PINYIN, WADE_GILES = "zh-pinyin", "zh-wg"
SYLLABLE_METHODS = frozenset({PINYIN, WADE_GILES})
_PERSON_TRANSFORM = "Han-Latin/Names; Latin-ASCII"
_OTHER_TRANSFORM = "Han-Latin; Latin-ASCII"
# A Korean name in Hanja is mostly three characters: a surname and a given name of two (金日成,
# 崔龙海, 李雪主). Read without a hint, a Chinese name of two characters met a listed Korean
# name of two syllables by sound alone too often: of the innocent benchmark's Chinese names,
# 钱浩, 姜玲 and 陈柳 read as names the lists hold (jon ho, kang ryong, jin ryu); of those of
# three characters, only 郑秀荣 (jong su yong), and the matcher keeps its syllables' order.
_KOREAN_LETTERS = 3
_COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟",
        "尉遲", "公孙", "公孫", "慕容", "夏侯", "令狐", "长孙", "長孫", "宇文", "司徒", "申屠",
        "端木", "独孤", "獨孤", "南宫", "南宮",
    }
)  # fmt: skip


def render_han(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """Korean readings if hinted, then pinyin, pinyin with joined given name, Wade-Giles, then
    Korean readings of a person's name without a hint."""
    letters = len("".join(tokens))
    person = context.kind is Kind.PERSON or (context.person_like and letters <= 4)
    korean = context.lang == "ko"
    renderings = hanja_renderings(tokens, context) if korean else []
    transform = _PERSON_TRANSFORM if person else _OTHER_TRANSFORM
    syllables = ascii_tokens(transliterate(transform, " ".join(tokens)))
    if not person:
        renderings.append(Rendering(company_words(tokens), "zh-words"))
    renderings.append(Rendering(syllables, PINYIN))
    if len(tokens) > 1:
        renderings.append(Rendering(_join_words(tokens, syllables), PINYIN))
    elif person:
        renderings.append(Rendering(_join_given(tokens, syllables), PINYIN))
    renderings.append(Rendering(tuple(to_wade_giles(s) for s in syllables), WADE_GILES))
    # A hint of another language (zh, ja) says the name is not Korean.
    if context.lang is None and person and letters == _KOREAN_LETTERS:
        renderings.extend(hanja_renderings(tokens, context))
    return renderings


def _join_words(tokens: tuple[str, ...], syllables: tuple[str, ...]) -> tuple[str, ...]:
    """Each word's syllables joined: (abudou, hake) for 阿不都·哈克.

    Chinese writes a foreign name by the sound of its words, with a middle dot between them
    (a Uyghur name, Abudu Hake; 弗拉基米尔·普京, Vladimir Putin), while its own names run on
    without one. A name given in words is read word by word, not as a surname and a given
    name; "习 近平", so spaced, gives (xi, jinping) either way.
    """
    if len("".join(tokens)) != len(syllables):
        return syllables
    words: list[str] = []
    start = 0
    for token in tokens:
        words.append("".join(syllables[start : start + len(token)]))
        start += len(token)
    return tuple(words)


def _join_given(tokens: tuple[str, ...], syllables: tuple[str, ...]) -> tuple[str, ...]:
    """Surname syllables, then the given name's syllables joined: (xi, jinping)."""
    text = "".join(tokens)
    if len(text) != len(syllables) or len(text) < 3:
        return syllables
    surname_length = 2 if text[:2] in _COMPOUND_SURNAMES and len(text) >= 3 else 1
    return (*syllables[:surname_length], "".join(syllables[surname_length:]))


def is_syllabic(method: str) -> bool:
    """Whether a form made by `method` (with any suffix a later step added) is syllables."""
    return method.split("+", 1)[0] in SYLLABLE_METHODS
