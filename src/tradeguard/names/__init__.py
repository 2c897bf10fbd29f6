"""Names: normalisation, transliteration to Latin, legal forms and phonetic keys.

The matcher turns every listed name and every query name into `NameForm`s with
`analyze_name`, retrieves candidates by token and `phonetic_key`, and compares abjad
renderings by `consonant_skeleton`.
"""

from .analyze import analyze_name
from .initials import INITIALS, QUERY_INITIALS, listed_forms, listed_initials, query_forms
from .model import NameForm
from .normalize import normalize
from .phonetic import phonetic_key, phonetic_spelling
from .skeleton import compared_skeleton, consonant_skeleton, ends_in_i

__all__ = [
    "INITIALS",
    "QUERY_INITIALS",
    "NameForm",
    "analyze_name",
    "compared_skeleton",
    "consonant_skeleton",
    "ends_in_i",
    "listed_forms",
    "listed_initials",
    "normalize",
    "phonetic_key",
    "phonetic_spelling",
    "query_forms",
]
