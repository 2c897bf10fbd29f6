"""The bundled sample list: it loads, it holds the story's parties, and its references are real."""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from tradeguard.dates import parse_date
from tradeguard.lists import registry, sample
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.model import Entity

# Entry id, then names the list must give it in Latin and in the party's own scripts.
REQUIRED: dict[str, tuple[str, ...]] = {
    "putin": ("Vladimir Vladimirovich PUTIN", "Путин Владимир Владимирович"),
    "kim-jong-un": ("KIM Jong Un", "김정은", "Ким Чен Ын"),
    "rostec": ("State Corporation Rostec", "Ростех"),
    "avtovaz": ("Joint Stock Company AvtoVAZ", "АвтоВАЗ"),
    "nami": (
        "Federal State Unitary Enterprise Central Scientific Research Automobile and Automotive"
        " Engines Institute NAMI",
        "ФГУП «НАМИ»",
    ),
    "aurus": ("LLC Aurus", "ООО «Аурус»"),
    "gaz-group": ("GAZ Group", "Группа ГАЗ"),
    "deripaska": ("Oleg Vladimirovich DERIPASKA", "Олег Владимирович Дерипаска"),
    "kamaz": ("PJSC KAMAZ", "ПАО «КАМАЗ»"),
    "vgtrk": (
        "All-Russia State Television and Radio Broadcasting Company",
        "Всероссийская государственная телевизионная и радиовещательная компания",
    ),
    "zarubin": ("Pavel Aleksandrovich ZARUBIN", "Павел Александрович Зарубин"),
    "kkbc": ("Korea Kwangson Banking Corporation",),
    "munitions-industry-department": ("Munitions Industry Department", "군수공업부"),
    "irisl": ("Islamic Republic of Iran Shipping Lines",),
    "assad": ("Bashar AL-ASSAD", "بشار الأسد"),
    "pdvsa": ("Petróleos de Venezuela, S.A.",),
}
NOTE = re.compile(
    r"^(OFAC SDN|UK OFSI|UN SC|EU Reg\. \d+/\d{4}|EU FSF|US CSL ISN|UA War and Sanctions) "
)


@pytest.fixture(scope="module")
def sample_list() -> ListData:
    return sample.load([sample.bundled_path()])


@pytest.fixture(scope="module")
def by_id(sample_list: ListData) -> dict[str, Entity]:
    return {entity.entry_id: entity for entity in sample_list.entities}


def test_bundled_list_loads(sample_list: ListData) -> None:
    assert sample_list.list_id == "tradeguard-sample"
    assert sample_list.title == "tradeguard sample list (for the quickstart; not an official list)"
    assert 25 <= len(sample_list.entities) <= 40
    assert sample_list.report.entities == len(sample_list.entities)
    assert sample_list.report.skipped == 0
    assert sample_list.report.dangling == 0
    assert sample_list.as_of is not None
    assert len(sample_list.content_hash) == 64


def test_header_says_it_is_not_official() -> None:
    header = sample.bundled_path().read_text(encoding="utf-8").split(sample.MARKER)[0]
    assert "written for the tradeguard project" in header
    assert "NOT AN OFFICIAL LIST" in header
    assert "must not be" in header and "used for real screening" in header


def test_ids_are_unique(sample_list: ListData) -> None:
    ids = [entity.id for entity in sample_list.entities]
    assert len(ids) == len(set(ids))
    assert all(
        entity.id == f"tradeguard-sample:{entity.entry_id}" for entity in sample_list.entities
    )


@pytest.mark.parametrize("entry_id", sorted(REQUIRED))
def test_required_parties_with_their_scripts(by_id: dict[str, Entity], entry_id: str) -> None:
    names = {name.value for name in by_id[entry_id].names}
    assert set(REQUIRED[entry_id]) <= names


def test_story_people_facts(by_id: dict[str, Entity]) -> None:
    putin = by_id["putin"]
    assert putin.schema == "Person"
    assert putin.birth_dates == ["1952-10-07"]
    assert putin.nationalities == ["ru"]
    assert putin.listing_date == "2022-02-25"
    assert "RUSSIA-EO14024" in putin.programs
    assert "OFAC SDN 35096 (RUSSIA-EO14024)" in putin.notes
    kim = by_id["kim-jong-un"]
    assert (kim.birth_dates, kim.nationalities) == (["1984-01-08"], ["kp"])
    assert "OFAC SDN 20157 (DPRK3)" in kim.notes
    assert by_id["zarubin"].listing_date == "2026-01-29"


