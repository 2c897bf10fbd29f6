# Two commands for a fresh machine: `make run` and `make test`. Both create .venv when missing.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The tests run Spark in local mode, so the spark extra is in by default; .ci/run leaves it out
# only when the disk fills up installing it (PySpark is built from a 455 MB source archive).
EXTRAS ?= dev,spark

.PHONY: run test lint typecheck unit clean-venv bench fuzz crash soak screenshots

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --quiet pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/tradeguard run

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

# The web UI's screenshots in docs/img, taken by the browser tests (tests/web).
screenshots: $(STAMP)
	TRADEGUARD_SCREENSHOTS=docs/img $(BIN)/pytest tests/web -q

# Benchmarks against the real lists in ../shared/data and the peers; not part of CI.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run_all.py

# SIGKILL during list updates and screening bursts (issue 9), 50 per backend and operation;
# SQLite, and PostgreSQL too when TRADEGUARD_TEST_PG_URL is set (as .ci/run sets it).
crash: $(STAMP)
	$(BIN)/python bench/crash_safety.py

# Ten minutes of /match at 80 % of the measured peak, on loopback with wrk; not part of CI.
soak: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/soak.py

# Coverage-guided fuzzing (atheris) of every list loader and the deal parser, FUZZ_TIME seconds
# per harness, seeded from slices of the real lists in ../shared/data; not part of CI.
FUZZ_TIME ?= 60
fuzz: $(STAMP)
	$(BIN)/pip install --quiet -e '.[fuzz]'
	$(BIN)/python fuzz/run_all.py --seconds $(FUZZ_TIME)

clean-venv:
	rm -rf $(VENV)
