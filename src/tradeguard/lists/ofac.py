"""OFAC's legacy SDN files: SDN.CSV (primary), ALT.CSV, ADD.CSV and SDN_COMMENTS.CSV.

The four files have no header and share the entry number ("ent_num") as their first column.
They may come from different dates (an old SDN.CSV with this year's ALT.CSV), so rows whose
ent_num is missing from SDN.CSV are counted as dangling and skipped, never fatal.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tradeguard.countries import country_code
from tradeguard.lists.base import ListData, ListFormatError, LoadReport, content_hash, read_text
from tradeguard.lists.ofac_remarks import add_name_once, apply_remarks
from tradeguard.model import Entity, Identifier, NameKind, Schema

FORMAT = "ofac"
MULTI_FILE = True
LIST_ID = "ofac-sdn"
TITLE = "OFAC Specially Designated Nationals (SDN) List"
SOURCE_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={}"

SDN, ALT, ADD, COMMENTS = "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"
# Keyed by OFAC's file names, which is also how the files are told apart.
_COLUMNS = {SDN: 12, ALT: 5, ADD: 6, COMMENTS: 2}
# OFAC writes "-0- " (with a trailing space) for an empty field.
NULL = "-0-"
_NULL_FORMS = frozenset(("", NULL, NULL + " "))
# The files end with a DOS end-of-file byte; subsets re-saved by other tools may lack it.
EOF_MARK = "\x1a"
# SDN.CSV cuts Remarks at this many characters and continues them in SDN_COMMENTS.CSV.
REMARKS_WIDTH = 1000
_SDN_TYPES: dict[str, Schema] = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
_ALT_KINDS: dict[str, NameKind] = {"aka": "alias", "fka": "previous", "nka": "alias"}
_PROGRAM_SPLIT = re.compile(r"\]\s*\[")
_WEAK_REMARK = re.compile(r"\b(?:weak|low quality)\b", re.IGNORECASE)
_FOLDER_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NAME_KEY_TRAIL = " .,"
# Legal forms only commercial companies take. We do not use registration or tax numbers as the
# signal: OFAC gives them to foundations, ministries and militant groups' fronts too.
_LEGAL_FORM = re.compile(
    r"(?<![\w.])(?:"
    r"L\.?L\.?C|L\.?T\.?D|LIMITED|INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|COMPANIES"
    r"|P?JSC|[OC]JSC|P?AO|OAO|ZAO|O?OOO|OSOO|JOINT[- ]STOCK|LIMITED LIABILITY"
    r"|AKTSIONERNOE OBSHCHESTVO|OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU|ANONIM SIRKETI"
    r"|S\.A|S\.A\.S|S\.R\.L|S\.?A\.?R\.?L|S\. DE R\.L|SAL|SOCIEDAD ANONIMA|C\.A|LTDA|LDA"
    r"|GMBH|AG|B\.?V|N\.?V|A\.S|S\.L|COMPANIA|PLC|LLP|LP|FZE|FZCO|FZ-LLC|DMCC|PTE"
    r"|SDN\.? BHD|BHD|PVT|K\.K|KFT|OY|S\.R\.O|E?OOD|D\.?O\.?O"
    r")\.?(?![\w])",
    re.IGNORECASE,
)
# OFAC's own classification in Remarks, where it gives one.
_COMPANY_TARGET_TYPES = ("Target Type Private Company", "Target Type State-Owned Enterprise")


# (first line, fields, csv error) of one record as the csv module read it.
_Record = tuple[int, list[str], str | None]


@dataclass(slots=True)
class _Row:
    path: Path
    line: int
    fields: list[str | None]

    @property
    def ent_num(self) -> str:
        return self.fields[0] or ""

    @property
    def where(self) -> str:
        return f"{self.path.name} line {self.line}"


@dataclass(slots=True)
class _Book:
    """The entries of SDN.CSV while the other files are merged into them."""

    report: LoadReport
    entities: dict[str, Entity] = field(default_factory=dict)
    remarks: dict[str, str] = field(default_factory=dict)
    dangling_seen: set[tuple[str, str]] = field(default_factory=set)

    def target(self, row: _Row) -> Entity | None:
        """The entity a secondary row belongs to; counts it once per file when it is missing."""
        entity = self.entities.get(row.ent_num)
        key = (row.path.name.lower(), row.ent_num)
        if entity is None and key not in self.dangling_seen:
            self.dangling_seen.add(key)
            self.report.dangle(f"{row.path.name}: ent_num {row.ent_num} is not in the sdn.csv")
        return entity


def sniff(path: Path) -> bool:
    return _kind(path) is not None


def load(paths: Sequence[Path]) -> ListData:
    files = _classify(paths)
    report = LoadReport(LIST_ID, files=[str(files[kind]) for kind in _COLUMNS if kind in files])
    book = _Book(report)
    for row in _read_rows(files[SDN], SDN, report):
        _add_sdn_row(book, row)
    _merge_secondary(book, files)
    _finish(book)
    entities = list(book.entities.values())
    report.count(entities)
    return ListData(
        list_id=LIST_ID,
        title=TITLE,
        entities=entities,
        report=report,
        as_of=folder_date(files[SDN]),
        content_hash=content_hash(files.values()),
    )


def _merge_secondary(book: _Book, files: dict[str, Path]) -> None:
    # ALT.CSV first, so a strong alias wins over the same name repeated as a weak remark.
    if ALT in files:
        for row in _read_rows(files[ALT], ALT, book.report):
            _add_alt_row(book, row)
    if COMMENTS in files:
        for row in _read_rows(files[COMMENTS], COMMENTS, book.report):
            _add_comment_row(book, row)
    if ADD in files:
        for row in _read_rows(files[ADD], ADD, book.report):
            _add_address_row(book, row)


def _finish(book: _Book) -> None:
    # Remarks wait until SDN_COMMENTS.CSV has completed them, links until every name is known.
    entities = book.entities
    links = {key: apply_remarks(entity, book.remarks[key]) for key, entity in entities.items()}
    index = _name_index(entities.values())
    for key, names in links.items():
        _resolve_links(entities[key], names, index)
    for entity in entities.values():
        _refine_schema(entity)


# --- which file is which ---------------------------------------------------------------------


def _classify(paths: Sequence[Path]) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for path in paths:
        kind = _kind(path)
        if kind is None:
            raise ListFormatError(
                path, None, "not an OFAC legacy file (sdn.csv, alt.csv, add.csv, sdn_comments.csv)"
            )
        if kind in files:
            raise ListFormatError(path, None, f"a second {kind} besides {files[kind]}")
        files[kind] = path
    if SDN not in files:
        raise ListFormatError(
            paths[0] if paths else "(no files)",
            None,
            "no primary sdn.csv given; alt.csv, add.csv, sdn_comments.csv only add to its entries",
        )
    return files


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name in _COLUMNS:
        return name
    return _kind_by_content(path)


def _kind_by_content(path: Path) -> str | None:
    """Recognise a renamed file by its first row's shape: column count and typed columns."""
    fields = _first_row(path)
    if not fields or not fields[0].isdigit():
        return None
    if len(fields) == 12 and fields[2].strip() in (NULL, *_SDN_TYPES):
        return SDN
    if len(fields) == 5 and fields[1].isdigit() and fields[2] in _ALT_KINDS:
        return ALT
    if len(fields) == 6 and fields[1].isdigit():
        return ADD
    if len(fields) == 2 and fields[1].strip():
        return COMMENTS
    return None


