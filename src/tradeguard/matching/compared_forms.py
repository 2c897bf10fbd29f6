"""Every form a query name is compared by, in the matcher and in the pairwise comparison."""

from __future__ import annotations

from tradeguard.matching.abbreviated import abbreviated_forms
from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.rejoined import rejoined_forms
from tradeguard.names import NameForm, query_forms
from tradeguard.names.analyze import schema_kind
from tradeguard.names.model import Kind


def compared_forms(name: str, schema: str | None, listed: ListedWords) -> tuple[NameForm, ...]:
    """`query_forms`', then its rejoined ones, then, for a name that may be an organisation's,
    its abbreviated ones. The matcher and the pairwise comparison both call this, so they
    compare the same forms."""
    forms = query_forms(name, schema)
    forms += rejoined_forms(forms, listed)
    if schema_kind(schema) is not Kind.PERSON:
        forms += abbreviated_forms(forms, listed)
    return forms
