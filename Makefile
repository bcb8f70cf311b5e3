# ActorGraph — every target sets up what it needs (virtualenv, system packages, Neo4j jars).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_STORE ?= falkordb-lite://$(CURDIR)/var/demo
NEO4J_LIB := tools/neo4j/lib/.fetched

.PHONY: install compile demo test test-fast test-pure lint bench neo4j system clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

install: $(STAMP) compile

## The extractor compiled with mypyc into build/mypyc/<hash of its sources> (≈ +30 % documents per CPU-second).
## Skipped when up to date; without a C compiler it says so and the extractor runs as pure Python.
## A build is used only while its sources are unchanged (docs/extraction.md#compiled-extractor-mypyc).
compile: $(STAMP)
	@$(BIN)/python tools/compile_extractor.py

system:
	@bash tools/setup-system.sh

$(NEO4J_LIB): tools/neo4j/pom.xml
	mvn -q -B -f tools/neo4j/pom.xml dependency:copy-dependencies -DoutputDirectory=lib
	@touch $@

## The main job on the embedded store: ingest the example articles, write the network view, print a summary.
demo: install
	$(BIN)/actorgraph --store $(DEMO_STORE) demo --out var/demo/network.html

## All tests, on embedded FalkorDB and on a Neo4j server started from tools/neo4j (unless NEO4J_URI is set).
## First, names that would fail only when their line runs (undefined or undefined-in-__all__), which a test may never reach.
test: install system $(NEO4J_LIB)
	$(BIN)/ruff check -q --select F821,F822,F823 actorgraph benchmarks tests
	$(BIN)/python -m pytest

## Tests without Neo4j and browser (quick local loop).
test-fast: install
	$(BIN)/python -m pytest -m "not neo4j" -x -q

## The quick loop with the extractor as pure Python, whatever `make compile` built.
test-pure: install
	$(BIN)/python -X extractor=pure -m pytest -m "not neo4j" -x -q

lint: install
	$(BIN)/ruff check actorgraph tests benchmarks
	$(BIN)/mypy actorgraph

bench: install system $(NEO4J_LIB)
	$(BIN)/python -m benchmarks

## A Neo4j server in the foreground on bolt://127.0.0.1:7687 (auth off), data in var/neo4j.
neo4j: install $(NEO4J_LIB)
	$(BIN)/python tools/neo4j/server.py var/neo4j 7687

clean:
	rm -rf $(VENV) var tools/neo4j/lib .pytest_cache build/mypyc
