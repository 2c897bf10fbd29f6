"""The OFAC legacy SDN loader, on the real 2024 SDN.CSV joined with the 2025 ALT/ADD/COMMENTS
files, on the consistent trio subset, and on truncated copies written to tmp_path."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tradeguard.lists import ofac
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.model import Entity, Identifier, Name

SDN_2024 = "ofac/sdn-2024-05-03/sdn.csv"
LATER = "ofac/alt-add-2025-12-24"
TRIO = "ofac/trio-subset"


def mixed_paths(shared_data: Path) -> list[Path]:
    later = shared_data / LATER
    return [
        shared_data / SDN_2024,
        later / "alt.csv",
        later / "add.csv",
        later / "sdn_comments.csv",
    ]


@pytest.fixture(scope="module")
def mixed(shared_data: Path) -> ListData:
    return ofac.load(mixed_paths(shared_data))


@pytest.fixture(scope="module")
def by_id(mixed: ListData) -> dict[str, Entity]:
    return {entity.entry_id: entity for entity in mixed.entities}


@pytest.fixture(scope="module")
def trio(shared_data: Path) -> ListData:
    return ofac.load(sorted((shared_data / TRIO).iterdir()))


def write(path: Path, rows: list[str], eof: bool = True) -> Path:
    """A small OFAC-style file: CRLF rows and, like the real files, a trailing 0x1A."""
    body = "".join(row + "\r\n" for row in rows) + ("\x1a" if eof else "")
    path.write_bytes(body.encode("ascii"))
    return path


def sdn_row(ent_num: int, name: str, remarks: str = "-0- ", sdn_type: str = "-0- ") -> str:
    return f'{ent_num},"{name}",{sdn_type},"SDGT"' + ",-0- " * 7 + f",{remarks}"


def cut_mid_row(source: Path, target: Path, row: int) -> int:
    """Copy `source` up to the middle of its `row`-th line; return that line number."""
    lines = source.read_bytes().split(b"\r\n")
    kept = b"\r\n".join(lines[: row - 1]) + b"\r\n" + lines[row - 1][: len(lines[row - 1]) // 2]
    target.write_bytes(kept)
    return row


# --- the real files ---------------------------------------------------------------------------


def test_mixed_dates_load_every_primary_entry(mixed: ListData) -> None:
    assert mixed.list_id == "ofac-sdn"
    assert mixed.title == "OFAC Specially Designated Nationals (SDN) List"
    assert mixed.as_of == "2024-05-03"
    assert mixed.report.entities == len(mixed.entities) == 14965
    schemas = [entity.schema for entity in mixed.entities]
    assert schemas.count("Person") == 6854
    assert schemas.count("Vessel") == 851
    assert schemas.count("Airplane") == 376
    assert len({entity.id for entity in mixed.entities}) == 14965
    assert len(mixed.report.files) == 4


def test_dangling_alt_rows_are_counted_once_per_missing_entry(shared_data: Path) -> None:
    data = ofac.load([shared_data / SDN_2024, shared_data / LATER / "alt.csv"])
    # The README's "about 1,570 ids" absent from the 2024 primary file.
    assert data.report.dangling == 1567
    assert data.report.skipped == 0
    assert all(example.startswith("alt.csv: ent_num ") for example in data.report.dangling_examples)


def test_dangling_references_of_all_later_files(mixed: ListData) -> None:
    # ADD.CSV has a row for almost every entry, so it adds the most (distinct per file).
    assert mixed.report.dangling == 1567 + 4253 + 6
    # Continuations of remarks that the 2024 file does not cut: a different edition.
    assert mixed.report.skipped == 5
    assert {s.location.split(" line ")[0] for s in mixed.report.skipped_examples} == {
        "sdn_comments.csv"
    }


def test_kim_jong_un(by_id: dict[str, Entity]) -> None:
    kim = by_id["20157"]
    assert kim.id == "ofac-sdn:20157"
    assert kim.schema == "Person"
    assert kim.caption == "KIM, Jong Un"
    assert kim.birth_dates == ["1984-01-08"]
    assert kim.programs == ["DPRK3"]
    assert kim.positions == ["Chairman of the Workers' Party of Korea"]
    assert kim.countries == ["kp"]


def test_avtovaz_tax_id(by_id: dict[str, Entity]) -> None:
    avtovaz = by_id["44877"]
    assert avtovaz.caption == "JOINT STOCK COMPANY AVTOVAZ"
    assert avtovaz.schema == "Company"
    assert Identifier("tax_id", "6320002223", "ru", "Tax ID No.") in avtovaz.identifiers
    assert Name("AO AVTOVAZ", "alias") in avtovaz.names


def test_aurus(by_id: dict[str, Entity]) -> None:
    aurus = by_id["47956"]
    assert aurus.caption == "LIMITED LIABILITY COMPANY AURUS"
    assert aurus.programs == ["RUSSIA-EO14024"]
    assert "ru" in aurus.countries


def test_rostec_programmes_alias_and_addresses(by_id: dict[str, Entity]) -> None:
    rostec = by_id["17260"]
    assert rostec.caption == "STATE CORPORATION ROSTEC"
    assert rostec.programs == ["UKRAINE-EO13662", "RUSSIA-EO14024"]
    aliases = [name for name in rostec.names if name.kind == "alias"]
    assert [name.quality for name in aliases] == ["strong"]
    assert aliases[0].value.startswith("STATE CORPORATION FOR THE PROMOTION OF THE DEVELOPMENT")
    assert "24 Usacheva Str., Moscow 119048, Russia" in rostec.addresses


def test_programme_brackets_are_split(mixed: ListData) -> None:
    russia = [e for e in mixed.entities if "RUSSIA-EO14024" in e.programs]
    # The README counts 4,440 rows containing the text; one of them is BPI-RUSSIA-EO14024.
    assert len(russia) == 4439
    assert not any("[" in p or "]" in p for e in mixed.entities for p in e.programs)


def test_vessel_with_imo_flag_and_former_names(by_id: dict[str, Entity]) -> None:
    vessel = by_id["4243"]
    assert vessel.schema == "Vessel"
    assert vessel.caption == "EBANO"
    assert [(i.type, i.value) for i in vessel.identifiers] == [("imo", "7406784")]
    assert vessel.countries == ["pa"]
    assert Name("SAND SWAN", "previous", "weak") in vessel.names
    assert "Vessel type: General Cargo" in vessel.notes


def test_aircraft_identifiers_and_link(by_id: dict[str, Entity]) -> None:
    aircraft = by_id["15431"]
    assert aircraft.schema == "Airplane"
    assert (
        Identifier(
            "aircraft_serial", "1023409321", None, "Aircraft Manufacturer's Serial Number (MSN)"
        )
        in aircraft.identifiers
    )
    assert aircraft.linked_to == ["13109"]


def test_weak_alias_from_remarks_next_to_the_strong_one_from_alt(by_id: dict[str, Entity]) -> None:
    bank = by_id["306"]
    assert bank.names == [
        Name("BANCO NACIONAL DE CUBA", "primary"),
        Name("NATIONAL BANK OF CUBA", "alias"),
        Name("BNC", "weak_alias", "weak"),
    ]


def test_no_entity_repeats_a_name(mixed: ListData) -> None:
    for entity in mixed.entities:
        folded = [name.value.casefold() for name in entity.names]
        assert len(folded) == len(set(folded)), entity.id


def test_identifier_summary(mixed: ListData) -> None:
    types = {i.type for e in mixed.entities for i in e.identifiers}
    assert {"passport", "national_id", "tax_id", "registration", "lei", "imo", "mmsi"} <= types
    assert {"swift", "aircraft_serial", "aircraft_tail", "call_sign"} <= types


def test_linked_to_resolves_to_entry_ids(mixed: ListData, by_id: dict[str, Entity]) -> None:
    links = [target for entity in mixed.entities for target in entity.linked_to]
    assert len(links) > 6000
    assert all(target in by_id for target in links)


def test_linked_to_a_party_not_on_the_list_stays_a_note(mixed: ListData) -> None:
    notes = [n for e in mixed.entities for n in e.notes if n.startswith("Linked To: ")]
    assert "Linked To: PUBLIC JOINT STOCK COMPANY GAZPROM" in notes


def test_trio_subset_loads_without_dangling(trio: ListData) -> None:
    assert trio.report.entities == 8976
    assert trio.report.dangling == 0
    assert trio.report.skipped == 0
    assert trio.as_of is None


def test_comments_continue_cut_remarks(trio: ListData) -> None:
    tian = next(e for e in trio.entities if e.entry_id == "28263")
    # SDN.CSV ends "... a.k.a. 'snowsjo"; SDN_COMMENTS.CSV goes on "hn'; Linked To: ...".
    assert Name("snowsjohn", "weak_alias", "weak") in tian.names
    lazarus = next(e for e in trio.entities if e.caption == "LAZARUS GROUP")
    assert tian.linked_to == [lazarus.entry_id]


def test_shuffled_files_give_the_same_list(shared_data: Path, mixed: ListData) -> None:
    paths = mixed_paths(shared_data)
    random.Random(7).shuffle(paths)
    shuffled = ofac.load(paths)
    assert shuffled.content_hash == mixed.content_hash
    assert shuffled.entities == mixed.entities


@pytest.mark.parametrize(
    "name",
    [
        SDN_2024,
        f"{LATER}/alt.csv",
        f"{LATER}/add.csv",
        f"{LATER}/sdn_comments.csv",
        f"{TRIO}/sdn.csv",
        f"{TRIO}/sdn_comments.csv",
    ],
)
def test_sniff_accepts_the_ofac_files(shared_data: Path, name: str) -> None:
    assert ofac.sniff(shared_data / name)


@pytest.mark.parametrize(
    "name",
    [
        "un/consolidated-2026-02-27.xml",
        "uk/conlist-2025-04-10.csv",
        "uk/conlist-2025-04-10.xlsx",
        "us-csl/csl-subset-2023-11.csv",
        "us-csl/bis-dpl.txt",
        "opensanctions/ua-war-sanctions-2026-03-13.targets.simple.csv",
        "eu-fsf/excerpt-putin-2022.xml",
        "ofac/names-2025-11/sdn_entities.jsonl",
        "pairs/list-alias-pairs.csv",
    ],
)
def test_sniff_rejects_other_lists(shared_data: Path, name: str) -> None:
    assert not ofac.sniff(shared_data / name)


# --- broken and unusual files -----------------------------------------------------------------


def test_sdn_cut_mid_row_names_file_and_line(shared_data: Path, tmp_path: Path) -> None:
    line = cut_mid_row(shared_data / SDN_2024, tmp_path / "sdn.csv", 5000)
    with pytest.raises(ListFormatError) as caught:
        ofac.load([tmp_path / "sdn.csv"])
    assert caught.value.path.endswith("sdn.csv")
    assert caught.value.location == f"line {line}"
    assert f"sdn.csv, line {line}: " in str(caught.value)


def test_alt_cut_mid_row_names_file_and_line(shared_data: Path, tmp_path: Path) -> None:
    line = cut_mid_row(shared_data / LATER / "alt.csv", tmp_path / "alt.csv", 1234)
    with pytest.raises(ListFormatError) as caught:
        ofac.load([shared_data / SDN_2024, tmp_path / "alt.csv"])
    assert f"alt.csv, line {line}: " in str(caught.value)


def test_cut_inside_a_quoted_remark_is_an_unclosed_quote(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_bytes((sdn_row(1, "TEST ONE") + "\r\n" + sdn_row(2, "TEST TWO", '"DOB 19')).encode())
    with pytest.raises(ListFormatError, match=r"sdn\.csv, line 2: unreadable row"):
        ofac.load([path])


def test_cut_inside_a_null_is_caught_by_the_missing_ending(tmp_path: Path) -> None:
    # "-0- " cut to "-0" still gives 12 columns; only the file's ending shows the cut.
    path = tmp_path / "sdn.csv"
    path.write_bytes((sdn_row(1, "TEST ONE") + "\r\n" + sdn_row(2, "TEST TWO", "-0")).encode())
    with pytest.raises(ListFormatError, match=r"line 2: the last row stops mid-field"):
        ofac.load([path])


def test_non_numeric_ent_num_on_the_last_line_is_fatal(tmp_path: Path) -> None:
    path = write(tmp_path / "sdn.csv", [sdn_row(1, "TEST ONE"), "2x" + sdn_row(2, "X")[1:]])
    with pytest.raises(ListFormatError, match=r"line 2: ent_num '2x' is not a number"):
        ofac.load([path])


def test_bad_rows_in_the_middle_are_skipped_and_reported(tmp_path: Path) -> None:
    rows = [sdn_row(1, "TEST ONE"), '2,"TOO FEW"', 'x,"BAD",' + ",-0- " * 10, sdn_row(4, "FOUR")]
    data = ofac.load([write(tmp_path / "sdn.csv", rows)])
    assert [e.entry_id for e in data.entities] == ["1", "4"]
    assert data.report.skipped == 2
    assert [s.location for s in data.report.skipped_examples] == [
        "sdn.csv line 2",
        "sdn.csv line 3",
    ]


def test_missing_eof_byte_is_not_an_error(tmp_path: Path) -> None:
    data = ofac.load([write(tmp_path / "sdn.csv", [sdn_row(1, "TEST ONE")], eof=False)])
    assert data.report.entities == 1


def test_alt_alone_is_a_clear_error(shared_data: Path) -> None:
    with pytest.raises(ListFormatError, match="no primary sdn.csv"):
        ofac.load([shared_data / LATER / "alt.csv"])


def test_two_primary_files_are_an_error(shared_data: Path) -> None:
    with pytest.raises(ListFormatError, match="a second sdn.csv"):
        ofac.load([shared_data / SDN_2024, shared_data / TRIO / "sdn.csv"])


def test_an_unrelated_file_is_an_error(shared_data: Path) -> None:
    with pytest.raises(ListFormatError, match="not an OFAC legacy file"):
        ofac.load([shared_data / SDN_2024, shared_data / "uk/conlist-2025-04-10.csv"])


def test_files_are_recognised_by_upper_case_name_and_by_content(tmp_path: Path) -> None:
    primary = write(tmp_path / "SDN.CSV", [sdn_row(1, "TEST ONE")])
    aliases = write(tmp_path / "aliases-export.txt", ['1,10,"aka","TEST UNO",-0- '])
    addresses = write(tmp_path / "addr.txt", ['1,20,"1 Main St","Testville","Iran",-0- '])
    assert all(ofac.sniff(path) for path in (primary, aliases, addresses))
    entity = ofac.load([addresses, aliases, primary]).entities[0]
    assert entity.names[1] == Name("TEST UNO", "alias")
    assert entity.addresses == ["1 Main St, Testville, Iran"]
    assert entity.countries == ["ir"]


def test_alt_types_and_weak_alt_remarks(tmp_path: Path) -> None:
    primary = write(tmp_path / "sdn.csv", [sdn_row(1, "TEST ONE")])
    alt = write(
        tmp_path / "alt.csv",
        [
            '1,1,"fka","OLD TEST",-0- ',
            '1,2,"nka","NEW TEST",-0- ',
            '1,3,"aka","test one",-0- ',
            '1,4,"aka","TESTY","weak a.k.a."',
        ],
    )
    names = ofac.load([primary, alt]).entities[0].names
    assert names == [
        Name("TEST ONE", "primary"),
        Name("OLD TEST", "previous"),
        Name("NEW TEST", "alias"),
        Name("TESTY", "weak_alias", "weak"),
    ]


def test_company_only_with_a_legal_form_or_ofac_target_type(tmp_path: Path) -> None:
    rows = [
        sdn_row(1, "TEST TRADING LLC"),
        sdn_row(2, "TEST FOUNDATION", '"Registration Number 123 (Iran)."'),
        sdn_row(3, "TEST GROUP", '"Target Type Private Company."'),
        sdn_row(4, "DOE, Jane", sdn_type='"individual"'),
        sdn_row(5, "TEST AIR", sdn_type='"aircraft"'),
    ]
    schemas = [e.schema for e in ofac.load([write(tmp_path / "sdn.csv", rows)]).entities]
    assert schemas == ["Company", "Organization", "Company", "Person", "Airplane"]


def test_ambiguous_link_stays_a_note(tmp_path: Path) -> None:
    rows = [
        sdn_row(1, "TWIN CO"),
        sdn_row(2, "TWIN CO"),
        sdn_row(3, "TEST ONE", '"Linked To: TWIN CO; Linked To: TEST FOUR."'),
        sdn_row(4, "TEST FOUR"),
    ]
    linker = ofac.load([write(tmp_path / "sdn.csv", rows)]).entities[2]
    assert linker.linked_to == ["4"]
    assert linker.notes == ["Linked To: TWIN CO"]


def test_as_of_from_the_folder_name(tmp_path: Path) -> None:
    folder = tmp_path / "sdn-2023-02-30-and-2023-02-28"
    folder.mkdir()
    assert ofac.folder_date(folder / "sdn.csv") is None
    assert ofac.folder_date(tmp_path / "x-2023-02-28" / "sdn.csv") == "2023-02-28"


def test_programs() -> None:
    assert ofac.programs("UKRAINE-EO13662] [RUSSIA-EO14024") == [
        "UKRAINE-EO13662",
        "RUSSIA-EO14024",
    ]
    assert ofac.programs("SDGT") == ["SDGT"]
    assert ofac.programs("[IRAN] [IRAN]") == ["IRAN"]
    assert ofac.programs(None) == []
