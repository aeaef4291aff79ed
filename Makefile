# The README's two commands: `make run` (PORT=8000 by default) and `make test`. `make bench` for the benchmarks,
# `make flower` to watch the Celery workers.
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.requirements-installed

.PHONY: run test test-sqlite test-postgres bench install services clean flower

$(STAMP): requirements.txt
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

install: $(STAMP)

services:
	@bash scripts/ensure-services.sh

PORT ?= 8000
FLOWER_PORT ?= 5555

run: install
	@PORT=$(PORT) bash scripts/run.sh

# Optional: Flower on FLOWER_PORT shows the workers, their queues and each task as it runs.
flower: install
	$(VENV)/bin/celery -A newsroom flower --port=$(FLOWER_PORT) --address=127.0.0.1

test: install
	@bash scripts/test.sh

# `make bench QUICK=1`: small sizes, every summary line (what the suite checks runs).
bench: install
	@bash scripts/bench.sh $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) db.sqlite3* .test-db.sqlite3* test-artifacts .run
