"""FollowTheMoney export, checked by followthemoney's own parser."""

from __future__ import annotations

import io
import json
import string
from collections.abc import Sized
from typing import Any, get_args

import pytest
from followthemoney import EntityProxy, model, registry
from hypothesis import given, settings
from hypothesis import strategies as st
from rigour.territories import get_territories

from tradeguard import ftm
from tradeguard.ftm import FtmExportError, ftm_id, links_to_ftm, to_ftm, write_ftm_jsonl
from tradeguard.lists import sample
from tradeguard.lists.base import ListData
from tradeguard.model import SCHEMAS, Entity, Identifier, IdentifierType, Name

NAME_PROPS = ("name", "alias", "weakAlias", "previousName")


@pytest.fixture(scope="module")
def sample_list() -> ListData:
    return sample.load([sample.bundled_path()])


@pytest.fixture(scope="module")
def by_id(sample_list: ListData) -> dict[str, Entity]:
    return {entity.entry_id: entity for entity in sample_list.entities}


def _reparsed(data: dict[str, Any]) -> EntityProxy:
    # cleaned=False makes followthemoney validate and normalise every value again.
    return EntityProxy.from_dict(json.loads(json.dumps(data)), cleaned=False)


def _value_count(entity: Entity) -> int:
    """How many values the entity holds that the FtM entity must carry (links go separately)."""
    singles = [entity.listing_date, entity.gender, entity.source_url]
    lists: list[Sized] = [
        entity.names,
        entity.birth_dates,
        entity.birth_places,
        entity.nationalities,
        entity.countries,
        entity.identifiers,
        entity.programs,
        entity.addresses,
        entity.positions,
        entity.notes,
    ]
    return sum(len(values) for values in lists) + sum(1 for value in singles if value is not None)


def test_putin_is_a_person_with_birth_date_and_nationality(by_id: dict[str, Entity]) -> None:
    data = to_ftm(by_id["putin"])
    assert data["id"] == "tradeguard-sample-putin"
    assert data["schema"] == "Person"
    assert data["datasets"] == ["tradeguard-sample"]
    props = data["properties"]
    assert props["name"] == ["Vladimir Vladimirovich PUTIN"]
    assert "Путин Владимир Владимирович" in props["alias"]
    assert props["birthDate"] == ["1952-10-07"]
    assert props["nationality"] == ["ru"]
    assert props["gender"] == ["male"]
    assert props["createdAt"] == ["2022-02-25"]
    assert "RUSSIA-EO14024" in props["program"]
    assert "OFAC SDN 35096 (RUSSIA-EO14024)" in props["notes"]


def test_vessel_has_imo_number(by_id: dict[str, Entity]) -> None:
    data = to_ftm(by_id["olympia"])
    assert data["schema"] == "Vessel"
    props = data["properties"]
    assert props["imoNumber"] == ["IMO1006960"]
    assert props["mmsi"] == ["319766000"]
    assert props["callSign"] == ["ZCGR"]


def test_airplane_tail_and_serial(by_id: dict[str, Entity]) -> None:
    data = to_ftm(by_id["ra-82038"])
    assert data["schema"] == "Airplane"
    assert data["properties"]["registrationNumber"] == ["RA-82038"]
    assert data["properties"]["serialNumber"] == ["9773054955077"]


def test_company_identifiers_and_weak_aliases(by_id: dict[str, Entity]) -> None:
    props = to_ftm(by_id["avtovaz"])["properties"]
    assert props["taxNumber"] == ["6320002223"]
    assert props["registrationNumber"] == ["1026301983113"]
    assert props["weakAlias"] == ["AvtoVAZ"]
    assert to_ftm(by_id["rostec"])["properties"]["previousName"] == [
        "Rostekhnologii",
        "Russian Technologies State Corporation",
    ]


