# teinei — the targets the README tells people to run.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run ingest serve test lint format typecheck eval bench clean local-model demo-key scale-out

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

ingest: install
	$(BIN)/teinei ingest

serve: install
	$(BIN)/teinei serve --host $(HOST) --port $(PORT)

demo-key: install
	@$(BIN)/teinei keys ensure-demo --url http://$(HOST):$(PORT)

run: ingest demo-key serve

scale-out: install
	scripts/scale_out.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest -q

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

eval: install  ## the eval suite on the embedded defaults; fails below evals/thresholds.toml
	$(BIN)/teinei eval run --dataset evals/datasets/suggest_eval.jsonl --corpus knowledge_corpus \
		--thresholds evals/thresholds.toml --out reports/eval $(if $(BASELINE),--baseline $(BASELINE)) $(EVAL_ARGS)

bench: install
	$(BIN)/python bench/retrieval.py
	$(BIN)/python bench/guardrails.py

local-model: install  ## in-process llama.cpp (xllamacpp) + SmolLM2-135M GGUF in models/ for TEINEI_LLM_BACKEND=local
	$(BIN)/pip install -q "xllamacpp>=2026.10"
	$(BIN)/python scripts/fetch_local_model.py

clean:
	rm -rf $(VENV) .teinei .pytest_cache .mypy_cache .ruff_cache