def test_scripts_are_labelled(by_id: dict[str, Entity]) -> None:
    langs = {name.value: name.lang for name in by_id["kim-jong-un"].names}
    assert langs["김정은"] == "kor"
    assert langs["Ким Чен Ын"] == "rus"
    assert {n.lang for n in by_id["rostec"].names if n.value == "Ростех"} == {"rus"}


def test_other_programmes_and_vessels(by_id: dict[str, Entity]) -> None:
    schemas = {entity.schema for entity in by_id.values()}
    assert {"Person", "Organization", "Company", "Vessel", "Airplane"} <= schemas
    vessel = by_id["chong-chon-gang"]
    assert vessel.schema == "Vessel"
    assert [(i.type, i.value) for i in vessel.identifiers] == [("imo", "7937317")]
    places = {c for e in by_id.values() for c in (*e.countries, *e.nationalities)}
    assert {"ru", "kp", "ir", "sy", "ve", "by"} <= places


def test_every_entity_has_a_reference_and_a_programme(sample_list: ListData) -> None:
    for entity in sample_list.entities:
        assert any(NOTE.match(note) for note in entity.notes), entity.entry_id
        assert entity.programs, entity.entry_id


def test_links_point_into_the_list(by_id: dict[str, Entity]) -> None:
    assert by_id["graceful"].linked_to == ["putin"]
    for entity in by_id.values():
        assert set(entity.linked_to) <= set(by_id)


def test_registry_knows_the_format() -> None:
    assert registry.loader("sample") is sample
    assert sample.FORMAT == "sample" and sample.MULTI_FILE is False
    assert registry.detect(sample.bundled_path()) == "sample"


# --- sniffing ------------------------------------------------------------------------------------


