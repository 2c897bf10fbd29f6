"""Chinese names written in Russian ("Си Цзиньпин"), Ukrainian or Belarusian, read back into
pinyin.

Russian writes Chinese in the Palladius system: each pinyin syllable has one Cyrillic
spelling (xi си, jin цзинь, ping пин, zhao чжао), built here by rule from the pinyin
syllables (`pinyin_latin.pinyin_syllables`) and read backwards. A name is read as Chinese
only when its first or last token is a common Chinese surname in Palladius spelling and
every token splits into Palladius syllables, so Russian names, whose words end in
consonants that no Chinese syllable ends in, stay Russian. The renderings are those of
a name in Chinese characters (`han`): the syllables, the given name joined as pinyin
writes it (xi jinping), and Wade-Giles (hsi chin ping).
"""

from __future__ import annotations

from functools import cache

from .cyrillic_korean import in_russian_letters
from .han import PINYIN, WADE_GILES
from .model import Context, Rendering
from .pinyin_latin import pinyin_syllables
from .wade_giles import to_wade_giles

_INITIALS = (
    ("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("b", "б"), ("p", "п"), ("m", "м"), ("f", "ф"),
    ("d", "д"), ("t", "т"), ("n", "н"), ("l", "л"), ("g", "г"), ("k", "к"), ("h", "х"),
    ("j", "цз"), ("q", "ц"), ("x", "с"), ("r", "ж"), ("z", "цз"), ("c", "ц"), ("s", "с"),
    ("y", ""), ("w", ""),
)  # fmt: skip
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я",
    "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин",
    "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань",
    "un": "унь", "uang": "уан", "ue": "юэ",
}  # fmt: skip
# After j, q, x and y the vowel written u is ü (ju, xue, quan, yun).
_U_UMLAUT = {"u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь"}
# Syllables whose spelling the rules above do not give: y and w spell a glide of the final
# (yi и, you ю, wu у, wei вэй), z, c and s take ы for i, and hui is хуэй.
_WHOLE = {
    "yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай",
    "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн", "zi": "цзы",
    "ci": "цы", "si": "сы", "hui": "хуэй",
}  # fmt: skip
# Interjections and rare readings whose Palladius spelling is a common syllable's (lo is
# luo's ло, yo is ё, o is о): the common syllable keeps the spelling.
_SKIPPED = frozenset({"lo", "yo", "o", "ei", "m", "n", "ng", "hm", "hng"})
# Spellings Russian writers use besides Palladius's: е for э after consonants that never
# take ie (Хе for 何 He, Чже for 哲 Zhe).
_LOOSE_E = ("г", "к", "х", "ч", "чж", "ш", "ж")
# The commonest Chinese surnames in pinyin, compound ones (Ouyang, Sima) last; a name is
# Chinese only with one of these.
_SURNAMES = frozenset(
    {
        "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
        "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han",
        "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng",
        "peng", "su", "lu", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du",
        "dai", "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou",
        "xiong", "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou",
        "shao", "meng", "long", "wan", "duan", "lei", "qian", "yin", "yi", "chang", "qiao", "lai",
        "gong", "wen", "bo", "ji", "geng", "mo", "niu", "ni", "zhai", "zhuang", "qi", "ning", "ou",
        "xi", "bao", "bi", "shan", "shang", "she", "tao", "ge", "hong", "lan", "mu", "nie", "pang",
        "pei", "qu", "rao", "ruan", "shu", "tong", "xiang", "xing", "yue", "zhan", "zhen", "zhuo",
        "zuo", "an", "ai", "jing", "ling", "lou", "miao", "min", "ouyang", "sima", "zhuge",
        "shangguan", "situ", "dongfang", "huangfu"
    }
)  # fmt: skip
_MAX_GIVEN_SYLLABLES = 3


def palladius(syllable: str) -> str:
    """The Palladius spelling of a toneless pinyin syllable ("jin" -> "цзинь")."""
    if syllable in _WHOLE:
        return _WHOLE[syllable]
    for latin, cyrillic in _INITIALS:
        if syllable.startswith(latin) and syllable != latin:
            final = syllable[len(latin) :]
            if latin in ("j", "q", "x", "y") and final in _U_UMLAUT:
                return cyrillic + _U_UMLAUT[final]
            if latin in ("zh", "ch", "sh", "r") and final == "i":
                return cyrillic + "и"
            return cyrillic + _FINALS[final]
    return _FINALS[syllable]


@cache
def _readings() -> dict[str, str]:
    """Each Palladius spelling with its pinyin syllable."""
    readings: dict[str, str] = {}
    for syllable in sorted(pinyin_syllables() - _SKIPPED):
        spelling = palladius(syllable)
        if spelling in readings:
            raise ValueError(f"{syllable} and {readings[spelling]} are both {spelling}")
        readings[spelling] = syllable
    # ASCII pinyin writes lü and nü as lu and nu, which Palladius keeps apart (люй, лу).
    readings.update({"люй": "lu", "нюй": "nu"})
    for initial in _LOOSE_E:
        readings.setdefault(initial + "е", readings[initial + "э"])
    return readings


def chinese_renderings(
    tokens: tuple[str, ...], context: Context, language: str = "ru"
) -> list[Rendering]:
    """Pinyin and Wade-Giles person forms for a Chinese name spelt in Cyrillic, else
    nothing; `language` is the Cyrillic language the name is written in."""
    if not context.person_like:
        return []
    words = to_pinyin(tokens) or to_pinyin(in_russian_letters(tokens, language))
    if words is None:
        return []
    syllables = tuple(syllable for word in words for syllable in word)
    joined = tuple("".join(word) for word in words)
    renderings = [Rendering(syllables, PINYIN)]
    if joined != syllables:
        renderings.append(Rendering(joined, PINYIN))
    renderings.append(Rendering(tuple(to_wade_giles(s) for s in syllables), WADE_GILES))
    return renderings


def to_pinyin(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...] | None:
    """The pinyin syllables of each token, if the tokens read as a Chinese name."""
    if not 2 <= len(tokens) <= 3:
        return None
    words = [split_syllables(token) for token in tokens]
    if not all(words):
        return None
    surnames = [words[0], words[-1]]
    if not any(word and "".join(word) in _SURNAMES for word in surnames):
        return None
    if sum(len(word) for word in words if word) > 1 + _MAX_GIVEN_SYLLABLES:
        return None
    return tuple(word for word in words if word)


@cache
def split_syllables(token: str) -> tuple[str, ...] | None:
    """A Cyrillic word as Palladius syllables in pinyin, fewest first; None if it is not.

    Of two splits into as many syllables, the one whose later syllable starts with a
    consonant wins, as pinyin reads a word without an apostrophe (ванань: wa nan)."""
    readings = _readings()
    longest = max(map(len, readings))
    best: list[tuple[int, int, tuple[str, ...]] | None] = [None] * (len(token) + 1)
    best[0] = (0, 0, ())
    for start in range(len(token)):
        reached = best[start]
        if reached is None:
            continue
        for end in range(start + 1, min(len(token), start + longest) + 1):
            syllable = readings.get(token[start:end])
            if syllable is None:
                continue
            vowel_start = int(start > 0 and syllable[0] in "aeiou")
            candidate = (reached[0] + 1, reached[1] + vowel_start, (*reached[2], syllable))
            current = best[end]
            if current is None or candidate[:2] < current[:2]:
                best[end] = candidate
    final = best[len(token)]
    return final[2] if final else None
