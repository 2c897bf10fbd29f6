"""Table-driven Cyrillic romanisations that ICU lacks: passport and press practice.

- `RUSSIAN_ICAO`: ICAO Doc 9303, used in Russian passports since 2013 ("Evgenii", "Sergei").
- `RUSSIAN_PRESS`: English press habit ("Yevgeny", "Dmitry", "Maxim", "Valerievich").
- `UKRAINIAN_NATIONAL`: the 2010 Cabinet of Ministers system used in Ukrainian passports.
- `BELARUSIAN_NATIONAL`: the 2007 national system, diacritics folded ("Aliaksandr Lukasenka").
- `BELARUSIAN_PASSPORT`: the national letters with English digraphs and plain vowels, as
  Belarusian passports and the EU and UK lists write them ("Siarhei Mikalaevich").
- `GERMAN_DUDEN`, `GERMAN_DUDEN_I`: the Duden transcription German papers and registers use
  for Russian names ("Sergej Lawrow", "Michail Gorbatschow"), with й written j or i.
- `POLISH`: Polish press transcription of Russian ("Siergiej Ławrow", "Dmitrij Miedwiediew"),
  with its diacritics kept (ż for ж).
- `DUTCH`: Dutch transcription ("Sergej Sjojgoe", "Jevgeni Prigozjin", "Poetin").
- `FRENCH`: French press transcription ("Sergueï Choïgou", "Iouri Kovaltchouk"), with ï
  folded to i as ASCII text has it.
- `TAJIK`: Tajik as passports and the press write it ("Emomali Rahmon", "Jamshed Ghafurov"):
  the press's Russian letters, with Tajik's own (ғ gh, қ q, ҳ h, ҷ j, ӣ i, ӯ u).
A letter takes its `initial` value at the start of a word, and where the scheme says so also
after a vowel or sign (the Ukrainian system uses it only at the start: "Zelenskyi").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

_VOWELS_AND_SIGNS = "аеёиоуыэюяіїєўъь"

_RUSSIAN_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
}  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class Scheme:
    """Letter values, with word-initial values, two-letter rules and word endings.

    Compared by identity, so that a scheme can key the caches below.
    """

    letters: Mapping[str, str]
    initial: Mapping[str, str] = field(default_factory=dict)
    pairs: Mapping[str, str] = field(default_factory=dict)
    endings: Mapping[str, str] = field(default_factory=dict)
    initial_after_vowels: bool = True


RUSSIAN_ICAO = Scheme(letters={**_RUSSIAN_BASE, "ъ": "ie"})
RUSSIAN_PRESS = Scheme(
    letters={**_RUSSIAN_BASE, "ё": "yo", "й": "y", "ю": "yu", "я": "ya"},
    initial={"е": "ye", "ё": "yo"},
    pairs={"кс": "x", "ье": "ie", "ьё": "io"},
    endings={"ий": "y", "ый": "y"},
)
UKRAINIAN_NATIONAL = Scheme(
    letters={
        **_RUSSIAN_BASE, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "й": "i",
        "є": "ie", "ю": "iu", "я": "ia", "ь": "", "щ": "shch",
    },
    initial={"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
    pairs={"зг": "zgh"},
    initial_after_vowels=False,
)  # fmt: skip
BELARUSIAN_NATIONAL = Scheme(
    letters={
        **_RUSSIAN_BASE, "г": "h", "ґ": "g", "е": "ie", "ё": "io", "і": "i", "й": "j",
        "ў": "u", "х": "ch", "ц": "c", "ч": "c", "ш": "s", "ж": "z", "ю": "iu", "я": "ia",
        "ь": "",
    },
    initial={"е": "je", "ё": "jo", "ю": "ju", "я": "ja"},
)  # fmt: skip
BELARUSIAN_PASSPORT = Scheme(
    letters={
        **_RUSSIAN_BASE, "г": "h", "ґ": "g", "і": "i", "й": "i", "ў": "u", "ю": "iu",
        "я": "ia", "ё": "io",
    },
    initial={"е": "ye", "ю": "yu", "я": "ya"},
    initial_after_vowels=False,
)  # fmt: skip

_CYRILLIC_VOWEL = f"[{_VOWELS_AND_SIGNS}]"
_GERMAN_LETTERS = {
    **_RUSSIAN_BASE, "в": "w", "ё": "jo", "ж": "sch", "з": "s", "й": "j", "х": "ch",
    "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja",
}  # fmt: skip
_GERMAN_PAIRS = {
    "кс": "x", "ье": "je", "ьё": "jo", "(?<=[жчшщ])ё": "o",
    # German reads a single s between vowels as z, so Duden doubles it: Wassili, Ossipow.
    f"(?<={_CYRILLIC_VOWEL})с(?={_CYRILLIC_VOWEL})": "ss",
}  # fmt: skip
GERMAN_DUDEN = Scheme(
    letters=_GERMAN_LETTERS,
    initial={"е": "je", "ё": "jo"},
    pairs=_GERMAN_PAIRS,
    endings={"ий": "i", "ый": "y"},
)
GERMAN_DUDEN_I = Scheme(
    letters={**_GERMAN_LETTERS, "й": "i"},
    initial={"е": "je", "ё": "jo"},
    pairs=_GERMAN_PAIRS,
    endings={"ий": "i", "ый": "y"},
)
POLISH = Scheme(
    letters={
        **_RUSSIAN_BASE, "в": "w", "е": "ie", "ё": "io", "ж": "ż", "й": "j", "х": "ch",
        "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ю": "iu", "я": "ia",
    },
    initial={"е": "je", "ё": "jo", "ю": "ju", "я": "ja"},
    pairs={
        # After the hard consonants е and ё are plain e and o, и is y; л before a soft vowel
        # is l with the vowel alone (ł elsewhere, which the ASCII fold makes l anyway).
        "(?<=[жшцчщ])е": "e", "(?<=[жшцчщ])ё": "o", "(?<=[жшц])и": "y",
        "ле": "le", "лё": "lo", "лю": "lu", "ля": "la",
        "ье": "je", "ьё": "jo", "ью": "ju", "ья": "ja",
    },
    endings={"ий": "ij", "ый": "yj"},
)  # fmt: skip
DUTCH = Scheme(
    letters={
        **_RUSSIAN_BASE, "ё": "jo", "ж": "zj", "й": "j", "х": "ch", "ч": "tsj", "ш": "sj",
        "щ": "sjtsj", "у": "oe", "ю": "joe", "я": "ja",
    },
    initial={"е": "je", "ё": "jo"},
    pairs={"ье": "je", "ьё": "jo", "(?<=[жчшщ])ё": "o"},
    endings={"ий": "i", "ый": "y"},
)  # fmt: skip
FRENCH = Scheme(
    letters={
        **_RUSSIAN_BASE, "ё": "io", "ж": "j", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
        "щ": "chtch", "у": "ou", "ю": "iou", "я": "ia",
    },
    pairs={
        # g stays hard before e and i as gu: Guennadi, Sergueï, Evgueni.
        "г(?=[еиэйы])": "gu", "кс": "x", "(?<=[жчшщ])ё": "o",
        f"(?<={_CYRILLIC_VOWEL})с(?={_CYRILLIC_VOWEL})": "ss",
    },
    endings={"ий": "i", "ый": "y"},
)  # fmt: skip
TAJIK = Scheme(
    letters={
        **RUSSIAN_PRESS.letters, "ғ": "gh", "қ": "q", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    },
    initial=RUSSIAN_PRESS.initial,
)  # fmt: skip


@lru_cache(maxsize=65536)
def romanize_word(word: str, scheme: Scheme) -> str:
    """Romanise one lower-case Cyrillic word; letters the scheme lacks pass through.

    Endings, letter pairs and word-initial letters are rewritten by regular expressions
    first; what remains goes through one `str.translate`, which keeps long lists fast.
    """
    compiled = _compile(scheme)
    for pattern, replacement in compiled.rewrites:
        word = pattern.sub(replacement, word)
    return word.translate(compiled.table)


@dataclass(frozen=True, slots=True)
class _Compiled:
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    table: dict[int, str]


@cache
def _compile(scheme: Scheme) -> _Compiled:
    start = f"(?:^|(?<=[{_VOWELS_AND_SIGNS}]))" if scheme.initial_after_vowels else "^"
    rewrites = [(re.compile(f"(?<=.){end}$"), value) for end, value in scheme.endings.items()]
    rewrites += [(re.compile(pair), value) for pair, value in scheme.pairs.items()]
    rewrites += [(re.compile(start + letter), value) for letter, value in scheme.initial.items()]
    return _Compiled(tuple(rewrites), str.maketrans(dict(scheme.letters)))
