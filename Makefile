# Two commands on a fresh machine: `make demo` and `make test` (both install first).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
KM := $(VENV)/bin/kingmaker

.PHONY: install demo test bench clean chromium postgresql

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

demo: install
	mkdir -p out
	$(KM) extract examples/ --format table -o out/examples.json

test: install chromium postgresql
	$(PY) -m pytest -q

# The browser tests drive Debian's chromium (playwright cannot download a browser here); they
# skip cleanly when it is missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null \
	    || echo "make: could not install chromium; the browser tests will be skipped"; \
	  else echo "make: chromium is missing and installing it needs root (apt-get install chromium);" \
	    "the browser tests will be skipped"; fi; }

# The store tests also run on PostgreSQL: they start their own throwaway server from Debian's
# package (initdb and pg_ctl under /usr/lib/postgresql/*/bin) and skip cleanly without it.
postgresql:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq postgresql >/dev/null \
	    || echo "make: could not install postgresql; the PostgreSQL store tests will be skipped"; \
	  else echo "make: postgresql is missing and installing it needs root (apt-get install postgresql);" \
	    "the PostgreSQL store tests will be skipped"; fi; }

bench: install
	$(PY) bench/bench_extract.py

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