def test_fields_move_to_the_property_each_schema_has() -> None:
    company = Entity(
        "t:c",
        "t",
        "c",
        "Company",
        names=[Name("Acme")],
        birth_dates=["1966-07-20"],
        birth_places=["Togliatti"],
        nationalities=["ru"],
        positions=["Holding"],
        identifiers=[Identifier("imo", "6297782"), Identifier("passport", "P1")],
    )
    props = to_ftm(company)["properties"]
    assert props["incorporationDate"] == ["1966-07-20"]
    assert props["jurisdiction"] == ["ru"]
    assert props["imoNumber"] == ["IMO6297782"]
    assert props["idNumber"] == ["P1"]
    assert props["notes"] == ["Place of birth: Togliatti", "Position: Holding"]
    vessel = Entity("t:v", "t", "v", "Vessel", names=[Name("V")], nationalities=["pa"])
    assert to_ftm(vessel)["properties"]["flag"] == ["pa"]


def test_values_ftm_rejects_are_kept_elsewhere() -> None:
    entity = Entity(
        "t:v",
        "t",
        "v",
        "Vessel",
        names=[Name("V")],
        birth_dates=["1984-02-30"],
        identifiers=[Identifier("imo", "1234568")],
    )
    props = to_ftm(entity)["properties"]
    # The checksum fails, so the number goes where FtM checks no format.
    assert props["registrationNumber"] == ["1234568"]
    assert "imoNumber" not in props
    assert props["notes"] == ["Date of birth as listed: 1984-02-30"]


def test_an_identifier_ftm_would_rewrite_as_another_is_kept_as_written() -> None:
    # FtM's IMO format reads "A01101" as IMO0001101, whose check digit happens to pass.
    entity = Entity(
        "t:w",
        "t",
        "w",
        "Vessel",
        names=[Name("W")],
        identifiers=[Identifier("imo", "A01101"), Identifier("imo", "IMO 9305609")],
    )
    props = to_ftm(entity)["properties"]
    assert props["registrationNumber"] == ["A01101"]
    assert props["imoNumber"] == ["IMO9305609"]


def test_odd_names_and_blank_values() -> None:
    entity = Entity("t:p", "t", "p", "Person", names=[Name("''"), Name("A")], notes=[" \x00 "])
    props = to_ftm(entity)["properties"]
    assert props["name"] == ["A"]
    assert props["notes"] == ["Name as listed: ''"]


def test_value_no_property_accepts_fails_loudly() -> None:
    entity = Entity("t:p", "t", "p", "Person", names=[Name("P")], nationalities=["not-a-country"])
    with pytest.raises(FtmExportError, match="t:p"):
        to_ftm(entity)


def test_target_table_names_real_ftm_properties() -> None:
    ftm._check_targets()
    assert "imoNumber" not in model["Person"].properties
    with pytest.raises(Exception, match="imoNumber"):
        model.make_entity("Person").add("imoNumber", "IMO1006960")


def test_ftm_ids_are_valid_references() -> None:
    assert ftm_id("ofac-sdn:35096") == "ofac-sdn-35096"
    assert ftm_id("un-sc:KPe.025") == "un-sc-KPe.025"
    long_id = ftm_id("x:" + "a" * 500)
    assert len(long_id) <= 200 and registry.entity.validate(long_id)
    assert ftm_id("x:" + "a" * 500) != ftm_id("x:" + "a" * 499 + "b")
    with pytest.raises(FtmExportError):
        ftm_id(":::")


def test_links_become_unknown_links(by_id: dict[str, Entity]) -> None:
    (link,) = links_to_ftm(by_id["graceful"])
    assert link["schema"] == "UnknownLink"
    assert link["properties"] == {
        "subject": ["tradeguard-sample-graceful"],
        "object": ["tradeguard-sample-putin"],
    }
    assert _reparsed(link).to_dict()["properties"] == link["properties"]


def test_whole_sample_list_round_trips_without_dropping_values(sample_list: ListData) -> None:
    for entity in sample_list.entities:
        data = to_ftm(entity)
        proxy = _reparsed(data)
        assert proxy.schema.name == entity.schema
        assert proxy.id == data["id"]
        assert proxy.to_dict()["properties"] == data["properties"], entity.entry_id
        carried = sum(len(values) for values in data["properties"].values())
        assert carried == _value_count(entity), entity.entry_id


