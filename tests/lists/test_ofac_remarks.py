"""The OFAC Remarks parser on short made-up clauses in OFAC's wording."""

from __future__ import annotations

import pytest

from tradeguard.lists.ofac_remarks import (
    apply_remarks,
    is_imo_number,
    parse_dob,
    split_clauses,
    split_id_value,
)
from tradeguard.model import Entity, Identifier, Name, Schema


def parsed(remarks: str, schema: Schema = "Person") -> Entity:
    entity = Entity(id="t:1", list_id="t", entry_id="1", schema=schema)
    entity.add_name("DOE, John", "primary")
    apply_remarks(entity, remarks)
    return entity


def test_split_drops_the_final_full_stop_and_tolerates_a_missing_space() -> None:
    assert split_clauses("DOB 1970; POB Paris;Gender Male.") == [
        "DOB 1970",
        "POB Paris",
        "Gender Male",
    ]
    assert split_clauses(None) == []
    assert split_clauses("  ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08 Jan 1984", ["1984-01-08"]),
        ("circa 1960", ["1960"]),
        ("1960 to 1962", ["1960", "1961", "1962"]),
        ("Mar 1971", ["1971-03"]),
        ("01 Jan 1973 to 31 Dec 1973", ["1973"]),
        ("01 Jan 1961 to 31 Dec 1962", ["1961", "1962"]),
        ("01 Feb 1960 to 29 Feb 1960", ["1960-02"]),
        ("26 Sep 1946 to 07 Dec 1946", ["1946"]),
        ("Mar 1962 to Feb 1963", ["1962", "1963"]),
        ("01 Jan 1900 to 31 Dec 1990", []),
        ("unknown", []),
    ],
)
def test_parse_dob(text: str, expected: list[str]) -> None:
    assert parse_dob(text) == expected


def test_several_dobs_birthplace_and_gender() -> None:
    entity = parsed(
        "DOB 08 Jan 1984; alt. DOB 1985; DOB circa 1960; POB Pyongyang, North Korea; Gender Male."
    )
    assert entity.birth_dates == ["1984-01-08", "1985", "1960"]
    assert entity.birth_places == ["Pyongyang, North Korea"]
    assert entity.gender == "male"
    assert entity.notes == []


def test_nationality_and_citizenship_become_iso_codes() -> None:
    entity = parsed("nationality Iran; alt. nationality Korea, North; citizen Russia.")
    assert entity.nationalities == ["ir", "kp", "ru"]


def test_a_nationality_that_is_no_country_stays_a_note() -> None:
    entity = parsed("nationality possibly Palestinian;arrested 23 Apr 2002.")
    assert entity.nationalities == []
    assert entity.notes == ["nationality possibly Palestinian", "arrested 23 Apr 2002"]


def test_passports_with_country_and_validity() -> None:
    entity = parsed(
        "Passport A1234567 (Iran) issued 01 Jan 2001 expires 01 Jan 2006; "
        "alt. Passport B 765 432; Diplomatic Passport D0001 (Burundi)."
    )
    assert entity.identifiers == [
        Identifier("passport", "A1234567", "ir", "Passport"),
        Identifier("passport", "B 765 432", None, "Passport"),
        Identifier("passport", "D0001", "bi", "Diplomatic Passport"),
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Tax ID No. 7700000001 (Russia)", Identifier("tax_id", "7700000001", "ru", "Tax ID No.")),
        (
            "National ID No. 123456 (Yemen)",
            Identifier("national_id", "123456", "ye", "National ID No."),
        ),
        ("Cedula No. 987654 (Colombia)", Identifier("national_id", "987654", "co", "Cedula No.")),
        (
            "Registration Number 1027700000000 (Russia)",
            Identifier("registration", "1027700000000", "ru", "Registration Number"),
        ),
        (
            "Business Registration Number 555 (United Arab Emirates)",
            Identifier("registration", "555", "ae", "Business Registration Number"),
        ),
        (
            "Legal Entity Number 253400AAAABBBBCCCC00 (Russia)",
            Identifier("lei", "253400AAAABBBBCCCC00", "ru", "Legal Entity Number"),
        ),
        ("SWIFT/BIC TESTRUMM", Identifier("swift", "TESTRUMM", None, "SWIFT/BIC")),
        ("MMSI 273000000", Identifier("mmsi", "273000000", None, "MMSI")),
        (
            "Unified Social Credit Code (USCC) 91310000TEST0000X (China)",
            Identifier(
                "registration", "91310000TEST0000X", "cn", "Unified Social Credit Code (USCC)"
            ),
        ),
        (
            "Aircraft Manufacturer's Serial Number (MSN) 12345",
            Identifier(
                "aircraft_serial", "12345", None, "Aircraft Manufacturer's Serial Number (MSN)"
            ),
        ),
        (
            "Aircraft Tail Number EP-ABC",
            Identifier("aircraft_tail", "EP-ABC", None, "Aircraft Tail Number"),
        ),
        (
            "Matricula Mercantil No 123-4 (Medellin)",
            Identifier("registration", "123-4", None, "Matricula Mercantil No (Medellin)"),
        ),
    ],
)
def test_identifier_labels(clause: str, expected: Identifier) -> None:
    entity = parsed(clause + ".", "Company")
    assert entity.identifiers == [expected]
    assert entity.notes == []


