"""Arabic-script names (Arabic, Persian, Urdu, Pashto): consonant skeletons and vowelled forms.

Arabic script leaves short vowels unwritten, so a letter-by-letter rendering is a consonant
skeleton ("محمد" -> mhmd), marked `vowelless` for the matcher. Common name words get their
usual vowelled spelling from a table (muhammad, abd, allah); when every word is known that
form comes first. The article and the "abd" of theophoric names are split off as lists write
them ("عبدالرحمن" -> abd al rahman). An organisation also gets the English words of its name
(`arabic_org_words`: وزارة الدفاع -> ministry defence). The letters are mapped here rather than
by ICU, whose Arabic transforms leave alif unconverted (BGN) or add marks for ayin and long
vowels.
"""

from __future__ import annotations

from .arabic_org_words import JOINED_ARTICLES, MIN_STEM, organisation_words
from .arabic_particles import canonical_particles
from .arabic_words import lookup_key, vowelled
from .model import Context, Kind, Rendering
from .normalize import normalize

_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "", "ئ": "", "ب": "b",
    "ة": "a", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": "w", "ى": "a", "ي": "y", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g",
    "ک": "k", "ی": "y", "ۀ": "h", "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ے": "e",
    "ھ": "h", "ۃ": "a",
    # Pashto's own letters, which the table lacked: ځدران (Zadran) read "dran".
    "ځ": "z", "څ": "s", "ډ": "d", "ړ": "r", "ښ": "sh", "ږ": "zh", "ټ": "t", "ڼ": "n",
    "ګ": "g", "ې": "e", "ۍ": "y",
    # Urdu's heh goal and its hamza forms, which the table lacked: اللہ read "al l".
    "ہ": "h", "ۂ": "h", "ۓ": "e",
    **{chr(0x0660 + digit): str(digit) for digit in range(10)},
    **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
}  # fmt: skip
_HARAKAT = {chr(code): None for code in range(0x064B, 0x0660)}
_ARABIC_TABLE = str.maketrans({**_LETTERS, **_HARAKAT})
# Persian, Urdu and Pashto read ض ذ ظ as z and ث as s (Reza, Fazl, Ramazan, Mortaza), where
# Arabic reads d, dh, z and th (Rida, Fadl, Ramadan, Murtada). Lists write the names of Iranians,
# Afghans and Pakistanis the first way, often in script without a letter peculiar to Persian,
# so every name with one of these letters also gets a skeleton with the Persian values.
_PERSIAN_VALUES = {"ض": "z", "ذ": "z", "ظ": "z", "ث": "s"}
_PERSIAN_TABLE = str.maketrans({**_LETTERS, **_PERSIAN_VALUES, **_HARAKAT})
# Persian و is v as often as a long vowel (Javad, but Nuri, Mousavi), so Persian names get
# a further skeleton with v; in it ق is gh, as Persian says and lists spell it (مصدق
# Mossadegh, قدیری Ghadiri), where Arabic names keep q (Qadiri).
_PERSIAN_V_TABLE = str.maketrans({**_LETTERS, **_PERSIAN_VALUES, "و": "v", "ق": "gh", **_HARAKAT})
# Iraqi, Gulf and Yemeni spellings write ض and ظ as dh (Ramadhan, Fadhil, Kadhim, Hafidh,
# Mahfoudh), which neither the skeleton's d and z nor the Persian z meets: Arabic names with
# either letter get one more skeleton so.
_DH_TABLE = str.maketrans({**_LETTERS, "ض": "dh", "ظ": "dh", **_HARAKAT})
# Ayin is no consonant Latin spellings write, but a vowel's place: عيضة is Aida and عوض Awad,
# whose ي and و are long vowels, not the y and w a skeleton keeps at a word's start ("yd" did
# not meet "aida"). Read as a, it keeps them inside the word. At a word's end it is left out,
# so that a final ي stays the vowel i the skeleton marks (بديع Badi', مطیع Mati).
_AYIN = "ع"
# Heh, and its Persian and Urdu forms.
_HEH = frozenset("هۀہھ")
# Latin letters that a following h makes another letter: د and ه written "dh" read as ذ, and
# a skeleton folds it to th, so آخوندزاده ("akhwndzadh") was "khndzt", never Akhundzadeh's
# "khndzd". A final ه after one of them is read as the vowel e that Latin spellings give it
# (Akhundzadeh, Zadeh); the skeleton drops a final h anyway.
_BEFORE_H = frozenset("cdgkstz")


def _spelt(piece: str, table: dict[int, str | None]) -> str:
    """The piece's letters in `table`, without a final ayin, and with a final heh read as e
    where the letter before it would make a digraph of an h."""
    if len(piece) > 1 and piece.endswith(_AYIN):
        piece = piece[:-1]
    elif len(piece) > 1 and piece[-1] in _HEH and piece[-2].translate(table)[-1:] in _BEFORE_H:
        piece = piece[:-1] + "e"  # not in the table: kept as written
    return piece.translate(table)


