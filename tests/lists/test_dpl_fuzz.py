"""Fuzzing the BIS DPL loader: mutated copies of a small tab-separated file load or fail cleanly."""

from __future__ import annotations

from fuzzing import loader_tests
from tradeguard.lists.dpl import HEADER


def _row(*cells: str) -> str:
    return "\t".join(f'"{cell}"' for cell in cells)


SEED = {
    "dpl.txt": (
        "\r\n".join(
            [
                _row(*HEADER),
                _row(
                    " TEST PERSON",
                    "1 MAIN ST",
                    "PHOENIX",
                    "AZ",
                    "US",
                    "85043",
                    "10/16/2017",
                    "10/13/2020",
                    "Y",
                    "2017-10-23",
                    "FR NOTICE ADDED",
                    "82 F.R. 48792",
                ),
                _row(
                    "AL-TEST  AIRLINES",
                    "",
                    "DUBAI",
                    "",
                    "AE",
                    "",
                    "13/45/2019",
                    "",
                    "N",
                    "2019-01-01",
                    "",
                    "",
                ),
                _row(
                    "AL TEST AIRLINES",
                    "PO BOX 1",
                    "SHARJAH",
                    "",
                    "United Arab Emirates",
                    "",
                    "01/02/2003",
                    "99/99/9999",
                    "Y",
                    "",
                    "RENEWAL",
                    "68 F.R. 1",
                ),
            ]
        )
        # BIS writes no final line break after the last quoted field.
    ).encode("cp1252"),
}

(
    test_mutated_file_loads_or_is_refused,
    test_cut_file_never_loads_a_shortened_name,
    test_failed_load_keeps_the_active_version,
) = loader_tests("dpl", SEED)
