"""Fuzzing the trade.gov CSL loader: mutated copies of a small CSV load or fail cleanly."""

from __future__ import annotations

import csv
import io

from fuzzing import loader_tests

HEADER = [
    "_id",
    "source",
    "entity_number",
    "type",
    "programs",
    "name",
    "title",
    "addresses",
    "federal_register_notice",
    "start_date",
    "end_date",
    "standard_order",
    "license_requirement",
    "license_policy",
    "call_sign",
    "vessel_type",
    "gross_tonnage",
    "gross_registered_tonnage",
    "vessel_flag",
    "vessel_owner",
    "remarks",
    "source_list_url",
    "alt_names",
    "citizenships",
    "dates_of_birth",
    "nationalities",
    "places_of_birth",
    "source_information_url",
    "ids",
]


def _csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([row.get(column, "") for column in HEADER])
    return out.getvalue().encode("utf-8")


SEED = {
    "csl.csv": _csv(
        [
            {
                "_id": "e1",
                "source": "Specially Designated Nationals (SDN) - Treasury Department",
                "entity_number": "2674",
                "type": "Individual",
                "programs": "DPRK3; DPRK4",
                "name": "KIM, Jong Un",
                "addresses": "Pyongyang, KP; RU",
                "start_date": "2016-07-06",
                "remarks": "(Linked To: TEST TRADING LLC; Linked To: NOBODY)",
                "alt_names": "KIM Jong-un; Ким Чен Ын",
                "dates_of_birth": "08 Jan 1984; 1982 to 1983",
                "nationalities": "KP",
                "ids": "Passport, 381420089, KP, 01 Nov 2002; Gender, Male; Website, x.test",
            },
            {
                "_id": "e2",
                "source": "Entity List (EL) - Bureau of Industry and Security",
                "name": "TEST TRADING LLC",
                "addresses": "1 Main St, Moscow, 119034, RU",
                "start_date": "31/02/2020",
                "license_requirement": "For all items subject to the EAR.",
                "ids": "Vessel Registration Identification, IMO 9167148",
                "call_sign": "9LXX2",
                "gross_tonnage": "-1",
            },
            {"_id": "e2", "source": "Military End User (MEU) List", "name": "Test Trading LLC"},
        ]
    ),
}

(
    test_mutated_file_loads_or_is_refused,
    test_cut_file_never_loads_a_shortened_name,
    test_failed_load_keeps_the_active_version,
) = loader_tests("csl", SEED)