def test_imo_numbers_under_their_various_labels() -> None:
    entity = parsed(
        "Vessel Registration Identification IMO 9167148; Company Number IMO 5055293; "
        "Vessel Registration Identification 7406784; Vessel Registration Identification 1234568.",
        "Vessel",
    )
    assert [(i.type, i.value) for i in entity.identifiers] == [
        ("imo", "9167148"),
        ("imo", "5055293"),
        ("imo", "7406784"),
        # No valid IMO check digit: a national registration number.
        ("registration", "1234568"),
    ]


def test_imo_check_digit() -> None:
    assert is_imo_number("9167148")
    assert not is_imo_number("9167149")
    assert not is_imo_number("916714")


def test_remark_akas_are_weak_and_not_repeated() -> None:
    entity = parsed("a.k.a. 'ABU TEST'; a.k.a. 'ABU TEST'; a.k.a. 'doe, john'; f.k.a. 'OLD NAME'.")
    assert entity.names[1:] == [
        Name("ABU TEST", "weak_alias", "weak"),
        Name("OLD NAME", "previous", "weak"),
    ]


def test_an_alias_with_an_apostrophe_keeps_it() -> None:
    entity = parsed("a.k.a. 'ABD AL-'AZIZ'.")
    assert entity.names[-1] == Name("ABD AL-'AZIZ", "weak_alias", "weak")


def test_linked_to_names_are_returned_not_noted() -> None:
    entity = Entity(id="t:1", list_id="t", entry_id="1", schema="Company")
    links = apply_remarks(entity, "Linked To: TEST HOLDING, S.A.; Linked To: DOE, John.")
    assert links == ["TEST HOLDING, S.A.", "DOE, John"]
    assert entity.notes == []


def test_informational_and_unknown_clauses_are_kept_as_notes() -> None:
    entity = parsed(
        "Organization Established Date 1999; Organization Type: Wholesale trade; "
        "Website www.example.test; Email Address info@example.test; Some new OFAC wording.",
        "Company",
    )
    assert entity.notes == [
        "Organization Established Date 1999",
        "Organization Type: Wholesale trade",
        "Website www.example.test",
        "Email Address info@example.test",
        "Some new OFAC wording",
    ]


def test_odd_clauses_never_crash() -> None:
    entity = parsed(
        "DOB ; POB ; Passport ; a.k.a. ''; Linked To: ; ;; (Russia); IMO 123; nationality."
    )
    assert entity.birth_dates == []
    assert entity.identifiers == []


def test_registration_country_of_a_vessel_is_a_country_not_a_nationality() -> None:
    entity = parsed("Nationality of Registration Panama.", "Vessel")
    assert entity.countries == ["pa"]
    assert entity.nationalities == []


def test_a_clause_repeating_the_title_is_not_also_a_note() -> None:
    entity = Entity(id="t:1", list_id="t", entry_id="1", schema="Person")
    entity.positions.append("Minister of Tests")
    apply_remarks(entity, "Minister of Tests; Former Governor.")
    assert entity.notes == ["Former Governor"]


def test_split_id_value() -> None:
    assert split_id_value("7744001497 (Russia)") == ("7744001497", "ru", [])
    assert split_id_value("7136973 (Delaware) (United States)") == ("7136973", "us", ["Delaware"])
    assert split_id_value("G025057 issued 23 Jun 1999 expires 05 Feb 2004") == ("G025057", None, [])
    assert split_id_value("(Russia)") == ("", "ru", [])
