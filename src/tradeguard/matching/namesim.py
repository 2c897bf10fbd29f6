"""How alike two Latin name forms are, order-free, with the evidence for the explanation.

Tokens are aligned greedily by similarity (names are short: a handful of tokens each side), so
"KIM, Jong Un" and "Jong Un Kim" align fully. Unmatched query tokens cost more than unmatched
listed tokens, unless the listed name (of two words or more, not generic organisation words
alone) is matched whole: "Vladimir Putin" should still strongly match "Putin Vladimir
Vladimirovich", and "Putin Vladimir Vladimirovich" match "Vladimir Putin", while "Kim Jong Nam"
must not match "Kim Jong Un". Only the syllables of an East Asian person's name must keep
their order: 김은정 (Kim Eun-jung) is not 김정은.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from tradeguard.matching.named_countries import generic_or_country, word_territory
from tradeguard.names import (
    INITIALS,
    NameForm,
    compared_skeleton,
    ends_in_i,
    phonetic_key,
    phonetic_spelling,
)
from tradeguard.names.arabic_particles import ARTICLE_WORDS
from tradeguard.names.english_stems import english_stem
from tradeguard.names.generic_org_names import generic_org_name
from tradeguard.names.han import is_syllabic
from tradeguard.names.korean_latin import hangul_syllables, one_syllable, reads_korean
from tradeguard.names.name_variants import variants_differ
from tradeguard.names.pinyin_latin import WADE_GILES_METHOD
from tradeguard.names.spelling_walk import READ_BACK

# Unmatched listed tokens (patronymics, extra given names) weigh this much of a query token.
LISTED_TOKEN_WEIGHT = 0.35
# Unmatched query tokens weigh this much when every token of a listed name of at least
# CONTAINED_MIN_TOKENS tokens found a partner: a customer file gives the full name
# ("Noureddine Ben Ali Al-Drissi") where a list gives two of its words ("Drissi Noureddine").
# A one-word listed name is too easily contained by chance ("Ozon" in "Ozon Trading"), and the
# article is no word of its own (`contained_words`).
CONTAINED_QUERY_WEIGHT = 0.35
CONTAINED_MIN_TOKENS = 2
# ... and at least this many letters: a short listed name ("YUN Chol", "RI Sok", "MI Chung") is
# contained by chance in most Korean and Chinese names of three syllables.
CONTAINED_MIN_LETTERS = 9
# Two spellings with the same phonetic key are this similar at least ("jong"/"chong"), before
# rescaling, which makes it 0.8 ...
PHONETIC_FLOOR = 0.9
# ... and, when the spellings are also close (normalised Levenshtein at least CLOSE_SPELLING),
# this similarity after rescaling: "rostekh"/"rostec" and "mithoo"/"mithu" are one name in two
# romanisations. The key keeps only a word's first vowel, so far spellings get no such lift.
PHONETIC_CLOSE = 0.9
CLOSE_SPELLING = 0.6
# ... and when they differ only by romanisation convention (one `phonetic_spelling`:
# "rostekh"/"rostec", "yusuf"/"yousouf"), this much: as good as one spelling, nearly.
PHONETIC_SAME = 0.95
# Short syllables agree by convention too often by chance ("li"/"lee", "gim"/"kim" are also
# different names), so the lift needs this many letters on both sides ...
SAME_SPELLING_MIN_LETTERS = 5
# ... and shorter ones of person names get this much: "jo"/"cho", "do"/"to" and "jin"/"chin"
# are one Korean syllable in the North's and the South's spelling, and share only their key
# and a letter or two, which left them at 0.8, below two spellings that merely look alike. Not
# in organisation names, where such short words are mostly acronyms ("Gay" / "QAI").
SHORT_SPELLING_SAME = 0.9
# Two close spellings (CLOSE_SPELLING) whose phonetic keys differ only in the first vowel
# (`consonant_key`: Dimitri/Dmitry, Bekr/Bakr, which read 0.43 and 0.5) are this similar at
# least ...
VOWEL_CLOSE = 0.7
# ... for words of this many letters: in a short syllable the vowel is what tells names apart
# (Kim/Kum, Jon/Jan).
VOWEL_CLOSE_MIN_LETTERS = 4
# Marks the phonetic key of a word ending in i or y (`lift_key`).
FINAL_I = "+i"
# Marks a short token's spelling key, which takes SHORT_SPELLING_SAME.
SHORT_SPELLING = "short:"
# Abjad renderings carry no vowels, so a skeleton agreement is weaker evidence than spelling.
SKELETON_FACTOR = 0.9
# Person tokens with one stem in two forms (Komarov/Komarova, Yatsenko/Yatseniuk,
# Daniel/Danielle) are relatives' or namesakes' names, not one name: at most this similar
# (`names.name_variants`).
RELATIVE_SIMILARITY = 0.5
# Two words of an organisation's name that are forms of one English word (`english_stem`:
# Industry/Industries/Industrial, Computer/Computing) and are spelt alike (CLOSE_SPELLING) are
# this similar at least, as two spellings with one phonetic key are: translations of one name
# choose either form. At 0.9 the innocent names alerted more than the pairs gained
# (bench/HISTORY.md, 2.56).
INFLECTED_SAME = 0.8
# Or, spelt less alike but still above TOKEN_FLOOR, whose lengths differ by at most this many
# letters: an inflection of a short word rewrites three of its seven letters (trade / trading,
# study / studies: 0.57), where the derivations the spelling check keeps apart add more
# (engine / engineering, organ / organization). "Vector Trading LLC" met Vector Trade LLC at
# 0.32. Of the 70,718 listed words, 6 pairs more are lifted so.
INFLECTED_LETTER_GAP = 2
# Below this raw similarity two tokens are different words and earn nothing.
TOKEN_FLOOR = 0.5
# A concatenated comparison ("xijinping" vs "xi jin ping") counts slightly less than tokens.
CONCAT_FACTOR = 0.97
# A listed name's initials ("irgc") count only when the query is written as exactly that
# acronym: a near spelling of an acronym ("Gnatz" for KNAAZ) is no evidence at all.
EXACT_ONLY_FLOOR = 1.0 - 1e-9
# A listed organisation name met only in generic words and countries, each name having words
# the other lacks and the listed one words of its own, is this much as similar
# (`generic_only`). Measured: bench/HISTORY.md, 2.19.
GENERIC_ONLY_FACTOR = 0.6
# An organisation query's word that names a place meets a word that names none only at this
# similarity or more, a near spelling of it (`countries_apart`).
PLACE_SPELLING = 0.95
# Scripts of person names whose every syllable is part of the name (`may_contain`).
CJK_SCRIPTS = frozenset({"Han", "Hangul", "Kana"})
# A name of such syllables whose syllables are met out of their order, save for the surname
# moved to the other end, is this much as similar (`in_syllable_order`): 박경자 (Pak Kyong-ja)
# and 박재경 (Pak Jae-kyong) share every syllable, but Kyong-ja and Jae-kyong are two names.
ORDER_FACTOR = 0.8
# The order says nothing about fewer matched syllables than this.
ORDER_MIN_TOKENS = 3
LATIN_SCRIPT = "Latin"
HANGUL_SCRIPT = "Hangul"


def may_contain(query: NameForm, person: bool) -> bool:
    """Whether a query form that contains a listed name whole is forgiven its other words.

    Not a Chinese, Korean or Japanese person's name: each of its syllables is part of the
    name, so 강영철 (Kang Young-chul) is not the listed "Young-Chul", nor 김철수 KIM Chol."""
    return not (person and query.script in CJK_SCRIPTS)


def syllables_ordered(query: NameForm, person: bool) -> bool:
    """Whether the order of a query form's syllables must hold in a listed name: a Chinese,
    Korean or Japanese person's name, whose given name is its syllables in their order, or a
    Latin name that reads as a Korean one (`names.korean_latin`)."""
    if not person:
        return False
    return query.script in CJK_SCRIPTS or (
        query.script == LATIN_SCRIPT and reads_korean(query.tokens)
    )


def korean_syllables(query: NameForm, person: bool) -> bool:
    """Whether a query form is a Korean person's name, whose words are syllables that the
    lists spell in any of the romanisations, mixed within one name ("KIM Yong Bok" for 김영복,
    the North's yong and the South's bok): a Hangul name, or a Latin one that reads as Korean.
    Two spellings of one syllable (`names.korean_latin.one_syllable`) are then one word."""
    return person and (
        query.script == HANGUL_SCRIPT
        or (query.script == LATIN_SCRIPT and reads_korean(query.tokens))
    )


def korean_reading(name: str, forms: Sequence[NameForm], person: bool) -> frozenset[str] | None:
    """For a query some form of which is a Korean person's name (`korean_syllables`), the
    Hangul syllables it is written in (none for a Latin name, whose syllables are unknown);
    None for any other query. `token_matrix` takes it as `korean`."""
    if not any(korean_syllables(form, person) for form in forms):
        return None
    return hangul_syllables(name)


def in_syllable_order(listed_positions: Sequence[int]) -> bool:
    """Whether the listed positions of the query's matched tokens, in query order, keep the
    query's order, or do so once the name is read round from one of them: "Jong Un Kim" is
    "KIM Jong Un" with the surname moved, not the syllables swapped. That is, at most one
    descent going round the sequence."""
    if len(listed_positions) < ORDER_MIN_TOKENS:
        return True
    descents = sum(
        listed_positions[k] > listed_positions[(k + 1) % len(listed_positions)]
        for k in range(len(listed_positions))
    )
    return descents <= 1


def kept_apart(query: NameForm, listed: NameForm, person: bool) -> bool:
    """Whether two forms are not compared at all.

    - Both Chinese syllables of an organisation. Two Chinese company names share their
      generic words (科技 keji, 电子 dianzi, 贸易 maoyi), and characters of one reading (致/至
      zhi), so syllable by syllable 立信电子科技 met 信諾電子科技 at 0.84. Their English-word
      forms (`names.han_words`) compare them, with "technology" and "electronics" weighed as
      the common words they are.
    - A listed pinyin name's Wade-Giles form (`names.pinyin_latin`) and a query not written in
      Latin letters. The form is there for Latin names written in Wade-Giles; a name in Chinese
      characters has its own pinyin and Wade-Giles renderings to meet the listed name as
      written, and Wade-Giles, which writes zhang and chang, jin and qin alike, only adds
      near-spellings ("Ri Su Yong" as "jih su yung" met the Korean 서지영 at 0.9).
    - A listed name's initials and a query read back by its sound or letters into listed
      spellings (`transcribed_forms`): the walk supplies vowels and letters, so طيء read
      "tai" is no acronym TAI of Time Art International, nor НАМИ read "name" (И as e) NEW
      ANSARI MONEY EXCHANGE, nor ОАК read "aac" Ansar al Charia."""
    if listed.method == WADE_GILES_METHOD:
        return query.script != LATIN_SCRIPT
    if listed.method == INITIALS and query.method.endswith(READ_BACK):
        return True
    return not person and is_syllabic(query.method) and is_syllabic(listed.method)


@dataclass(slots=True, frozen=True)
class TokenPair:
    query: str
    listed: str
    similarity: float


@dataclass(slots=True, frozen=True)
class NameComparison:
    score: float
    pairs: tuple[TokenPair, ...]
    method: str  # "tokens" or "concatenated"


def _rescale(raw: float) -> float:
    if raw <= TOKEN_FLOOR:
        return 0.0
    return min(1.0, (raw - TOKEN_FLOOR) / (1.0 - TOKEN_FLOOR))


@lru_cache(maxsize=1 << 18)
def token_similarity(
    query: str, listed: str, person: bool = False, syllabic: bool = False
) -> float:
    """Spelling similarity of two tokens, lifted to PHONETIC_FLOOR when they sound alike
    (one `lift_key`).

    `person`: whether short tokens of one spelling take SHORT_SPELLING_SAME, as in a person's
    name (`person_token_similarity`). `syllabic`: whether the query token is Chinese syllables
    (`names.han.is_syllabic`), which a shared phonetic key does not lift: the key keeps only
    the first vowel, and the later vowels tell Chinese syllables apart (chien/chen, liu/li,
    hui/hu); only one phonetic spelling does (chang/zhang, hsi/xi)."""
    if query == listed:
        return 1.0
    raw = Levenshtein.normalized_similarity(query, listed)
    key = lift_key(query)
    if key and key == lift_key(listed):
        lifted = _rescale(raw if syllabic else max(raw, PHONETIC_FLOOR))
        if raw >= CLOSE_SPELLING and not syllabic:
            lifted = max(lifted, PHONETIC_CLOSE)
        spelt = spelling_key(query)
        if spelt and spelt == spelling_key(listed):
            lifted = max(lifted, spelling_lift(spelt, person))
        return lifted
    if raw >= CLOSE_SPELLING and not syllabic:
        consonants = consonant_key(query)
        if consonants and consonants == consonant_key(listed):
            return max(_rescale(raw), VOWEL_CLOSE)
    return _rescale(raw)


_VOWEL_CLASSES = str.maketrans("", "", "aiu")


@lru_cache(maxsize=1 << 18)
def consonant_key(token: str) -> str:
    """The lift key without its vowel, for alphabetic tokens of VOWEL_CLOSE_MIN_LETTERS letters
    or more whose key has two consonants or more; "" otherwise."""
    if len(token) < VOWEL_CLOSE_MIN_LETTERS or not token.isalpha():
        return ""
    key = lift_key(token)
    marker = FINAL_I if key.endswith(FINAL_I) else ""
    consonants = key.removesuffix(marker).translate(_VOWEL_CLASSES)
    return consonants + marker if len(consonants) >= 2 else ""


@lru_cache(maxsize=1 << 18)
def lift_key(token: str) -> str:
    """The phonetic key, marked FINAL_I where the word ends in i or y: the key keeps only the
    first vowel, so Hamidi met Hamid and Mohammadi Mohammad through it, while the final i is
    the nisba ending of another family name (`names.compared_skeleton`); "" for no key."""
    key = phonetic_key(token)
    return key + FINAL_I if key and ends_in_i(token) else key


def spelling_key(token: str) -> str:
    """The phonetic spelling, marked SHORT_SPELLING below SAME_SPELLING_MIN_LETTERS letters, so
    that a short and a long token never share one; "" for a token without one."""
    spelt = phonetic_spelling(token)
    if not spelt or len(token) >= SAME_SPELLING_MIN_LETTERS:
        return spelt
    return SHORT_SPELLING + spelt


def spelling_lift(key: str, person: bool) -> float:
    """The similarity at least of two tokens with this (non-empty) spelling key."""
    if not key.startswith(SHORT_SPELLING):
        return PHONETIC_SAME
    return SHORT_SPELLING_SAME if person else 0.0


@lru_cache(maxsize=1 << 18)
def skeleton_similarity(query: str, listed: str) -> float:
    raw = Levenshtein.normalized_similarity(compared_skeleton(query), compared_skeleton(listed))
    return _rescale(raw) * SKELETON_FACTOR


def token_matrix(
    query: Sequence[str],
    listed: Sequence[str],
    vowelless: bool,
    person: bool = False,
    syllabic: bool = False,
    korean: frozenset[str] | None = None,
) -> list[list[float]]:
    """Similarity of every query token to every listed token, in [0, 1]; `korean` for a
    Korean person's name (`korean_reading`), whose spellings of one of its syllables are one
    word.

    Names have a handful of tokens, so plain lists with cached pair scores beat numpy here:
    array set-up would cost more than the arithmetic.
    """
    # A vowelless form keeps the words the names table vowels ("پرویز صمدیان" is parviz smdyan),
    # and in a person's name such a word is also compared by spelling, as a vowelled form's
    # would be: parviz and parvis are one name, but their skeletons differ (prvz, prvs). Not in
    # an organisation's: there it made innocent Arabic company names alert more, and the
    # curves it refitted lost more pairs than it found.
    if vowelless and not person:
        return countries_apart(
            query, listed, [[skeleton_similarity(q, t) for t in listed] for q in query]
        )
    if not person:
        return countries_apart(
            query,
            listed,
            [[org_token_similarity(q, t, syllabic) for t in listed] for q in query],
        )
    spelled = [[person_token_similarity(q, t, syllabic) for t in listed] for q in query]
    if korean is not None:
        spelled = [
            [1.0 if one_syllable(q, t, korean) else s for t, s in zip(listed, row, strict=True)]
            for q, row in zip(query, spelled, strict=True)
        ]
    if not vowelless:
        return spelled
    return [
        [
            max(skeleton_similarity(q, t), SKELETON_FACTOR * s)
            for t, s in zip(listed, row, strict=True)
        ]
        for q, row in zip(query, spelled, strict=True)
    ]


def countries_apart(
    query: Sequence[str], listed: Sequence[str], matrix: list[list[float]]
) -> list[list[float]]:
    """An organisation query's word that names a place meets only words that name that place,
    or a word that names none and is nearly its spelling ("rossya"): China is no spelling of
    Jinan, nor Ghana of Gaan (`named_countries.word_territory`)."""
    for i, q in enumerate(query):
        place = word_territory(q)
        if place is not None:
            matrix[i] = [
                v if _same_place(place, word_territory(t), v) else 0.0
                for t, v in zip(listed, matrix[i], strict=True)
            ]
    return matrix


def _same_place(place: str, other: str | None, similarity: float) -> bool:
    return other == place or (other is None and similarity >= PLACE_SPELLING)


@lru_cache(maxsize=1 << 18)
def org_token_similarity(query: str, listed: str, syllabic: bool = False) -> float:
    """`token_similarity`, at least INFLECTED_SAME for two forms of one English stem spelt
    alike enough (`inflected_spelling`). The stemmer alone also joins "ship" and "shipping",
    "engine" and "engineering"."""
    similarity = token_similarity(query, listed, syllabic=syllabic)
    if similarity >= INFLECTED_SAME or syllabic:
        return similarity
    stem = english_stem(query)
    if stem and stem == english_stem(listed) and inflected_spelling(query, listed):
        return INFLECTED_SAME
    return similarity


def inflected_spelling(query: str, listed: str) -> bool:
    """Whether two words of one English stem are spelt alike enough to be its forms
    (CLOSE_SPELLING, or INFLECTED_LETTER_GAP)."""
    spelling = Levenshtein.normalized_similarity(query, listed)
    return spelling >= CLOSE_SPELLING or (
        spelling >= TOKEN_FLOOR and abs(len(query) - len(listed)) <= INFLECTED_LETTER_GAP
    )


def person_token_similarity(query: str, listed: str, syllabic: bool = False) -> float:
    """`token_similarity`, at most RELATIVE_SIMILARITY for one stem in two forms."""
    similarity = token_similarity(query, listed, person=True, syllabic=syllabic)
    if similarity > RELATIVE_SIMILARITY and variants_differ(query, listed):
        return RELATIVE_SIMILARITY
    return similarity


def align(
    sim: Sequence[Sequence[float]],
    q_weights: Sequence[float],
    l_weights: Sequence[float],
    containing: bool = True,
    ordered: bool = False,
    query_tokens: Sequence[str] = (),
    listed_tokens: Sequence[str] = (),
    own: Sequence[bool] = (),
    query_own: Sequence[bool] = (),
) -> tuple[float, list[tuple[int, int, float]]]:
    """Greedy one-to-one alignment; returns the weighted score and the chosen pairs.

    The listed name's words and letters (`listed_tokens`, `containable`) decide whether a
    query that contains it whole is forgiven its other words; `containing` whether it may be at
    all (`may_contain`; never for a listed name of generic organisation words alone,
    `names.generic_org_names`); `ordered` whether its syllables must keep their order
    (`syllables_ordered`). `query_tokens` and `listed_tokens` are the two names' tokens.
    `own` marks the listed words of an organisation's name that are its own, not generic
    words or countries (`own_words`, `generic_only`), and `query_own` the query's; empty for a
    person's name.
    """
    cells = sorted(
        ((value, i, j) for i, row in enumerate(sim) for j, value in enumerate(row) if value > 0.0),
        key=lambda cell: (-cell[0], cell[1], cell[2]),
    )
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    gained = 0.0
    matched_query = 0.0
    for value, i, j in cells:
        if i in used_rows or j in used_cols:
            continue
        used_rows.add(i)
        used_cols.add(j)
        pairs.append((i, j, value))
        gained += value * (q_weights[i] + LISTED_TOKEN_WEIGHT * l_weights[j])
        matched_query += q_weights[i]
    query_total = sum(q_weights)
    generic = generic_org_name(tuple(listed_tokens))
    if (
        containing
        and len(used_cols) == len(l_weights)
        and containable(contained_words(listed_tokens), sum(map(len, listed_tokens)))
        and not generic
    ):
        query_total = matched_query + CONTAINED_QUERY_WEIGHT * (query_total - matched_query)
    total = query_total + LISTED_TOKEN_WEIGHT * sum(l_weights)
    score = min(1.0, gained / total) if total else 0.0
    if len(used_rows) < len(q_weights) and (
        generic_only(own, used_cols) or own_left(query_own, used_rows, generic)
    ):
        score *= GENERIC_ONLY_FACTOR
    if ordered and not in_syllable_order(_listed_positions(pairs, query_tokens, listed_tokens)):
        score *= ORDER_FACTOR
    return score, pairs


def containable(words: int, letters: int) -> bool:
    """Whether a listed name of so many words (`contained_words`) and letters is long enough
    for a query that meets it whole to be forgiven its other words (`align`)."""
    return words >= CONTAINED_MIN_TOKENS and letters >= CONTAINED_MIN_LETTERS


def contained_words(listed: Sequence[str]) -> int:
    """The words of a listed name that count towards CONTAINED_MIN_TOKENS: all but the
    article. "Al-Khalidi" is a name of one word, and met the company "مشعشع-الخالدي"
    (Mushasha al-Khalidi) at 0.90 as a name of two contained whole."""
    return sum(token not in ARTICLE_WORDS for token in listed)


def generic_only(own: Sequence[bool], matched: set[int]) -> bool:
    """Whether an organisation's listed name met the query only in generic words and
    countries and has words of its own (`own`, by `own_words`) the query lacks: FEE BANK
    MALAYSIA and "Malaysian Development Bank" share a bank and a country, not a name. `align`
    asks only when the query has words left over too: "Moscow Aviation Institute" is all of
    itself in the listed "Federal State Budgetary Establishment of Higher Education Moscow
    Aviation Institute", its short name."""
    return bool(matched) and any(own) and not any(own[j] for j in matched)


