# Two commands on a fresh machine: `make demo` and `make test` (both install first).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
KM := $(VENV)/bin/kingmaker

.PHONY: install demo test bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

demo: install
	mkdir -p out
	$(KM) extract examples/ --format table -o out/examples.json

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) bench/bench_extract.py

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
