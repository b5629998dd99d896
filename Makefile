# The two commands of the quick start: `make demo` and `make test`.
# Each creates .venv (Python 3.11+) and installs MissionGuard into it the first time.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# mypy finds missionguard.models / missionguard.pipeline here: links to the two folders (the
# editable install's import hook is invisible to mypy; see [tool.mypy] in pyproject.toml).
MYPY_LINKS := $(VENV)/mypy-path/missionguard

.PHONY: demo test lint typecheck bench clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required (found %s)" % sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

$(MYPY_LINKS): $(STAMP)
	mkdir -p $@
	ln -sfn ../../../pipeline $@/pipeline
	ln -sfn ../../../models $@/models

## The main job: a live demo on the embedded local broker.
demo: venv
	$(BIN)/missionguard demo $(ARGS)

## The whole test suite: unit, functional, doctests and integration tests on a real broker.
test: venv $(MYPY_LINKS)
	$(BIN)/ruff check pipeline models tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest $(ARGS)

## Type check only (pyproject.toml [tool.mypy]: the packages, the settings and why).
typecheck: venv $(MYPY_LINKS)
	$(BIN)/mypy

lint: venv
	$(BIN)/ruff check pipeline models tests bench
	$(BIN)/ruff format --check pipeline models tests bench

bench: venv
	$(BIN)/python -m bench $(ARGS)

clean:
	-$(BIN)/missionguard broker stop
	rm -rf .missionguard .pytest_cache