def _first_row(path: Path) -> list[str] | None:
    try:
        with path.open("rb") as handle:
            head = handle.read(16384).decode("cp1252", errors="replace")
    except OSError:
        return None
    line = head.split("\n", 1)[0]
    try:
        return next(csv.reader([line], strict=True), None)
    except csv.Error:
        return None


def folder_date(path: Path) -> str | None:
    """The publication date in a folder name like "sdn-2024-05-03"; the files carry none."""
    match = _FOLDER_DATE.search(path.parent.name)
    if match is None:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None


# --- reading rows ----------------------------------------------------------------------------


def _read_rows(path: Path, kind: str, report: LoadReport) -> Iterator[_Row]:
    """The well-formed rows of one file. A bad last row means a cut-off file and is fatal;
    a bad row in the middle is skipped and reported."""
    text = read_text(path).rstrip("\r\n ")
    complete = text.endswith(EOF_MARK)
    body = text.removesuffix(EOF_MARK)
    columns = _COLUMNS[kind]
    last: _Record | None = None
    # One row of lookahead: only the last row's faults say the file was cut off.
    for record in _records(body):
        if last is not None and (row := _accept(path, last, columns, report)):
            yield row
        last = record
    if last is not None:
        yield _accept_last(path, last, columns, body if not complete else None)


