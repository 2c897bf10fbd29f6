"""Run every figure's script, then write bench/RESULTS.md.  `make bench` calls this.

The calibration is not refitted here: it ships in the package, and refitting is a deliberate
step (`bench/calibrate.py`) followed by a VERSION bump in the scorer.
"""

from __future__ import annotations

import subprocess
import sys

from common import BENCH

SCRIPTS = (
    ["pairs.py", "--peer-sample", "4000"],
    ["ofac_holdout.py", "--sample", "3000", "--peer-sample", "200"],
    ["innocent.py", "--peer-sample", "800"],
    ["retrieval.py"],
    ["ceiling.py"],
    ["speed.py"],  # last and alone: its timings must not share the CPUs with the others
    ["report.py"],
)


def main() -> None:
    for script, *args in SCRIPTS:
        print(f"== {script} {' '.join(args)}", flush=True)
        subprocess.run([sys.executable, str(BENCH / script), *args], check=True)


if __name__ == "__main__":
    main()