def test_sniff_accepts_the_list_under_any_yaml_name(tmp_path: Path) -> None:
    assert sample.sniff(sample.bundled_path())
    copy = tmp_path / "my-list.yml"
    shutil.copy(sample.bundled_path(), copy)
    assert sample.sniff(copy)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("other.yaml", "deal_id: aurus\nparties: []\n"),
        ("nested.yaml", "config:\n  tradeguard_sample_list: 1\n"),
        ("listed.yaml", "- tradeguard_sample_list\n- other\n"),
        ("broken.yaml", "tradeguard_sample_list: 1\nentities: [\n"),
        ("scalar.yaml", "tradeguard_sample_list\n"),
        ("sample.txt", "tradeguard_sample_list: 1\nentities: []\n"),
        ("empty.yaml", ""),
    ],
)
def test_sniff_rejects_other_files(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert not sample.sniff(path)


def test_sniff_rejects_binary_and_missing_files(tmp_path: Path) -> None:
    binary = tmp_path / "x.yaml"
    binary.write_bytes(b"\xff\xfe\x00tradeguard_sample_list: 1")
    assert not sample.sniff(binary)
    assert not sample.sniff(tmp_path / "missing.yaml")


# --- errors name the place -----------------------------------------------------------------------

ENTRY = """tradeguard_sample_list: 1
entities:
  - id: x
    schema: {schema}
    name: X
    identifiers: [{{type: tax_id, value: {value}}}]
    references: {references}
"""


@pytest.mark.parametrize(
    ("schema", "value", "references", "where", "problem"),
    [
        (
            "Persn",
            '"1"',
            "[{list: L, entry_id: '1', program: P}]",
            "entities[0].schema",
            "unknown schema",
        ),
        (
            "Person",
            "7704274402",
            "[{list: L, entry_id: '1', program: P}]",
            "value",
            "expected text",
        ),
        ("Person", '"1"', "[]", "entities[0].references", "at least one reference"),
        ("Person", '"1"', "[{list: L, entry_id: '1'}]", "references[0].program", "expected text"),
        (
            "Person",
            '"1"',
            "[{list: L, entry_id: '1', program: P, when: x}]",
            "references[0]",
            "unknown field",
        ),
    ],
)
def test_malformed_entries_fail_with_their_location(
    tmp_path: Path, schema: str, value: str, references: str, where: str, problem: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        ENTRY.format(schema=schema, value=value, references=references), encoding="utf-8"
    )
    with pytest.raises(ListFormatError) as caught:
        sample.load([path])
    assert caught.value.location is not None and where in caught.value.location
    assert problem in caught.value.problem


def test_duplicate_ids_and_versions_fail(tmp_path: Path) -> None:
    entry = (
        "  - {id: x, schema: Person, name: X, references: [{list: L, entry_id: '1', program: P}]}\n"
    )
    duplicate = tmp_path / "dup.yaml"
    duplicate.write_text("tradeguard_sample_list: 1\nentities:\n" + entry * 2, encoding="utf-8")
    with pytest.raises(ListFormatError, match="duplicate id 'x'"):
        sample.load([duplicate])
    future = tmp_path / "v2.yaml"
    future.write_text("tradeguard_sample_list: 2\nentities: []\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="unsupported version"):
        sample.load([future])


def test_load_takes_exactly_one_file(tmp_path: Path) -> None:
    with pytest.raises(ListFormatError, match="one file"):
        sample.load([sample.bundled_path(), sample.bundled_path()])
    broken = tmp_path / "broken.yaml"
    broken.write_text("tradeguard_sample_list: 1\nentities: [\n", encoding="utf-8")
    with pytest.raises(ListFormatError, match="not valid YAML"):
        sample.load([broken])


# --- every reference checked against the real list files -----------------------------------------

Row = tuple[dict[str, str], str]  # the entry's fields, and its raw text for identifier checks


def _iso(text: str) -> str | None:
    parsed = parse_date(text)
    return parsed[0] if parsed else None


@cache
def _ofac(data: Path) -> dict[str, Row]:
    text = (data / "ofac/sdn-2024-05-03/sdn.csv").read_bytes().decode("utf-8", "replace")
    out: dict[str, Row] = {}
    for row in csv.reader(text.splitlines()):
        if len(row) >= 4:
            out[row[0]] = ({"programs": row[3]}, ",".join(row))
    return out


@cache
def _uk(data: Path) -> dict[str, Row]:
    with (data / "uk/conlist-2025-04-10.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = rows[1]
    out: dict[str, Row] = {}
    for cells in rows[2:]:
        record = dict(zip(header, cells, strict=False))
        match = re.search(r"\(UK Sanctions List Ref\):(\w+)", record["Other Information"])
        if match:
            fields, text = out.get(match.group(1), (record, ""))
            out[match.group(1)] = (fields, text + ",".join(cells))
    return out


@cache
def _un(data: Path) -> dict[str, Row]:
    tree = etree.parse(str(data / "un/consolidated-2026-02-27.xml"))
    out: dict[str, Row] = {}
    for element in tree.iter("INDIVIDUAL", "ENTITY"):
        fields = {tag: element.findtext(tag) or "" for tag in ("UN_LIST_TYPE", "LISTED_ON")}
        out[element.findtext("REFERENCE_NUMBER") or ""] = (fields, etree.tostring(element).decode())
    return out


@cache
def _eu(data: Path, celex: str) -> dict[str, Row]:
    with (data / f"eu-ojeu/consolidated/{celex}.csv").open(encoding="utf-8") as handle:
        return {
            f"{row['annex']}|{row['recordId']}|{row['programKey']}": (row, ",".join(row.values()))
            for row in csv.DictReader(handle)
            if row["recordId"]
        }


@cache
def _csl(data: Path) -> dict[str, Row]:
    with (data / "us-csl/csl-subset-2023-11.csv").open(encoding="utf-8-sig") as handle:
        return {
            row["_id"]: (row, ",".join(v or "" for v in row.values()))
            for row in csv.DictReader(handle)
        }


@cache
def _ua(data: Path) -> dict[str, Row]:
    path = data / "opensanctions/ua-war-sanctions-2026-03-13.targets.simple.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: (row, ",".join(row.values())) for row in csv.DictReader(handle)}


def _check_ofac(data: Path, ref: sample.Reference) -> str:
    fields, text = _ofac(data)[ref.entry_id]
    assert set(ref.programs) <= set(fields["programs"].split("] ["))
    return text


def _check_uk(data: Path, ref: sample.Reference) -> str:
    fields, text = _uk(data)[ref.entry_id]
    assert fields["Group ID"] == ref.group
    assert (fields["Regime"],) == ref.programs
    assert _iso(fields["Listed On"]) == ref.listed
    return text


def _check_un(data: Path, ref: sample.Reference) -> str:
    fields, text = _un(data)[ref.entry_id]
    assert (fields["UN_LIST_TYPE"],) == ref.programs
    assert fields["LISTED_ON"] == ref.listed
    return text


def _celex(act: str) -> str:
    """CELEX of an EU regulation: "269/2014" (number first, before 2015) or "2024/2642"."""
    first, second = act.split("/")
    year, number = (first, second) if int(first) >= 2015 else (second, first)
    return f"3{year}R{int(number):04d}"


def _check_eu(data: Path, ref: sample.Reference) -> str:
    celex = _celex(ref.list.removeprefix("EU Reg. "))
    (program,) = ref.programs
    annex = (ref.section or "").removeprefix("Annex ")
    fields, text = _eu(data, celex)[f"{annex}|{ref.entry_id}|{program}"]
    assert _iso(fields["startDate"]) == ref.listed
    return text


def _check_eu_fsf(data: Path, ref: sample.Reference) -> str:
    path = data / "eu-fsf/excerpt-putin-2022.xml"
    namespace = {"f": "http://eu.europa.ec/fpi/fsd/export"}
    entity = etree.parse(str(path)).find(
        f"f:sanctionEntity[@logicalId='{ref.entry_id}']", namespace
    )
    assert entity is not None
    regulation = entity.find("f:regulation", namespace)
    assert regulation is not None and (regulation.get("programme"),) == ref.programs
    assert entity.get("designationDate") == ref.listed
    return etree.tostring(entity).decode()


def _check_csl(data: Path, ref: sample.Reference) -> str:
    fields, text = _csl(data)[ref.entry_id]
    assert set(ref.programs) <= set(fields["programs"].split("; "))
    assert fields["start_date"] == ref.listed
    return text


def _check_ua(data: Path, ref: sample.Reference) -> str:
    fields, text = _ua(data)[ref.entry_id]
    assert set(ref.programs) <= set(fields["program_ids"].split(";"))
    return text


CHECKS: dict[str, Callable[[Path, sample.Reference], str]] = {
    "OFAC SDN": _check_ofac,
    "UK OFSI": _check_uk,
    "UN SC": _check_un,
    "EU FSF": _check_eu_fsf,
    "US CSL ISN": _check_csl,
    "UA War and Sanctions": _check_ua,
}


def _check(data: Path, ref: sample.Reference) -> str:
    check = _check_eu if ref.list.startswith("EU Reg. ") else CHECKS[ref.list]
    return check(data, ref)


@pytest.mark.shared_data
def test_every_reference_is_in_the_real_list(shared_data: Path) -> None:
    references = sample.load_references(sample.bundled_path())
    assert len(references) >= 25
    for entry_id, refs in references.items():
        for ref in refs:
            try:
                _check(shared_data, ref)
            except (AssertionError, KeyError) as exc:
                raise AssertionError(f"{entry_id}: {ref.note} not confirmed: {exc!r}") from exc


def _tokens(text: str) -> set[str]:
    return set(re.sub(r"[\W_]+", " ", text.casefold()).split())


@pytest.mark.shared_data
def test_every_reference_names_the_party(shared_data: Path, by_id: dict[str, Entity]) -> None:
    # Guards against a right-looking id that belongs to someone else.
    for entry_id, refs in sample.load_references(sample.bundled_path()).items():
        names = [_tokens(name.value) for name in by_id[entry_id].names]
        for ref in refs:
            found = _tokens(_check(shared_data, ref))
            assert any(name <= found for name in names), f"{entry_id}: {ref.note}"


@pytest.mark.shared_data
def test_identifiers_appear_in_the_referenced_entries(
    shared_data: Path, by_id: dict[str, Entity]
) -> None:
    for entry_id, refs in sample.load_references(sample.bundled_path()).items():
        text = " ".join(_check(shared_data, ref) for ref in refs)
        for identifier in by_id[entry_id].identifiers:
            assert identifier.value in text, f"{entry_id}: {identifier.value}"


DATE_TEXT = re.compile(
    r"\d{1,2} [A-Z][a-z]{2} \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d\d-\d\d|\b\d{4}\b"
)


@pytest.mark.shared_data
def test_birth_dates_appear_in_the_referenced_entries(
    shared_data: Path, by_id: dict[str, Entity]
) -> None:
    for entry_id, refs in sample.load_references(sample.bundled_path()).items():
        text = " ".join(_check(shared_data, ref) for ref in refs)
        written = {iso for found in DATE_TEXT.findall(text) for iso in parse_date(found)}
        assert set(by_id[entry_id].birth_dates) <= written, entry_id