def _records(text: str) -> Iterator[_Record]:
    """(first line, fields, csv error) per record; strict, so an unclosed quote is an error."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    while True:
        try:
            for fields in reader:
                if fields:
                    yield start, fields, None
                start = reader.line_num + 1
            return
        except csv.Error as error:
            # The reader resumes on the next line, so one bad row does not end the file.
            yield start, [], f"unreadable row ({error})"
            start = reader.line_num + 1


def _accept(path: Path, record: _Record, columns: int, report: LoadReport) -> _Row | None:
    line, fields, error = record
    problem = error or _shape_problem(fields, columns)
    if problem is None:
        return _Row(path, line, _clean(fields))
    report.skip(f"{path.name} line {line}", problem)
    return None


def _accept_last(path: Path, record: _Record, columns: int, unmarked: str | None) -> _Row:
    line, fields, error = record
    problem = error or _shape_problem(fields, columns)
    if problem is not None:
        raise ListFormatError(path, f"line {line}", f"{problem}; the file looks truncated")
    if unmarked is not None:
        _check_tail(path, unmarked, line)
    return _Row(path, line, _clean(fields))


def _shape_problem(fields: list[str], columns: int) -> str | None:
    if len(fields) != columns:
        return f"{len(fields)} columns where {columns} were expected"
    if not fields[0].strip().isdigit():
        return f"ent_num {fields[0]!r} is not a number"
    return None


def _check_tail(path: Path, body: str, line: int) -> None:
    """Without the end-of-file byte, the last row must end in a closed field.

    Every last column is a quoted string or "-0- ", so a file cut inside "-0- " still parses
    with the right column count; only its ending gives it away.
    """
    if body.endswith(('"', NULL)):
        return
    raise ListFormatError(
        path, f"line {line}", "the last row stops mid-field; the file looks truncated"
    )


def _clean(fields: list[str]) -> list[str | None]:
    """OFAC nulls to None. Values are not stripped: a Remarks value cut at 1,000 characters
    may end in the space that separates it from its continuation in SDN_COMMENTS.CSV."""
    cleaned: list[str | None] = [
        None if value in _NULL_FORMS or value.isspace() else value for value in fields
    ]
    cleaned[0] = fields[0].strip()
    return cleaned


# --- building entities -----------------------------------------------------------------------


def _add_sdn_row(book: _Book, row: _Row) -> None:
    name, sdn_type, program, title = row.fields[1:5]
    if name is None or row.ent_num in book.entities:
        book.report.skip(row.where, f"ent_num {row.ent_num}: no name, or a second row")
        return
    entity = _new_entity(row.ent_num, sdn_type)
    entity.add_name(name, "primary")
    entity.programs.extend(programs(program))
    entity.add_unique("positions", title)
    _add_vessel_columns(entity, row.fields[5:11])
    book.entities[row.ent_num] = entity
    book.remarks[row.ent_num] = row.fields[11] or ""


def _new_entity(ent_num: str, sdn_type: str | None) -> Entity:
    return Entity(
        id=f"{LIST_ID}:{ent_num}",
        list_id=LIST_ID,
        entry_id=ent_num,
        # "-0-" is OFAC's type for every non-person; _refine_schema picks out companies.
        schema=_SDN_TYPES.get((sdn_type or "").strip().lower(), "Organization"),
        source_url=SOURCE_URL.format(ent_num),
    )


def programs(column: str | None) -> list[str]:
    """ "UKRAINE-EO13662] [RUSSIA-EO14024" is two programmes: OFAC joins them with "] ["."""
    if column is None:
        return []
    if "]" not in column:
        return [column.strip()]
    parts = (part.strip(" []") for part in _PROGRAM_SPLIT.split(column))
    return list(dict.fromkeys(part for part in parts if part))


def _add_vessel_columns(entity: Entity, values: list[str | None]) -> None:
    if not any(values):
        return
    call_sign, vessel_type, tonnage, grt, flag, owner = values
    if call_sign:
        entity.add_identifier(Identifier("call_sign", call_sign, None, "Call Sign"))
    entity.add_unique("countries", country_code(flag))
    if flag and country_code(flag) is None:
        # "None Identified" is OFAC's way of saying the flag is unknown.
        entity.add_unique("notes", f"Vessel flag: {flag}")
    for label, value in (("Vessel type", vessel_type), ("Tonnage", tonnage), ("GRT", grt)):
        if value:
            entity.add_unique("notes", f"{label}: {value}")
    if owner:
        entity.add_unique("notes", f"Vessel owner: {owner}")


def _add_alt_row(book: _Book, row: _Row) -> None:
    entity = book.target(row)
    _, _, alt_type, alt_name, alt_remarks = row.fields
    if entity is None or alt_name is None:
        return
    kind = _ALT_KINDS.get((alt_type or "").lower(), "alias")
    # ALT.CSV's own remarks column is empty in every file we have seen; should OFAC ever
    # flag a weak alias there, honour it.
    if alt_remarks and _WEAK_REMARK.search(alt_remarks):
        add_name_once(entity, alt_name, "weak_alias" if kind == "alias" else kind, "weak")
        return
    add_name_once(entity, alt_name, kind, "strong")
    if alt_remarks:
        entity.add_unique("notes", f"{alt_name}: {alt_remarks}")


def _add_comment_row(book: _Book, row: _Row) -> None:
    """SDN_COMMENTS.CSV continues a Remarks value that SDN.CSV cut at 1,000 characters,
    mid-word, so the two join with nothing in between."""
    entity = book.target(row)
    if entity is None or not row.fields[1]:
        return
    remarks = book.remarks.get(row.ent_num, "")
    if len(remarks) < REMARKS_WIDTH:
        # The continuation of a different edition of the remarks (the files are from
        # different dates); glued on, it would corrupt a clause.
        book.report.skip(row.where, f"ent_num {row.ent_num}: its sdn.csv remarks are not cut")
        return
    book.remarks[row.ent_num] = remarks + row.fields[1]


def _add_address_row(book: _Book, row: _Row) -> None:
    entity = book.target(row)
    if entity is None:
        return
    _, _, street, city, country, add_remarks = row.fields
    entity.add_unique("countries", country_code(country))
    # A row with only a country ("Korea, North") says where, not at which address.
    if street or city:
        parts = (part.strip() for part in (street, city, country) if part)
        entity.add_unique("addresses", ", ".join(parts))
    if add_remarks:
        entity.add_unique("notes", f"Address remark: {add_remarks}")


# --- after all files are read ----------------------------------------------------------------


def _name_key(name: str) -> str:
    # "Linked To:" drops a name's final full stop when it ends the Remarks ("..., S.A").
    return " ".join(name.split()).strip(_NAME_KEY_TRAIL).casefold()


def _name_index(entities: Iterable[Entity]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Entry ids by primary name, and by strong alias for names no primary matches."""
    primary: dict[str, set[str]] = {}
    alias: dict[str, set[str]] = {}
    for entity in entities:
        for name in entity.names:
            if name.kind == "primary":
                primary.setdefault(_name_key(name.value), set()).add(entity.entry_id)
            elif name.quality == "strong":
                alias.setdefault(_name_key(name.value), set()).add(entity.entry_id)
    return primary, alias


def _resolve_links(
    entity: Entity, names: list[str], index: tuple[dict[str, set[str]], dict[str, set[str]]]
) -> None:
    primary, alias = index
    for name in names:
        key = _name_key(name)
        found = set(primary.get(key) or alias.get(key) or ())
        found.discard(entity.entry_id)
        if len(found) == 1:
            entity.add_unique("linked_to", next(iter(found)))
        else:
            # Not on this list (e.g. a sectoral-only party), or several entries share the name.
            entity.add_unique("notes", f"Linked To: {name}")


def _refine_schema(entity: Entity) -> None:
    """OFAC's "-0-" type is any non-person; a legal form or its own "Target Type" says Company."""
    if entity.schema != "Organization":
        return
    strong = (name.value for name in entity.names if name.quality == "strong")
    if any(_LEGAL_FORM.search(value) for value in strong) or any(
        note in _COMPANY_TARGET_TYPES for note in entity.notes
    ):
        entity.schema = "Company"
