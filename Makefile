# One-command set-up: `make demo` (export the bundled example's PDFs) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
EXAMPLE := examples/ketamine-depression/handout.toml
OUT    ?= out
# The example cites the seed articles beside the clone: a library folder (see README)
SEEDS  ?= ../shared/seeds

.PHONY: setup demo test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: setup
	$(BIN)/summarizer export $(EXAMPLE) --library $(SEEDS) --locale en --locale es -o $(OUT)

test: setup
	$(BIN)/ruff check summarizer tests benchmarks
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/readability.py
	$(BIN)/python benchmarks/render.py
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/sources.py
	$(BIN)/python benchmarks/honesty.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
