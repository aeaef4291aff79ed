# The README's two commands: `make run` and `make test`. `make bench` for the benchmarks.
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.requirements-installed

.PHONY: run test test-sqlite test-postgres bench install services clean

$(STAMP): requirements.txt
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

install: $(STAMP)

services:
	@bash scripts/ensure-services.sh

run: install
	@bash scripts/run.sh

test: install
	@bash scripts/test.sh

bench: install
	@bash scripts/bench.sh

clean:
	rm -rf $(VENV) db.sqlite3* .test-db.sqlite3* test-artifacts .run