def _listed_positions(
    pairs: Sequence[tuple[int, int, float]],
    query_tokens: Sequence[str],
    listed_tokens: Sequence[str],
) -> list[int]:
    """The listed positions of the aligned query tokens, in query order; where a word repeats
    on either side ("CHANG CHANG HA"), the positions it was aligned with are taken in the
    other side's order, which a tie in the alignment need not have given them."""
    rows = sorted(pairs)
    positions = [j for _, j, _ in rows]
    for a in range(len(rows)):
        for b in range(a + 1, len(rows)):
            if positions[b] < positions[a] and (
                query_tokens[rows[a][0]] == query_tokens[rows[b][0]]
                or listed_tokens[positions[a]] == listed_tokens[positions[b]]
            ):
                positions[a], positions[b] = positions[b], positions[a]
    return positions


def own_left(query_own: Sequence[bool], matched: set[int], generic: bool) -> bool:
    """Whether a listed organisation name of generic words alone (`generic`,
    `names.generic_org_names`) left a word of the query's own unmet: "Izhevsk Mechanical
    Plant" and the listed "Mechanical Plant" share a kind of plant, not a name, as FEE BANK
    MALAYSIA and "Malaysian Development Bank" share a bank (`generic_only`)."""
    return generic and any(own for i, own in enumerate(query_own) if i not in matched)


