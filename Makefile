# The two commands of the quick start: `make demo` and `make test`.
# Each creates .venv (Python 3.11+) and installs MissionGuard into it the first time.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required (found %s)" % sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

## The main job: a live demo on the embedded local broker.
demo: venv
	$(BIN)/missionguard demo $(ARGS)

## The whole test suite: unit, functional, doctests and integration tests on a real broker.
test: venv
	$(BIN)/ruff check pipeline models tests bench
	$(BIN)/python -m pytest $(ARGS)

lint: venv
	$(BIN)/ruff check pipeline models tests bench
	$(BIN)/ruff format --check pipeline models tests bench

bench: venv
	$(BIN)/python -m bench $(ARGS)

clean:
	-$(BIN)/missionguard broker stop
	rm -rf .missionguard .pytest_cache
