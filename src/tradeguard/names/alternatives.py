"""Several spellings written into one name field: "Abas Rashidi; Abbas Rashedi", "Olga
Valerievna POZDNYAKOVA / Olga Valeryevna POZDNYAKOVA", "Khaled/Khalid Zubaidi/Zubedi".

A semicolon or a spaced slash separates whole names; a slash inside a word separates
spellings of that word, and the n-th name takes the n-th spelling of every such word ("Khaled
Zubaidi", "Khalid Zubedi"). A slash between short or numeric parts is left alone: it is part
of the name ("GU/GRU", "J/V", "Department 140/16").

"a.k.a." and "f.k.a." (or "a/k/a") separate whole names as a semicolon does ("DANA HOLDINGS
A.K.A DANA ASTRA", "LTS Holding Limited (f.k.a. IPP-International Petroleum Products Ltd.)",
"FUYI SUN A/K/A FRANK SUN"); before the only name in a field they are dropped ("a.k.a.
Zahir"). So do the markers of a trading name and of a party in care of whom the first is
named ("t/a", "d/b/a", "trading as", "c/o"), which customer files and payment messages write
between two names.

A comma separates whole names too, but only when it must: lists write "SURNAME, Given Names"
("ABU GHAITH, Sulayman Jassem") and "Bank, Branch" with commas, and those parts are not names
of their own. So the parts (outside quotes and brackets) must each have two words or more, and
either share a word ("HEYDARI Kioumars, HEYDARI Amir Kyomarth"), be three or more ("Amr
Najib Armanazi, Amrou al-Armanazy, Amr al-Armanazi"), or each be a whole name as the EU and UK
lists write one, every word capitalised and the surname in capitals ("Fathi Ahmad HAMMAD, Fathy
Ahmed HAMAD"); a surname before its given names is in capitals alone ("ABU GHAITH, Sulayman").
"""

from __future__ import annotations

import re

_NAMES = re.compile(r"\s*;\s*|\s+/\s*|\s*/\s+")
_MARKER = (
    r"(?:[afn]\.\s?k\.\s?a\b\.?|[afn]/k/a\b|(?:also|formerly|previously)\s+known\s+as\b)"
    r"[\s,:]*"
)
_ALIAS_MARKERS = re.compile(r"(?<![\w.])" + _MARKER, re.IGNORECASE)
# The names a business trades under, and a party the field names in care of the first: "Balkan
# Logistics Ltd t/a Petrolinvest", "John Smith d/b/a Smith Trading", "ACME FZE c/o Orion
# Shipping". Only between two names: "DBA Group" and "Care of First Oil JV Co Ltd" are names.
_TRADE_MARKER = (
    r"(?:t/a|o/a|c/o|d/b/a|d\.b\.a\b\.?|dba|trading\s+as|operating\s+as|doing\s+business\s+as"
    r"|care\s+of|formerly(?!\s+known\s+as\b))"
)
_TRADE_MARKERS = re.compile(r"(?<=[\w.)])[\s,]+" + _TRADE_MARKER + r"[\s,:]+(?=\w)", re.IGNORECASE)
# "(a.k.a. X)", "(t/a X)": the brackets already make X a second name (see `analyze_name`).
_BRACKETED_MARKERS = re.compile(
    r"\(\s*(?:" + _MARKER + "|" + _TRADE_MARKER + r"[\s,:]+)", re.IGNORECASE
)
_WORD_SPELLINGS = re.compile(r"[^\W\d_]{3,}(?:/[^\W\d_]{3,})+")
_WORDS = re.compile(r"[^\W\d_]{2,}")
# Quotes that open and close with different marks, and those that are the same both ways.
_OPENING, _CLOSING, _SAME = "«“„(‹[", "»”)›]", '"'
COMMA_MIN_WORDS = 2  # "KIM, Jong Un": a one-word part is a surname before its given names
COMMA_MIN_PARTS = 3  # this many parts are a list of names even when they share no word
SHARED_MIN_LETTERS = 3  # a shared "al" or "de" says nothing


