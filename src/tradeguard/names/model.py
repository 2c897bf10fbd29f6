"""The value types of name analysis: the public `NameForm` and the internal hand-over types."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class NameForm:
    """One Latin rendering of a name, ready for token retrieval and scoring.

    `tokens` are lower-case ASCII ([a-z0-9]) in source order with legal-form words removed;
    `legal_forms` holds the canonical codes of those words; `script` is the script of the
    original; `method` says which romanisation produced the tokens; `vowelless` marks abjad
    renderings whose vowels were never written, so the matcher compares consonant skeletons.
    """

    tokens: tuple[str, ...]
    legal_forms: tuple[str, ...]
    script: str
    method: str
    vowelless: bool = False

    def __reduce__(self) -> tuple[type[NameForm], tuple[Any, ...]]:
        # The cached index holds about 160,000 of these: the constructor unpickles one in a
        # fraction of the time of the generic frozen-dataclass state (seconds per CLI call).
        return NameForm, (self.tokens, self.legal_forms, self.script, self.method, self.vowelless)


class Kind(Enum):
    """What the schema says about the bearer: it decides name-part and legal-form handling."""

    PERSON = "person"
    ORGANIZATION = "organization"
    OBJECT = "object"
    UNKNOWN = "unknown"


class Context(NamedTuple):
    """What a script renderer may know besides the tokens: the bearer kind and a language.

    Named tuples rather than dataclasses here: these are built for every name analysed.
    """

    kind: Kind
    lang: str | None = None

    @property
    def person_like(self) -> bool:
        """Persons, and bearers whose schema is unknown, may get person-name treatment."""
        return self.kind in (Kind.PERSON, Kind.UNKNOWN)


class Rendering(NamedTuple):
    """A renderer's output before legal forms and script are attached."""

    tokens: tuple[str, ...]
    method: str
    vowelless: bool = False
