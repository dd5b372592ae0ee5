# `make build` sets up .venv and builds the seed documents into out/; `make test` runs the test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/kg: pyproject.toml $(wildcard pipelines/packages/*.whl)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --find-links pipelines/packages -e '.[test]'
	touch $(BIN)/kg

.PHONY: build test benchmark evaluate train
build: $(BIN)/kg
	$(BIN)/kg build ../shared/corpus/seeds --out out

test: $(BIN)/kg
	$(BIN)/python -m pytest -q

benchmark: $(BIN)/kg
	$(BIN)/python benchmarks/speed.py

evaluate: $(BIN)/kg
	$(BIN)/kg build ../shared/corpus/genre --out out/genre
	$(BIN)/kg evaluate pipelines/annotations --out out/genre --split heldout

# Retrain the NER (about an hour on 2 cores) and rebuild its wheel in pipelines/packages.
train: $(BIN)/kg
	$(BIN)/pip install --quiet --find-links pipelines/packages -e '.[test,train]'
	cd pipelines && ../$(BIN)/python -m spacy project run all
	$(BIN)/pip install --quiet --force-reinstall --no-deps pipelines/packages/*.whl