def own_words(listed: Sequence[str]) -> tuple[bool, ...]:
    """Which words of a listed organisation's name are its own (`generic_only`)."""
    return tuple(not generic_or_country(token) for token in listed)


def concatenated(query: Sequence[str], listed: Sequence[str]) -> float:
    """Compare names with the spaces taken out, in the given and the reversed query order."""
    joined = "".join(listed)
    forward = Levenshtein.normalized_similarity("".join(query), joined)
    backward = Levenshtein.normalized_similarity("".join(reversed(query)), joined)
    return _rescale(max(forward, backward)) * CONCAT_FACTOR


def compare_tokens(
    query: Sequence[str],
    q_weights: Sequence[float],
    listed: Sequence[str],
    l_weights: Sequence[float],
    vowelless: bool = False,
    person: bool = False,
    syllabic: bool = False,
    containing: bool = True,
    ordered: bool = False,
    korean: frozenset[str] | None = None,
) -> NameComparison:
    """Score `query` against `listed`; `person` when the query names a person, whose tokens
    must then be the same form of a stem (`names.name_variants`); `syllabic` when the query's
    tokens are Chinese syllables (`token_similarity`); `containing` whether a query that
    contains the listed name whole is forgiven its other words (`may_contain`); `ordered`
    whether the query's syllables must keep their order (`syllables_ordered`); `korean` the
    query's `korean_reading`."""
    if not query or not listed:
        return NameComparison(0.0, (), "tokens")
    if vowelless and tuple(query) == tuple(listed):
        # Written word for word as the listed name is (both in one script, or the table's
        # words): that name, which its skeletons alone would read at SKELETON_FACTOR, and an
        # organisation's curve below any threshold (فیدار سیستم پیوان met itself at 0.73).
        return NameComparison(1.0, tuple(TokenPair(t, t, 1.0) for t in query), "tokens")
    sim = token_matrix(query, listed, vowelless, person, syllabic, korean)
    score, chosen = align(
        sim,
        q_weights,
        l_weights,
        containing,
        ordered,
        query,
        listed,
        () if person else own_words(listed),
        () if person else own_words(query),
    )
    pairs = tuple(TokenPair(query[i], listed[j], round(v, 3)) for i, j, v in chosen)
    if len(query) != len(listed) and not vowelless:
        joined = concatenated(query, listed)
        if joined > score:
            return NameComparison(joined, pairs, "concatenated")
    return NameComparison(score, pairs, "tokens")
