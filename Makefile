# `make build` sets up .venv and builds the seed documents into out/; `make test` runs the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

.PHONY: build test benchmark evaluate
build: $(BIN)/kg
	$(BIN)/kg build ../shared/corpus/seeds --out out

test: $(BIN)/kg
	$(BIN)/python -m pytest -q

benchmark: $(BIN)/kg
	$(BIN)/python benchmarks/speed.py

evaluate: $(BIN)/kg
	$(BIN)/kg build ../shared/corpus/genre --out out/genre
	$(BIN)/kg evaluate pipelines/annotations --out out/genre --split heldout
