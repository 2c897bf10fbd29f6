"""Fuzzing the OFAC legacy loader: mutated copies of a small SDN trio load or fail cleanly."""

from __future__ import annotations

from fuzzing import loader_tests

NULLS = ",-0- " * 6


def _file(rows: list[str]) -> bytes:
    # CRLF rows and the trailing 0x1A byte, as OFAC publishes them.
    return ("".join(row + "\r\n" for row in rows) + "\x1a").encode("cp1252")


# The continuation in sdn_comments.csv only joins a remark cut at exactly 1,000 characters.
_LONG_REMARK = ("DOB 08 Jan 1984; POB Pyongyang, North Korea; " * 30)[:1000]

SEED = {
    "sdn.csv": _file(
        [
            f'36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- {NULLS},"Linked To: TEST ONE."',
            f'306,"TEST ONE",-0- ,"CUBA",-0- {NULLS},"a.k.a. \'T.O.\'; Registration Number'
            ' 7744001497 (Russia)."',
            f'2674,"KIM, Jong Un","individual","DPRK3",-0- {NULLS},"{_LONG_REMARK}"',
            '15036,"SAND SWAN","vessel","IRAN","-0- ","9LXX2","Crude Oil Tanker","1e309",'
            '"-1","Panama","TEST ONE","Vessel Registration Identification IMO 9167148."',
        ]
    ),
    "alt.csv": _file(['36,12,"aka","AERO-CARIBBEAN",-0- ', '9999,13,"fka","DANGLING",-0- ']),
    "add.csv": _file(
        ['306,25,"1 Main St","Havana","Cuba",-0- ', '2674,26,-0- ,-0- ,"Korea, North",-0- ']
    ),
    "sdn_comments.csv": _file(['2674,"; Gender Male; nationality Korea, North."']),
}

(
    test_mutated_file_loads_or_is_refused,
    test_cut_file_never_loads_a_shortened_name,
    test_failed_load_keeps_the_active_version,
) = loader_tests("ofac", SEED)
