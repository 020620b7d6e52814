# Front door. Every target sets up what it needs from nothing and is safe to run again.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
KERNEL := trade-workbook
# The environment is rebuilt only when pyproject.toml changes.
READY  := $(VENV)/.ready

.PHONY: setup compile report pdf test lint format lab bench clean

setup: $(READY) compile

# Byte-compile the package ahead (only what changed): with PYTHONDONTWRITEBYTECODE set, as
# on some CI machines, every process (each kernel, each `workbook check`) would otherwise
# compile every module it imports again.
compile: $(READY)
	@$(BIN)/python -m compileall -q analysis

$(READY): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed (found " + sys.version.split()[0] + "); set PYTHON=python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Trade workbook (.venv)" >/dev/null
	@touch $(READY)

report: $(READY) compile
	$(BIN)/workbook run

# The report as one HTML file and a PDF (needs Chromium: `apt-get install chromium`).
pdf: $(READY) compile
	$(BIN)/workbook run --pdf

# pytest rewrites the asserts of every test module (and of its plugins' packages) when it
# imports them, in each worker; it keeps the rewritten code in __pycache__ only when bytecode
# may be written (PYTHONDONTWRITEBYTECODE unset or empty): each worker's collection then
# takes 1.2 s of CPU instead of 3.1 s from the second run on.
#
# The lint steps (ruff, the import layers: about a second, mostly one core) run beside pytest,
# not before it: their output is kept and printed after the tests', and either failing fails
# the target (round 35).
test: $(READY) compile
	@lint=$$(mktemp); \
	{ $(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/lint-imports; } >"$$lint" 2>&1 & \
	linting=$$!; \
	echo "PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n auto --dist loadgroup"; \
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n auto --dist loadgroup; tests=$$?; \
	wait $$linting; linted=$$?; \
	echo "$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/lint-imports"; \
	cat "$$lint"; rm -f "$$lint"; \
	[ $$linted = 0 ] || echo "make test: the lint steps failed (above)"; \
	[ $$tests = 0 ] && [ $$linted = 0 ]

bench: $(READY) compile
	$(BIN)/workbook bench

lint: $(READY)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# --allow-root only when run as root (containers often are): Jupyter refuses root without it.
lab: $(READY) compile
	$(BIN)/jupyter lab --notebook-dir=notebooks $$([ "$$(id -u)" = 0 ] && echo --allow-root)

clean:
	rm -rf $(VENV) outputs/*/ outputs/index.html outputs/index.json outputs/report.html outputs/report.pdf \
		outputs/.report-checked.json outputs/run-log.jsonl outputs/bench.json outputs/.workbook.lock .cache