def test_jsonl_has_one_parseable_entity_per_line(sample_list: ListData) -> None:
    out = io.StringIO()
    written = write_ftm_jsonl(sample_list.entities, out)
    lines = out.getvalue().splitlines()
    links = sum(len(entity.linked_to) for entity in sample_list.entities)
    assert written == len(lines) == len(sample_list.entities) + links
    proxies = [model.get_proxy(json.loads(line), cleaned=False) for line in lines]
    ids = {proxy.id for proxy in proxies}
    assert len(ids) == len(lines)
    for proxy in proxies:
        if proxy.schema.name == "UnknownLink":
            assert set(proxy.get("subject")) | set(proxy.get("object")) <= ids
    assert "Ким Чен Ын" in out.getvalue()


# --- property test: any valid entity exports to valid FtM ------------------------------------

LETTERS = string.ascii_letters + "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗ" + "김정은박철리"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=10)
TEXT = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
COUNTRY = st.sampled_from(sorted(territory.code for territory in get_territories()))
DATE = st.one_of(
    st.dates().map(lambda day: day.isoformat()).filter(lambda text: "1800" <= text < "2101"),
    st.integers(1800, 2100).map(str),
    st.builds("{}-{:02d}".format, st.integers(1800, 2100), st.integers(1, 12)),
    # Valid for tradeguard's date check, but not a calendar day: FtM rejects it.
    st.integers(1800, 2100).map("{}-02-30".format),
)
IDENTIFIER = st.builds(
    Identifier,
    type=st.sampled_from(get_args(IdentifierType)),
    value=st.text(alphabet="0123456789ABCDEFXYZ", min_size=1, max_size=20),
    country=st.none() | COUNTRY,
    label=st.none() | TEXT,
)
NAME = st.builds(
    Name,
    value=TEXT,
    kind=st.sampled_from(["primary", "alias", "weak_alias", "previous"]),
    quality=st.sampled_from(["strong", "weak"]),
    lang=st.none() | st.sampled_from(["rus", "kor"]),
)


@st.composite
def entities(draw: st.DrawFn) -> Entity:
    entry_id = draw(st.text(alphabet="abcdefghij0123456789-.:_ ", min_size=1, max_size=20))
    return Entity(
        id=f"test:{entry_id}",
        list_id="test",
        entry_id=entry_id,
        schema=draw(st.sampled_from(SCHEMAS)),
        names=draw(st.lists(NAME, min_size=1, max_size=5)),
        birth_dates=draw(st.lists(DATE, max_size=3)),
        birth_places=draw(st.lists(TEXT, max_size=2)),
        nationalities=draw(st.lists(COUNTRY, max_size=3)),
        countries=draw(st.lists(COUNTRY, max_size=3)),
        identifiers=draw(st.lists(IDENTIFIER, max_size=4)),
        programs=draw(st.lists(TEXT, max_size=3)),
        listing_date=draw(st.none() | DATE),
        gender=draw(st.sampled_from([None, "male", "female"])),
        addresses=draw(st.lists(TEXT, max_size=2)),
        positions=draw(st.lists(TEXT, max_size=2)),
        notes=draw(st.lists(TEXT, max_size=3)),
        source_url=draw(st.none() | WORD.map("https://example.org/{}".format)),
    )


def _ftm_country(code: str) -> str:
    # FtM folds sub-national codes such as "ae-aj" (Ajman) into the country they belong to.
    return registry.country.clean(code) or code


def _source_values(entity: Entity) -> list[str]:
    singles = [entity.listing_date, entity.gender, entity.source_url]
    values = [
        *(name.value for name in entity.names),
        *entity.birth_dates,
        *entity.birth_places,
        *(_ftm_country(code) for code in (*entity.nationalities, *entity.countries)),
        *(identifier.value for identifier in entity.identifiers),
        *entity.programs,
        *entity.addresses,
        *entity.positions,
        *entity.notes,
    ]
    return values + [value for value in singles if value is not None]


@settings(max_examples=200, deadline=None)
@given(entities())
def test_any_valid_entity_exports_to_valid_ftm(entity: Entity) -> None:
    data = to_ftm(entity)
    assert registry.entity.validate(data["id"])
    proxy = _reparsed(data)
    assert proxy.schema.name == entity.schema
    assert proxy.to_dict()["properties"] == data["properties"]
    carried = json.dumps(data["properties"], ensure_ascii=False)
    for value in _source_values(entity):
        assert value in carried
    names = {value for prop in NAME_PROPS for value in data["properties"].get(prop, [])}
    assert names == {name.value for name in entity.names}
