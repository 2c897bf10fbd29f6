"""Fuzzing the EU journal loader: a mutated snapshot or amendment loads or fails cleanly."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from fuzzing import loader_tests
from tradeguard.lists.eu_ojeu import AMENDMENT_HEADER, CONSOLIDATED_HEADER


def _csv(header: Sequence[str], rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return out.getvalue().encode("utf-8")


_PERSON = {
    "recordId": "12",
    "programKey": "RUS",
    "annex": "I",
    "measure": "Asset freeze",
    "startDate": "2022-02-25",
    "reason": "Test reason; with a semicolon",
    "schema": "Person",
    "name": "Test PERSON",
    "alias": 'Тест Персон;"Quoted; alias"',
    "nationality": "(a) Algerian, (b) German",
    "birthDate": "(i) 11.4.1963, (ii) 31.2.1960",
    "gender": "male.",
    "passportNumber": "123456",
    "innCode": "7744001497",
}
_COMPANY = {
    "recordId": "",
    "programKey": "RUS",
    "annex": "IV",
    "measure": "Export restrictions",
    "startDate": "circa 2014",
    "schema": "Asset",
    "name": "Test Port",
    "country": "Possibly Ethiopian",
}

SEED = {
    "32014R0269.csv": _csv(
        CONSOLIDATED_HEADER,
        [{"celex": "32014R0269", **_PERSON}, {"celex": "32014R0269", **_COMPANY}],
    ),
    "32026R1843.csv": _csv(
        AMENDMENT_HEADER,
        [
            {
                "amendedCelex": "32014R0269",
                "amendmentCelex": "32026R1843",
                **_PERSON,
                "recordId": "99",
                "name": "Second PERSON",
            }
        ],
    ),
}

(
    test_mutated_file_loads_or_is_refused,
    test_cut_file_never_loads_a_shortened_name,
    test_failed_load_keeps_the_active_version,
) = loader_tests("eu-ojeu", SEED)
