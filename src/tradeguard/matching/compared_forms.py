"""Every form a query name is compared by, in the matcher and in the pairwise comparison."""

from __future__ import annotations

from tradeguard.matching.abbreviated import abbreviated_forms
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.named_countries import generic_or_country
from tradeguard.matching.rejoined import rejoined_forms
from tradeguard.matching.transcribed_forms import transcribed_forms
from tradeguard.names import QUERY_INITIALS, NameForm, query_forms
from tradeguard.names.analyze import schema_kind
from tradeguard.names.model import Kind


def compared_forms(name: str, schema: str | None, listed: ListedWords) -> tuple[NameForm, ...]:
    """`query_forms`', then a katakana or Hangul name's read back into listed spellings,
    then its rejoined ones, then, for a name that may be an organisation's, its abbreviated
    ones; none written as initials, whole or in part, for an organisation's name of generic
    words and countries alone. The matcher and the pairwise comparison both call this, so
    they compare the same forms."""
    forms = query_forms(name, schema)
    forms += transcribed_forms(name, schema, forms, listed)
    forms += rejoined_forms(forms, listed)
    if schema_kind(schema) is not Kind.PERSON:
        if forms and all(generic_or_country(token) for token in forms[0].tokens):
            # A name of generic words and a country alone ("Brazil Merchant Bank") is not
            # written as initials: BM BANK and BNSA are other bodies' names.
            return tuple(form for form in forms if form.method != QUERY_INITIALS)
        forms += abbreviated_forms(forms, listed)
    return forms
