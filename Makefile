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

# Every benchmark runs even when one misses its target; the exit code says if any did.
bench: setup
	@status=0; for b in readability render startup sources hostile honesty; do \
	  echo "== benchmarks/$$b.py"; $(BIN)/python benchmarks/$$b.py || status=1; \
	done; exit $$status

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