_PERSIAN_LETTERS = frozenset("پچژگکیځڅډړښږټڼګېۍٹڈڑںےہۂۓ")
_PERSIAN_LANGS = frozenset({"fa", "ur", "ps"})
_ARTICLE, _ABD, _ABU = "ال", "عبد", "ابو"
_TA_MARBUTA = "ة"
# The article, alone or joined to a preposition, as `names_in_word` looks it up.
_ARTICLES = frozenset(lookup_key(article) for article in (_ARTICLE, *JOINED_ARTICLES))
# The method of an organisation's form with its glossary words in English (`arabic_org_words`).
ENGLISH_WORDS = "ar-words"


def render_arabic(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """`_rendered`, then the renderings of the name with a person's Persian surname suffix
    written apart joined (`_joined_suffixes`) and with words run together read apart
    (`_parted`), where either differs."""
    renderings = _rendered(tokens, context)
    rewritten = [tuple(word for token in tokens for word in _parted(token))]
    if context.kind is Kind.PERSON:
        rewritten.insert(0, _joined_suffixes(tokens))
    for other in rewritten:
        if other != tokens:
            renderings += [each for each in _rendered(other, context) if each not in renderings]
    return renderings


# Letters that never join the letter after them (alif, dal, dhal, ra, zay, zhe, waw, with their
# hamza forms): after one of them a missing space does not show on the page, so names are typed
# and copied run together. The UN and UK lists write Hassan Dahir Aweys حسن ظاهرعويس; read as one
# unknown word it met no listed name.
_NON_JOINING = frozenset("اأإآٱدذرزژوؤ")
# A word split off after a known word has this many letters at least, or is known itself: a
# shorter ending is mostly a suffix of one word (نورانی Nourani, مهرابی Mehrabi, حیدرنیا).
MIN_PARTED = 4
# ... and an unknown one ending in the nisba's ya takes the article: without, it is mostly one
# family name made of a name and a place (خسروجردی Khosrojerdi, شهرستانی Shahrestani), whose
# parts met other persons' names (محمدياسين خسروجردی, an innocent name, rose from 0.35 to 0.78
# against Mohammad Hossein KHOSRAVI).
_NISBA = frozenset("يیى")
# The known word before the cut has at least this many letters.
MIN_HEAD = 3


def _parted(token: str) -> tuple[str, ...]:
    """`token` cut after a known word that ends in a non-joining letter, where the rest is a
    word of its own (`_stands_apart`) or known words run together; the token itself when the
    table knows it whole or no such cut exists."""
    if len(token) < MIN_HEAD + 3 or vowelled(token, persian=False):
        return (token,)
    for cut in range(MIN_HEAD, len(token) - 2):
        if token[cut - 1] not in _NON_JOINING or not vowelled(token[:cut], persian=False):
            continue
        rest = token[cut:]
        words = _parted(rest)
        if len(words) > 1 or vowelled(rest, persian=False) or _stands_apart(rest):
            return (token[:cut], *words)
    return (token,)


def _stands_apart(rest: str) -> bool:
    if len(rest) < MIN_PARTED:
        return False
    return rest[-1] not in _NISBA or lookup_key(rest).startswith(_ARTICLE)


# Persian family names end in a suffix (-zadeh son of, -pour, -nejad, -khah, -kia, -nia,
# -vand, -far, -abadi, -ollahi), which Persian writing often parts from the stem with a space
# for the zero-width non-joiner it means, and lists in Latin letters join: "عیسی زارع پور" is
# Eisa ZAREPOUR, "سلمان آدینه وند" Salman ADINEHVAND, "منوچهر امن اللهي" Manouchehr
# AMANOLLAHI. Apart, the stem's skeleton met no listed word.
_SURNAME_SUFFIXES = frozenset(
    lookup_key(word)
    for word in ("زاده", "پور", "نژاد", "خواه", "کیا", "نیا", "وند", "فر", "آبادی", "اللهی")
)


def _joined_suffixes(tokens: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for token in tokens:
        if out and lookup_key(token) in _SURNAME_SUFFIXES:
            out[-1] += token
        else:
            out.append(token)
    return tuple(out)


def _rendered(tokens: tuple[str, ...], context: Context) -> list[Rendering]:
    """Vowelled forms (Persian style, then Arabic style), a partly vowelled one's canonical
    particles (`arabic_particles`), then consonant skeletons, then an organisation's English
    words (a Persian name's also with و read as v, as in Movahed, where a word the table does
    not know has one); names whose letters Persian reads otherwise (ض ذ ظ ث) get both styles
    and both skeletons, and Arabic ones with ض or ظ a skeleton with dh for them.

    A vowelled form in which some word is unknown keeps that word's letters and is marked
    `vowelless`; when no word at all is known only the skeletons are given.
    """
    persian = _is_persian(tokens, context.lang)
    pieces = tuple(piece for token in tokens for piece in split_particles(token))
    skeleton = tuple(_spelt(piece, _ARABIC_TABLE) for piece in pieces)
    z_skeleton = tuple(_spelt(piece, _PERSIAN_TABLE) for piece in pieces)
    styles: tuple[tuple[str, bool], ...]
    if persian:
        styles = ((context.lang or "fa", True), ("ar", False))
    elif z_skeleton != skeleton:
        styles = (("ar", False), ("fa", True))
    else:
        styles = (("ar", False),)
    renderings = [
        rendering
        for method, persian_style in styles
        if (
            rendering := _vowelled(
                pieces, z_skeleton if persian_style else skeleton, persian_style, method
            )
        )
        is not None
    ]
    # A partly known name also gets the particles as Latin spellings write them: "عبد الله
    # يحيى الحاكم" as (abdullah, yahya, hakm), for "Abdullah Yahya al-Hakim"; abd and allah
    # apart met "abdullah" only as skeletons, bd against bdllh.
    renderings += [
        Rendering(particled, rendering.method, vowelless=True)
        for rendering in renderings
        if rendering.vowelless
        and (particled := canonical_particles(rendering.tokens)) != rendering.tokens
    ]
    method = styles[0][0]
    renderings.append(Rendering(skeleton, method, vowelless=True))
    # A final ى is a in Arabic (Mustafa, Musa), and the table knows those names; in a word it
    # does not know, it is as often the undotted final ی of Persian and Egyptian writing (جبارى
    # Jabari), and in one the table reads with a final i it is that ی (نوروزى Nowruzi, على
    # Ali): such a name also gets the ي reading.
    dotted = tuple(_dotted_final_ya(piece, persian) for piece in pieces)
    if dotted != pieces:
        # Read in the name's first style: a Persian name's with the Persian letter values.
        persian_style = styles[0][1]
        letters = tuple(
            _spelt(p, _PERSIAN_TABLE if persian_style else _ARABIC_TABLE) for p in dotted
        )
        read = _vowelled(dotted, letters, persian_style, method)
        if read is not None:
            renderings.append(read)
        renderings.append(
            Rendering(tuple(_spelt(p, _ARABIC_TABLE) for p in dotted), method, vowelless=True)
        )
    if z_skeleton != skeleton:
        renderings.append(Rendering(z_skeleton, method, vowelless=True))
        # Persian letter values and a Persian final ی go together (غضنفرآبادى Ghazanfarabadi).
        if dotted != pieces:
            z_dotted = tuple(_spelt(piece, _PERSIAN_TABLE) for piece in dotted)
            renderings.append(Rendering(z_dotted, method, vowelless=True))
    dh_skeleton = tuple(_spelt(piece, _DH_TABLE) for piece in pieces)
    if not persian and dh_skeleton != skeleton:
        renderings.append(Rendering(dh_skeleton, method, vowelless=True))
    if persian:
        # From the dotted pieces: in a Persian name an unknown word's final ى is ی, never a
        # (پورانوارى Pouranvari); the table knows the Arabic names that end in a (موسى).
        v_skeleton = tuple(_spelt(piece, _PERSIAN_V_TABLE) for piece in dotted)
        renderings.append(Rendering(v_skeleton, method, vowelless=True))
    construct = _in_construct(pieces) if context.kind is not Kind.PERSON else frozenset()
    if construct:
        renderings = [
            _construct_read(rendering, construct, len(pieces)) for rendering in renderings
        ]
    if context.kind is Kind.ORGANIZATION or context.kind is Kind.UNKNOWN:
        english = organisation_words(tokens, lambda token: _word_rendering(token, persian))
        if english:
            renderings.append(Rendering(english[0], ENGLISH_WORDS, vowelless=english[1]))
            if persian:
                with_v = organisation_words(
                    tokens, lambda token: _word_rendering(token, persian, _PERSIAN_V_TABLE)
                )
                if with_v and with_v[0] != english[0]:
                    renderings.append(Rendering(with_v[0], ENGLISH_WORDS, vowelless=with_v[1]))
    return renderings


def _in_construct(pieces: tuple[str, ...]) -> frozenset[int]:
    """Where a word's ta marbuta reads "at", as the lists write it: a word in construct, without
    the article and before another word (جبهة النصرة, Jabhat al-Nusra; عصبة الأنصار, Asbat
    al-Ansar). With the article it is "a" (الجماعة الإسلامية, al-Jama'a al-Islamiya), and last
    in the name too."""
    return frozenset(
        at
        for at, piece in enumerate(pieces[:-1])
        if piece.endswith(_TA_MARBUTA) and (at == 0 or pieces[at - 1] != _ARTICLE)
    )


def _construct_read(rendering: Rendering, construct: frozenset[int], pieces: int) -> Rendering:
    """The rendering with an "a" that ends a word in construct read "at"; one whose words are
    not the `pieces` one for one (a particle joined) is left as it is."""
    tokens = rendering.tokens
    if len(tokens) != pieces:
        return rendering
    read = tuple(
        token + "t" if at in construct and token.endswith("a") else token
        for at, token in enumerate(tokens)
    )
    return rendering if read == tokens else Rendering(read, rendering.method, rendering.vowelless)


def _dotted_final_ya(piece: str, persian: bool) -> str:
    """The piece with its final ى read as ي, unless the table reads it as a (موسى Musa)."""
    # The ending first: the table lookup is the costlier test, and most words pass the first.
    if len(piece) <= 2 or not piece.endswith("ى"):
        return piece
    # A word the table reads with a final i is spelt with ي, whatever the writer's ى: the
    # skeleton of نوروزى was nwrwza, and it met NEWROUZI only through the table's vowels.
    known = vowelled(piece, persian)
    if known is not None and known.endswith("a"):
        return piece
    return piece[:-1] + "ي"


def _word_rendering(
    token: str, persian: bool, letters: dict[int, str | None] | None = None
) -> tuple[tuple[str, ...], bool]:
    """One word of an organisation's name as its English form keeps it: vowelled where the
    table knows it, else its skeleton in `letters` (then vowelless), without the article,
    which translations leave out ("جبهة النصرة", Nusra Front)."""
    table = letters or (_PERSIAN_TABLE if persian else _ARABIC_TABLE)
    pieces = [piece for piece in split_particles(token) if piece != _ARTICLE] or [token]
    spelt = [vowelled(piece, persian) for piece in pieces]
    latin = tuple(word or _spelt(piece, table) for word, piece in zip(spelt, pieces, strict=True))
    return tuple(word for word in latin if word), not all(spelt)


def _vowelled(
    pieces: tuple[str, ...], skeleton: tuple[str, ...], persian: bool, method: str
) -> Rendering | None:
    spelt = tuple(vowelled(piece, persian) for piece in pieces)
    if not any(spelt):
        return None
    tokens = tuple(word or letters for word, letters in zip(spelt, skeleton, strict=True))
    return Rendering(tokens, method, vowelless=not all(spelt))


def split_particles(token: str) -> tuple[str, ...]:
    """Split the article, "abd"/"abu" and two joined known words ("محمدحسین") off a word,
    unless the table knows the whole word."""
    if vowelled(token, persian=False) or len(token) <= 3:
        return (token,)
    key = lookup_key(token)
    for prefix in (_ABD, _ABU):
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            return (token[: len(prefix)], *split_particles(token[len(prefix) :]))
    if key.startswith(_ARTICLE):
        return (token[:2], token[2:])
    # "For the", "and the", "with the" joined to a word the table knows: للصرافة is lil-sirafa,
    # والجهاد wal-jihad, as the lists write them ("... LIDDA'AWATI WAL-JIHAD"); read as one
    # unknown word they were "llsrafa" and "waljhad". Only before a known word: a name may
    # begin with these letters.
    for joined in JOINED_ARTICLES:
        rest = token[len(joined) :]
        if key.startswith(joined) and len(rest) >= MIN_STEM and vowelled(rest, persian=False):
            return (token[: len(joined)], rest)
    return _split_compound(token)


def names_in_word(word: str) -> int:
    """How many names one written word holds, as `split_particles` parts it: two in محمدحسین
    (Mohammad Hossein), علیرضا (Ali Reza) and عبدالحمید (Abd al-Hamid); one in عبیدالله,
    which the table knows whole, and in الحسینی, whose article is no name."""
    return sum(
        1
        for token in normalize(word).split()
        for piece in split_particles(token)
        if lookup_key(piece) not in _ARTICLES
    )


def _split_compound(token: str) -> tuple[str, ...]:
    # Persian and Dari write compound given names as one word: Mohammadhossein, Hamidreza.
    for cut in range(3, len(token) - 1):
        if vowelled(token[:cut], persian=False) and vowelled(token[cut:], persian=False):
            return (token[:cut], token[cut:])
    return (token,)


def _is_persian(tokens: tuple[str, ...], lang: str | None) -> bool:
    if lang is not None:
        return lang in _PERSIAN_LANGS
    return any(char in _PERSIAN_LETTERS for token in tokens for char in token)
