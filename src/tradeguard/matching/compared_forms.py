"""Every form a query name is compared by, in the matcher and in the pairwise comparison."""

from __future__ import annotations

from tradeguard.matching.listed_words import ListedWords
from tradeguard.matching.rejoined import rejoined_forms
from tradeguard.names import NameForm, query_forms


def compared_forms(name: str, schema: str | None, listed: ListedWords) -> tuple[NameForm, ...]:
    """`query_forms`', then its rejoined ones. The matcher and the pairwise comparison both
    call this, so they compare the same forms."""
    forms = query_forms(name, schema)
    return forms + rejoined_forms(forms, listed)
