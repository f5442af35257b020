# Dragoman: `make demo` sets up and runs on the seeds; `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
SEEDS  ?= ../shared/corpus/seeds
DB     ?= dragoman.duckdb

.PHONY: setup demo test bench eval clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,server]"
	touch $@

demo: setup
	$(VENV)/bin/dragoman run $(SEEDS) --db $(DB)

test: setup
	bash scripts/test-services.sh
	$(VENV)/bin/pytest

eval: setup
	$(VENV)/bin/dragoman eval --by type

bench: setup
	$(PY) bench/run.py --repeat 3

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
