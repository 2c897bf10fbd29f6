"""Run every harness for a bounded time and summarise: `make fuzz` (FUZZ_TIME seconds each).

Each harness runs in its own process, so one crash does not stop the others; the exit status
is non-zero when any harness crashed. Crash inputs are in fuzz/corpus/<name>-crashes/.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
HARNESSES = ("ofac", "un", "eu", "eu_ojeu", "uk", "csl", "dpl", "ftm", "sample", "deal")
# libFuzzer's per-input limit; a seed-sized input takes milliseconds, so seconds is a hang.
TIMEOUT_SECONDS = 20
_STATS = re.compile(r"stat::number_of_executed_units:\s*(\d+)")
_COVERAGE = re.compile(r"\bcov: (\d+)")


def run(name: str, seconds: int) -> tuple[int, str]:
    command = [
        sys.executable,
        str(FUZZ / f"fuzz_{name}.py"),
        f"-max_total_time={seconds}",
        f"-timeout={TIMEOUT_SECONDS}",
        "-rss_limit_mb=4096",
        "-print_final_stats=1",
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=FUZZ, check=False)
    log = done.stdout + done.stderr
    (FUZZ / "corpus").mkdir(exist_ok=True)
    (FUZZ / "corpus" / f"{name}.log").write_text(log, encoding="utf-8")
    executed = _STATS.findall(log)
    coverage = _COVERAGE.findall(log)
    summary = (
        f"{executed[-1] if executed else '?'} inputs, coverage {coverage[-1] if coverage else '?'}"
    )
    if done.returncode != 0:
        crash = next((line for line in log.splitlines() if "Error" in line or "==" in line), "")
        summary += f"; FAILED (exit {done.returncode}) {crash.strip()[:160]}"
    return done.returncode, summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=60, help="time per harness")
    parser.add_argument("names", nargs="*", default=HARNESSES, help="harnesses to run")
    args = parser.parse_args()
    failed = []
    for name in args.names:
        status, summary = run(name, args.seconds)
        print(f"{name:8} {summary}", flush=True)
        if status != 0:
            failed.append(name)
    print("crashed: " + ", ".join(failed) if failed else "no crashes")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