def alternatives(name: str) -> tuple[str, ...]:
    """The names written in `name` besides itself, or () when it holds one.

    Alias markers that open brackets are expected gone (`unbracketed_markers`, which
    `analyze_name` applies first): "(f.k.a. X)" is the brackets' second name, not a split.
    """
    names = _TRADE_MARKERS.split(name)
    if len(names) > 1:
        # Each a whole name, however short: "... t/a Petrolinvest" is no second spelling of
        # the first name's last word, as "ARTEMENKO / ARTIOMENKO" is (below).
        pieces = [part for piece in names for part in alternatives(piece) or (piece.strip(),)]
        return tuple(dict.fromkeys(part for part in pieces if part))
    name = _ALIAS_MARKERS.sub("; ", name)
    if ";" not in name and "/" not in name and "," not in name:
        return ()
    parts = [piece for part in _NAMES.split(name) if part.strip() for piece in comma_names(part)]
    if (
        len(parts) > 1
        and len(parts[0].split()) > 1
        and all(len(part.split()) == 1 for part in parts[1:])
    ):
        # "ARTEMENKO / ARTIOMENKO" after a full name: a second spelling of its last word.
        parts = [parts[0], *(parts[0].rsplit(maxsplit=1)[0] + " " + p for p in parts[1:])]
    out: list[str] = []
    for part in parts:
        out.extend(_word_spellings(part))
    found = tuple(dict.fromkeys(part.strip() for part in out))
    return found if found != (name.strip(),) else ()


def _word_spellings(name: str) -> list[str]:
    matches = list(_WORD_SPELLINGS.finditer(name))
    if not matches:
        return [name]
    groups = [match.group().split("/") for match in matches]
    names = []
    for n in range(max(len(group) for group in groups)):
        pieces, cursor = [], 0
        for match, group in zip(matches, groups, strict=True):
            pieces += [name[cursor : match.start()], group[min(n, len(group) - 1)]]
            cursor = match.end()
        names.append("".join([*pieces, name[cursor:]]))
    return names


def comma_names(name: str) -> list[str]:
    """The names in `name` if its commas separate whole names (see the module's doc), else it."""
    parts = _top_level_split(name)
    words = [{w.casefold() for w in _WORDS.findall(part)} for part in parts]
    if len(parts) < 2 or any(len(_WORDS.findall(part)) < COMMA_MIN_WORDS for part in parts):
        return [name]
    if len(parts) == 2 and _surname_then_given_names(parts[0], parts[1]):
        return [name]
    if len(parts) >= COMMA_MIN_PARTS or _share_a_word(words):
        return parts
    if all(_given_names_and_surname(part) for part in parts):
        return parts
    return [name]


def _surname_then_given_names(first: str, second: str) -> bool:
    """OFAC's "SURNAME, Given Names": the first part all in capitals, the second with no word
    in capitals. The two share a word often in Arabic names ("'ABD AL-SALAM, 'Abd al-Malik",
    "BIN LADIN, Osama bin Muhammad", "AL-HASAN, Suhayl Hasan"), and split, the surname became a
    listed name of its own, which any "Abd ... Salim" or "Hasan ..." met."""
    first_words, second_words = _WORDS.findall(first), _WORDS.findall(second)
    return all(word.isupper() for word in first_words) and not any(
        word.isupper() for word in second_words
    )


def _given_names_and_surname(part: str) -> bool:
    # Every word capitalised: "Russian Academy of Sciences (RAS)" and "and subordinate entity
    # National Development Complex" are an institution's parent, not a second name of it.
    words = _WORDS.findall(part)
    return (
        all(word.isupper() or word.istitle() for word in words)
        and any(word.isupper() for word in words)
        and any(word.istitle() for word in words)
    )


def _share_a_word(words: list[set[str]]) -> bool:
    seen: set[str] = set()
    for part in words:
        long_words = {w for w in part if len(w) >= SHARED_MIN_LETTERS}
        if seen & long_words:
            return True
        seen |= long_words
    return False


def _top_level_split(name: str) -> list[str]:
    """Split at the commas that are outside quotes and brackets."""
    parts, depth, same_open, start = [], 0, False, 0
    for i, char in enumerate(name):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif char in _SAME:
            same_open = not same_open
        elif char == "," and depth == 0 and not same_open:
            parts.append(name[start:i])
            start = i + 1
    parts.append(name[start:])
    return [part.strip() for part in parts if part.strip()]


def unbracketed_markers(name: str) -> str:
    """`name` without the alias markers that open brackets: "PEARL (NEI-CHIEN CHU) LI"."""
    return _BRACKETED_MARKERS.sub("(", name) if "(" in name else name


def without_separators(name: str) -> str:
    """The field as one name: its separators of names (not of word spellings) made spaces."""
    name = _TRADE_MARKERS.sub(" ", _ALIAS_MARKERS.sub(" ", name))
    return name.replace(";", " ").replace("/", " ").replace(",", " ")
