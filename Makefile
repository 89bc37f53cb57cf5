# The two commands a new user needs: `make serve` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site check test lint browser-deps bench bench-costs bench-import bench-import-2 bench-draft bench-draft-heldout bench-draft-fresh bench-draft-fresh2 bench-draft-fresh3 bench-draft-fresh4 bench-draft-dev4 bench-draft-fresh5 clean

## serve: build the site from seeds/ and briefings/ and serve it with live reload on 127.0.0.1:$(PORT)
serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:$(PORT)

## site: mkdocs build --strict into site/
site: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

## check: validate every annotation against the seeds (warnings fail too)
check: $(VENV)/.installed
	$(BIN)/python -m generator check --strict

## test: install what the tests need, then lint, type-check and run the whole suite
test: $(VENV)/.test-installed browser-deps
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy
	$(BIN)/python -m generator check
	$(BIN)/python -m generator schema --check
	$(BIN)/pytest -n 2 --dist loadgroup --no-loadscope-reorder   # in the order tests/conftest.py sets: slowest first

## lint: ruff and mypy only
lint: $(VENV)/.test-installed
	$(BIN)/ruff check generator tests bench
	$(BIN)/mypy

## browser-deps: Debian's Chromium for the browser tests (installed when missing)
browser-deps:
	@bash tests/browser/ensure-chromium.sh

## bench: the scale benchmark (prints figures; see docs/performance.md)
bench: $(VENV)/.test-installed browser-deps
	$(BIN)/python bench/run.py $(BENCH_ARGS)

## bench-costs: the adversarial inputs that once made costs explode, at doubling sizes (see docs/performance.md)
bench-costs: $(VENV)/.installed
	$(BIN)/python bench/costs.py $(COSTS_ARGS)

## bench-import: our importer and trafilatura alone on the open article-extraction benchmark (see docs/import-and-draft.md)
bench-import: $(VENV)/.installed
	$(BIN)/python bench/extraction.py $(IMPORT_ARGS)

## bench-import-2: the same on a second open corpus, 424 news pages of 2023 (AndyTheFactory's; see docs/import-and-draft.md)
bench-import-2: $(VENV)/.installed
	$(BIN)/python bench/extraction.py --corpus andythefactory $(IMPORT_ARGS)

## bench-draft: today's draft scored against hand-made truth on real articles (tests/fixtures/draft_truth/), then its links
bench-draft: $(VENV)/.installed
	$(BIN)/python bench/draft_truth.py $(DRAFT_ARGS)
	$(BIN)/python bench/draft_links.py

## bench-draft-heldout: the same on the nine articles held out until the draft's fourth pass, development since (tests/fixtures/draft_heldout/)
bench-draft-heldout: $(VENV)/.installed
	$(BIN)/python bench/draft_truth.py tests/fixtures/draft_heldout $(DRAFT_ARGS)

## bench-draft-fresh: the same on the third set (tests/fixtures/draft_fresh/), annotated before the fourth pass, scored once at its end, development since the fifth
bench-draft-fresh: $(VENV)/.installed
	$(BIN)/python bench/draft_truth.py tests/fixtures/draft_fresh $(DRAFT_ARGS)

## bench-draft-fresh2: the same on the fourth set (tests/fixtures/draft_fresh2/), annotated before any draft ran on it and scored once at the end of the fifth pass
bench-draft-fresh2: $(VENV)/.installed
	$(BIN)/python bench/draft_truth.py tests/fixtures/draft_fresh2 $(DRAFT_ARGS)

## bench-draft-fresh3: the same on the fifth set (tests/fixtures/draft_fresh3/), annotated before any draft ran on it and scored once at the end of the sixth pass
bench-draft-fresh3: $(VENV)/.installed
	$(BIN)/python bench/draft_truth.py tests/fixtures/draft_fresh3 $(DRAFT_ARGS)

## bench-draft-fresh4: the same on the sixth set (tests/fixtures/draft_fresh4/), from a second open corpus, annotated before any draft ran on it and scored once at the end of the seventh pass
bench-draft-fresh4: $(VENV)/.installed
	$(BIN)/python bench/draft_truth.py tests/fixtures/draft_fresh4 $(DRAFT_ARGS)

## bench-draft-dev4: the same on a development set from a second open corpus (tests/fixtures/draft_dev4/), annotated by hand before any draft ran on it
bench-draft-dev4: $(VENV)/.installed
	$(BIN)/python bench/draft_truth.py tests/fixtures/draft_dev4 $(DRAFT_ARGS)

## bench-draft-fresh5: the same on the seventh set (tests/fixtures/draft_fresh5/), from the second open corpus, annotated before any draft ran on it and scored once at the end of the eighth pass
bench-draft-fresh5: $(VENV)/.installed
	$(BIN)/python bench/draft_truth.py tests/fixtures/draft_fresh5 $(DRAFT_ARGS)

clean:
	rm -rf site .cache .pytest_cache .mypy_cache .ruff_cache .hypothesis

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[import,sqlite]'   # the optional features too: make test covers them
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,import,sqlite]'
	touch $@
