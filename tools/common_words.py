"""Write src/tradeguard/names/data/common_words.tsv: name words common whatever list is loaded.

    .venv/bin/python tools/common_words.py

Token weights come from how many loaded entities use a word. With every official list loaded
that works; with a handful of entities (the bundled sample list, a customer's own short list)
every word is used once and "Sergei Viktorovich" weighs as much as a surname. This table gives
the matcher a reference that does not depend on the loaded lists (`names.common_words`):

- given names, middle names and patronymics, and family names, from the person-name tables
  of Faker's locales (MIT licensed), as `analyze_name` renders them;
- the English words of the project's own glossary of Russian organisation words (bank,
  industrial, plant, technology, ...), less the towns and regions, which tell organisations
  apart ("Moscow Industrial Bank", "Ural Industrial Bank").

No sanctions-list data goes into it. Needs Faker (a bench dependency): `pip install faker`.
"""

from __future__ import annotations

import importlib
import pkgutil
from importlib.metadata import version
from pathlib import Path

import faker.providers.person as person_providers

from tradeguard.names import analyze_name
from tradeguard.names.russian_org_glossary import GLOSSARY_TABLE

OUT = Path(__file__).resolve().parent.parent / "src/tradeguard/names/data/common_words.tsv"
GIVEN = ("first_names", "first_names_male", "first_names_female", "middle_names",
         "middle_names_male", "middle_names_female")  # fmt: skip
FAMILY = ("last_names", "last_names_male", "last_names_female")
# Glossary classes of generic words (`word` and `part` rows are prefixes and connectives).
ORG_KINDS = ("org", "adj", "noun")
PLACES = frozenset({
    "baltic", "caucasus", "chelyabinsk", "chita", "crimea", "crimean", "donetsk", "grodno",
    "grozny", "izhevsk", "kaliningrad", "kaluga", "kazan", "kolomna", "krasnoyarsk", "kursk",
    "kyiv", "leningrad", "luhansk", "minsk", "moscow", "murmansk", "nizhny", "novgorod",
    "novosibirsk", "odesa", "omsk", "penza", "perm", "petersburg", "rostov", "samara", "saratov",
    "sevastopol", "siberia", "siberian", "sochi", "tomsk", "tuapse", "tula", "ude", "ufa",
    "ural", "volgograd", "vologda", "voronezh", "vyatka", "yaroslavl", "yekaterinburg",
})  # fmt: skip
HEADER = """\
# Name words common whatever list is loaded; written by tools/common_words.py, do not edit.
# Columns: the token as analyze_name renders it, then its class: given (given, middle and
# patronymic names), family, or org (generic words of organisation names). Sources: the
# person-name tables of Faker's locales (MIT licence) and the project's Russian organisation
# word glossary.
"""


def _names(provider: type, attributes: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for attribute in attributes:
        value = getattr(provider, attribute, None)
        if isinstance(value, dict):
            found.update(str(key) for key in value)
        elif isinstance(value, (list, tuple)):
            found.update(str(item) for item in value)
    return found


def _tokens(names: set[str], schema: str) -> set[str]:
    return {
        token
        for name in names
        for form in analyze_name(name, schema)
        for token in form.tokens
        if len(token) >= 2 and token.isalpha()
    }


def main() -> None:
    given: set[str] = set()
    family: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        given |= _names(provider, GIVEN)
        family |= _names(provider, FAMILY)
    classes: dict[str, str] = {}
    for token in sorted(_tokens(family, "Person")):
        classes[token] = "family"
    for token in sorted(_tokens(given, "Person")):
        classes[token] = "given"  # both in some locale (Ali, Kim): the commoner use wins
    for line in GLOSSARY_TABLE.strip().splitlines():
        kind, _stem, english, *_plural = line.split()
        if kind not in ORG_KINDS:
            continue
        for word in english.split("_"):
            if len(word) >= 3 and word.isalpha() and word not in PLACES:
                classes[word] = "org"
    rows = "".join(f"{token}\t{kind}\n" for token, kind in sorted(classes.items()))
    source = f"# Written with Faker {version('faker')}.\n"
    OUT.write_text(HEADER + source + rows, encoding="utf-8")
    counts = {
        kind: sum(1 for k in classes.values() if k == kind) for kind in ("given", "family", "org")
    }
    print(OUT, counts)


if __name__ == "__main__":
    main()
