# rasd — the two commands: `make demo` and `make test`. Both set up .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_DEMO := $(VENV)/.installed-demo
STAMP_TEST := $(VENV)/.installed-test

.PHONY: demo test bench eval lexicon clean-venv

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_DEMO): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[ingest,store]"
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(STAMP_DEMO)

demo: $(STAMP_DEMO)
	$(BIN)/rasd demo --samples samples
	$(BIN)/rasd timeline RUS LBY --by quarter
	$(BIN)/rasd brief RUS LBY --lang en
	$(BIN)/rasd brief RUS LBY --lang ar

test: $(STAMP_TEST)
	$(BIN)/python -m pytest

bench: $(STAMP_DEMO)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_store.py

eval: $(STAMP_DEMO)
	$(BIN)/rasd eval ../shared/gold/seed-events.jsonl --docs ../shared/seeds

lexicon: $(STAMP_DEMO)
	$(BIN)/rasd lexicon check && $(BIN)/rasd lexicon stats

clean-venv:
	rm -rf $(VENV)
