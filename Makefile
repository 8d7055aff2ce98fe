# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# `check` and `diff` exit 1 when they have something to show, which is what the samples are for: only
# exit 2 (an error) fails the target, so make prints no "Error 1 (ignored)" (issue 11).
run: $(STAMP)
	@echo "== mtaudit check samples/"
	@$(BIN)/mtaudit check samples/ || test $$? -eq 1
	@echo "== mtaudit diff samples/"
	@$(BIN)/mtaudit diff samples/ || test $$? -eq 1
	@echo "== mtaudit is installed in $(BIN): run '. $(BIN)/activate' to use it as 'mtaudit', or call $(BIN)/mtaudit"

test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -n auto

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	for script in bench/bench_*.py bench/precision_mlqe.py bench/recall.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info
