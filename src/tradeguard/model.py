"""The one entity model every list loader produces and the matcher consumes.

It is a FollowTheMoney-compatible subset: schema names and property names follow FtM so that
`tradeguard.ftm` can export any entity as FtM JSON without a lookup table per list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Schema = Literal["Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane"]
SCHEMAS: tuple[Schema, ...] = (
    "Person",
    "Organization",
    "Company",
    "LegalEntity",
    "Vessel",
    "Airplane",
)

NameKind = Literal["primary", "alias", "weak_alias", "previous"]
Quality = Literal["strong", "weak"]

# Identifier types we normalise to; anything else a list calls an id keeps its own label
# under "other" so nothing the source said is thrown away.
IdentifierType = Literal[
    "passport",
    "national_id",
    "tax_id",
    "registration",
    "lei",
    "imo",
    "swift",
    "aircraft_serial",
    "aircraft_tail",
    "mmsi",
    "call_sign",
    "other",
]


@dataclass(slots=True, frozen=True)
class Name:
    """One name of a party as the list gives it.

    `quality` is "weak" where the source itself says the alias is weak or low quality
    (OFAC "weak a.k.a.", UN alias QUALITY "Low", UK "Alias Quality" Low, EU strong="false").
    """

    value: str
    kind: NameKind = "primary"
    quality: Quality = "strong"
    lang: str | None = None  # ISO 639 code or script label where the source says


@dataclass(slots=True, frozen=True)
class Identifier:
    type: IdentifierType
    value: str
    country: str | None = None  # ISO 3166-1 alpha-2, lower case as in FtM
    label: str | None = None  # the source's own wording, e.g. "Cedula No."


@dataclass(slots=True)
class Entity:
    """A listed party.

    `id` is unique across every list: "<list_id>:<entry_id>". Dates are ISO 8601 strings that
    may be partial ("1984", "1984-01") because lists give partial dates; the matcher compares
    them at the precision both sides have.
    """

    id: str
    list_id: str
    entry_id: str
    schema: Schema
    names: list[Name] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    listing_date: str | None = None
    gender: Literal["male", "female"] | None = None
    addresses: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    linked_to: list[str] = field(default_factory=list)  # entry ids in the same list
    notes: list[str] = field(default_factory=list)
    source_url: str | None = None

    @property
    def caption(self) -> str:
        for name in self.names:
            if name.kind == "primary":
                return name.value
        return self.names[0].value if self.names else self.entry_id

    def add_name(
        self,
        value: str | None,
        kind: NameKind = "alias",
        quality: Quality = "strong",
        lang: str | None = None,
    ) -> None:
        """Add a name unless it is empty or already present (lists repeat names)."""
        if value is None:
            return
        cleaned = " ".join(value.split())
        if not cleaned:
            return
        for existing in self.names:
            if existing.value == cleaned:
                return
        self.names.append(Name(cleaned, kind, quality, lang))

    def add_unique(self, attr: str, value: str | None) -> None:
        """Append to a list attribute, skipping blanks and duplicates."""
        if value is None:
            return
        cleaned = value.strip()
        if not cleaned:
            return
        values: list[str] = getattr(self, attr)
        if cleaned not in values:
            values.append(cleaned)

    def add_identifier(self, identifier: Identifier) -> None:
        if identifier.value.strip() and identifier not in self.identifiers:
            self.identifiers.append(identifier)
